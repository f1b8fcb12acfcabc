/**
 * Edit distances for fuzzy label matching: optimal string alignment (Levenshtein
 * plus adjacent transpositions) with an early cut-off, and a cheap lower bound
 * from character counts used to skip hopeless keys.
 */

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal string alignment distance between `a` and `b` (insertions, deletions,
 * substitutions and adjacent transpositions each cost 1), or `max + 1` as soon as the
 * distance is known to exceed `max`. Compares UTF-16 code units.
 *
 * Cost: O(|a| x |b|) time in the worst case, O(|b|) memory (reused buffers).
 *
 * @param a - first string
 * @param b - second string
 * @param max - stop once the distance exceeds this (default: no limit)
 * @example
 * editDistance('bangaldesh', 'bangladesh'); // => 1
 * editDistance('kantor', 'kantoor');        // => 1
 * editDistance('abc', 'xyz', 1);            // => 2 (cut off: more than 1)
 */
export function editDistance(a: string, b: string, max: number = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (rowA.length <= lb) {
    const size = 2 * (lb + 1);
    rowA = new Int32Array(size);
    rowB = new Int32Array(size);
    rowC = new Int32Array(size);
  }
  let prevPrev = rowA;
  let prev = rowB;
  let row = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(i - 1);
    const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < d) d = del;
      const ins = row[j - 1]! + 1;
      if (ins < d) d = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && caPrev === cb) {
        const tr = prevPrev[j - 2]! + 1;
        if (tr < d) d = tr;
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later cell descends from this row or the previous one (via a transposition),
    // so once both minima exceed `max` the distance does too.
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    const spare = prevPrev;
    prevPrev = prev;
    prev = row;
    row = spare;
  }
  const result = prev[lb]!;
  return result > max ? max + 1 : result;
}

/** Buckets of {@link charHistogram}: a-z, 0-9, space, anything else. */
export const HISTOGRAM_BUCKETS = 38;

/**
 * Counts of the characters of a folded string in 38 buckets (a-z, 0-9, space, other).
 * Half the L1 distance of two histograms is a lower bound of their edit distance (a
 * substitution changes two counts by one, an insertion or deletion one, a transposition none),
 * and it is the same for any reordering of the words.
 *
 * @example
 * charHistogram('ab a')[0]; // => 2 ('a' twice)
 */
export function charHistogram(folded: string): Uint16Array {
  const h = new Uint16Array(HISTOGRAM_BUCKETS);
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const bucket = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : c === 32 ? 36 : 37;
    h[bucket] = Math.min(65_535, h[bucket]! + 1);
  }
  return h;
}

/**
 * Lower bound of the edit distance of two strings from their histograms: half the L1
 * distance, rounded up.
 *
 * @example
 * histogramBound(charHistogram('abc'), charHistogram('abd')); // => 1
 */
export function histogramBound(a: Uint16Array, b: Uint16Array): number {
  let l1 = 0;
  for (let k = 0; k < HISTOGRAM_BUCKETS; k++) l1 += Math.abs(a[k]! - b[k]!);
  return Math.ceil(l1 / 2);
}

/**
 * Whether {@link histogramBound} is above `limit` (a whole number), stopping as soon as the
 * counts seen differ by more than twice the limit: ceil(l1 / 2) > limit exactly when l1 > 2 limit.
 *
 * @example
 * histogramBoundExceeds(charHistogram('abc'), charHistogram('xyz'), 2); // => true
 */
export function histogramBoundExceeds(a: Uint16Array, b: Uint16Array, limit: number): boolean {
  const most = 2 * limit;
  let l1 = 0;
  for (let k = 0; k < HISTOGRAM_BUCKETS; k++) {
    l1 += Math.abs(a[k]! - b[k]!);
    if (l1 > most) return true;
  }
  return false;
}
