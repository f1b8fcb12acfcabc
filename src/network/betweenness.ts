/**
 * Brandes betweenness centrality on an undirected graph with unit edge lengths.
 * @module
 */
import type { WeightedGraph } from './graph.js';

/**
 * Normalised betweenness of every node, with every kept edge of length 1 (the
 * synergy threshold already decides which ties count; lengths 1/weight would
 * make the ranking hinge on small score differences and on float ties between
 * path sums). For node v: the sum over unordered pairs {s, t} (s, t != v) of
 * sigma_st(v) / sigma_st, divided by (n-1)(n-2)/2 so the value is in [0, 1]
 * (1 = the centre of a star). 0 for every node when n < 3.
 *
 * Brandes' algorithm: one breadth-first search per source, O(n m).
 *
 * @example
 * // path 0 - 1 - 2 - 3: nodes 1 and 2 each lie on 2 of the 3 pairs of other nodes
 * betweenness(graphFromEdges(4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]])); // => [0, 2/3, 2/3, 0]
 */
export function betweenness(g: WeightedGraph): number[] {
  const { n, adj } = g;
  const cb = new Array<number>(n).fill(0);
  if (n < 3) return cb;
  const sigma = new Array<number>(n);
  const dist = new Array<number>(n);
  const delta = new Array<number>(n);
  const preds: number[][] = Array.from({ length: n }, () => []);
  const queue = new Array<number>(n);
  const stack: number[] = [];
  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    for (const p of preds) p.length = 0;
    stack.length = 0;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack.push(v);
      const dv = dist[v]!;
      for (const { to: w } of adj[v]!) {
        if (dist[w]! < 0) {
          dist[w] = dv + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dv + 1) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) cb[w]! += delta[w]!;
    }
  }
  // Each unordered pair was counted from both ends: raw / 2, then / ((n-1)(n-2)/2).
  const scale = 1 / ((n - 1) * (n - 2));
  return cb.map((x) => x * scale);
}
