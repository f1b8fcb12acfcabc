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
  /**
   * Optional: every member's scores as plain rows by member position (see {@link DenseRows}), for
   * views and kinds that read many pairs in a loop. Values must equal the functions above.
   */
  readonly dense?: DenseRows;
}

/**
 * The scores a {@link DenseRows} holds a row of.
 * @example
 * const kind: DenseKind = 'synergy';
 * pairScoresFromMetrics(metrics).dense!.row(kind, 0).length; // => metrics.ids.length
 */
export type DenseKind = 'synergy' | 'duplication' | 'geographyOverlap' | 'sectorOverlap';

/**
 * Pair scores as rows by member position: `row(kind, i)[j]` is the score of members `ids[i]` and
 * `ids[j]`. Rows from {@link denseRows} (and so from `pairScoresFromMetrics`) are computed once and
 * shared by every reader (the country views and the recommendation kinds): never write into them.
 *
 * @example
 * const dense = pairScoresFromMetrics(metrics).dense!;
 * const i = dense.positionOf('FTA');
 * dense.row('synergy', i)[dense.positionOf('SEW')]; // => metrics.synergy.get('FTA', 'SEW')
 */
export interface DenseRows {
  /** The members, in row and column order. */
  readonly ids: readonly string[];
  /** A member's position in `ids`, or -1 when unknown. */
  positionOf(id: string): number;
  /** Row i of one score: length ids.length, values in [0, 1], 0 on the diagonal. Read-only. */
  row(kind: DenseKind, i: number): Float64Array;
}

/** Dense rows made by {@link denseRows}: already clamped, so {@link safePairScores} keeps them as they are. */
const clampedRows = new WeakSet<DenseRows>();

/**
 * Dense rows over a row source, each row read once, clamped with {@link clampScore}, its
 * diagonal set to 0, and kept while the kept rows of that kind stay within `maxBytes` (a row past
 * it is read again when asked for, never dropped from the cache).
 *
 * @param ids - the members, in row order
 * @param read - writes row i of one score (unclamped) into `out`
 * @param maxBytes - memory the kept rows of one kind may take (default 16 MiB: every row up to 2,048 members)
 * @example
 * const dense = denseRows(['a', 'b'], (kind, i, out) => out.fill(0.5));
 * dense.row('synergy', 0); // => Float64Array [0, 0.5]
 */
export function denseRows(
  ids: readonly string[],
  read: (kind: DenseKind, i: number, out: Float64Array) => void,
  maxBytes: number = 16 * 2 ** 20,
): DenseRows {
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const maxRows = Math.floor(maxBytes / Math.max(8 * n, 1));
  const kept = new Map<DenseKind, { rows: (Float64Array | undefined)[]; count: number }>();
  const dense: DenseRows = {
    ids,
    positionOf: (id) => index.get(id) ?? -1,
    row(kind, i) {
      let cache = kept.get(kind);
      if (cache === undefined) {
        cache = { rows: new Array(n), count: 0 };
        kept.set(kind, cache);
      }
      const known = cache.rows[i];
      if (known !== undefined) return known;
      const out = new Float64Array(n);
      read(kind, i, out);
      for (let j = 0; j < n; j++) {
        const x = out[j]!;
        // clampScore inline: NaN and infinities read 0, the rest clamped to [0, 1].
        if (!(x >= 0 && x <= 1)) out[j] = Number.isFinite(x) ? Math.min(Math.max(x, 0), 1) : 0;
      }
      out[i] = 0;
      if (cache.count < maxRows) {
        cache.rows[i] = out;
        cache.count++;
      }
      return out;
    },
  };
  clampedRows.add(dense);
  return dense;
}

/** Dense rows read through {@link clampScore} (0 on the diagonal), for rows not made by {@link denseRows}. */
function safeDenseRows(dense: DenseRows): DenseRows {
  if (clampedRows.has(dense)) return dense;
  return denseRows(dense.ids, (kind, i, out) => out.set(dense.row(kind, i)));
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
  const dense = scores.dense === undefined ? undefined : safeDenseRows(scores.dense);
  const safe: PairScores = {
    ...(dense === undefined ? {} : { dense }),
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
