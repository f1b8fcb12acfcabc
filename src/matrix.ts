/**
 * partner-synergy/matrix: hand a pair matrix to ml-matrix for linear algebra. Kept out of the
 * core entry so the core's browser bundle does not carry ml-matrix (71 kB minified).
 * Examples use the names listed on the `partner-synergy` page.
 * @packageDocumentation
 * @module partner-synergy/matrix
 */
import { Matrix } from 'ml-matrix';
import type { SquareMatrix } from './metrics/SquareMatrix.js';

/**
 * Convert a {@link SquareMatrix} (a member-by-member pair matrix) to an ml-matrix `Matrix`, a
 * copy with the same rows and columns (the members in `m.ids` order).
 *
 * @param m - the pair matrix, e.g. `baseline.metrics.synergy`
 * @returns a new `Matrix` of `m.size` rows and columns
 * @example
 * const m = new SquareMatrix(['a', 'b'], Float64Array.of(1, 0.25, 0.25, 1));
 * toMatrix(m).get(0, 1); // => 0.25
 * toMatrix(metrics.synergy).rows; // => metrics.synergy.size
 */
export function toMatrix(m: SquareMatrix): Matrix {
  return Matrix.from1DArray(m.size, m.size, m.values);
}
