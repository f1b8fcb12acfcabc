/**
 * The small undirected weighted graph the network algorithms run on: nodes are
 * 0..n-1 (members in id order), each adjacency list sorted by neighbour index,
 * no self-loops, weights > 0.
 * @module
 */
import { UndirectedGraph } from 'graphology';

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
 * const g: WeightedGraph = graphFromEdges(3, [[0, 1, 1], [1, 2, 1]]);
 * g.n; // => 3
 * g.adj[1]?.length; // => 2
 */
export interface WeightedGraph {
  readonly n: number;
  readonly adj: readonly (readonly Neighbour[])[];
}

/**
 * Builds a {@link WeightedGraph} from an edge list. Repeated pairs keep the
 * largest weight; self-loops and weights <= 0 are ignored.
 *
 * @param n - number of nodes (0 .. n-1)
 * @param edges - `[from, to, weight]` triples; weights must be positive; a repeated pair adds up
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

/** Compressed sparse rows: neighbours of i are targets[offsets[i] .. offsets[i+1]). */
export interface Csr {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/**
 * The graph in compressed sparse row form (typed arrays), for the inner loops
 * of betweenness and constraint.
 *
 * @example
 * toCsr(graphFromEdges(3, [[0, 1, 1], [1, 2, 0.5]])).offsets; // => Int32Array [0, 1, 3, 4]
 */
export function toCsr(g: WeightedGraph): Csr {
  const offsets = new Int32Array(g.n + 1);
  for (let i = 0; i < g.n; i++) offsets[i + 1] = offsets[i]! + g.adj[i]!.length;
  const targets = new Int32Array(offsets[g.n]!);
  const weights = new Float64Array(offsets[g.n]!);
  for (let i = 0; i < g.n; i++) {
    let k = offsets[i]!;
    for (const { to, w } of g.adj[i]!) {
      targets[k] = to;
      weights[k] = w;
      k += 1;
    }
  }
  return { n: g.n, offsets, targets, weights };
}

/**
 * The graph as a graphology `UndirectedGraph` (nodes keyed "0".."n-1" in index
 * order, each edge once with its `weight` attribute), for the library algorithms.
 */
export function toGraphology(g: WeightedGraph): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < g.n; i++) graph.addNode(String(i));
  for (let i = 0; i < g.n; i++) {
    for (const { to, w } of g.adj[i]!) if (to > i) graph.addEdge(String(i), String(to), { weight: w });
  }
  return graph;
}
