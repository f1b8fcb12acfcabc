/**
 * Exact sums for weights on a grid. The default weights are fractions with small denominators
 * (level / 5, presence 1 / 0.75 / 0.5 / 0.25, strength / 5). When every weight w of a dimension is
 * u / D for a whole number u and a common D <= {@link MAX_WEIGHT_SCALE}, every metric path sums
 * the whole numbers u instead of the weights: those sums are exact in any order, so the sparse
 * engine, the dense reference, explainPair, top-k and the WebAssembly kernel give the same bits
 * without sharing a summation order, and without the rounding of adding 0.2s. Overlap,
 * complementarity and cosine are ratios, so the scale cancels out of every value.
 */
import { compressedRowsOf } from '../profile/buildDimensionProfile.js';
import type { DimensionProfile } from '../profile/types.js';

/** Largest common denominator tried. */
export const MAX_WEIGHT_SCALE = 1000;

/** More distinct weights than this: not on a grid worth finding (e.g. specialisation weighting). */
const MAX_DISTINCT = 512;

const cache = new WeakMap<DimensionProfile, number>();

function onGrid(w: number, d: number): boolean {
  return Math.round(w * d) / d === w;
}

/**
 * The smallest D in 1..{@link MAX_WEIGHT_SCALE} with every weight equal to (a whole number) / D,
 * or 0 when there is none (the weights are then summed as they are, in ascending category
 * order). Cached per profile object.
 *
 * @example
 * weightScaleOf(buildProfiles(partnership).sectors); // => 5 (strength / 5)
 */
export function weightScaleOf(profile: DimensionProfile): number {
  const cached = cache.get(profile);
  if (cached !== undefined) return cached;
  const distinct = new Set<number>();
  const seen: number[] = [];
  let scale = 1;
  let last = Number.NaN;
  const ws = compressedRowsOf(profile).weights;
  for (let p = 0; p < ws.length; p++) {
    const w = ws[p]!;
    if (w === last) continue;
    // Few distinct weights (the usual case): a scan of them beats a Set lookup.
    if (distinct.size <= 16 ? seen.includes(w) : distinct.has(w)) {
      last = w;
      continue;
    }
    seen.push(w);
    last = w;
    distinct.add(w);
    if (distinct.size > MAX_DISTINCT || !Number.isFinite(w)) {
      scale = 0;
      break;
    }
    if (onGrid(w, scale)) continue;
    // Raise the denominator to the smallest one that also fits every weight seen so far.
    let d = scale + 1;
    for (; d <= MAX_WEIGHT_SCALE; d++) {
      let all = true;
      for (const v of distinct) {
        if (!onGrid(v, d)) {
          all = false;
          break;
        }
      }
      if (all) break;
    }
    if (d > MAX_WEIGHT_SCALE) {
      scale = 0;
      break;
    }
    scale = d;
  }
  cache.set(profile, scale);
  return scale;
}

/**
 * A weight in the units the metric sums use: w·D rounded to the whole number it is when the
 * dimension is on a grid (scale D > 0), else w itself.
 *
 * @example
 * weightInUnits(0.6, 5); // => 3
 * weightInUnits(0.3, 0); // => 0.3
 */
export function weightInUnits(w: number, scale: number): number {
  return scale > 0 ? Math.round(w * scale) : w;
}
