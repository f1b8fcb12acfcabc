/**
 * Deterministic Louvain community detection and weighted modularity.
 * @module
 */
import type { WeightedGraph } from './graph.js';

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
 * const options: LouvainOptions = { maxLevels: 1 };
 * // two triangles joined by one edge
 * const g = graphFromEdges(6, [[0, 1, 1], [0, 2, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [3, 5, 1], [4, 5, 1]]);
 * louvain(g, options).levels; // => 1
 */
export interface LouvainOptions {
  /** Maximum aggregation levels. Default 16. */
  readonly maxLevels?: number;
  /** Maximum local-moving sweeps per level. Default 100. */
  readonly maxSweeps?: number;
}

/**
 * Defaults of {@link LouvainOptions}.
 *
 * @example
 * DEFAULT_LOUVAIN_OPTIONS.maxLevels; // => 16
 */
export const DEFAULT_LOUVAIN_OPTIONS = Object.freeze({ maxLevels: 16, maxSweeps: 100 });

/** Gains must beat staying by more than this to move a node (float noise never moves one). */
const EPS = 1e-12;

/** Level graph: adjacency without self-loops plus each node's internal (self-loop) weight. */
interface Level {
  readonly n: number;
  readonly adj: readonly (readonly { to: number; w: number }[])[];
  /** Undirected weight inside the node (edges of the original graph folded into it). */
  readonly loop: readonly number[];
}

/**
 * Modularity of a partition of a weighted undirected graph:
 * Q = sum over communities c of [ in_c / m - (tot_c / 2m)^2 ], with m the total
 * edge weight, in_c the weight of edges inside c and tot_c the summed weighted
 * degree of c's nodes. 0 for a graph without edges.
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
  if (m2 === 0) return { modularity: 0, contributions: new Array<number>(count).fill(0) };
  const m = m2 / 2;
  const contributions = inW.map((x, c) => x / m - (tot[c]! / m2) ** 2);
  return { modularity: contributions.reduce((s, x) => s + x, 0), contributions };
}

/**
 * Louvain community detection (Blondel et al. 2008), deterministic:
 * 1. Local moving: nodes are visited in index order (members in id order);
 *    each is taken out of its community and put in the neighbouring community
 *    with the largest modularity gain k_i,in(c) - tot_c k_i / 2m. It only leaves
 *    its own community when the best gain beats staying by more than 1e-12;
 *    among the communities within 1e-12 of the best gain the smallest community
 *    id wins. Sweeps repeat until no node moves (at most `maxSweeps`).
 * 2. Aggregation: each community becomes one node (internal weight kept as a
 *    self-loop), and step 1 runs again on that graph, until a level moves no
 *    node. No randomness: same graph, same partition.
 *
 * Nodes without edges stay alone. Cost about O(m) per sweep.
 *
 * @param g - an undirected weighted graph
 * @param options - maxLevels and maxSweeps; defaults in {@link DEFAULT_LOUVAIN_OPTIONS}
 * @example
 * const g = graphFromEdges(6, [[0,1,1],[0,2,1],[1,2,1],[2,3,1],[3,4,1],[3,5,1],[4,5,1]]);
 * louvain(g).community; // => [0, 0, 0, 1, 1, 1]
 */
export function louvain(g: WeightedGraph, options: LouvainOptions = {}): LouvainResult {
  const { maxLevels = DEFAULT_LOUVAIN_OPTIONS.maxLevels, maxSweeps = DEFAULT_LOUVAIN_OPTIONS.maxSweeps } =
    options;
  // assignment[i] = the level node that original node i belongs to.
  let assignment = Array.from({ length: g.n }, (_, i) => i);
  let level: Level = { n: g.n, adj: g.adj, loop: new Array<number>(g.n).fill(0) };
  let levels = 0;
  for (let l = 0; l < maxLevels; l++) {
    const moved = localMoving(level, maxSweeps);
    if (!moved.changed) break;
    levels += 1;
    assignment = assignment.map((node) => moved.community[node]!);
    level = aggregate(level, moved.community, moved.count);
  }
  const community = renumber(assignment).community;
  const q = modularity(g, community);
  return { community, modularity: q.modularity, contributions: q.contributions, levels };
}

function localMoving(
  level: Level,
  maxSweeps: number,
): { community: number[]; count: number; changed: boolean } {
  const { n, adj, loop } = level;
  const k = adj.map((nb, i) => nb.reduce((s, e) => s + e.w, 0) + 2 * loop[i]!);
  const m2 = k.reduce((s, x) => s + x, 0);
  const comm = Array.from({ length: n }, (_, i) => i);
  if (m2 === 0) return { community: comm, count: n, changed: false };
  const tot = Float64Array.from(k);
  const kin = new Float64Array(n); // weight from node i to each community (reset after each node)
  const touched: number[] = [];
  let changed = false;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let movedThisSweep = false;
    for (let i = 0; i < n; i++) {
      touched.length = 0;
      for (const { to, w } of adj[i]!) {
        const c = comm[to]!;
        if (kin[c] === 0) touched.push(c); // weights are > 0, so 0 means "not seen yet"
        kin[c]! += w;
      }
      const own = comm[i]!;
      const ki = k[i]!;
      tot[own]! -= ki;
      const ownGain = kin[own]! - (tot[own]! * ki) / m2;
      let maxGain = Number.NEGATIVE_INFINITY;
      for (const c of touched) if (c !== own) maxGain = Math.max(maxGain, kin[c]! - (tot[c]! * ki) / m2);
      let best = own;
      if (maxGain > ownGain + EPS) {
        // Smallest community id among those as good as the best (order of `touched` never matters).
        best = n;
        for (const c of touched) {
          if (c !== own && c < best && kin[c]! - (tot[c]! * ki) / m2 >= maxGain - EPS) best = c;
        }
      }
      for (const c of touched) kin[c] = 0;
      comm[i] = best;
      tot[best]! += ki;
      if (best !== own) movedThisSweep = true;
    }
    if (!movedThisSweep) break;
    changed = true;
  }
  const { community, count } = renumber(comm);
  return { community, count, changed };
}

/** Renumbers labels 0..count-1 in order of first appearance (= lowest node index). */
function renumber(labels: readonly number[]): { community: number[]; count: number } {
  const map = new Map<number, number>();
  const community = labels.map((c) => {
    let id = map.get(c);
    if (id === undefined) {
      id = map.size;
      map.set(c, id);
    }
    return id;
  });
  return { community, count: map.size };
}

function aggregate(level: Level, community: readonly number[], count: number): Level {
  const loop = new Array<number>(count).fill(0);
  const maps: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (let i = 0; i < level.n; i++) {
    const ci = community[i]!;
    loop[ci]! += level.loop[i]!;
    for (const { to, w } of level.adj[i]!) {
      if (to < i) continue; // each undirected edge once
      const cj = community[to]!;
      if (ci === cj) loop[ci]! += w;
      else {
        maps[ci]!.set(cj, (maps[ci]!.get(cj) ?? 0) + w);
        maps[cj]!.set(ci, (maps[cj]!.get(ci) ?? 0) + w);
      }
    }
  }
  const adj = maps.map((mp) => [...mp.entries()].sort((a, b) => a[0] - b[0]).map(([to, w]) => ({ to, w })));
  return { n: count, adj, loop };
}
