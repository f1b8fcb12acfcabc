import type { Lang } from '../country/labels.js';
import { type MessageKey, message } from '../messages/catalogue.js';
import type { IngestIssue } from '../schema/issues.js';
import type {
  ExpertiseRecord,
  FocusRecord,
  FunderRecord,
  GeographyArea,
  GeographyRecord,
  PresenceKind,
  SectorRecord,
  SourceRef,
} from '../schema/records.js';
import { cmp, makeIssue } from './issue.js';

/** Presence kinds from strongest to weakest; the stronger one wins when rows are merged. */
export const PRESENCE_RANK: Readonly<Record<PresenceKind, number>> = Object.freeze({
  office: 4,
  local_partner: 3,
  programme: 2,
  network: 1,
});

/** Sort and de-duplicate source references (file, then line). */
export function mergeSources(a: readonly SourceRef[], b: readonly SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const s of [...a, ...b]) seen.set(`${s.file}\u0000${s.line}`, s);
  return [...seen.values()].sort((x, y) => cmp(x.file, y.file) || x.line - y.line);
}

/**
 * Union of names, sorted; spellings that differ only in case are one name.
 *
 * @example
 * unionSorted(['Oxfam', 'CNV'], ['oxfam']); // => ['CNV', 'Oxfam']
 */
export function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  // Spellings that differ only in case are one name; the smallest (code-unit order) is kept, so
  // the result does not depend on row order.
  const seen = new Map<string, string>();
  for (const v of [...a, ...b]) {
    const key = v.toLowerCase();
    const kept = seen.get(key);
    if (kept === undefined || cmp(v, kept) < 0) seen.set(key, v);
  }
  return [...seen.values()].sort(cmp);
}

/**
 * Merge two area lists of one member in one country: one entry per id with the strongest
 * presence, the union of partners and the rows naming it (when known), sorted by id.
 *
 * @example
 * mergeAreas(
 *   [{ id: 'AF24', name: 'Kandahar', parent: null, presence: 'programme', partners: ['A'] }],
 *   [{ id: 'AF24', name: 'Kandahar', parent: null, presence: 'office', partners: ['B'] }],
 * ); // => [{ id: 'AF24', name: 'Kandahar', parent: null, presence: 'office', partners: ['A', 'B'] }]
 */
export function mergeAreas(a: readonly GeographyArea[], b: readonly GeographyArea[]): GeographyArea[] {
  const byId = new Map<string, GeographyArea>();
  for (const area of [...a, ...b]) {
    const kept = byId.get(area.id);
    byId.set(
      area.id,
      kept === undefined
        ? { ...area, partners: unionSorted(area.partners, []) }
        : {
            ...kept,
            presence:
              PRESENCE_RANK[area.presence] > PRESENCE_RANK[kept.presence] ? area.presence : kept.presence,
            partners: unionSorted(kept.partners, area.partners),
            ...(kept.sources || area.sources
              ? { sources: mergeSources(kept.sources ?? [], area.sources ?? []) }
              : {}),
          },
    );
  }
  return [...byId.values()].sort((x, y) => cmp(x.id, y.id));
}

/** How duplicates of one record kind are keyed, merged and described. */
interface MergeRule<T extends { sources: readonly SourceRef[] }> {
  /**
   * The first part of the key, when the rule has one (the member): records are grouped by it
   * first, so the rest of the key is a short string or a field as it is, not a new string per record.
   */
  readonly owner?: (r: T) => string;
  /** The key (within the owner's records). */
  readonly key: (r: T) => string;
  readonly merge: (kept: T, dup: T) => T;
  readonly describe: (r: T) => string;
  readonly rule: MessageKey;
  /** Whether merging `dup` into `kept` is worth a warning (default: always). */
  readonly warnIf?: (kept: T, dup: T) => boolean;
}

/**
 * Merge records that describe the same thing (same member and category). The documented
 * rules: expertise keeps the highest level; geography keeps the strongest presence
 * (office > local_partner > programme > network), the union of partners and the earliest
 * year; sectors (same member, sector and network kind) keep the highest strength and the
 * union of companies. Each merged duplicate is reported as a 'duplicate_row' warning at
 * its own line, naming the line it was merged into.
 */
function mergeDuplicates<T extends { sources: readonly SourceRef[] }>(
  records: readonly T[],
  rule: MergeRule<T>,
  warnings: IngestIssue[],
  lang: Lang = 'en',
): T[] {
  // Sources are collected per key and sorted once at the end, so merging k copies of a row is
  // O(k log k), not O(k^2). A record that has no duplicate (most) costs one map entry: its
  // group is made when the first duplicate arrives.
  type Group = { first: SourceRef | undefined; sources: SourceRef[] };
  // Index into `kept` by owner, then by key; `kept` is in first-seen order.
  const byOwner = new Map<string, Map<string, number>>();
  const kept: T[] = [];
  const groups = new Map<number, Group>();
  for (const record of records) {
    const owner = rule.owner?.(record) ?? '';
    let keys = byOwner.get(owner);
    if (keys === undefined) {
      keys = new Map();
      byOwner.set(owner, keys);
    }
    const key = rule.key(record);
    const at = keys.get(key);
    if (at === undefined) {
      keys.set(key, kept.length);
      kept.push(record);
      continue;
    }
    let group = groups.get(at);
    if (group === undefined) {
      // kept[at] is still the first record: nothing was merged into it yet.
      const original = kept[at]!;
      group = { first: original.sources[0], sources: [...original.sources] };
      groups.set(at, group);
    }
    const source = record.sources[0];
    if (group.first && source && (rule.warnIf?.(kept[at]!, record) ?? true)) {
      warnings.push(
        makeIssue(
          source,
          'duplicate_row',
          message(lang, 'duplicate_row.merged', {
            file: group.first.file,
            line: group.first.line,
            record: rule.describe(record),
            rule: message(lang, rule.rule),
          }),
        ),
      );
    }
    kept[at] = rule.merge(kept[at]!, record);
    for (const src of record.sources) group.sources.push(src);
  }
  if (groups.size === 0) return kept;
  for (const [at, group] of groups) {
    const merged = kept[at]!;
    if (group.sources.length !== merged.sources.length) {
      kept[at] = { ...merged, sources: mergeSources(group.sources, []) };
    }
  }
  return kept;
}

function maxOrNull(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined) return b ?? null;
  if (b === null || b === undefined) return a;
  return Math.max(a, b);
}

/**
 * The place an expertise record is about, as a key: '' when it says none (everywhere the member
 * is present), else its country and its areas.
 *
 * @example
 * placeKey({ member: 'a', theme: 'health', level: null, evidence: 'observed', country: 'AF', areas: ['AF24'], sources: [] });
 * // => 'AF\u0000AF24'
 */
export function placeKey(r: ExpertiseRecord): string {
  return r.country === undefined ? '' : [r.country, ...(r.areas ?? [])].join('\u0000');
}

/**
 * Merge duplicate expertise rows (same member, theme and place): the highest level wins, a rating wins over an observation (the
 * record is `rated` when any row rates it), and the highest activity count is kept (two rows may
 * count the same activities).
 */
export function mergeExpertise(
  records: readonly ExpertiseRecord[],
  warnings: IngestIssue[],
  lang: Lang = 'en',
): ExpertiseRecord[] {
  return mergeDuplicates(
    records,
    {
      // Rows on one theme in different places are not duplicates: each says where.
      owner: (r) => r.member,
      key: (r) => {
        const place = placeKey(r);
        return place === '' ? r.theme : `${r.theme}\u0000${place}`;
      },
      merge: (a, b): ExpertiseRecord => {
        const activities = maxOrNull(a.activities, b.activities);
        const level = maxOrNull(a.level, b.level);
        return level === null
          ? { ...a, level, evidence: 'observed', activities }
          : { ...a, level, evidence: 'rated', activities };
      },
      describe: (r) =>
        r.country === undefined
          ? `${r.member}, ${r.theme}`
          : `${r.member}, ${r.theme}, ${[r.country, ...(r.areas ?? [])].join(', ')}`,
      rule: 'rule.expertise',
    },
    warnings,
    lang,
  );
}

/**
 * Merge geography rows of the same member and country: strongest presence, union of partners
 * and of the members it works with, earliest year, and the areas merged (strongest presence and union of partners per area). A row
 * that names new areas is not a duplicate (one row per province is a normal way to write it); a
 * row that adds no new area is reported as one.
 */
export function mergeGeography(
  records: readonly GeographyRecord[],
  warnings: IngestIssue[],
  lang: Lang = 'en',
): GeographyRecord[] {
  return mergeDuplicates(
    records,
    {
      owner: (r) => r.member,
      key: (r) => r.country,
      merge: (a, b) => ({
        ...a,
        presence: PRESENCE_RANK[b.presence] > PRESENCE_RANK[a.presence] ? b.presence : a.presence,
        partners: unionSorted(a.partners, b.partners),
        since: a.since === null ? b.since : b.since === null ? a.since : Math.min(a.since, b.since),
        areas: mergeAreas(a.areas ?? [], b.areas ?? []),
        ...(a.activities != null || b.activities != null
          ? { activities: Math.max(a.activities ?? 0, b.activities ?? 0) }
          : {}),
        ...(a.worksWith || b.worksWith
          ? { worksWith: unionSorted(a.worksWith ?? [], b.worksWith ?? []) }
          : {}),
        sources: a.sources,
      }),
      describe: (r) => `${r.member}, ${r.country}`,
      rule: 'rule.geography',
      warnIf: (kept, dup) => {
        const known = new Set((kept.areas ?? []).map((x) => x.id));
        return (dup.areas ?? []).every((x) => known.has(x.id));
      },
    },
    warnings,
    lang,
  );
}

/**
 * Merge duplicate sector rows (same member, sector and network kind: highest strength, union of
 * companies, union of countries; a row without countries makes the merged row say none).
 */
export function mergeSectors(
  records: readonly SectorRecord[],
  warnings: IngestIssue[],
  lang: Lang = 'en',
): SectorRecord[] {
  return mergeDuplicates(
    records,
    {
      owner: (r) => r.member,
      key: (r) => `${r.sector}\u0000${r.network}`,
      merge: (a, b) => {
        // A row that does not say where is everywhere: the merged network then says nowhere.
        const countries =
          a.countries === undefined || b.countries === undefined
            ? undefined
            : [...new Set([...a.countries, ...b.countries])].sort(cmp);
        const { countries: _drop, ...rest } = a;
        return {
          ...rest,
          strength: Math.max(a.strength, b.strength),
          companies: unionSorted(a.companies, b.companies),
          ...(countries === undefined ? {} : { countries }),
          sources: a.sources,
        };
      },
      describe: (r) => `${r.member}, ${r.sector}, ${r.network}`,
      rule: 'rule.sectors',
      // A row that names other countries is the same network elsewhere, not a duplicate.
      warnIf: (kept, dup) =>
        dup.countries === undefined ||
        kept.countries === undefined ||
        dup.countries.every((c) => kept.countries!.includes(c)),
    },
    warnings,
    lang,
  );
}

/**
 * Merge duplicate funders rows (same funder, member, country and role): the highest activity
 * count, the first reference and type given.
 */
export function mergeFunders(
  records: readonly FunderRecord[],
  warnings: IngestIssue[],
  lang: Lang = 'en',
): FunderRecord[] {
  return mergeDuplicates(
    records,
    {
      key: (r) => `${r.funder.toLowerCase()}\u0000${r.member}\u0000${r.country ?? ''}\u0000${r.role}`,
      merge: (a, b) => ({
        ...a,
        ref: a.ref ?? b.ref,
        type: a.type ?? b.type,
        activities: maxOrNull(a.activities, b.activities),
        sources: a.sources,
      }),
      describe: (r) => `${r.funder}, ${r.member}, ${r.role}`,
      rule: 'rule.funders',
    },
    warnings,
    lang,
  );
}

/** Merge duplicate focus rows (same theme and country); a duplicate adds nothing but its source. */
export function mergeFocus(
  records: readonly FocusRecord[],
  warnings: IngestIssue[],
  lang: Lang = 'en',
): FocusRecord[] {
  return mergeDuplicates(
    records,
    {
      key: (r) => `${r.theme}\u0000${r.country ?? ''}`,
      merge: (a) => a,
      describe: (r) => (r.country === null ? r.theme : `${r.theme}, ${r.country}`),
      rule: 'rule.focus',
    },
    warnings,
    lang,
  );
}
