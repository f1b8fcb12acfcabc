import type { DimensionProfile } from '../profile/types.js';
import type { Dimension } from '../schema/records.js';
import { cosineOf, cosineSelf, gainOf, overlapOf } from './formulas.js';
import { accumulateUpper, type PairIndex, pairDot, pairMin, rowSums } from './pairIndex.js';
import { type MatrixSource, SquareMatrix } from './SquareMatrix.js';

/**
 * The pair metrics of one dimension. Pairs where both members are empty (`empty[i] && empty[j]`)
 * are 0 in every matrix and flagged by `empty`; they are never NaN.
 * @example
 * const expertise: DimensionMetrics = metrics.expertise;
 * expertise.ids.length; // => 12
 * // overlap + both complementarities = 1 for a non-empty pair
 * expertise.overlap.get('FTA', 'SEW') + expertise.complementarity.get('FTA', 'SEW') + expertise.complementarity.get('SEW', 'FTA');
 * // => ~1
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

/** Which matrix of a dimension. */
type DimensionKind = 'overlap' | 'complementarity' | 'cosine';

/** The value of (i, j) from the pair sum (sum of mins, or dot product for cosine). */
function dimensionValue(index: PairIndex, kind: DimensionKind, sum: number, i: number, j: number): number {
  const { l1, sq } = index;
  if (kind === 'overlap') return overlapOf(sum, l1[i]!, l1[j]!);
  if (kind === 'complementarity') return gainOf(sum, l1[i]!, l1[j]!);
  return i === j ? cosineSelf(sq[i]!) : cosineOf(sum, sq[i]!, sq[j]!);
}

const BLOCK = 32;

/**
 * Fill a whole dimension matrix: one upper-triangle pass over the inverted index writes the pair
 * sums into the upper triangle of `out`, then a blocked pass turns each sum into the values of
 * (i, j) and (j, i). Every value comes from the same sums and formulas as `cell` and `row`.
 */
function fillDimension(index: PairIndex, kind: DimensionKind, out: Float64Array): void {
  const n = index.size;
  const acc = new Float64Array(n);
  const dot = kind === 'cosine';
  for (let i = 0; i < n; i++) {
    accumulateUpper(index, i, dot ? null : acc, dot ? acc : null);
    out.set(acc.subarray(i + 1), i * n + i + 1);
    acc.fill(0, i + 1);
    out[i * n + i] = dimensionValue(index, kind, dot ? index.sq[i]! : index.l1[i]!, i, i);
  }
  const { l1, sq } = index;
  for (let i0 = 0; i0 < n; i0 += BLOCK) {
    const i1 = Math.min(n, i0 + BLOCK);
    for (let j0 = i0; j0 < n; j0 += BLOCK) {
      const j1 = Math.min(n, j0 + BLOCK);
      for (let i = i0; i < i1; i++) {
        const row = i * n;
        for (let j = j0 > i ? j0 : i + 1; j < j1; j++) {
          const m = out[row + j]!;
          if (kind === 'complementarity') {
            out[row + j] = gainOf(m, l1[i]!, l1[j]!);
            out[j * n + i] = gainOf(m, l1[j]!, l1[i]!);
          } else {
            const v = kind === 'overlap' ? overlapOf(m, l1[i]!, l1[j]!) : cosineOf(m, sq[i]!, sq[j]!);
            out[row + j] = v;
            out[j * n + i] = v;
          }
        }
      }
    }
  }
}

/** The lazily computed matrix of one dimension. */
function dimensionSource(index: PairIndex, kind: DimensionKind, maxSize: number): MatrixSource {
  const n = index.size;
  const dot = kind === 'cosine';
  const { l1 } = index;
  const row = (i: number, out: Float64Array): void => {
    const acc = rowSums(index, i, dot);
    if (kind === 'overlap') for (let j = 0; j < n; j++) out[j] = overlapOf(acc[j]!, l1[i]!, l1[j]!);
    else if (kind === 'complementarity') for (let j = 0; j < n; j++) out[j] = gainOf(acc[j]!, l1[i]!, l1[j]!);
    else for (let j = 0; j < n; j++) out[j] = dimensionValue(index, kind, acc[j]!, i, j);
  };
  const cell = (i: number, j: number): number => {
    if (i === j) return dimensionValue(index, kind, dot ? index.sq[i]! : index.l1[i]!, i, i);
    return dimensionValue(index, kind, dot ? pairDot(index, i, j) : pairMin(index, i, j), i, j);
  };
  return { cell, row, fill: (out) => fillDimension(index, kind, out), maxSize };
}

/**
 * Wrap a dimension's pair index as its lazily computed matrices.
 *
 * @example
 * const dm = dimensionMetricsFromIndex(profile, buildPairIndex(profile), { cosine: false, maxMatrixMembers: 10_000 });
 * dm.overlap.get(0, 1);
 */
export function dimensionMetricsFromIndex(
  profile: DimensionProfile,
  index: PairIndex,
  options: { readonly cosine: boolean; readonly maxMatrixMembers: number },
): DimensionMetrics {
  const { cosine, maxMatrixMembers } = options;
  const ids = profile.ids;
  const empty = Array.from(index.l1, (x) => !(x > 0));
  const base = {
    dimension: profile.dimension,
    ids,
    overlap: new SquareMatrix(ids, dimensionSource(index, 'overlap', maxMatrixMembers)),
    complementarity: new SquareMatrix(ids, dimensionSource(index, 'complementarity', maxMatrixMembers)),
  };
  const rest = { empty, present: profile.present };
  if (!cosine) return { ...base, ...rest };
  return {
    ...base,
    cosine: new SquareMatrix(ids, dimensionSource(index, 'cosine', maxMatrixMembers)),
    ...rest,
  };
}
