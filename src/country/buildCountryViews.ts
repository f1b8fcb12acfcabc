import { OptionsError } from '../errors.js';
import { clusterPartnerNames, type PartnerNameOptions } from '../normalise/orgNames.js';
import type { CountryView, Labels } from '../schema/baseline.js';
import type { GeographyRecord, Partnership, PresenceKind } from '../schema/records.js';
import { buildAreaViews } from './areaViews.js';
import { memberThemes, themeCoverage } from './coverage.js';
import { defaultFocusThemes } from './focusThemes.js';
import { labelOf } from './labels.js';
import type { PairScores } from './pairScores.js';
import { safePairScores } from './pairScores.js';
import { presenceRank } from './presence.js';

/**
 * Options of {@link buildCountryViews}. Defaults in {@link DEFAULT_COUNTRY_VIEW_OPTIONS}.
 * @example
 * const options: CountryViewOptions = { labels, maxPairs: 3, focusThemes: ['living-wage'] };
 * const few = buildCountryViews(partnership, scores, options);
 * few.BD?.pairs.length; // => 3
 * few.BD?.missing; // => []
 */
export interface CountryViewOptions {
  /** Themes the partnership focuses on. Default: every theme any member rates >= 4. */
  readonly focusThemes?: readonly string[];
  /** Display labels; a country's `name` is `labels.countries[code].en`, else the code. Default: none. */
  readonly labels?: Labels;
  /** Level at or above which two members on one theme in one country are a duplication. Default 4. */
  readonly duplicationLevel?: number;
  /** Level at or above which a present member covers a focus theme. Default 3. */
  readonly coverageLevel?: number;
  /** Decimal digits the pair scores are rounded to in the output. Default 6. */
  readonly digits?: number;
  /**
   * Keep at most this many pairs per country (the highest synergy first). Default
   * Infinity: every pair of members present (n * (n - 1) / 2 per country).
   */
  readonly maxPairs?: number;
  /** How local partner names are matched. Default: the clusterer's defaults. */
  readonly partnerNames?: PartnerNameOptions;
}

/**
 * Defaults of {@link CountryViewOptions}.
 * @example
 * DEFAULT_COUNTRY_VIEW_OPTIONS; // => { duplicationLevel: 4, coverageLevel: 3, digits: 6, maxPairs: Infinity }
 */
export const DEFAULT_COUNTRY_VIEW_OPTIONS = Object.freeze({
  duplicationLevel: 4,
  coverageLevel: 3,
  digits: 6,
  maxPairs: Number.POSITIVE_INFINITY,
});

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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
  id: string;
  presence: PresenceKind;
  partners: string[];
  merged: boolean;
}

/**
 * Build the in-country synergy view of every country where any member is
 * present (has a geography record). Per country:
 * - `members`: who is present, how, and with which local partners; own offices
 *   first, then local_partner, programme, network; ties in member order
 *   (partnership.members order, then unknown ids by id). Several records of one
 *   member in one country are merged (strongest presence, union of partners,
 *   then sorted); a single record's partners keep their order, de-duplicated.
 * - `themes`: per theme any present member has (rated level >= 1, or observed
 *   working on it), the highest rated level and the members at that level, the
 *   members observed working on it without a rating, and which evidence the
 *   theme rests on (see {@link themeCoverage}); rated themes by level desc, then
 *   observed-only themes; ties by theme id.
 * - `duplicated`: themes where two or more present members are at
 *   `duplicationLevel` (4) or higher, or observed working on it: coordinate.
 * - `missing`: focus themes no present member covers at `coverageLevel` (3) or
 *   higher (an observed member covers): a gap.
 * - `sharedPartners`: local organisations named by two or more present members
 *   (fuzzy name matching, see {@link clusterPartnerNames}); most members first.
 * - `sectors`: per sector, the present members with a network in it; most
 *   members first, then sector id.
 * - `pairs`: every pair of present members with their synergy and duplication,
 *   synergy desc, then duplication desc, then member order (at most `maxPairs`).
 * - `areas`: the view of every area members named in the country (see
 *   {@link buildAreaViews}): who is there, themes covered, duplicated and missing
 *   (covered in the country but not there), shared local partners; [] without areas.
 *
 * Never mutates its input. Deterministic for a given member order: shuffling the
 * expertise, geography and sector records gives the same views.
 *
 * Cost: O(records + sum over countries of n_c^2) for n_c members present (cap with maxPairs).
 *
 * @throws OptionsError for a maxPairs or digits that is not a whole number >= 0
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
  const {
    focusThemes = defaultFocusThemes(partnership),
    labels,
    duplicationLevel = DEFAULT_COUNTRY_VIEW_OPTIONS.duplicationLevel,
    coverageLevel = DEFAULT_COUNTRY_VIEW_OPTIONS.coverageLevel,
    digits = DEFAULT_COUNTRY_VIEW_OPTIONS.digits,
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
    throw new OptionsError('digits', `digits must be a whole number from 0 to 15, got ${digits}.`);
  }
  const safe = safePairScores(scores);
  const memberCmp = memberOrder(partnership);
  const themes = memberThemes(partnership.expertise);
  const levels = { duplicationLevel, coverageLevel };
  const sectorsOf = sectorsByMember(partnership);
  const recordsOf = new Map<string, GeographyRecord[]>();
  for (const r of partnership.geography) {
    const list = recordsOf.get(r.country) ?? [];
    list.push(r);
    recordsOf.set(r.country, list);
  }

  const views: Record<string, CountryView> = Object.create(null);
  for (const country of [...recordsOf.keys()].sort(cmp)) {
    const records = recordsOf.get(country) ?? [];
    const present = presentMembers(records, memberCmp);
    const members = present.map((p) => {
      const partners = [...new Set(p.partners.map((s) => s.trim()).filter((s) => s !== ''))];
      // Partners merged from several records of one member are sorted, so record order never shows.
      return { id: p.id, presence: p.presence, partners: p.merged ? partners.sort(cmp) : partners };
    });
    const ids = present.map((p) => p.id).sort(memberCmp);
    const coverage = themeCoverage(ids, themes, memberCmp, levels);
    const mentions = members.flatMap((m) => m.partners.map((name) => ({ name, member: m.id })));
    views[country] = {
      country,
      name: labelOf(labels, 'countries', country, 'en'),
      members,
      themes: coverage.themes,
      duplicated: coverage.duplicated,
      missing: [...new Set(focusThemes)].filter((theme) => !coverage.covered.has(theme)).sort(cmp),
      sharedPartners: clusterPartnerNames(mentions, partnerNames)
        .filter((c) => c.members.length >= 2)
        .map((c) => ({
          partner: c.partner,
          variants: [...c.variants],
          members: [...c.members].sort(memberCmp),
        })),
      sectors: sectorNetworks(ids, sectorsOf),
      pairs: countryPairs(ids, safe, maxPairs, digits),
      areas: buildAreaViews(records, {
        themes,
        memberCmp,
        levels,
        countryCovered: coverage.covered,
        partnerNames,
      }),
    };
  }
  return views;
}

/** Member order: partnership.members order, then unknown ids by id. */
function memberOrder(partnership: Partnership): (a: string, b: string) => number {
  const order = new Map<string, number>();
  partnership.members.forEach((m, i) => {
    if (!order.has(m.id)) order.set(m.id, i);
  });
  return (a, b) => {
    const oa = order.get(a);
    const ob = order.get(b);
    if (oa !== undefined && ob !== undefined) return oa - ob;
    if (oa !== undefined) return -1;
    if (ob !== undefined) return 1;
    return cmp(a, b);
  };
}

function sectorsByMember(partnership: Partnership): Map<string, Set<string>> {
  const sectorsOf = new Map<string, Set<string>>();
  for (const r of partnership.sectors) {
    const s = sectorsOf.get(r.member) ?? new Set<string>();
    s.add(r.sector);
    sectorsOf.set(r.member, s);
  }
  return sectorsOf;
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
        partners: [...r.partners],
        merged: false,
      });
    } else {
      if (presenceRank(r.presence) < presenceRank(prev.presence)) prev.presence = r.presence;
      prev.partners.push(...r.partners);
      prev.merged = true;
    }
  }
  return [...byMember.values()].sort(
    (a, b) => presenceRank(a.presence) - presenceRank(b.presence) || memberCmp(a.id, b.id),
  );
}

/** Sector networks present through the members present: most members first, then sector id. */
function sectorNetworks(
  ids: readonly string[],
  sectorsOf: ReadonlyMap<string, ReadonlySet<string>>,
): CountryView['sectors'] {
  const sectorMembers = new Map<string, string[]>();
  for (const id of ids) {
    for (const sector of sectorsOf.get(id) ?? []) {
      const list = sectorMembers.get(sector) ?? [];
      list.push(id);
      sectorMembers.set(sector, list);
    }
  }
  return [...sectorMembers.entries()]
    .map(([sector, ms]) => ({ sector, members: ms }))
    .sort((a, b) => b.members.length - a.members.length || cmp(a.sector, b.sector));
}

/** Pairwise synergy of the members present: synergy desc, duplication desc, member order; at most maxPairs. */
function countryPairs(
  ids: readonly string[],
  safe: PairScores,
  maxPairs: number,
  digits: number,
): CountryView['pairs'] {
  const raw: { a: string; b: string; synergy: number; duplication: number; ia: number; ib: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      raw.push({ a, b, synergy: safe.synergy(a, b), duplication: safe.duplication(a, b), ia: i, ib: j });
    }
  }
  raw.sort(
    (x, y) =>
      compareScoresDesc(x.synergy, y.synergy) ||
      compareScoresDesc(x.duplication, y.duplication) ||
      x.ia - y.ia ||
      x.ib - y.ib,
  );
  return raw.slice(0, maxPairs).map((p) => ({
    a: p.a,
    b: p.b,
    synergy: roundTo(p.synergy, digits),
    duplication: roundTo(p.duplication, digits),
  }));
}
