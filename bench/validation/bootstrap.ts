/**
 * A seeded organisation-level (cluster) bootstrap for pair scores. Candidate pairs share
 * organisations, so pairs are not independent draws: one busy organisation is in hundreds of
 * pairs. Each replicate draws the organisations with replacement (as many as there are) and keeps
 * every pair of two distinct draws, so a pair (a, b) counts count(a) * count(b) times (the node
 * bootstrap of network statistics, Snijders and Borgatti 1999). Same seed, same replicates.
 * @module
 */

/**
 * mulberry32: a small, fast 32-bit generator, good enough for resampling and random baselines.
 * Returns numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How often each of nOrgs organisations is drawn when nOrgs are drawn with replacement. */
export function drawOrganisations(nOrgs: number, random: () => number): Int32Array {
  const counts = new Int32Array(nOrgs);
  for (let i = 0; i < nOrgs; i++) counts[Math.floor(random() * nOrgs)]!++;
  return counts;
}

/**
 * Run `reps` replicates of the organisation bootstrap with a seeded generator and collect what
 * `statistic` computes from each replicate's organisation counts (same length every time).
 * Deterministic: the same seed gives the same replicates.
 */
export function bootstrap(
  nOrgs: number,
  reps: number,
  seed: number,
  statistic: (counts: Int32Array) => readonly number[],
): number[][] {
  const random = mulberry32(seed);
  const out: number[][] = [];
  for (let r = 0; r < reps; r++) out.push([...statistic(drawOrganisations(nOrgs, random))]);
  return out;
}

/**
 * The q-quantile (0 <= q <= 1) of values by linear interpolation between order statistics
 * (Hyndman and Fan type 7, the default of R and NumPy). NaN values are left out; NaN when none is left.
 */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((x, y) => x - y);
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** A percentile confidence interval and how many replicates had no value (NaN, e.g. no positive drawn). */
export interface Interval {
  readonly low: number;
  readonly high: number;
  readonly undefinedReplicates: number;
}

/** The equal-tailed percentile interval of a bootstrap distribution at `level` (default 0.95). */
export function percentileInterval(values: readonly number[], level = 0.95): Interval {
  const tail = (1 - level) / 2;
  return {
    low: quantile(values, tail),
    high: quantile(values, 1 - tail),
    undefinedReplicates: values.filter((v) => Number.isNaN(v)).length,
  };
}
