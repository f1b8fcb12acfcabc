/**
 * Burt's network constraint on an undirected weighted graph.
 * @module
 */
import type { WeightedGraph } from './graph.js';

/**
 * Burt's constraint of every node:
 * c_i = sum over neighbours j of (p_ij + sum_{q != i, j} p_iq p_qj)^2,
 * with p_ij = w_ij / sum_k w_ik (the share of i's tie strength invested in j).
 * Low constraint means i's ties lead to members who are not tied to each other:
 * i spans a structural hole. A node with one tie has constraint 1; the centre
 * of a star with k equal spokes has 1/k. `null` for a node without ties
 * (undefined, never NaN). Cost O(sum of degree^2).
 *
 * @example
 * // star: centre 0 with 4 leaves
 * constraint(graphFromEdges(5, [[0, 1, 1], [0, 2, 1], [0, 3, 1], [0, 4, 1]])); // => [0.25, 1, 1, 1, 1]
 */
export function constraint(g: WeightedGraph): (number | null)[] {
  const { adj } = g;
  const share: Map<number, number>[] = adj.map((nb) => {
    const total = nb.reduce((s, e) => s + e.w, 0);
    return new Map(nb.map((e) => [e.to, e.w / total]));
  });
  return adj.map((nb, i) => {
    if (nb.length === 0) return null;
    const pi = share[i]!;
    let c = 0;
    for (const { to: j } of nb) {
      let indirect = 0;
      for (const { to: q } of nb) {
        if (q === j) continue;
        const pqj = share[q]!.get(j);
        if (pqj !== undefined) indirect += pi.get(q)! * pqj;
      }
      const term = pi.get(j)! + indirect;
      c += term * term;
    }
    return c;
  });
}
