/**
 * Areas below the country (provinces, states, districts): parsing the `area` cell of
 * geography.csv, giving each area its identity within its country, and making one partnership's
 * spellings of the same area meet (names that are the exact folded name of an area written with
 * a p-code become that p-code; one display name per area).
 * @module
 */
import type { ExpertiseRecord, GeographyArea, GeographyRecord, PresenceKind } from '../schema/records.js';
import { foldText } from './fold.js';
import { cmp } from './issue.js';
import { mergeAreas } from './merge.js';
import type { RowReader } from './rowReader.js';
import { splitMulti } from './vocab.js';

/** Most levels an area path may have (admin-1 > admin-2 > admin-3 > admin-4). */
export const MAX_AREA_DEPTH = 4;

/** A bare p-code: starts with a letter, has a digit, no spaces ("AF24", "NG008", "ML0101"). */
const PCODE = /^\p{L}[\p{L}\p{N}._-]*\p{N}[\p{L}\p{N}._-]*$/u;
/** A code in brackets after a name may also be all digits, as Nepal's HLCIT codes are ("Tasarpu (524205305046)"). */
const BRACKET_CODE = /^(?:\p{L}[\p{L}\p{N}._-]*\p{N}[\p{L}\p{N}._-]*|\p{N}{3,})$/u;
const NAME_AND_CODE = /^(.*\S)\s*\(([^()]+)\)$/u;

/** One level of an area path as written: a name, a p-code or both. */
export interface AreaPart {
  readonly name: string | null;
  readonly code: string | null;
}

/**
 * Parse one level of an area path: `Name`, `Name (PCODE)` or a bare `PCODE`. A parenthesis that
 * is not a p-code is part of the name ("Dhaka (North)"); in brackets a code may be all digits. P-codes are upper-cased.
 *
 * @example
 * parseAreaPart('Kandahar (AF24)'); // => { name: 'Kandahar', code: 'AF24' }
 * parseAreaPart('ng008');           // => { name: null, code: 'NG008' }
 * parseAreaPart('Dhaka (North)');   // => { name: 'Dhaka (North)', code: null }
 * parseAreaPart('Tasarpu (524205305046)'); // => { name: 'Tasarpu', code: '524205305046' }
 */
export function parseAreaPart(text: string): AreaPart {
  const trimmed = text.trim();
  const paren = NAME_AND_CODE.exec(trimmed);
  if (paren && BRACKET_CODE.test(paren[2]!.trim())) {
    return { name: paren[1]!.trim(), code: paren[2]!.trim().toUpperCase() };
  }
  if (PCODE.test(trimmed)) return { name: null, code: trimmed.toUpperCase() };
  return { name: trimmed, code: null };
}

/**
 * The areas one written path stands for, from the top level down: every level is an area of its
 * own whose parent is the level above. An area's id is its p-code, else `parentId>folded name`
 * (or the folded name at the top level). Returns why instead when the path is not usable: the
 * message key of the reason and the level it is about.
 *
 * @example
 * areasOfPath('Kandahar (AF24) > Spin Boldak').map((a) => a.id); // => ['AF24', 'AF24>spin boldak']
 * areasOfPath('Borno > ');  // => { reason: 'invalid_area.empty_level', text: '' }
 */
/** Why an area path cannot be read: a message key and the level it names ('' for the whole path). */
export interface AreaPathProblem {
  readonly reason: 'invalid_area.empty_level' | 'invalid_area.too_deep' | 'invalid_area.no_letters';
  readonly text: string;
}

export function areasOfPath(
  path: string,
): { readonly id: string; readonly name: string; readonly parent: string | null }[] | AreaPathProblem {
  const parts = path.split('>').map((p) => p.trim());
  if (parts.some((p) => p === '')) return { reason: 'invalid_area.empty_level', text: '' };
  if (parts.length > MAX_AREA_DEPTH) return { reason: 'invalid_area.too_deep', text: '' };
  const out: { id: string; name: string; parent: string | null }[] = [];
  let parent: string | null = null;
  for (const text of parts) {
    const part = parseAreaPart(text);
    const folded = part.name === null ? '' : foldText(part.name);
    if (part.code === null && folded === '') return { reason: 'invalid_area.no_letters', text };
    const id: string = part.code ?? (parent === null ? folded : `${parent}>${folded}`);
    out.push({ id, name: part.name ?? (part.code as string), parent });
    parent = id;
  }
  return out;
}

/**
 * Read an area cell (one or more paths separated by `;`, `|` or line breaks) into areas with the
 * row's presence and partners, sorted by id. An unusable path rejects the row with a located
 * 'invalid_area' issue.
 *
 * @example
 * // cell "Kandahar (AF24) > Spin Boldak (AF2405); Hilmand"
 * readAreas(r, 'area', r.cell('area'), 'programme', []).map((a) => a.id); // => ['AF24', 'AF2405', 'hilmand']
 */
export function readAreas(
  r: RowReader,
  field: string,
  cell: string,
  presence: PresenceKind,
  partners: readonly string[],
): GeographyArea[] {
  const areas: GeographyArea[] = [];
  if (cell === '') return areas; // most rows name no area
  for (const path of splitMulti(cell, { allowComma: false, slash: 'never' })) {
    const parsed = areasOfPath(path);
    if (!Array.isArray(parsed)) {
      const reason = r.t(parsed.reason, { text: parsed.text, max: MAX_AREA_DEPTH });
      r.reject('invalid_area', r.t('invalid_area.cannot_read', { path, reason }), field, path);
    }
    for (const a of parsed) areas.push({ ...a, presence, partners: [...partners], sources: [r.at] });
  }
  return mergeAreas(areas, []);
}

/** True for an area id that is a p-code (upper case); name-path ids are folded lower case. */
export function isCodeId(id: string): boolean {
  return /\p{Lu}/u.test(id);
}

/** How much a name written next to its p-code weighs against one written alone. */
const CODED_VOTE = 1_000_000;

/**
 * The most frequent value, ties by code-unit order.
 *
 * @example
 * mostFrequent(new Map([['kumpur', 1], ['Kumpur', 2]])); // => 'Kumpur'
 */
export function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && cmp(value, best) < 0)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Make one partnership's spellings of an area meet, per country: an area written by name only
 * whose folded name (under the same parent) is the name of exactly one area written with a
 * p-code becomes that p-code ("Kandahar" and "Kandahar (AF24)" are one area); then every area
 * gets one display name and one parent, the most frequent over the rows (a name written next to
 * the p-code first; ties by code-unit order). Records without areas are returned as they are; the input is not changed.
 *
 * @example
 * const [x, y] = unifyAreas([
 *   { member: 'A', country: 'AF', presence: 'programme', partners: [], since: null, sources: [],
 *     areas: [{ id: 'AF24', name: 'Kandahar', parent: null, presence: 'programme', partners: [] }] },
 *   { member: 'B', country: 'AF', presence: 'programme', partners: [], since: null, sources: [],
 *     areas: [{ id: 'kandahar', name: 'kandahar', parent: null, presence: 'programme', partners: [] }] },
 * ]);
 * y?.areas?.[0]; // => { id: 'AF24', name: 'Kandahar', parent: null, presence: 'programme', partners: [] }
 */
export function unifyAreas(records: readonly GeographyRecord[]): GeographyRecord[] {
  if (!records.some((g) => (g.areas?.length ?? 0) > 0)) return [...records];
  // country -> "parentId\0folded name" -> code ids with that name
  const coded = new Map<string, Map<string, Set<string>>>();
  for (const g of records) {
    for (const a of g.areas ?? []) {
      if (!isCodeId(a.id) || a.name === a.id) continue;
      let byName = coded.get(g.country);
      if (!byName) {
        byName = new Map();
        coded.set(g.country, byName);
      }
      const key = `${a.parent ?? ''}\u0000${foldText(a.name)}`;
      const ids = byName.get(key) ?? new Set<string>();
      ids.add(a.id);
      byName.set(key, ids);
    }
  }
  const writtenWithCode = new WeakSet<GeographyArea>();
  // Rename name-only ids, each parent before its children.
  const renamed = records.map((g) => {
    if (!g.areas || g.areas.length === 0) return g;
    const byName = coded.get(g.country);
    const own = new Map(g.areas.map((a) => [a.id, a]));
    const map = new Map<string, string>();
    const resolve = (id: string, seen: number): string => {
      const known = map.get(id);
      if (known !== undefined) return known;
      const a = own.get(id);
      if (a === undefined || seen > MAX_AREA_DEPTH) return id;
      const parent = a.parent === null ? null : resolve(a.parent, seen + 1);
      let to = id;
      if (!isCodeId(id)) {
        const hits = byName?.get(`${parent ?? ''}\u0000${foldText(a.name)}`);
        if (hits && hits.size === 1) to = [...hits][0]!;
        else if (parent !== a.parent) to = `${parent}>${foldText(a.name)}`;
      }
      map.set(id, to);
      return to;
    };
    const areas = g.areas.map((a) => {
      const out = { ...a, id: resolve(a.id, 0), parent: a.parent === null ? null : resolve(a.parent, 0) };
      if (isCodeId(a.id)) writtenWithCode.add(out);
      return out;
    });
    return { ...g, areas };
  });
  // One display name and parent per (country, id). A name written next to its p-code counts
  // ahead of names written alone (it is the one the coding authority uses).
  const names = new Map<string, { names: Map<string, number>; parents: Map<string, number> }>();
  for (const g of renamed) {
    for (const a of g.areas ?? []) {
      const key = `${g.country}\u0000${a.id}`;
      const entry = names.get(key) ?? { names: new Map(), parents: new Map() };
      const vote = writtenWithCode.has(a) ? CODED_VOTE : 1;
      entry.names.set(a.name, (entry.names.get(a.name) ?? 0) + vote);
      const p = a.parent ?? '';
      entry.parents.set(p, (entry.parents.get(p) ?? 0) + 1);
      names.set(key, entry);
    }
  }
  return renamed.map((g) => {
    if (!g.areas || g.areas.length === 0) return g;
    const areas = g.areas.map((a) => {
      const entry = names.get(`${g.country}\u0000${a.id}`)!;
      // A p-code is only the display name when no row gave a name.
      const named = new Map([...entry.names].filter(([n]) => n !== a.id));
      const parent = mostFrequent(entry.parents);
      return {
        ...a,
        name: mostFrequent(named.size > 0 ? named : entry.names),
        parent: parent === '' ? null : parent,
      };
    });
    return { ...g, areas: mergeAreas(areas, []) };
  });
}

/**
 * {@link unifyAreas} over the geography records and the areas expertise rows name, together, so
 * that "Kandahar" in expertise.csv and "Kandahar (AF24)" in geography.csv are one area. Returns
 * the unified geography records and the expertise records with their area ids unified (sorted,
 * every level of a path included). Without expertise areas the geography is exactly
 * `unifyAreas(geography)` and the expertise records are returned as they are.
 *
 * @param geography - the geography records
 * @param expertise - the expertise records
 * @param areasOf - the areas as written of each expertise record that names some
 * @example
 * const kandahar = { id: 'AF24', name: 'Kandahar', parent: null, presence: 'programme', partners: [] } as const;
 * const g = [{ member: 'a', country: 'AF', presence: 'programme', partners: [], since: null, sources: [], areas: [kandahar] }];
 * const e = { member: 'a', theme: 'health', level: null, evidence: 'observed', country: 'AF', areas: ['kandahar'], sources: [] } as const;
 * const byName = { ...kandahar, id: 'kandahar', name: 'kandahar' };
 * unifyPlaces(g, [e], new Map([[e, [byName]]])).expertise[0]?.areas; // => ['AF24']
 */
export function unifyPlaces(
  geography: readonly GeographyRecord[],
  expertise: readonly ExpertiseRecord[],
  areasOf: ReadonlyMap<ExpertiseRecord, readonly GeographyArea[]>,
): {
  geography: GeographyRecord[];
  expertise: ExpertiseRecord[];
  /** The display name of an area id in a country (the id when no row names it). */
  areaName: (country: string, id: string) => string;
} {
  const linked = expertise.filter((e) => e.country !== undefined && (areasOf.get(e)?.length ?? 0) > 0);
  if (linked.length === 0) {
    return { geography: unifyAreas(geography), expertise: [...expertise], areaName: (_c, id) => id };
  }
  // Each expertise row with areas is read as a geography row of its member there.
  const rows: GeographyRecord[] = linked.map((e) => ({
    member: e.member,
    country: e.country!,
    presence: 'network',
    partners: [],
    since: null,
    areas: [...areasOf.get(e)!],
    sources: e.sources,
  }));
  const all = unifyAreas([...geography, ...rows]);
  const ids = new Map(linked.map((e, i) => [e, (all[geography.length + i]!.areas ?? []).map((a) => a.id)]));
  const names = new Map<string, string>();
  for (const g of all) for (const a of g.areas ?? []) names.set(`${g.country}\u0000${a.id}`, a.name);
  return {
    areaName: (country, id) => names.get(`${country}\u0000${id}`) ?? id,
    geography: all.slice(0, geography.length),
    expertise: expertise.map((e) => {
      const areas = ids.get(e);
      return areas === undefined ? e : { ...e, areas };
    }),
  };
}
