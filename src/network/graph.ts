/**
 * The small undirected weighted graph the network algorithms run on: nodes are
 * 0..n-1 (members in id order), each adjacency list sorted by neighbour index,
 * no self-loops, weights > 0.
 * @module
 */

/**
 * A neighbour and the weight of the edge to it.
 *
 * @example
 * graphFromEdges(2, [[0, 1, 0.5]]).adj[0]; // => [{ to: 1, w: 0.5 }]
 */
export interface Neighbour {
  readonly to: number;
  readonly w: number;
}

/**
 * Undirected weighted graph on nodes 0..n-1; `adj[i]` sorted by `to`, symmetric.
 *
 * @example
 * const g: WeightedGraph = graphFromEdges(3, [[0, 1, 1], [1, 2, 1]]); // g.n => 3
 */
export interface WeightedGraph {
  readonly n: number;
  readonly adj: readonly (readonly Neighbour[])[];
}

/**
 * Builds a {@link WeightedGraph} from an edge list. Repeated pairs keep the
 * largest weight; self-loops and weights <= 0 are ignored.
 *
 * @example
 * const g = graphFromEdges(3, [[0, 1, 1], [1, 2, 0.5]]);
 * g.adj[1]; // => [{ to: 0, w: 1 }, { to: 2, w: 0.5 }]
 */
export function graphFromEdges(
  n: number,
  edges: readonly (readonly [number, number, number])[],
): WeightedGraph {
  const maps: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [a, b, w] of edges) {
    if (a === b || !(w > 0)) continue;
    const ma = maps[a];
    const mb = maps[b];
    if (!ma || !mb) throw new RangeError(`edge (${a}, ${b}) outside 0..${n - 1}`);
    const prev = ma.get(b) ?? 0;
    if (w > prev) {
      ma.set(b, w);
      mb.set(a, w);
    }
  }
  const adj = maps.map((m) => [...m.entries()].sort((x, y) => x[0] - y[0]).map(([to, w]) => ({ to, w })));
  return { n, adj };
}

/**
 * Weighted degree (sum of incident edge weights) of every node.
 *
 * @example
 * strengths(graphFromEdges(3, [[0, 1, 1], [1, 2, 0.5]])); // => [1, 1.5, 0.5]
 */
export function strengths(g: WeightedGraph): number[] {
  return g.adj.map((nb) => nb.reduce((s, e) => s + e.w, 0));
}
