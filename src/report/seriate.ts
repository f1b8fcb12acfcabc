/**
 * Ordering the members of a heatmap so that similar members sit together.
 * @module
 */
import { PartnerSynergyError } from '../errors.js';

/**
 * Orders the rows/columns of a square similarity matrix so that similar items
 * are adjacent (seriation), by a greedy nearest-neighbour chain: start at the
 * item with the largest total similarity to the others, then repeatedly append
 * the not yet placed item most similar to the last placed one. Similarity of
 * i and k is `(values[i][k] + values[k][i]) / 2`, so asymmetric matrices
 * (complementarity) work too; the diagonal is ignored. Ties go to the lowest
 * index, so the order is deterministic. Cost O(n²) time, O(n) memory.
 *
 * @param values - An n x n matrix of finite numbers.
 * @returns A permutation of `0..n-1`: `order[p]` is the index shown at position p.
 * @throws {PartnerSynergyError} `E_SCHEMA` when the matrix is not square or holds a non-finite number.
 * @example
 * // a and c are alike, b is different:
 * seriate([[1, 0, 0.9], [0, 1, 0.1], [0.9, 0.1, 1]]); // => [2, 0, 1]
 */
export function seriate(values: readonly (readonly number[])[]): number[] {
  const n = values.length;
  values.forEach((row, i) => {
    if (row.length !== n)
      throw new PartnerSynergyError('E_SCHEMA', `seriate: row ${i} has ${row.length} values for ${n} rows.`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v))
        throw new PartnerSynergyError('E_SCHEMA', `seriate: value [${i}][${j}] is not finite.`);
    });
  });
  const sim = (i: number, k: number) => (values[i]![k]! + values[k]![i]!) / 2;
  if (n === 0) return [];
  let start = 0;
  let bestSum = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = 0; k < n; k++) if (k !== i) sum += sim(i, k);
    if (sum > bestSum) {
      bestSum = sum;
      start = i;
    }
  }
  const placed = new Uint8Array(n);
  const order = [start];
  placed[start] = 1;
  let last = start;
  while (order.length < n) {
    let next = -1;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      if (placed[k]) continue;
      const s = sim(last, k);
      if (s > bestSim) {
        bestSim = s;
        next = k;
      }
    }
    order.push(next);
    placed[next] = 1;
    last = next;
  }
  return order;
}
