/**
 * The pair formulas every metric path shares (the sparse engine, the dense reference, the lazy
 * matrices, top-k and explainPair), so the same sums always give bit-identical values.
 *
 * Notation for a pair (a, b) in one dimension: `m` = sum_k min(x_ak, x_bk), `l1a` = sum_k x_ak,
 * `l1b` = sum_k x_bk. Then sum_k max(x_ak, x_bk) = l1a + l1b - m and
 * sum_k max(x_bk - x_ak, 0) = l1b - m.
 */

/**
 * Weighted Jaccard (Ruzicka) overlap m / (l1a + l1b - m); 0 when both vectors are empty.
 * Symmetric, in [0, 1], and exactly 1 for a non-empty vector with itself (m = l1a = l1b).
 *
 * @example
 * overlapOf(0.5, 1, 1); // => 0.5 / 1.5 = 0.3333333333333333
 * overlapOf(0, 0, 0);   // => 0 (both empty)
 */
export function overlapOf(m: number, l1a: number, l1b: number): number {
  const s = l1a + l1b - m;
  return s > 0 ? m / s : 0;
}

/**
 * Complementarity C(a<-b), what b adds to a: (l1b - m) / (l1a + l1b - m); 0 when both are empty.
 * overlapOf(m, a, b) + gainOf(m, a, b) + gainOf(m, b, a) = 1 for a non-empty pair.
 *
 * @example
 * gainOf(0.5, 1, 1);   // => 0.5 / 1.5
 * gainOf(0, 0, 0.75);  // => 1 (a is empty: everything b has is new to a)
 */
export function gainOf(m: number, l1a: number, l1b: number): number {
  const s = l1a + l1b - m;
  return s > 0 ? (l1b - m) / s : 0;
}

/**
 * Cosine similarity dot / (|a|_2 |b|_2), clamped to at most 1 against rounding; 0 when either
 * vector is empty.
 *
 * @example
 * cosineOf(0.5, 1, 1); // => 0.5
 * cosineOf(0, 0, 1);   // => 0
 */
export function cosineOf(dot: number, sqA: number, sqB: number): number {
  const d = Math.sqrt(sqA) * Math.sqrt(sqB);
  if (!(d > 0)) return 0;
  const c = dot / d;
  return Math.min(1, c);
}

/**
 * Cosine of a vector with itself: 1, or 0 for an empty vector (defined, not computed, so that
 * rounding never gives 0.9999999999999999).
 *
 * @example
 * cosineSelf(2.5); // => 1
 */
export function cosineSelf(sq: number): number {
  return sq > 0 ? 1 : 0;
}

/**
 * Context of a pair: the weighted mean of geography and sector overlap with weights already
 * normalised to sum 1 over the dimensions present (see {@link contextWeightsOf}).
 *
 * @example
 * contextOf(0.5, 0.25, 0.5, 0.5); // => 0.375
 */
export function contextOf(geography: number, sectors: number, wGeography: number, wSectors: number): number {
  return wGeography * geography + wSectors * sectors;
}

/**
 * Normalised context weights: a dimension that is not present gets weight 0; the others are
 * divided by their sum. When no dimension with a positive weight is present, both are 0 (context
 * 0 everywhere).
 *
 * @example
 * contextWeightsOf(0.5, 0.5, true, false); // => { geography: 1, sectors: 0 }
 */
export function contextWeightsOf(
  geography: number,
  sectors: number,
  geographyPresent: boolean,
  sectorsPresent: boolean,
): { readonly geography: number; readonly sectors: number } {
  const g = geographyPresent ? geography : 0;
  const s = sectorsPresent ? sectors : 0;
  const sum = g + s;
  return sum > 0 ? { geography: g / sum, sectors: s / sum } : { geography: 0, sectors: 0 };
}

/**
 * Synergy of a distinct pair: context * (1 - expertise overlap).
 *
 * @example
 * synergyOf(0.5, 0.2); // => 0.4
 */
export function synergyOf(context: number, expertiseOverlap: number): number {
  return context * (1 - expertiseOverlap);
}

/**
 * Duplication risk of a distinct pair: context * expertise overlap.
 *
 * @example
 * duplicationOf(0.5, 0.2); // => 0.1
 */
export function duplicationOf(context: number, expertiseOverlap: number): number {
  return context * expertiseOverlap;
}

/**
 * Sum of the weights of a sparse row, in ascending category order (the order every path uses).
 *
 * @example
 * l1Of(Float64Array.of(0.5, 0.25)); // => 0.75
 */
export function l1Of(weights: Float64Array): number {
  let s = 0;
  for (let p = 0; p < weights.length; p++) s += weights[p]!;
  return s;
}

/**
 * Sum of the squared weights of a sparse row, in ascending category order.
 *
 * @example
 * sqOf(Float64Array.of(0.5, 0.5)); // => 0.5
 */
export function sqOf(weights: Float64Array): number {
  let s = 0;
  for (let p = 0; p < weights.length; p++) s += weights[p]! * weights[p]!;
  return s;
}
