import { OptionsError, PartnerSynergyError } from '../errors.js';
import { splitAreaCategory } from '../profile/buildProfiles.js';
import type { Profiles } from '../profile/types.js';
import type { Dimension } from '../schema/records.js';
import { cosineOf, cosineSelf, gainOf, l1Of, overlapOf } from './formulas.js';
import { weightInUnits, weightScaleOf } from './weightScale.js';

/**
 * What one category contributes to a pair's numbers in one dimension.
 * @example
 * const { partnership: ab } = parsePartnership({
 *   'members.csv': 'id,name\nA,Alpha\nB,Beta\n',
 *   'expertise.csv': 'member,theme,level\nA,gbv,5\nB,gbv,2\nB,osh,4\n',
 * });
 * const [gbv]: readonly PairContribution[] = explainPair(buildProfiles(ab), 'A', 'B', 'expertise').contributions;
 * gbv; // => { category: 'gbv', weightA: 1, weightB: 0.4, min: 0.4, max: 1, gainToA: 0, gainToB: 0.6 }
 */
export interface PairContribution {
  /** Category key (theme id, country code or sector id). */
  readonly category: string;
  /** Weight of member a (0 when a lacks the category). */
  readonly weightA: number;
  /** Weight of member b. */
  readonly weightB: number;
  /** min(weightA, weightB): the shared part, summed into the overlap's numerator. */
  readonly min: number;
  /** max(weightA, weightB): summed into the overlap's denominator. */
  readonly max: number;
  /** max(weightB - weightA, 0): what b adds to a here (numerator of complementarityAB). */
  readonly gainToA: number;
  /** max(weightA - weightB, 0): what a adds to b here. */
  readonly gainToB: number;
}

/**
 * Why a pair has the numbers it has in one dimension: per-category contributions (every category
 * either member has, sorted by category) and the resulting metrics.
 * overlap = sumMin / sumMax, complementarityAB = sum(gainToA) / sumMax,
 * complementarityBA = sum(gainToB) / sumMax (equal to the matrices' values).
 * @example
 * const why: PairExplanation = explainPair(profiles, 'FTA', 'SEW', 'expertise');
 * why.overlap; // => metrics.expertise.overlap.get('FTA', 'SEW')
 * why.bothEmpty; // => false
 */
export interface PairExplanation {
  readonly dimension: Dimension;
  /** Member id a. */
  readonly a: string;
  /** Member id b. */
  readonly b: string;
  /** Weighted Jaccard overlap (= overlap.get(a, b)). */
  readonly overlap: number;
  /** C(a<-b), what b adds to a (= complementarity.get(a, b)). */
  readonly complementarityAB: number;
  /** C(b<-a), what a adds to b (= complementarity.get(b, a)). */
  readonly complementarityBA: number;
  /** Cosine similarity. */
  readonly cosine: number;
  /** Sum of the contributions' min, in category order. */
  readonly sumMin: number;
  /** Sum of the contributions' max (computed as |a|_1 + |b|_1 - sumMin, like the matrices). */
  readonly sumMax: number;
  /** True when neither member has anything in this dimension (all numbers 0, flagged). */
  readonly bothEmpty: boolean;
  /** Per-category contributions, sorted by category. */
  readonly contributions: readonly PairContribution[];
  /**
   * Geography only: the contributions of the countries and of the areas below them (categories
   * `<country>:<area id>`) apart, each with its sums of min and max, so that
   * overlap = (countries.sumMin + areas.sumMin) / (countries.sumMax + areas.sumMax). Absent in the
   * other dimensions.
   */
  readonly places?: { readonly countries: PlaceContributions; readonly areas: PlaceContributions };
}

/**
 * The geography contributions of one kind of place (countries or areas) and their sums.
 * @example
 * const { partnership: ab } = parsePartnership({
 *   'members.csv': 'id,name\nA,Alpha\nB,Beta\n',
 *   'geography.csv': 'member,country,presence,area\nA,Afghanistan,office,Kandahar\nB,Afghanistan,office,Hilmand\n',
 * });
 * const places = explainPair(buildProfiles(ab), 'A', 'B', 'geography').places!;
 * // the country is shared; the provinces are not
 * [places.countries.sumMin, places.areas.sumMin, places.areas.sumMax]; // => [1, 0, 2]
 */
export interface PlaceContributions {
  readonly contributions: readonly PairContribution[];
  readonly sumMin: number;
  readonly sumMax: number;
}

function placeParts(contributions: readonly PairContribution[]): NonNullable<PairExplanation['places']> {
  const part = (areas: boolean): PlaceContributions => {
    const list = contributions.filter((c) => (splitAreaCategory(c.category) !== null) === areas);
    let sumMin = 0;
    let sumMax = 0;
    for (const c of list) {
      sumMin += c.min;
      sumMax += c.max;
    }
    return { contributions: list, sumMin, sumMax };
  };
  return { countries: part(false), areas: part(true) };
}

const DIMENSIONS: readonly Dimension[] = ['expertise', 'geography', 'sectors'];

/**
 * Explain a pair in one dimension: list what each category contributes to its overlap and
 * complementarity (in geography also split into the country and the area contributions,
 * `places`). The numbers are computed with the same summation order and formulas as the
 * matrices, so `overlap`, `complementarityAB` and `complementarityBA` equal
 * `overlap.get(a, b)`, `complementarity.get(a, b)` and `complementarity.get(b, a)` exactly.
 * O(categories of a + categories of b).
 *
 * @param profiles - from {@link buildProfiles} (or `metrics.profiles`)
 * @param a - a member id
 * @param b - another member id
 * @param dimension - 'expertise', 'geography' or 'sectors'
 * @throws PartnerSynergyError E_UNKNOWN_MEMBER for an unknown member id.
 * @throws OptionsError (option 'dimension') for an unknown dimension.
 * @example
 * const { partnership: ab } = parsePartnership({
 *   'members.csv': 'id,name\nA,Alpha\nB,Beta\n',
 *   'expertise.csv': 'member,theme,level\nA,gbv,5\nA,living wage,3\nB,gbv,2\nB,osh,4\n',
 * });
 * // A: gbv level 5 (1), living-wage 3 (0.6); B: gbv 2 (0.4), osh 4 (0.8)
 * const e = explainPair(buildProfiles(ab), 'A', 'B', 'expertise');
 * // overlap = 0.4 / 2.4
 * e.overlap; // => ~1 / 6
 * // what B adds to A (osh): 0.8 / 2.4
 * e.complementarityAB; // => ~1 / 3
 * e.contributions[0]; // => { category: 'gbv', weightA: 1, weightB: 0.4, min: 0.4, max: 1, gainToA: 0, gainToB: 0.6 }
 */
export function explainPair(profiles: Profiles, a: string, b: string, dimension: Dimension): PairExplanation {
  if (!DIMENSIONS.includes(dimension)) {
    throw new OptionsError(
      'dimension',
      `Unknown dimension "${String(dimension)}"; use expertise, geography or sectors.`,
    );
  }
  const profile = profiles[dimension];
  const ia = profile.ids.indexOf(a);
  const ib = profile.ids.indexOf(b);
  for (const [id, i] of [
    [a, ia],
    [b, ib],
  ] as const) {
    if (i < 0) throw new PartnerSynergyError('E_UNKNOWN_MEMBER', `Unknown member id "${id}".`);
  }
  const ra = profile.rows[ia]!;
  const rb = profile.rows[ib]!;
  const contributions: PairContribution[] = [];
  // The matrices sum in units (see weightScaleOf); so do the ratios here, for identical values.
  const scale = weightScaleOf(profile);
  let sumMin = 0;
  let unitMin = 0;
  let dot = 0;
  let l1a = 0;
  let l1b = 0;
  let sqA = 0;
  let sqB = 0;
  let p = 0;
  let q = 0;
  while (p < ra.indices.length || q < rb.indices.length) {
    const ka = p < ra.indices.length ? ra.indices[p]! : Number.POSITIVE_INFINITY;
    const kb = q < rb.indices.length ? rb.indices[q]! : Number.POSITIVE_INFINITY;
    const k = Math.min(ka, kb);
    const wa = ka === k ? ra.weights[p++]! : 0;
    const wb = kb === k ? rb.weights[q++]! : 0;
    const min = Math.min(wa, wb);
    sumMin += min;
    const ua = weightInUnits(wa, scale);
    const ub = weightInUnits(wb, scale);
    unitMin += Math.min(ua, ub);
    dot += ua * ub;
    l1a += ua;
    l1b += ub;
    sqA += ua * ua;
    sqB += ub * ub;
    contributions.push({
      category: profile.categories[k]!,
      weightA: wa,
      weightB: wb,
      min,
      max: Math.max(wa, wb),
      gainToA: Math.max(wb - wa, 0),
      gainToB: Math.max(wa - wb, 0),
    });
  }
  return {
    dimension,
    a,
    b,
    overlap: overlapOf(unitMin, l1a, l1b),
    complementarityAB: gainOf(unitMin, l1a, l1b),
    complementarityBA: gainOf(unitMin, l1b, l1a),
    cosine: ia === ib ? cosineSelf(sqA) : cosineOf(dot, sqA, sqB),
    sumMin,
    sumMax: l1Of(ra.weights) + l1Of(rb.weights) - sumMin,
    bothEmpty: !(l1a > 0) && !(l1b > 0),
    contributions,
    ...(dimension === 'geography' ? { places: placeParts(contributions) } : {}),
  };
}
