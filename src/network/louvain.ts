/**
 * Louvain community detection (graphology-communities-louvain, seeded) and the
 * weighted modularity of a partition (graphology-metrics), per community.
 * @module
 */
import louvainLibrary from 'graphology-communities-louvain';
import modularityOf from 'graphology-metrics/graph/modularity.js';
import { toGraphology, type WeightedGraph } from './graph.js';

/**
 * Result of {@link louvain}.
 *
 * @example
 * const g = graphFromEdges(6, [[0, 1, 1], [0, 2, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [3, 5, 1], [4, 5, 1]]);
 * const result: LouvainResult = louvain(g);
 * result.community; // => [0, 0, 0, 1, 1, 1]
 * result.modularity; // => ~0.3571
 */
export interface LouvainResult {
  /** Community of every node, 0-based, numbered in order of each community's lowest node. */
  readonly community: readonly number[];
  /** Modularity Q of the partition (0 for a graph without edges). */
  readonly modularity: number;
  /** Each community's term of Q: in_c / m - (tot_c / 2m)^2. */
  readonly contributions: readonly number[];
  /** Number of aggregation levels that improved the partition. */
  readonly levels: number;
}

/**
 * Options of {@link louvain}. Defaults in {@link DEFAULT_LOUVAIN_OPTIONS}.
 *
 * @example
 * const options: LouvainOptions = { seed: 7 };
 * // two triangles joined by one edge: any seed finds them
 * const g = graphFromEdges(6, [[0, 1, 1], [0, 2, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [3, 5, 1], [4, 5, 1]]);
 * louvain(g, options).community; // => [0, 0, 0, 1, 1, 1]
 */
export interface LouvainOptions {
  /**
   * Seed of the random walk's start (a 32-bit integer). The same seed and graph
   * always give the same partition. Default 1.
   */
  readonly seed?: number;
  /** Resolution (gamma) of the modularity; larger finds smaller communities. Default 1. */
  readonly resolution?: number;
}

/**
 * Defaults of {@link LouvainOptions}.
 *
 * @example
 * DEFAULT_LOUVAIN_OPTIONS.seed; // => 1
 */
export const DEFAULT_LOUVAIN_OPTIONS = Object.freeze({ seed: 1, resolution: 1 });

/**
 * Mulberry32: a small seeded generator of floats in [0, 1), so the library's
 * random walk (graphology-communities-louvain's `rng`) is reproducible.
 */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Modularity of a partition of a weighted undirected graph:
 * Q = sum over communities c of [ in_c / m - (tot_c / 2m)^2 ], with m the total
 * edge weight, in_c the weight of edges inside c and tot_c the summed weighted
 * degree of c's nodes. 0 for a graph without edges. Q itself comes from
 * graphology-metrics; the per-community terms (which it does not give) are
 * summed here, and add up to Q.
 *
 * @param g - an undirected weighted graph
 * @param community - community index of each node
 * @example
 * // two triangles joined by one edge, split into the two triangles: 2 * (3/7 - 1/4) = 5/14
 * const g = graphFromEdges(6, [[0, 1, 1], [0, 2, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [3, 5, 1], [4, 5, 1]]);
 * modularity(g, [0, 0, 0, 1, 1, 1]).modularity; // => ~5 / 14
 */
export function modularity(
  g: WeightedGraph,
  community: readonly number[],
): { modularity: number; contributions: number[] } {
  const contributions = communityTerms(g, community);
  if (contributions.every((x) => x === 0)) return { modularity: 0, contributions };
  const graph = toGraphology(g);
  const q = modularityOf(graph, { getNodeCommunity: (node) => community[Number(node)]! });
  return { modularity: q, contributions };
}

/** in_c / m - (tot_c / 2m)^2 for every community c; all 0 for a graph without edges. */
function communityTerms(g: WeightedGraph, community: readonly number[]): number[] {
  const count = community.reduce((mx, c) => Math.max(mx, c + 1), 0);
  const inW = new Array<number>(count).fill(0);
  const tot = new Array<number>(count).fill(0);
  let m2 = 0;
  for (let i = 0; i < g.n; i++) {
    const ci = community[i]!;
    for (const { to, w } of g.adj[i]!) {
      m2 += w;
      tot[ci]! += w;
      if (to > i && community[to] === ci) inW[ci]! += w;
    }
  }
  if (m2 === 0) return new Array<number>(count).fill(0);
  const m = m2 / 2;
  return inW.map((x, c) => x / m - (tot[c]! / m2) ** 2);
}

/**
 * Louvain community detection (Blondel et al. 2008) by
 * graphology-communities-louvain, with its random walk driven by a seeded
 * generator: same graph and seed, same partition. Local moving visits the nodes
 * from a seeded random start, then each community becomes one node and the
 * moving repeats, until no node moves.
 *
 * Nodes without edges stay alone. Communities are renumbered in order of their
 * lowest node.
 *
 * @param g - an undirected weighted graph
 * @param options - seed and resolution; defaults in {@link DEFAULT_LOUVAIN_OPTIONS}
 * @example
 * const g = graphFromEdges(6, [[0,1,1],[0,2,1],[1,2,1],[2,3,1],[3,4,1],[3,5,1],[4,5,1]]);
 * louvain(g).community; // => [0, 0, 0, 1, 1, 1]
 */
export function louvain(g: WeightedGraph, options: LouvainOptions = {}): LouvainResult {
  const { seed = DEFAULT_LOUVAIN_OPTIONS.seed, resolution = DEFAULT_LOUVAIN_OPTIONS.resolution } = options;
  const graph = toGraphology(g);
  if (graph.size === 0) {
    const community = Array.from({ length: g.n }, (_, i) => i);
    return { community, modularity: 0, contributions: new Array<number>(g.n).fill(0), levels: 0 };
  }
  const detailed = louvainLibrary.detailed(graph, {
    getEdgeWeight: 'weight',
    resolution,
    rng: seededRandom(seed),
  });
  const labels = Array.from({ length: g.n }, (_, i) => detailed.communities[String(i)]!);
  const community = renumber(labels);
  const q = modularity(g, community);
  return {
    community,
    modularity: q.modularity,
    contributions: q.contributions,
    levels: detailed.dendrogram.length,
  };
}

/** Renumbers labels 0..count-1 in order of first appearance (= lowest node index). */
function renumber(labels: readonly number[]): number[] {
  const map = new Map<number, number>();
  return labels.map((c) => {
    let id = map.get(c);
    if (id === undefined) {
      id = map.size;
      map.set(c, id);
    }
    return id;
  });
}
