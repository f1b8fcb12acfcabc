/**
 * Which member pairs become synergy edges: a threshold, optionally thinned to
 * each member's k strongest ties.
 * @module
 */
import { compareStrings } from './format.js';

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
 * `topK` strongest candidates (ties: the smaller neighbour id first) and the
 * result is the union of those choices. Either way a member has no edge exactly
 * when it has no candidate, so "isolated" always means "no synergy at or above
 * the threshold". Returned sorted by a, then b.
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
): IndexEdge[] {
  const n = ids.length;
  const candidates: IndexEdge[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const w = weight(a, b);
      if (w > 0 && w >= threshold) candidates.push({ a, b, w });
    }
  }
  if (topK === null) return candidates;
  const perNode: IndexEdge[][] = Array.from({ length: n }, () => []);
  for (const e of candidates) {
    perNode[e.a]!.push(e);
    perNode[e.b]!.push(e);
  }
  const keep = new Set<IndexEdge>();
  perNode.forEach((list, i) => {
    const other = (e: IndexEdge) => (e.a === i ? e.b : e.a);
    const ranked = [...list].sort((x, y) => y.w - x.w || compareStrings(ids[other(x)]!, ids[other(y)]!));
    for (const e of ranked.slice(0, topK)) keep.add(e);
  });
  return candidates.filter((e) => keep.has(e));
}
