import type { DimensionProfile } from '../profile/types.js';
import type { Dimension } from '../schema/records.js';
import { cosineOf, cosineSelf, gainOf, overlapOf } from './formulas.js';
import { mirrorUpper } from './mirror.js';
import { accumulateRow, accumulateUpper, type PairIndex, pairDot, pairMin } from './pairIndex.js';
import { type MatrixSource, SquareMatrix } from './SquareMatrix.js';

/**
 * The pair metrics of one dimension. Pairs where both members are empty (`empty[i] && empty[j]`)
 * are 0 in every matrix and flagged by `empty`; they are never NaN.
 */
export interface DimensionMetrics {
  /** Which dimension. */
  readonly dimension: Dimension;
  /** Member ids, the row and column order of every matrix. */
  readonly ids: readonly string[];
  /** Weighted Jaccard (Ruzicka) overlap, symmetric; 1 on the diagonal for non-empty members. */
  readonly overlap: SquareMatrix;
  /** complementarity.get(i, j) = C(i<-j), what member j adds to member i; 0 on the diagonal. */
  readonly complementarity: SquareMatrix;
  /** Cosine similarity (when requested), symmetric; 1 on the diagonal for non-empty members. */
  readonly cosine?: SquareMatrix;
  /** empty[i]: member i has no positive weight in this dimension. */
  readonly empty: readonly boolean[];
  /** Whether the dimension has any record (see DimensionProfile.present). */
  readonly present: boolean;
}

/** A pair formula f(sum, i, j) from a pair sum (sum of mins or dot product). */
type PairValue = (sum: number, i: number, j: number) => number;

/**
 * A matrix source for one dimension from a pair formula. `symmetric` formulas are filled from the
 * upper triangle and mirrored; others row by row. Every path sums in ascending category order,
 * so `get`, `row` and `values` agree exactly.
 */
function pairSource(
  index: PairIndex,
  kind: 'min' | 'dot',
  symmetric: boolean,
  value: PairValue,
  maxSize: number,
): MatrixSource {
  const n = index.size;
  const useMin = kind === 'min';
  const row = (i: number, out: Float64Array): void => {
    const acc = new Float64Array(n);
    accumulateRow(index, i, useMin ? acc : null, useMin ? null : acc);
    for (let j = 0; j < n; j++) out[j] = value(acc[j]!, i, j);
  };
  const fill = (out: Float64Array): void => {
    if (!symmetric) {
      for (let i = 0; i < n; i++) row(i, out.subarray(i * n, i * n + n));
      return;
    }
    const acc = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      accumulateUpper(index, i, useMin ? acc : null, useMin ? null : acc);
      const base = i * n;
      out[base + i] = value(useMin ? index.l1[i]! : index.sq[i]!, i, i);
      for (let j = i + 1; j < n; j++) {
        out[base + j] = value(acc[j]!, i, j);
        acc[j] = 0;
      }
    }
    mirrorUpper(out, n);
  };
  const cell = (i: number, j: number): number => {
    if (i === j) return value(useMin ? index.l1[i]! : index.sq[i]!, i, i);
    return value(useMin ? pairMin(index, i, j) : pairDot(index, i, j), i, j);
  };
  return { cell, row, fill, maxSize };
}

/**
 * Wrap a dimension's pair index as its lazily computed matrices.
 *
 * @example
 * const dm = dimensionMetricsFromIndex(profile, buildPairIndex(profile), { cosine: false, maxMembers: 10_000 });
 * dm.overlap.get(0, 1);
 */
export function dimensionMetricsFromIndex(
  profile: DimensionProfile,
  index: PairIndex,
  options: { readonly cosine: boolean; readonly maxMembers: number },
): DimensionMetrics {
  const { cosine, maxMembers } = options;
  const { l1, sq } = index;
  const ids = profile.ids;
  const empty = Array.from(l1, (x) => !(x > 0));
  const overlap = pairSource(index, 'min', true, (m, i, j) => overlapOf(m, l1[i]!, l1[j]!), maxMembers);
  const complementarity = pairSource(index, 'min', false, (m, i, j) => gainOf(m, l1[i]!, l1[j]!), maxMembers);
  const base = {
    dimension: profile.dimension,
    ids,
    overlap: new SquareMatrix(ids, overlap),
    complementarity: new SquareMatrix(ids, complementarity),
  };
  const rest = { empty, present: profile.present };
  if (!cosine) return { ...base, ...rest };
  const cos = pairSource(
    index,
    'dot',
    true,
    (d, i, j) => (i === j ? cosineSelf(sq[i]!) : cosineOf(d, sq[i]!, sq[j]!)),
    maxMembers,
  );
  return { ...base, cosine: new SquareMatrix(ids, cos), ...rest };
}
