/**
 * The pair scores the in-country views and the recommendations read. A minimal
 * structural interface, so any metrics implementation can feed them (the
 * library's own metrics through `pairScoresFromMetrics`).
 *
 * Every function takes two member ids and returns a number in [0, 1]. Symmetric
 * functions (all of these) must give the same value for (a, b) and (b, a).
 *
 * @example
 * // the same scores for every pair, e.g. to test a view
 * const constant: PairScores = {
 *   synergy: () => 0.5,
 *   duplication: () => 0.1,
 *   expertiseOverlap: () => 0.2,
 *   geographyOverlap: () => 0.6,
 *   sectorOverlap: () => 0.4,
 * };
 * buildCountryViews(partnership, constant).BD?.pairs[0]; // => { a: 'FTA', b: 'HDN', synergy: 0.5, duplication: 0.1 }
 */
export interface PairScores {
  /** context(a, b) * (1 - expertise overlap): shared context, different expertise. */
  synergy(a: string, b: string): number;
  /** context(a, b) * expertise overlap: shared context, same expertise. */
  duplication(a: string, b: string): number;
  /** Weighted Jaccard overlap of the expertise profiles. */
  expertiseOverlap(a: string, b: string): number;
  /** Weighted Jaccard overlap of the geography profiles. */
  geographyOverlap(a: string, b: string): number;
  /** Weighted Jaccard overlap of the sector profiles. */
  sectorOverlap(a: string, b: string): number;
  /**
   * Optional: one member's synergy and duplication with everyone at once. Views that read many
   * pairs (the strongest pairs per country) read a row per member instead of a call per pair
   * when this is given; the values must equal `synergy(a, b)` and `duplication(a, b)`.
   */
  rowOf?(a: string): PairRow;
}

/**
 * One member's pair values (see {@link PairScores.rowOf}): its synergy and duplication with member b.
 * @example
 * const row: PairRow = { synergy: () => 0.5, duplication: () => 0.1 };
 * row.synergy('b'); // => 0.5
 */
export interface PairRow {
  synergy(b: string): number;
  duplication(b: string): number;
  /** Optional: geography overlap with b (equal to `geographyOverlap(a, b)`), for kinds that read many. */
  geographyOverlap?(b: string): number;
  /** Optional: sector overlap with b (equal to `sectorOverlap(a, b)`). */
  sectorOverlap?(b: string): number;
}

/**
 * Read a score defensively: a non-finite result (NaN, Infinity) becomes 0 and the
 * value is clamped to [0, 1], so one bad metric never leaks a NaN into a view or a
 * recommendation score.
 *
 * @example
 * clampScore(Number.NaN); // => 0
 * clampScore(1.2);        // => 1
 */
export function clampScore(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.min(Math.max(x, 0), 1);
}

/**
 * Wrap a PairScores so every read is clamped to [0, 1] with NaN read as 0, and
 * a member paired with itself reads 0 (a member has no synergy with itself).
 *
 * @example
 * const safe = safePairScores(scores);
 * safe.synergy('a', 'a'); // => 0
 */
export function safePairScores(scores: PairScores): PairScores {
  const wrap =
    (f: (a: string, b: string) => number) =>
    (a: string, b: string): number =>
      a === b ? 0 : clampScore(f.call(scores, a, b));
  const safe: PairScores = {
    synergy: wrap(scores.synergy),
    duplication: wrap(scores.duplication),
    expertiseOverlap: wrap(scores.expertiseOverlap),
    geographyOverlap: wrap(scores.geographyOverlap),
    sectorOverlap: wrap(scores.sectorOverlap),
  };
  const rowOf = scores.rowOf;
  if (rowOf === undefined) return safe;
  return {
    ...safe,
    rowOf(a) {
      const row = rowOf.call(scores, a);
      const safeRow: PairRow = {
        synergy: (b) => (a === b ? 0 : clampScore(row.synergy(b))),
        duplication: (b) => (a === b ? 0 : clampScore(row.duplication(b))),
      };
      const { geographyOverlap: geo, sectorOverlap: sec } = row;
      if (geo === undefined || sec === undefined) return safeRow;
      return {
        ...safeRow,
        geographyOverlap: (b) => (a === b ? 0 : clampScore(geo.call(row, b))),
        sectorOverlap: (b) => (a === b ? 0 : clampScore(sec.call(row, b))),
      };
    },
  };
}
