/**
 * Burt's network constraint on an undirected weighted graph.
 * @module
 */
import { toCsr, type WeightedGraph } from './graph.js';

/**
 * Burt's constraint of every node:
 * c_i = sum over neighbours j of (p_ij + sum_{q != i, j} p_iq p_qj)^2,
 * with p_ij = w_ij / sum_k w_ik (the share of i's tie strength invested in j).
 * Low constraint means i's ties lead to members who are not tied to each other:
 * i spans a structural hole. A node with one tie has constraint 1; the centre
 * of a star with k equal spokes has 1/k. `null` for a node without ties
 * (undefined, never NaN). Cost O(sum of degree^2).
 *
 * @param g - an undirected weighted graph
 * @example
 * // star: centre 0 with 4 leaves
 * constraint(graphFromEdges(5, [[0, 1, 1], [0, 2, 1], [0, 3, 1], [0, 4, 1]])); // => [0.25, 1, 1, 1, 1]
 */
export function constraint(g: WeightedGraph): (number | null)[] {
  const { n, offsets, targets, weights } = toCsr(g);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) total[i]! += weights[k]!;
  }
  // share[k] = p_ij for the k-th (i, j) entry of the rows.
  const share = new Float64Array(weights.length);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) share[k] = weights[k]! / total[i]!;
  }
  // term[j] accumulates p_ij + sum_q p_iq p_qj for the current i (reset after each i).
  const term = new Float64Array(n);
  const out: (number | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (start === end) continue;
    for (let k = start; k < end; k++) term[targets[k]!]! += share[k]!;
    for (let k = start; k < end; k++) {
      const q = targets[k]!;
      const piq = share[k]!;
      // q's ties to the other neighbours j of i (p_qi contributes to term[i], never read).
      for (let r = offsets[q]!; r < offsets[q + 1]!; r++) term[targets[r]!]! += piq * share[r]!;
    }
    let c = 0;
    for (let k = start; k < end; k++) {
      const t = term[targets[k]!]!;
      c += t * t;
    }
    out[i] = c;
    // Reset every entry touched: i's neighbours and their neighbours.
    for (let k = start; k < end; k++) {
      const q = targets[k]!;
      term[q] = 0;
      for (let r = offsets[q]!; r < offsets[q + 1]!; r++) term[targets[r]!] = 0;
    }
  }
  return out;
}
