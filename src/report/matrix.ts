/**
 * Reading the square member x member matrices of a baseline: shape checks.
 * @module
 */
import { PartnerSynergyError } from '../errors.js';

/**
 * A square matrix indexed by member ids: `values[i][j]` belongs to `(ids[i], ids[j])`. What
 * {@link renderHeatmapSvg} draws; a `SquareMatrix`'s `toJSON()` is one.
 * @example
 * const m: IdMatrix = metrics.synergy.toJSON();
 * m.ids.length === m.values.length; // => true
 */
export interface IdMatrix {
  readonly ids: readonly string[];
  readonly values: readonly (readonly number[])[];
}

/**
 * Throws a {@link PartnerSynergyError} (`E_SCHEMA`) unless `matrix` has one row
 * of `ids.length` finite numbers per id. Renderers call it so that a malformed
 * matrix fails loudly instead of rendering NaN. Cost O(n²).
 *
 * @param matrix - The matrix.
 * @param name - Its name for the error message, e.g. `'synergy'`.
 * @example
 * checkIdMatrix({ ids: ['a'], values: [[1]] }, 'synergy'); // ok
 */
export function checkIdMatrix(matrix: IdMatrix, name: string): void {
  const n = matrix.ids.length;
  if (matrix.values.length !== n) {
    throw new PartnerSynergyError(
      'E_SCHEMA',
      `Matrix ${name} has ${matrix.values.length} rows for ${n} ids.`,
    );
  }
  matrix.values.forEach((row, i) => {
    if (row.length !== n) {
      throw new PartnerSynergyError(
        'E_SCHEMA',
        `Matrix ${name}: row ${i} has ${row.length} values for ${n} ids.`,
      );
    }
    row.forEach((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new PartnerSynergyError(
          'E_SCHEMA',
          `Matrix ${name}: value [${i}][${j}] is not a finite number.`,
        );
      }
    });
  });
}

export { indexOfIds } from '../baseline/matrixReader.js';
