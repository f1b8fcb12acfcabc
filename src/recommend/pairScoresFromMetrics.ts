import { type DenseKind, denseRows, type PairScores } from '../country/pairScores.js';

/** Anything with a `get(i, j)` by member id (the metrics' SquareMatrix fits). */
export interface PairMatrixLike {
  get(i: number | string, j: number | string): number;
  /**
   * Optional: row i at once, in the order of `MetricsLike.ids` (the metrics' SquareMatrix has it),
   * written into `out` when the matrix can (else returned as a new array).
   */
  row?(i: number | string, out?: Float64Array): ArrayLike<number>;
}

/**
 * The part of the metrics result the adapter reads; `PartnershipMetrics` from
 * `computeMetrics` fits it structurally.
 */
export interface MetricsLike {
  readonly ids: readonly string[];
  readonly expertise: { readonly overlap: PairMatrixLike };
  readonly geography: { readonly overlap: PairMatrixLike };
  readonly sectors: { readonly overlap: PairMatrixLike };
  readonly synergy: PairMatrixLike;
  readonly duplication: PairMatrixLike;
}

/**
 * Adapt the metrics result (`computeMetrics(partnership)`) to the
 * {@link PairScores} the country views and recommendations read. A pair with an
 * id the matrices do not know reads 0 (never throws).
 *
 * @param metrics - the result of {@link computeMetrics} (or anything with the same matrices)
 * @example
 * const pairScores = pairScoresFromMetrics(computeMetrics(partnership));
 * pairScores.synergy('FTA', 'SEW'); // => metrics.synergy.get('FTA', 'SEW')
 * pairScores.synergy('FTA', 'nobody'); // => 0
 * // the inputs of the country views and recommendations
 * const countryViews = buildCountryViews(partnership, pairScores, { labels });
 * recommend(partnership, pairScores, countryViews, { labels }).length; // => 30
 */
export function pairScoresFromMetrics(metrics: MetricsLike): PairScores {
  const known = new Set(metrics.ids);
  const read =
    (m: PairMatrixLike) =>
    (a: string, b: string): number =>
      known.has(a) && known.has(b) ? m.get(a, b) : 0;
  const scores: PairScores = {
    synergy: read(metrics.synergy),
    duplication: read(metrics.duplication),
    expertiseOverlap: read(metrics.expertise.overlap),
    geographyOverlap: read(metrics.geography.overlap),
    sectorOverlap: read(metrics.sectors.overlap),
  };
  const { synergy, duplication } = metrics;
  const geo = metrics.geography.overlap;
  const sec = metrics.sectors.overlap;
  const matrixOf = { synergy, duplication, geographyOverlap: geo, sectorOverlap: sec };
  if (synergy.row === undefined || duplication.row === undefined) return scores;
  // A row per member, computed on first read and shared: the country views and the recommendation
  // kinds read many pairs of one member (one row, not a call each), often the same members' rows.
  const dense = denseRows(metrics.ids, (kind, i, out) => {
    const m = matrixOf[kind];
    if (m.row !== undefined) {
      const row = m.row(i, out);
      if (row !== out) out.set(row);
    } else for (let j = 0; j < out.length; j++) out[j] = m.get(i, j);
  });
  const lazyRow = (kind: DenseKind, i: number) => {
    let row: Float64Array | undefined;
    return (b: string): number => {
      const j = dense.positionOf(b);
      if (j < 0) return 0;
      // The dense rows read 0 on the diagonal; a row reads what the pair function reads.
      if (j === i) return scores[kind](b, b);
      row ??= dense.row(kind, i);
      return row[j]!;
    };
  };
  const unknown = () => 0;
  return {
    ...scores,
    dense,
    rowOf(a) {
      const i = dense.positionOf(a);
      if (i < 0) return { synergy: unknown, duplication: unknown };
      return {
        synergy: lazyRow('synergy', i),
        duplication: lazyRow('duplication', i),
        ...(geo.row === undefined || sec.row === undefined
          ? {}
          : { geographyOverlap: lazyRow('geographyOverlap', i), sectorOverlap: lazyRow('sectorOverlap', i) }),
      };
    },
  };
}
