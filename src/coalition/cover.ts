/**
 * Set cover search over an abstract problem: candidates (members) each cover some target themes;
 * find the fewest candidates covering every theme, and among those the best-scoring one.
 */

/**
 * A set cover instance. Candidates are indexed 0..n-1 in tie-break order (member id).
 *
 * @example
 * const problem: CoverProblem = { themes: 2, covers: [[0], [1], [0, 1]], score: () => 0, preference: () => 0 };
 */
export interface CoverProblem {
  /** Number of target themes (indexed 0..themes-1). */
  readonly themes: number;
  /** Per candidate, the target theme indices it covers (non-empty). */
  readonly covers: readonly (readonly number[])[];
  /** Score of a set of candidate indices (ascending), higher is better; only compared between sets of one size. */
  readonly score: (members: readonly number[]) => number;
  /**
   * Preference of adding candidate `c` to `chosen` (greedy tie-break among equal new coverage);
   * higher is better. `fresh` are the themes `c` would newly cover.
   */
  readonly preference: (c: number, chosen: readonly number[], fresh: readonly number[]) => number;
}

/**
 * The outcome of a cover search: chosen candidate indices (ascending) and how many themes they cover.
 *
 * @example
 * exactCover(problem); // => { members: [2], covered: 2 }
 */
export interface CoverSolution {
  readonly members: readonly number[];
  readonly covered: number;
}

/** Equal to 1e-9: scores closer than this are ties (so float noise never changes a choice). */
function better(a: number, b: number): boolean {
  return Math.round(a * 1e9) > Math.round(b * 1e9);
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Largest number of themes the exact search handles (they are held in a 32-bit mask).
 *
 * @example
 * EXACT_MAX_THEMES; // => 30
 */
export const EXACT_MAX_THEMES = 30;

/**
 * Exact minimum cover: enumerate candidate subsets by increasing size k = 1, 2, ... (each size in
 * lexicographic index order, pruning branches that cannot cover everything) and return, at the
 * first size that has a cover, the best-scoring cover; ties keep the lexicographically first
 * subset. When no cover has at most `maxSize` members, return the size-`maxSize` subset
 * covering the most themes (then best score).
 *
 * Cost: O(sum over k <= k* of C(n, k)) subsets, exponential: meant for n <= ~20 candidates
 * and themes <= 30 (a 32-bit mask).
 *
 * @example
 * exactCover({ themes: 2, covers: [[0], [1], [0, 1]], score: () => 0, preference: () => 0 });
 * // => { members: [2], covered: 2 }
 */
export function exactCover(problem: CoverProblem, maxSize: number = Number.POSITIVE_INFINITY): CoverSolution {
  const { themes, covers, score } = problem;
  if (themes > EXACT_MAX_THEMES)
    throw new RangeError(`exactCover handles at most ${EXACT_MAX_THEMES} themes`);
  const n = covers.length;
  const full = themes === 32 ? 0xffffffff : (1 << themes) - 1;
  if (themes === 0 || n === 0) return { members: [], covered: 0 };
  const masks = covers.map((c) => c.reduce((m, t) => (m | (1 << t)) >>> 0, 0));
  const widest = Math.max(...masks.map(popcount));
  const limit = Math.min(n, maxSize);
  let best: { members: number[]; covered: number; score: number } | null = null;
  const chosen: number[] = [];

  const consider = (mask: number, onlyFull: boolean) => {
    const covered = popcount(mask);
    if (onlyFull && mask !== full) return;
    if (best && covered < best.covered) return;
    const s = score(chosen);
    if (!best || covered > best.covered || better(s, best.score))
      best = { members: [...chosen], covered, score: s };
  };
  const search = (start: number, k: number, mask: number, onlyFull: boolean) => {
    const depth = chosen.length;
    if (depth === k) {
      consider(mask, onlyFull);
      return;
    }
    if (onlyFull && popcount(mask) + (k - depth) * widest < themes) return;
    for (let i = start; i <= n - (k - depth); i++) {
      chosen.push(i);
      search(i + 1, k, (mask | masks[i]!) >>> 0, onlyFull);
      chosen.pop();
    }
  };
  for (let k = 1; k <= limit; k++) {
    search(0, k, 0, k < limit);
    if (best !== null && (best as { covered: number }).covered === themes) break;
  }
  const found = best as { members: number[]; covered: number } | null;
  return found ? { members: found.members, covered: found.covered } : { members: [], covered: 0 };
}

/**
 * Greedy cover: repeatedly add the candidate covering the most still-uncovered themes (ties: higher
 * `preference`, then lower index), stop when everything is covered or `maxSize` are chosen, then
 * drop chosen candidates whose themes the others all cover (last picked first). This is the
 * classic greedy for set cover with unit costs (preference only breaks ties): its size is at most
 * H(d) <= ln(n) + 1 times the minimum, where d is the most themes one candidate covers and n the
 * number of themes (Johnson 1974; Chvatal 1979). Removing redundant members keeps the bound.
 *
 * Cost: O(k * n * t) for k chosen, n candidates, t themes (plus preference calls).
 *
 * @example
 * greedyCover({ themes: 3, covers: [[0, 1], [1, 2], [2]], score: () => 0, preference: () => 0 });
 * // => { members: [0, 1], covered: 3 }
 */
export function greedyCover(
  problem: CoverProblem,
  maxSize: number = Number.POSITIVE_INFINITY,
): CoverSolution {
  const { themes, covers, preference } = problem;
  const n = covers.length;
  const count = new Array<number>(themes).fill(0);
  const picked = new Array<boolean>(n).fill(false);
  const chosen: number[] = [];
  let uncovered = themes;
  while (uncovered > 0 && chosen.length < maxSize) {
    let bestIndex = -1;
    let bestGain = 0;
    let bestPref = Number.NEGATIVE_INFINITY;
    let bestFresh: number[] = [];
    for (let c = 0; c < n; c++) {
      if (picked[c]) continue;
      const fresh = covers[c]!.filter((t) => count[t] === 0);
      if (fresh.length === 0 || fresh.length < bestGain) continue;
      const pref = preference(c, chosen, fresh);
      if (fresh.length > bestGain || better(pref, bestPref)) {
        bestIndex = c;
        bestGain = fresh.length;
        bestPref = pref;
        bestFresh = fresh;
      }
    }
    if (bestIndex < 0) break;
    picked[bestIndex] = true;
    chosen.push(bestIndex);
    for (const t of covers[bestIndex]!) count[t]! += 1;
    uncovered -= bestFresh.length;
  }
  for (let i = chosen.length - 1; i >= 0; i--) {
    const c = chosen[i]!;
    if (covers[c]!.every((t) => count[t]! >= 2)) {
      for (const t of covers[c]!) count[t]! -= 1;
      chosen.splice(i, 1);
    }
  }
  return { members: [...chosen].sort((a, b) => a - b), covered: themes - uncovered };
}

/**
 * The greedy guarantee ln(n) + 1 for n themes (1 when there is at most one theme).
 *
 * @example
 * greedyBound(1); // => 1
 * greedyBound(4); // => 2.386294361119891
 */
export function greedyBound(themes: number): number {
  return themes <= 1 ? 1 : Math.log(themes) + 1;
}
