/**
 * Reading the square member x member matrices of a baseline: shape checks and
 * the strongest pairs.
 * @module
 */
import { PartnerSynergyError } from '../errors.js';

/** A square matrix indexed by member ids: `values[i][j]` belongs to `(ids[i], ids[j])`. */
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

/** One pair of a matrix, by index and id. */
export interface MatrixPair {
  readonly i: number;
  readonly j: number;
  readonly a: string;
  readonly b: string;
  readonly value: number;
}

function before(x: MatrixPair, y: MatrixPair): boolean {
  if (x.value !== y.value) return x.value > y.value;
  if (x.i !== y.i) return x.i < y.i;
  return x.j < y.j;
}

/**
 * The `k` strongest pairs of the upper triangle (`i < j`, read at
 * `values[i][j]`) with a value above zero: highest value first, ties by row
 * then column index (deterministic). Validates the matrix first. Cost
 * O(n² · k) time, O(k) memory.
 *
 * @param matrix - A symmetric pair matrix (synergy, duplication, overlap).
 * @param k - How many pairs at most (0 gives none).
 * @param name - Matrix name for errors. Default `'matrix'`.
 * @example
 * topPairs({ ids: ['a', 'b', 'c'], values: [[0, .2, .5], [.2, 0, 0], [.5, 0, 0]] }, 2);
 * // => [{ i: 0, j: 2, a: 'a', b: 'c', value: 0.5 }, { i: 0, j: 1, a: 'a', b: 'b', value: 0.2 }]
 */
export function topPairs(matrix: IdMatrix, k: number, name = 'matrix'): MatrixPair[] {
  checkIdMatrix(matrix, name);
  const best: MatrixPair[] = [];
  if (k <= 0) return best;
  const n = matrix.ids.length;
  for (let i = 0; i < n; i++) {
    const row = matrix.values[i]!;
    for (let j = i + 1; j < n; j++) {
      const value = row[j]!;
      if (!(value > 0)) continue;
      const last = best[best.length - 1];
      if (best.length >= k && last !== undefined && value <= last.value) continue;
      const pair: MatrixPair = { i, j, a: matrix.ids[i]!, b: matrix.ids[j]!, value };
      let at = best.length;
      while (at > 0 && before(pair, best[at - 1]!)) at--;
      best.splice(at, 0, pair);
      if (best.length > k) best.pop();
    }
  }
  return best;
}

/**
 * Index of each id in a matrix (first occurrence wins). Built on a Map, so any
 * string is a safe id.
 *
 * @example
 * indexOfIds(['a', 'b']).get('b'); // => 1
 */
export function indexOfIds(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  return index;
}
