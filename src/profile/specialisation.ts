import type { DimensionProfile, SparseVector } from './types.js';

/**
 * How category weights are counted: as given, or discounted for categories nearly everyone holds.
 * @example
 * const weighting: Weighting = 'specialisation';
 * // categories nearly everyone holds count less, so this pair's synergy moves
 * computeMetrics(partnership, { weighting }).synergy.get('FTA', 'SEW') !== metrics.synergy.get('FTA', 'SEW'); // => true
 */
export type Weighting = 'raw' | 'specialisation';

/**
 * Per category, the specialisation factor s_k = (1 + ln(N / n_k)) / (1 + ln N), where N is the
 * number of members with a non-empty profile in the dimension and n_k the number holding
 * category k. A category held by one member keeps its full weight (s = 1); one held by every
 * member counts 1 / (1 + ln N). This is inverse document frequency, scaled into (0, 1] so
 * weights stay in [0, 1] and the overlap/complementarity identities still hold. With N <= 1
 * every factor is 1.
 *
 * Cost: O(total stored weights).
 *
 * @param profile - the dimension's profiles
 * @returns one factor per category, aligned with `profile.categories`
 * @example
 * const geo = buildProfiles(partnership).geography;
 * const s = specialisationFactors(geo);
 * s.length === geo.categories.length; // => true
 * Math.max(...s) <= 1; // => true
 */
export function specialisationFactors(profile: DimensionProfile): Float64Array {
  const holders = new Int32Array(profile.categories.length);
  let n = 0;
  for (const row of profile.rows) {
    if (row.indices.length === 0) continue;
    n += 1;
    for (let t = 0; t < row.indices.length; t++) if (row.weights[t]! > 0) holders[row.indices[t]!]! += 1;
  }
  const factors = new Float64Array(profile.categories.length).fill(1);
  if (n <= 1) return factors;
  const denominator = 1 + Math.log(n);
  for (let k = 0; k < factors.length; k++) {
    const h = holders[k]!;
    if (h > 0) factors[k] = (1 + Math.log(n / h)) / denominator;
  }
  return factors;
}

/**
 * Specialisation weighting: every weight multiplied by its category's
 * {@link specialisationFactors} factor, so that overlap on rare expertise (or a rarely shared
 * country or sector) stands out and overlap on what everybody does counts less. Returns a new
 * profile; the input is not changed. Empty rows stay empty.
 *
 * @param profile - the dimension's raw profiles
 * @returns the re-weighted profiles (same ids, categories and sparsity)
 * @example
 * const raw = buildProfiles(partnership).expertise;
 * const special = applySpecialisation(raw);
 * special.rows[0]!.weights[0]! <= raw.rows[0]!.weights[0]!; // => true
 */
export function applySpecialisation(profile: DimensionProfile): DimensionProfile {
  const factors = specialisationFactors(profile);
  const rows: SparseVector[] = profile.rows.map((row) => {
    const weights = new Float64Array(row.weights.length);
    for (let t = 0; t < row.indices.length; t++) weights[t] = row.weights[t]! * factors[row.indices[t]!]!;
    return { indices: row.indices, weights };
  });
  return { ...profile, rows };
}
