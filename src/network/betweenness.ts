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
 * per source, O(n m) time).
 *
 * @param g - an undirected weighted graph; the weights are not used (unit lengths)
 * @example
 * // path 0 - 1 - 2 - 3: nodes 1 and 2 each lie on 2 of the 3 pairs of other nodes
 * betweenness(graphFromEdges(4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]])); // => [0, 2/3, 2/3, 0]
 */
export function betweenness(g: WeightedGraph): number[] {
  if (g.n < 3) return new Array<number>(g.n).fill(0);
  const scores = betweennessCentrality(toGraphology(g), { getEdgeWeight: null, normalized: true });
  return Array.from({ length: g.n }, (_, i) => scores[String(i)] ?? 0);
}
