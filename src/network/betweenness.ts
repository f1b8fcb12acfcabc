/**
 * Betweenness centrality on an undirected graph with unit edge lengths
 * (graphology-metrics, Brandes' algorithm).
 * @module
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { toGraphology, type WeightedGraph } from './graph.js';

/**
 * Normalised betweenness of every node, with every kept edge of length 1 (the
 * synergy threshold already decides which ties count; lengths 1/weight would
 * make the ranking hinge on small score differences and on float ties between
 * path sums). For node v: the sum over unordered pairs {s, t} (s, t != v) of
 * sigma_st(v) / sigma_st, divided by (n-1)(n-2)/2 so the value is in [0, 1]
 * (1 = the centre of a star). 0 for every node when n < 3.
 *
 * Computed by graphology-metrics (Brandes' algorithm, one breadth-first search
 * per source, O(n m) time) on the nodes with an edge: an isolated node is 0 and
 * the others get exactly the library's numbers for the whole graph.
 *
 * @param g - an undirected weighted graph; the weights are not used (unit lengths)
 * @example
 * // path 0 - 1 - 2 - 3: nodes 1 and 2 each lie on 2 of the 3 pairs of other nodes
 * betweenness(graphFromEdges(4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]])); // => [0, 2/3, 2/3, 0]
 */
export function betweenness(g: WeightedGraph): number[] {
  const out = new Array<number>(g.n).fill(0);
  // An isolated node lies on no path and starts none: the searches run on the other nodes only
  // (in the same order, so each node's sum is added up exactly as on the whole graph), and the
  // sums are scaled by the whole graph's (n-1)(n-2) as the library would.
  const linked: number[] = [];
  for (let i = 0; i < g.n; i++) if (g.adj[i]!.length > 0) linked.push(i);
  if (g.n < 3 || linked.length < 3) return out;
  const at = new Int32Array(g.n);
  linked.forEach((node, k) => {
    at[node] = k;
  });
  const sub: WeightedGraph = {
    n: linked.length,
    adj: linked.map((node) => g.adj[node]!.map((e) => ({ to: at[e.to]!, w: e.w }))),
  };
  // Unnormalised, the library halves the sums of an undirected graph; doubling is exact.
  const sums = betweennessCentrality(toGraphology(sub), { getEdgeWeight: null, normalized: false });
  const scale = 1 / ((g.n - 1) * (g.n - 2));
  linked.forEach((node, k) => {
    out[node] = (sums[String(k)] ?? 0) * 2 * scale;
  });
  return out;
}
