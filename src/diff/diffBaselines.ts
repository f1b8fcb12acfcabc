/**
 * Compare two baselines of the same partnership: who joined or left, where presence changed,
 * how each country's themes moved, which pairs' overlap and synergy rose or fell most, and
 * which recommendations are new, dropped or still open.
 * @module
 */
import {
  type BaselineMatrix,
  type BaselineMatrixName,
  readBaselineMatrix,
} from '../baseline/matrixReader.js';
import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { BaselineJson, CountryView, Labels } from '../schema/baseline.js';
import type {
  BaselineDiff,
  CountryThemeChange,
  DiffMember,
  ExpertiseChange,
  MemberChange,
  OpenRecommendation,
  PairChange,
  PairChanges,
  PresenceChange,
  RecommendationRef,
} from './types.js';

/**
 * Options of {@link diffBaselines}. Defaults in {@link DEFAULT_DIFF_OPTIONS}.
 * @example
 * const options: DiffOptions = { top: 2, minChange: 0.05 };
 * diffBaselines(json, nextYear, options).synergy.rises.map((p) => `${p.a}-${p.b}`); // => ['FTA-MWK', 'FTA-SRR']
 */
export interface DiffOptions {
  /** Most rises and most falls listed per pair metric. Default 10. */
  readonly top?: number;
  /** Smallest absolute change of a pair value that is reported. Default 0.01. */
  readonly minChange?: number;
}

/**
 * Defaults of {@link DiffOptions}.
 *
 * @example
 * DEFAULT_DIFF_OPTIONS; // => { top: 10, minChange: 0.01 }
 * diffBaselines(json, nextYear, { ...DEFAULT_DIFF_OPTIONS, top: 1 }).synergy.rises.length; // => 1
 */
export const DEFAULT_DIFF_OPTIONS = Object.freeze({ top: 10, minChange: 0.01 });

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sorted(items: Iterable<string>): string[] {
  return [...items].sort(cmp);
}

function minus(a: Iterable<string>, b: ReadonlySet<string>): string[] {
  return sorted([...new Set(a)].filter((x) => !b.has(x)));
}

function round4(x: number): number {
  const r = Math.round(x * 10_000) / 10_000;
  return r === 0 ? 0 : r;
}

function toDiffMember(m: BaselineJson['members'][number]): DiffMember {
  return { id: m.id, name: m.name, type: m.type, role: m.role, country: m.country };
}

function diffMembers(before: BaselineJson, after: BaselineJson): BaselineDiff['members'] {
  const old = new Map(before.members.map((m) => [m.id, m] as const));
  const now = new Map(after.members.map((m) => [m.id, m] as const));
  const joined = after.members.filter((m) => !old.has(m.id)).map(toDiffMember);
  const left = before.members.filter((m) => !now.has(m.id)).map(toDiffMember);
  const changed: MemberChange[] = [];
  let stayed = 0;
  for (const m of after.members) {
    const o = old.get(m.id);
    if (!o) continue;
    stayed++;
    const changes: MemberChange['changes'][number][] = [];
    for (const field of ['name', 'type', 'role', 'country'] as const) {
      if (o[field] !== m[field]) changes.push({ field, before: o[field], after: m[field] });
    }
    if (changes.length > 0) changed.push({ id: m.id, name: m.name, changes });
  }
  const byId = (a: { id: string }, b: { id: string }) => cmp(a.id, b.id);
  return { joined: joined.sort(byId), left: left.sort(byId), changed: changed.sort(byId), stayed };
}

function presentCountries(b: BaselineJson): Set<string> {
  return new Set(Object.keys(b.countries).filter((cc) => (b.countries[cc]?.members.length ?? 0) > 0));
}

function diffPresence(before: BaselineJson, after: BaselineJson): BaselineDiff['presence'] {
  const gained: PresenceChange[] = [];
  const lost: PresenceChange[] = [];
  const changed: PresenceChange[] = [];
  const countries = sorted(new Set([...Object.keys(before.countries), ...Object.keys(after.countries)]));
  for (const country of countries) {
    const old = new Map((before.countries[country]?.members ?? []).map((m) => [m.id, m.presence] as const));
    const now = new Map((after.countries[country]?.members ?? []).map((m) => [m.id, m.presence] as const));
    for (const member of sorted(new Set([...old.keys(), ...now.keys()]))) {
      const b = old.get(member) ?? null;
      const a = now.get(member) ?? null;
      if (b === a) continue;
      const change = { country, member, before: b, after: a };
      if (b === null) gained.push(change);
      else if (a === null) lost.push(change);
      else changed.push(change);
    }
  }
  return { gained, lost, changed };
}

const EMPTY_VIEW: Pick<CountryView, 'themes' | 'duplicated' | 'missing' | 'sharedPartners'> = {
  themes: [],
  duplicated: [],
  missing: [],
  sharedPartners: [],
};

function diffCountryThemes(
  country: string,
  old: CountryView | undefined,
  now: CountryView | undefined,
): CountryThemeChange | null {
  const b = old ?? EMPTY_VIEW;
  const a = now ?? EMPTY_VIEW;
  const coveredBefore = new Set(b.themes.filter((t) => t.members.length > 0).map((t) => t.theme));
  const coveredAfter = new Set(a.themes.filter((t) => t.members.length > 0).map((t) => t.theme));
  const dupBefore = new Set(b.duplicated);
  const dupAfter = new Set(a.duplicated);
  const missBefore = new Set(b.missing);
  const missAfter = new Set(a.missing);
  const themeBefore = new Map(b.themes.map((t) => [t.theme, t] as const));
  const themeAfter = new Map(a.themes.map((t) => [t.theme, t] as const));
  const levels: CountryThemeChange['levels'][number][] = [];
  const themeMembers: CountryThemeChange['themeMembers'][number][] = [];
  for (const theme of sorted(new Set([...themeBefore.keys(), ...themeAfter.keys()]))) {
    const tb = themeBefore.get(theme);
    const ta = themeAfter.get(theme);
    // Highest rated levels only (an observed-only theme, maxLevel null, has no level to compare).
    const lb = tb?.maxLevel ?? null;
    const la = ta?.maxLevel ?? null;
    if (
      tb &&
      ta &&
      tb.members.length > 0 &&
      ta.members.length > 0 &&
      lb !== null &&
      la !== null &&
      lb !== la
    ) {
      levels.push({ theme, before: lb, after: la });
    }
    const mb = new Set(tb?.members ?? []);
    const ma = new Set(ta?.members ?? []);
    const joined = minus(ma, mb);
    const left = minus(mb, ma);
    if (joined.length > 0 || left.length > 0) themeMembers.push({ theme, joined, left });
  }
  const partnersBefore = new Set(b.sharedPartners.map((p) => p.partner));
  const partnersAfter = new Set(a.sharedPartners.map((p) => p.partner));
  const change: CountryThemeChange = {
    country,
    status: old && now ? 'both' : now ? 'new' : 'gone',
    coveredGained: minus(coveredAfter, coveredBefore),
    coveredLost: minus(coveredBefore, coveredAfter),
    duplicatedGained: minus(dupAfter, dupBefore),
    duplicatedLost: minus(dupBefore, dupAfter),
    missingGained: minus(missAfter, missBefore),
    missingLost: minus(missBefore, missAfter),
    levels,
    themeMembers,
    sharedPartnersGained: minus(partnersAfter, partnersBefore),
    sharedPartnersLost: minus(partnersBefore, partnersAfter),
  };
  const empty =
    change.coveredGained.length +
      change.coveredLost.length +
      change.duplicatedGained.length +
      change.duplicatedLost.length +
      change.missingGained.length +
      change.missingLost.length +
      levels.length +
      themeMembers.length +
      change.sharedPartnersGained.length +
      change.sharedPartnersLost.length ===
    0;
  return empty ? null : change;
}

/** A symmetric pair matrix as a lookup: value(a, b) or undefined when an id is missing. */
/** Value of a pair by member ids in either matrix shape; undefined when the baseline does not hold it. */
function pairLookup(matrix: BaselineMatrix) {
  return (a: string, b: string): number | undefined => {
    const i = matrix.indexOf(a);
    const j = matrix.indexOf(b);
    if (i < 0 || j < 0) return undefined;
    return matrix.value(i, j);
  };
}

/**
 * Rises and falls of a symmetric pair matrix for members in both baselines. With a baseline that
 * holds each member's top partners only, pairs whose value it does not hold are left out.
 */
function diffPairs(
  before: BaselineMatrix,
  after: BaselineMatrix,
  top: number,
  minChange: number,
): PairChanges {
  const old = pairLookup(before);
  const now = pairLookup(after);
  const inBefore = new Set(before.ids);
  const shared = sorted(new Set(after.ids.filter((id) => inBefore.has(id))));
  const changes: PairChange[] = [];
  for (let i = 0; i < shared.length; i++) {
    for (let j = i + 1; j < shared.length; j++) {
      const a = shared[i]!;
      const b = shared[j]!;
      const vb = old(a, b);
      const va = now(a, b);
      if (vb === undefined || va === undefined) continue;
      const change = round4(va - vb);
      if (Math.abs(change) < minChange || change === 0) continue;
      changes.push({ a, b, before: vb, after: va, change });
    }
  }
  const byPair = (x: PairChange, y: PairChange) => cmp(x.a, y.a) || cmp(x.b, y.b);
  const rises = changes
    .filter((c) => c.change > 0)
    .sort((x, y) => y.change - x.change || byPair(x, y))
    .slice(0, top);
  const falls = changes
    .filter((c) => c.change < 0)
    .sort((x, y) => x.change - y.change || byPair(x, y))
    .slice(0, top);
  return { rises, falls };
}

function toRef(r: BaselineJson['recommendations'][number]): RecommendationRef {
  return {
    id: r.id,
    kind: r.kind,
    members: [...r.members],
    country: r.country,
    sector: r.sector,
    themes: [...r.themes],
    score: r.score,
    rationale: r.rationale,
  };
}

function diffRecommendations(before: BaselineJson, after: BaselineJson): BaselineDiff['recommendations'] {
  const old = new Map(before.recommendations.map((r) => [r.id, r] as const));
  const now = new Map(after.recommendations.map((r) => [r.id, r] as const));
  const byScore = (x: RecommendationRef, y: RecommendationRef) => y.score - x.score || cmp(x.id, y.id);
  const added = after.recommendations.filter((r) => !old.has(r.id)).map(toRef);
  const dropped = before.recommendations.filter((r) => !now.has(r.id)).map(toRef);
  const open: OpenRecommendation[] = after.recommendations
    .filter((r) => old.has(r.id))
    .map((r) => ({ ...toRef(r), before: old.get(r.id)!.score }));
  return { new: added.sort(byScore), dropped: dropped.sort(byScore), open: open.sort(byScore) };
}

function mergeLabels(before: Labels, after: Labels): Labels {
  const merge = <T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): Record<string, T> => {
    const out: Record<string, T> = Object.create(null);
    for (const key of sorted(new Set([...Object.keys(a), ...Object.keys(b)]))) {
      out[key] = (Object.hasOwn(b, key) ? b[key] : a[key])!;
    }
    return out;
  };
  return {
    themes: merge(before.themes, after.themes),
    sectors: merge(before.sectors, after.sectors),
    countries: merge(before.countries, after.countries),
  };
}

function checkOptions(top: number, minChange: number): void {
  if (!Number.isInteger(top) || top < 0) {
    throw new OptionsError('top', `top must be a non-negative integer, got ${top}.`);
  }
  if (typeof minChange !== 'number' || !Number.isFinite(minChange) || minChange < 0) {
    throw new OptionsError('minChange', `minChange must be a non-negative number, got ${minChange}.`);
  }
}

/**
 * Compare two baselines (baseline.json objects, e.g. a year apart).
 *
 * - members: joined / left (by id), and name, type, role or HQ changes of those who stayed;
 * - countries and presence: from countries[cc].members, each (country, member) gained, lost or
 *   changed kind (e.g. programme -> office);
 * - themes per country: covered / duplicated / missing themes gained and lost, the highest level
 *   per theme, members newly bringing or no longer bringing a theme, shared local partners.
 *   baseline.json does not hold each member's expertise levels outside the countries where it is
 *   present, so member-level expertise changes show only through these country views and the
 *   expertise overlap;
 * - overlap per dimension, synergy and duplication: for pairs of members in both baselines, the
 *   `top` largest rises and falls of at least `minChange` (reads full matrices and each
 *   member's top partners alike; a pair a top-partners baseline does not hold is left out);
 * - recommendations by stable id: new, dropped (closed or no longer indicated), still open
 *   (with both scores), each sorted by score (desc) then id.
 *
 * Pure and deterministic; the inputs are not modified.
 *
 * @param before - the earlier baseline
 * @param after - the later baseline
 * @param options - see {@link DEFAULT_DIFF_OPTIONS}
 * @throws OptionsError when `top` is not a non-negative integer or `minChange` not a non-negative number
 * @example
 * // nextYear: FTA opened an office in Kenya, a new member NMW joined there
 * const diff = diffBaselines(json, nextYear);
 * diff.members.joined.map((m) => m.id); // => ['NMW']
 * diff.presence.gained.map((p) => `${p.member} ${p.country} ${p.after}`); // => ['FTA KE office', 'NMW KE office']
 * diff.synergy.rises[0]; // => { a: 'FTA', b: 'MWK', before: 0, after: 0.0909, change: 0.0909 }
 * diffBaselines(json, json).synergy; // => { rises: [], falls: [] }
 */
export function diffBaselines(
  before: BaselineJson,
  after: BaselineJson,
  options: DiffOptions = {},
): BaselineDiff {
  checkOptionKeys(options, ['minChange', 'top'] satisfies (keyof DiffOptions)[]);
  const { top = DEFAULT_DIFF_OPTIONS.top, minChange = DEFAULT_DIFF_OPTIONS.minChange } = options;
  checkOptions(top, minChange);
  const countriesBefore = presentCountries(before);
  const countriesAfter = presentCountries(after);
  const themes: CountryThemeChange[] = [];
  for (const country of sorted(
    new Set([...Object.keys(before.countries), ...Object.keys(after.countries)]),
  )) {
    const change = diffCountryThemes(country, before.countries[country], after.countries[country]);
    if (change) themes.push(change);
  }
  const pairs = (name: BaselineMatrixName) =>
    diffPairs(readBaselineMatrix(before, name), readBaselineMatrix(after, name), top, minChange);
  const names: Record<string, string> = Object.create(null);
  for (const m of [...before.members, ...after.members]) names[m.id] = m.name;
  return {
    members: diffMembers(before, after),
    countries: {
      joined: minus(countriesAfter, countriesBefore),
      left: minus(countriesBefore, countriesAfter),
    },
    presence: diffPresence(before, after),
    expertise: diffExpertise(before, after),
    themes,
    overlap: {
      expertise: pairs('expertise.overlap'),
      geography: pairs('geography.overlap'),
      sectors: pairs('sectors.overlap'),
    },
    synergy: pairs('synergy'),
    duplication: pairs('duplication'),
    recommendations: diffRecommendations(before, after),
    names: { ...names },
    labels: mergeLabels(before.labels, after.labels),
    top,
    minChange,
  };
}

/**
 * Expertise levels that changed per member and theme, from the baselines' normalised records;
 * only members present in both baselines (joining and leaving members are listed elsewhere).
 */
function diffExpertise(before: BaselineJson, after: BaselineJson): ExpertiseChange[] | null {
  if (!before.records || !after.records) return null;
  const inBoth = new Set(
    before.members.map((m) => m.id).filter((id) => after.members.some((m) => m.id === id)),
  );
  const levels = (json: BaselineJson) => {
    const map = new Map<string, number>();
    for (const r of json.records?.expertise ?? []) {
      // Levels are ratings; an observed theme (no level) has none to compare. A theme rated in
      // several places (rows that say where) compares at its highest level.
      if (!inBoth.has(r.member) || r.level === null) continue;
      const key = `${r.member}\u0000${r.theme}`;
      map.set(key, Math.max(map.get(key) ?? 0, r.level));
    }
    return map;
  };
  const a = levels(before);
  const b = levels(after);
  const changes: ExpertiseChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? null;
    const y = b.get(key) ?? null;
    if (x === y) continue;
    const [member, theme] = key.split('\u0000') as [string, string];
    changes.push({ member, theme, before: x, after: y });
  }
  return changes.sort((p, q) =>
    p.member < q.member ? -1 : p.member > q.member ? 1 : p.theme < q.theme ? -1 : p.theme > q.theme ? 1 : 0,
  );
}
