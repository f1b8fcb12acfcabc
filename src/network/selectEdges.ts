/**
 * Which member pairs become synergy edges: a threshold, optionally thinned to
 * each member's k strongest ties.
 * @module
 */
/**
 * A candidate or kept edge between member indices `a < b`.
 *
 * @example
 * selectEdges(ids, weight, 0.2, null)[0]; // => { a: 0, b: 1, w: 0.2333 }
 */
export interface IndexEdge {
  readonly a: number;
  readonly b: number;
  readonly w: number;
}

/**
 * Selects edges from a symmetric weight lookup over members 0..n-1 (ids in
 * `ids`, sorted). A pair is a candidate when `w >= threshold` and `w > 0`.
 * Without `topK` every candidate is kept. With `topK`, each member keeps its
 * `topK` strongest candidates (ties: the smaller neighbour id first; `ids` are
 * sorted, so index order is id order) and the
 * result is the union of those choices. Either way a member has no edge exactly
 * when it has no candidate, so "isolated" always means "no synergy at or above
 * the threshold". Returned sorted by a, then b. `candidates(i)`, when given, names every j
 * (each once) whose weight with i may be above 0; with `topK` only those are read (the result is
 * the same: the others cannot be candidates).
 *
 * @example
 * selectEdges(['a', 'b', 'c'], (i, j) => [[0, .5, .1], [.5, 0, .3], [.1, .3, 0]][i][j], 0.2, null);
 * // => [{ a: 0, b: 1, w: 0.5 }, { a: 1, b: 2, w: 0.3 }]
 */
export function selectEdges(
  ids: readonly string[],
  weight: (i: number, j: number) => number,
  threshold: number,
  topK: number | null,
  candidates?: (i: number) => Iterable<number>,
): IndexEdge[] {
  const n = ids.length;
  const passes = (w: number) => w > 0 && w >= threshold;
  if (topK === null) {
    const all: IndexEdge[] = [];
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const w = weight(a, b);
        if (passes(w)) all.push({ a, b, w });
      }
    }
    return all;
  }
  // Each member's topK best candidates (weight desc, then neighbour index = id order), kept in a
  // small sorted buffer while scanning its row: O(n^2 topK) time, O(n topK) memory.
  const keep = new Map<number, IndexEdge>();
  const better = (w: number, j: number, e: readonly [number, number]) => w > e[1] || (w === e[1] && j < e[0]);
  for (let i = 0; i < n; i++) {
    const top: [number, number][] = [];
    const consider = (j: number) => {
      if (j === i) return;
      const w = weight(Math.min(i, j), Math.max(i, j));
      if (!passes(w)) return;
      if (top.length === topK && !better(w, j, top[topK - 1]!)) return;
      let at = top.length;
      while (at > 0 && better(w, j, top[at - 1]!)) at -= 1;
      top.splice(at, 0, [j, w]);
      if (top.length > topK) top.pop();
    };
    // Kept in (weight desc, index asc) order, a strict order: any scan order gives the same top.
    if (candidates === undefined) for (let j = 0; j < n; j++) consider(j);
    else for (const j of candidates(i)) consider(j);
    for (const [j, w] of top) {
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      keep.set(a * n + b, { a, b, w });
    }
  }
  return [...keep.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
