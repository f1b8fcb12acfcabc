/**
 * Brandes betweenness centrality on an undirected graph with unit edge lengths.
 * @module
 */
import { toCsr, type WeightedGraph } from './graph.js';

/**
 * Normalised betweenness of every node, with every kept edge of length 1 (the
 * synergy threshold already decides which ties count; lengths 1/weight would
 * make the ranking hinge on small score differences and on float ties between
 * path sums). For node v: the sum over unordered pairs {s, t} (s, t != v) of
 * sigma_st(v) / sigma_st, divided by (n-1)(n-2)/2 so the value is in [0, 1]
 * (1 = the centre of a star). 0 for every node when n < 3.
 *
 * Brandes' algorithm: one breadth-first search per source, O(n m) time, O(n + m)
 * memory (predecessors are recovered from the distances, not stored).
 *
 * @param g - an undirected weighted graph; weights are strengths (distance = 1 / weight)
 * @example
 * // path 0 - 1 - 2 - 3: nodes 1 and 2 each lie on 2 of the 3 pairs of other nodes
 * betweenness(graphFromEdges(4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]])); // => [0, 2/3, 2/3, 0]
 */
export function betweenness(g: WeightedGraph): number[] {
  const n = g.n;
  const cb = new Float64Array(n);
  if (n < 3) return Array.from(cb);
  const { offsets, targets } = toCsr(g);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n);
  const order = new Int32Array(n); // BFS visiting order = queue; read backwards for accumulation
  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    delta.fill(0);
    dist.fill(-1);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]!;
      const sv = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = targets[k]!;
        if (dist[w]! < 0) {
          dist[w] = dv + 1;
          order[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w]! += sv;
      }
    }
    for (let idx = tail - 1; idx > 0; idx--) {
      const w = order[idx]!;
      const dw = dist[w]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!, end = offsets[w + 1]!; k < end; k++) {
        const v = targets[k]!;
        if (dist[v] === dw - 1) delta[v]! += sigma[v]! * coeff;
      }
      cb[w]! += delta[w]!;
    }
  }
  // Each unordered pair was counted from both ends: raw / 2, then / ((n-1)(n-2)/2).
  const scale = 1 / ((n - 1) * (n - 2));
  return Array.from(cb, (x) => x * scale);
}
