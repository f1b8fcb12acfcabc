import { OptionsError } from '../errors.js';
import { cmp } from '../normalise/issue.js';
import type { PartnerNameOptions } from '../normalise/orgNames.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { CountryView, Labels } from '../schema/baseline.js';
import type { GeographyRecord, Partnership, PresenceKind } from '../schema/records.js';
import { buildAreaViews } from './areaViews.js';
import { type CoverageLevels, sortedWithout, type ThemeCoverer, themeCoverer } from './coverage.js';
import { labelOf } from './labels.js';
import { memberOrder } from './memberOrder.js';
import type { DenseRows, PairScores } from './pairScores.js';
import { safePairScores } from './pairScores.js';
import { presenceRank } from './presence.js';
import { type SectorNetworks, sectorNetworkIndex } from './sectorNetworks.js';
import { sharedPartners } from './sharedPartners.js';
import { indexThemePlaces, type ThemePlaces } from './themePlaces.js';

/**
 * Options of {@link buildCountryViews}. Defaults in {@link DEFAULT_COUNTRY_VIEW_OPTIONS}.
 * @example
 * const options: CountryViewOptions = { labels, maxPairs: 3, focusThemes: ['living-wage'] };
 * const few = buildCountryViews(partnership, scores, options);
 * few.BD?.pairs.length; // => 3
 * few.BD?.missing; // => []
 */
export interface CountryViewOptions {
  /**
   * Themes the whole partnership focuses on: a country's `missing` themes are its focus themes no
   * member present covers. Default: the partnership's focus.csv rows without a country, else none
   * (no theme is called missing when nobody declared a focus).
   */
  readonly focusThemes?: readonly string[];
  /**
   * Focus themes per country (ISO alpha-2 -> theme ids), added to `focusThemes` there. Default:
   * the partnership's focus.csv rows with a country.
   */
  readonly focusThemesByCountry?: Readonly<Record<string, readonly string[]>>;
  /** Display labels; a country's `name` is `labels.countries[code].en`, else the code. Default: none. */
  readonly labels?: Labels;
  /** Level at or above which two members on one theme in one country are a duplication. Default 4. */
  readonly duplicationLevel?: number;
  /** Level at or above which a present member covers a focus theme. Default 3. */
  readonly coverageLevel?: number;
  /** Decimals the pair scores are rounded to in the output (0-15). Default 6. */
  readonly decimals?: number;
  /**
   * Keep at most this many pairs per country: the strongest (synergy, then duplication). Default
   * 10; Infinity keeps every pair of members present (n * (n - 1) / 2 per country). `pairsTotal`
   * always counts them all.
   */
  readonly maxPairs?: number;
  /** How local partner names are matched. Default: the clusterer's defaults. */
  readonly partnerNames?: PartnerNameOptions;
}

/**
 * Defaults of {@link CountryViewOptions}.
 * @example
 * DEFAULT_COUNTRY_VIEW_OPTIONS; // => { duplicationLevel: 4, coverageLevel: 3, decimals: 6, maxPairs: 10 }
 */
export const DEFAULT_COUNTRY_VIEW_OPTIONS = Object.freeze({
  duplicationLevel: 4,
  coverageLevel: 3,
  decimals: 6,
  maxPairs: 10,
});

/** Every option key of {@link CountryViewOptions} (the compiler keeps the list complete). */
const COUNTRY_VIEW_OPTION_KEYS = Object.keys({
  coverageLevel: true,
  decimals: true,
  duplicationLevel: true,
  focusThemes: true,
  focusThemesByCountry: true,
  labels: true,
  maxPairs: true,
  partnerNames: true,
} satisfies Record<keyof CountryViewOptions, true>);

/** Every option key of {@link PartnerNameOptions}. */
const PARTNER_NAME_OPTION_KEYS = Object.keys({
  legalForms: true,
  minFuzzyLength: true,
  similarity: true,
} satisfies Record<keyof PartnerNameOptions, true>);

/**
 * Round for output; values that only differ by float noise (< 1e-12) land on the same digits.
 *
 * @example
 * roundTo(0.1 + 0.2, 6); // => 0.3
 */
export function roundTo(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Compare two scores for a descending sort, treating values equal when they
 * agree to 1e-9 (so float noise never changes an order).
 *
 * @example
 * [0.2, 0.5].sort(compareScoresDesc); // => [0.5, 0.2]
 */
export function compareScoresDesc(a: number, b: number): number {
  const ra = Math.round(a * 1e9);
  const rb = Math.round(b * 1e9);
  return rb - ra;
}

interface Present {
  readonly id: string;
  presence: PresenceKind;
  /** presenceRank(presence) */
  rank: number;
  /** The records' partners as written (never changed: merging makes a new list). */
  partners: readonly string[];
  merged: boolean;
}

/** What every country's view is built from. */
interface ViewContext {
  readonly safe: PairScores;
  readonly memberCmp: (a: string, b: string) => number;
  readonly places: ThemePlaces;
  readonly levels: CoverageLevels;
  readonly cover: ThemeCoverer;
  readonly sectorsIn: SectorNetworks;
  readonly focus: readonly string[];
  readonly focusByCountry: Readonly<Record<string, readonly string[]>>;
  readonly labels: Labels | undefined;
  readonly partnerNames: PartnerNameOptions;
}

/**
 * Build the in-country synergy view of every country where any member is
 * present (has a geography record). Per country:
 * - `members`: who is present, how, and with which local partners; own offices
 *   first, then local_partner, programme, network (contacts only); ties in member order
 *   (partnership.members order, then unknown ids by id). Several records of one
 *   member in one country are merged (strongest presence, union of partners,
 *   then sorted); a single record's partners keep their order, de-duplicated.
 * - `themes`: per theme the members present work on here (rated level >= 1, or observed
 *   working on it), the highest rated level and the members at that level, every member with
 *   its level (`rated`), the members observed working on it without a rating, and which evidence
 *   the theme rests on (see {@link themeCoverer}); rated themes by level desc, then
 *   observed-only themes; ties by theme id. A theme counts here when its expertise row names
 *   this country, or names no country (see {@link indexThemePlaces}). Members present with
 *   contacts only (presence `network`) are not counted in themes, duplicated or missing.
 * - `duplicated`: themes where two or more present members are at
 *   `duplicationLevel` (4) or higher, or observed working on it: coordinate.
 * - `missing`: the country's focus themes (`focus`: `focusThemes` plus its own in
 *   `focusThemesByCountry`) that no present member covers at `coverageLevel` (3) or
 *   higher (an observed member covers): a gap. None without declared focus themes.
 * - `sharedPartners`: local organisations named by two or more present members
 *   (fuzzy name matching, see {@link clusterPartnerNames}); most members first.
 * - `sectors`: per sector, the members with a network in it that counts here: present members
 *   whose sectors row names no country, and (in `linked` too) members whose row names this
 *   country; most members first, then sector id.
 * - `pairs`: the `maxPairs` (10) strongest pairs of present members with their synergy and
 *   duplication, synergy desc, then duplication desc, then member order; `pairsTotal` counts
 *   every pair.
 * - `levels`: the coverage and duplication levels used.
 * - `areas`: the view of every area members named in the country (see
 *   {@link buildAreaViews}): who is there, themes covered, duplicated and missing
 *   (covered in the country but not there), shared local partners; [] without areas.
 *
 * Never mutates its input. Deterministic for a given member order: shuffling the
 * expertise, geography and sector records gives the same views.
 *
 * Cost: O(records + area entries * themes + sum over countries of n_c^2) for n_c members
 * present: every pair's scores are read once (a row per member when the scores have `rowOf`;
 * only the strongest maxPairs per country are kept).
 *
 * @throws OptionsError for a maxPairs or decimals that is not a whole number >= 0, or an unknown option key
 * @param partnership - the normalised partnership
 * @param scores - pair scores (see {@link PairScores}); values are clamped to [0, 1], NaN read as 0
 * @param options - focus themes, labels, levels and caps; defaults on {@link CountryViewOptions}
 * @returns views keyed by ISO alpha-2 code, keys sorted
 * @example
 * const countryViews = buildCountryViews(partnership, scores, { labels });
 * countryViews.BD?.sharedPartners; // => [{ partner: 'Sabuj Nari Kendra', variants: ['Sabuj Nari Kendra'], members: ['UWS', 'VAW'] }]
 * // what buildBaseline computed
 * countryViews; // => baseline.countries
 */
export function buildCountryViews(
  partnership: Partnership,
  scores: PairScores,
  options: CountryViewOptions = {},
): Record<string, CountryView> {
  checkOptionKeys(options, COUNTRY_VIEW_OPTION_KEYS);
  checkOptionKeys(options.partnerNames, PARTNER_NAME_OPTION_KEYS, 'partnerNames.');
  const declared = declaredFocus(partnership);
  const {
    focusThemes = declared.all,
    focusThemesByCountry = declared.byCountry,
    labels,
    duplicationLevel = DEFAULT_COUNTRY_VIEW_OPTIONS.duplicationLevel,
    coverageLevel = DEFAULT_COUNTRY_VIEW_OPTIONS.coverageLevel,
    decimals: digits = DEFAULT_COUNTRY_VIEW_OPTIONS.decimals,
    partnerNames = {},
    maxPairs = DEFAULT_COUNTRY_VIEW_OPTIONS.maxPairs,
  } = options;
  if (!(maxPairs === Number.POSITIVE_INFINITY || (Number.isInteger(maxPairs) && maxPairs >= 0))) {
    throw new OptionsError(
      'maxPairs',
      `maxPairs must be a whole number >= 0 (or Infinity), got ${maxPairs}.`,
    );
  }
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) {
    throw new OptionsError('decimals', `decimals must be a whole number from 0 to 15, got ${digits}.`);
  }
  const memberCmp = memberOrder(partnership.members);
  const places = indexThemePlaces(partnership);
  const levels = { duplicationLevel, coverageLevel };
  const ctx: ViewContext = {
    safe: safePairScores(scores),
    memberCmp,
    places,
    levels,
    cover: themeCoverer(places.themeIds, memberCmp, levels),
    sectorsIn: sectorNetworkIndex(partnership, memberCmp),
    focus: focusThemes,
    focusByCountry: focusThemesByCountry,
    labels,
    partnerNames,
  };
  const recordsOf = new Map<string, GeographyRecord[]>();
  for (const r of partnership.geography) {
    const list = recordsOf.get(r.country) ?? [];
    list.push(r);
    recordsOf.set(r.country, list);
  }
  const countries = [...recordsOf.keys()].sort(cmp);
  const present = new Map(countries.map((c) => [c, presentMembers(recordsOf.get(c) ?? [], ctx.memberCmp)]));
  // The members present of each country in member order (pairs, sectors).
  const ordered = new Map(
    countries.map((c) => [
      c,
      present
        .get(c)!
        .map((p) => p.id)
        .sort(ctx.memberCmp),
    ]),
  );
  const pairs = strongestPairs(ordered, ctx.memberCmp, ctx.safe, maxPairs);
  const views: Record<string, CountryView> = Object.create(null);
  for (const country of countries) {
    const ids = ordered.get(country)!;
    views[country] = countryView(
      country,
      recordsOf.get(country) ?? [],
      present.get(country)!,
      ids,
      pairsOut(pairs.get(country)!, ids.length, digits),
      ctx,
    );
  }
  return views;
}

/** The view of one country from its geography records, the members present and its pairs. */
function countryView(
  country: string,
  records: readonly GeographyRecord[],
  present: readonly Present[],
  ids: readonly string[],
  pairs: { readonly list: CountryView['pairs']; readonly total: number },
  ctx: ViewContext,
): CountryView {
  const { memberCmp, places, levels } = ctx;
  const members = present.map((p) => ({ id: p.id, presence: p.presence, partners: partnersOf(p) }));
  // Contacts only (presence network) is presence, not coverage.
  const network = new Set(present.filter((p) => p.presence === 'network').map((p) => p.id));
  const covering = network.size === 0 ? ids : ids.filter((id) => !network.has(id));
  const coverage = ctx.cover(covering, (m) => places.codesIn(m, country));
  const focus = [
    ...new Set([
      ...ctx.focus,
      ...(Object.hasOwn(ctx.focusByCountry, country) ? (ctx.focusByCountry[country] ?? []) : []),
    ]),
  ].sort(cmp);
  return {
    country,
    name: labelOf(ctx.labels, 'countries', country, 'en'),
    members,
    themes: coverage.themes,
    duplicated: coverage.duplicated,
    missing: sortedWithout(focus, coverage.covered),
    sharedPartners: sharedPartners(members, ctx.partnerNames, memberCmp),
    sectors: ctx.sectorsIn(ids, country),
    pairs: pairs.list,
    pairsTotal: pairs.total,
    focus,
    levels: { coverage: levels.coverageLevel, duplication: levels.duplicationLevel },
    areas: buildAreaViews(records, {
      codesIn: (m, area) => places.codesIn(m, country, area),
      memberCmp,
      cover: ctx.cover,
      countryCovered: coverage.covered,
      partnerNames: ctx.partnerNames,
    }),
  };
}

/**
 * The focus themes a partnership declares in focus.csv: the rows without a country (`all`) and,
 * per country, the rows naming it.
 *
 * @example
 * declaredFocus({ ...partnership, focus: [{ theme: 'gbv', country: null, sources: [] }, { theme: 'osh', country: 'BD', sources: [] }] });
 * // => { all: ['gbv'], byCountry: { BD: ['osh'] } }
 */
export function declaredFocus(partnership: Pick<Partnership, 'focus'>): {
  all: string[];
  byCountry: Record<string, string[]>;
} {
  const all = new Set<string>();
  const byCountry: Record<string, string[]> = Object.create(null);
  for (const f of partnership.focus ?? []) {
    if (f.country === null) all.add(f.theme);
    else if (!(byCountry[f.country] ?? []).includes(f.theme)) {
      byCountry[f.country] = [...(byCountry[f.country] ?? []), f.theme].sort(cmp);
    }
  }
  return { all: [...all].sort(cmp), byCountry: { ...byCountry } };
}

/** The members present in one country's records, strongest presence first, then member order. */
function presentMembers(
  records: readonly GeographyRecord[],
  memberCmp: (a: string, b: string) => number,
): Present[] {
  const byMember = new Map<string, Present>();
  for (const r of records) {
    const prev = byMember.get(r.member);
    if (!prev) {
      byMember.set(r.member, {
        id: r.member,
        presence: r.presence,
        rank: presenceRank(r.presence),
        partners: r.partners,
        merged: false,
      });
    } else {
      const rank = presenceRank(r.presence);
      if (rank < prev.rank) {
        prev.presence = r.presence;
        prev.rank = rank;
      }
      prev.partners = [...prev.partners, ...r.partners];
      prev.merged = true;
    }
  }
  return [...byMember.values()].sort((a, b) => a.rank - b.rank || memberCmp(a.id, b.id));
}

/** A member's local partners in a country: trimmed, without blanks and repeats; sorted when merged from several records. */
function partnersOf(p: Present): string[] {
  const list = p.partners;
  if (list.length === 0) return [];
  if (list.length === 1) {
    const name = list[0]!.trim();
    return name === '' ? [] : [name];
  }
  const partners = [...new Set(list.map((s) => s.trim()).filter((s) => s !== ''))];
  // Partners merged from several records of one member are sorted, so record order never shows.
  return p.merged ? partners.sort(cmp) : partners;
}

interface Pair {
  readonly a: string;
  readonly b: string;
  readonly synergy: number;
  /**
   * NaN until read ({@link PairDuplication}): only pairs that tie on synergy with another pair
   * and the pairs kept at the end need it, so most pairs that enter a list for a while never
   * read it.
   */
  duplication: number;
  /** Positions of a and b in the country's member order (ties). */
  readonly ia: number;
  readonly ib: number;
}

/** A pair's duplication, read on first use and kept in the pair. */
type PairDuplication = (p: Pair) => number;

/** Whether pair x ranks before pair y: synergy desc, then duplication desc, then member order. */
function ahead(x: Pair, y: Pair, dup: PairDuplication): boolean {
  const s = compareScoresDesc(x.synergy, y.synergy);
  if (s !== 0) return s < 0;
  const d = compareScoresDesc(dup(x), dup(y));
  if (d !== 0) return d < 0;
  return x.ia - y.ia < 0 || (x.ia === y.ia && x.ib < y.ib);
}

/** Insert a pair into a sorted list of at most `keep` pairs (the best first); the caller checked it belongs. */
function insertPair(best: Pair[], p: Pair, keep: number, dup: PairDuplication): void {
  let lo = 0;
  let hi = best.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ahead(p, best[mid]!, dup)) hi = mid;
    else lo = mid + 1;
  }
  best.splice(lo, 0, p);
  if (best.length > keep) best.pop();
}

/**
 * Pairs of one member read from its duplication row only after this many cell reads: most of a
 * member's pairs never need their duplication (it only breaks ties on synergy and is shown for
 * the pairs kept), so a few cells are cheaper than a whole row; a member with many ties reads the row.
 */
const DUPLICATION_CELLS = 32;

/**
 * The strongest pairs of the members present in each country (synergy desc, duplication desc,
 * then member order), at most maxPairs per country, and how many pairs each country has. Every
 * pair's synergy is read once, from one row per member (`PairScores.rowOf`, when the scores have
 * it: a member's values with everyone at once) or one call per pair. A pair whose synergy ranks
 * it below the weakest pair kept is dropped at once; its duplication is read only when it ties
 * on synergy with a pair it is compared with, or when it is kept at the end (a few cells per
 * member, then the row). The best maxPairs per country are kept in a sorted list. Cost
 * O(sum over countries of n_c^2) synergy reads plus O(log maxPairs) per pair that enters a list,
 * plus one row per member; memory O(countries * maxPairs + one row).
 */
function strongestPairs(
  present: ReadonlyMap<string, readonly string[]>,
  memberCmp: (a: string, b: string) => number,
  safe: PairScores,
  maxPairs: number,
): Map<string, Pair[]> {
  const countries = [...present.keys()];
  const idsOf = countries.map((c) => present.get(c)!);
  const lists = countries.map((): Pair[] => []);
  const keeps = idsOf.map((ids) => Math.min(maxPairs, (ids.length * (ids.length - 1)) / 2));
  // Per country, the synergy of the weakest pair kept (in 1e-9 units) once its list is full.
  const worst = new Float64Array(countries.length).fill(Number.NEGATIVE_INFINITY);
  const placesOf = memberPlaces(idsOf, maxPairs);
  // With dense rows: each country's members as row positions (a pair of known members is read
  // from the row, an unknown member reads 0 as the functions give).
  const dense = safe.dense;
  const positions =
    dense === undefined ? undefined : idsOf.map((ids) => Int32Array.from(ids, (id) => dense.positionOf(id)));
  // The member whose pairs are being read: its reader reads its pairs' duplication.
  let reader: PairReader | undefined;
  let current = '';
  const dup: PairDuplication = (p) => {
    if (Number.isNaN(p.duplication))
      p.duplication = p.a === current ? reader!.duplicationOf(p.b) : safe.duplication(p.a, p.b);
    return p.duplication;
  };
  for (const a of [...placesOf.keys()].sort(memberCmp)) {
    const places = placesOf.get(a)!;
    // A member alone in its countries (or last in each) reads no row.
    let reads = false;
    for (let k = 0; k < places.length && !reads; k += 2)
      reads = places[k + 1]! < idsOf[places[k]!]!.length - 1;
    if (!reads) continue;
    current = a;
    reader = pairReader(safe, a, dense);
    const row = reader.synergyRow();
    for (let k = 0; k < places.length; k += 2) {
      const c = places[k]!;
      const ia = places[k + 1]!;
      const ids = idsOf[c]!;
      const at = positions?.[c];
      const list = lists[c]!;
      const keep = keeps[c]!;
      for (let ib = ia + 1; ib < ids.length; ib++) {
        const j = at === undefined ? -1 : at[ib]!;
        const synergy = row !== undefined && j >= 0 ? row[j]! : reader.synergyOf(ids[ib]!);
        // Synergy alone ranks it below the weakest pair kept: it never enters the list.
        if (Math.round(synergy * 1e9) < worst[c]!) continue;
        const p: Pair = { a, b: ids[ib]!, synergy, duplication: Number.NaN, ia, ib };
        if (list.length < keep || ahead(p, list[keep - 1]!, dup)) {
          insertPair(list, p, keep, dup);
          if (list.length === keep) worst[c] = Math.round(list[keep - 1]!.synergy * 1e9);
        }
      }
    }
  }
  current = '';
  for (const list of lists) for (const p of list) dup(p);
  return new Map(countries.map((c, i) => [c, lists[i]!]));
}

/** Per member, where it is present: [country index, position of the member there, ...]. */
function memberPlaces(idsOf: readonly (readonly string[])[], maxPairs: number): Map<string, number[]> {
  const placesOf = new Map<string, number[]>();
  for (let c = 0; c < idsOf.length && maxPairs > 0; c++) {
    const ids = idsOf[c]!;
    for (let i = 0; i < ids.length; i++) {
      const list = placesOf.get(ids[i]!);
      if (list === undefined) placesOf.set(ids[i]!, [c, i]);
      else list.push(c, i);
    }
  }
  return placesOf;
}

/** How {@link strongestPairs} reads one member's synergy and duplication with others. */
interface PairReader {
  /** Synergy with b, read from the member's row (`rowOf`) or by a call. */
  synergyOf(b: string): number;
  /** The member's dense synergy row (undefined without dense rows or for an unknown member). */
  synergyRow(): Float64Array | undefined;
  duplicationOf(b: string): number;
}

/**
 * The pair reads of member a: synergy from its dense row (when the scores have dense rows and know
 * a; a pair with an unknown member is a call), else from its row (`rowOf`), else a call per pair;
 * duplication cell by cell for the first DUPLICATION_CELLS reads, then from the row.
 */
function pairReader(safe: PairScores, a: string, dense: DenseRows | undefined): PairReader {
  const i = dense === undefined ? -1 : dense.positionOf(a);
  const row = dense === undefined ? safe.rowOf?.(a) : undefined;
  const synergyOf = row ? (b: string) => row.synergy(b) : (b: string) => safe.synergy(a, b);
  let cells = 0;
  return {
    synergyOf,
    synergyRow: () => (i < 0 ? undefined : dense!.row('synergy', i)),
    duplicationOf(b) {
      if (cells >= DUPLICATION_CELLS) {
        if (row !== undefined) return row.duplication(b);
        const j = dense?.positionOf(b) ?? -1;
        if (i >= 0 && j >= 0) return dense!.row('duplication', i)[j]!;
      }
      cells++;
      return safe.duplication(a, b);
    },
  };
}

/** The listed pairs of a country, rounded, and how many pairs it has. */
function pairsOut(
  best: readonly Pair[],
  n: number,
  digits: number,
): { list: CountryView['pairs']; total: number } {
  return {
    list: best.map((p) => ({
      a: p.a,
      b: p.b,
      synergy: roundTo(p.synergy, digits),
      duplication: roundTo(p.duplication, digits),
    })),
    total: (n * (n - 1)) / 2,
  };
}
