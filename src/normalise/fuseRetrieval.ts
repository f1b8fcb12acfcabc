/**
 * Fuse.js retrieval of candidate keys for the fuzzy matcher on large vocabularies: keys grouped
 * by length, one Fuse.js index per length, a threshold derived from the matcher's options so
 * that every key that can take part in a confident or ambiguous result is retrieved.
 * @module
 */
import Fuse, { type FuseIndex } from 'fuse.js';

/** A vocabulary key, folded, with the values it names. */
export interface KeyRecord {
  /** Folded key. */
  readonly folded: string;
  /** The key as first written by the caller (reported as `matched`). */
  readonly original: string;
  /** Indexes into the distinct values, in first-seen order, without duplicates. */
  readonly values: number[];
}

/** A key prepared for fuzzy scoring. */
export interface IndexedKey {
  readonly record: KeyRecord;
  readonly sorted: string;
  readonly histogram: Uint16Array;
}

/**
 * Fuse.js (bitap) matches a pattern of at most this many characters in one piece; a longer
 * pattern is split into chunks of this size and a key matches when one chunk does.
 */
const BITAP_CHUNK = 32;

/**
 * Candidate retrieval with Fuse.js over keys, each searched as one text. One Fuse instance per
 * threshold, all sharing one index (built once).
 */
interface FuseList {
  readonly keys: readonly IndexedKey[];
  readonly texts: readonly string[];
  readonly index: FuseIndex<string>;
  readonly byThreshold: Map<number, Fuse<string>>;
}

function fuseList(keys: readonly IndexedKey[], textOf: (key: IndexedKey) => string): FuseList {
  const texts = keys.map(textOf);
  return { keys, texts, index: Fuse.createIndex([], texts), byThreshold: new Map() };
}

/** Add to `found` the keys whose text Fuse.js finds for `query` within `threshold`. */
function retrieve(list: FuseList, query: string, threshold: number, found: Set<IndexedKey>): void {
  if (list.keys.length === 0) return;
  let fuse = list.byThreshold.get(threshold);
  if (!fuse) {
    fuse = new Fuse(
      list.texts,
      { threshold, ignoreLocation: true, isCaseSensitive: true, ignoreFieldNorm: true, shouldSort: false },
      list.index,
    );
    list.byThreshold.set(threshold, fuse);
  }
  for (const hit of fuse.search(query)) found.add(list.keys[hit.refIndex]!);
}

/**
 * The Fuse.js threshold that retrieves, among keys of `keyLength` characters, every key whose
 * score against a query of `queryLength` characters is at most `reach` (see
 * {@link labelScore}); 1 or more means every such key.
 *
 * Fuse's score of a key is e / |query|, where e is the fewest insertions, deletions and
 * substitutions that turn the query into some substring of the key (bitap with
 * `ignoreLocation`). A key at optimal-string-alignment distance d, with t transpositions
 * (two substitutions each) and at least |n - L| insertions and deletions among its d edits
 * (n = |query|, L = |key|), has e <= d + t <= 2d - |n - L|; with d <= reach * max(n, L),
 * e <= 2 * reach * max(n, L) - |n - L| (0.6 n for equal lengths and the default reach 0.3,
 * less for keys longer or shorter than the query).
 * A query longer than BITAP_CHUNK characters is searched in m = floor(n / 32) disjoint
 * 32-character chunks (plus one overlapping the end), and a key matches when one chunk does:
 * the chunks' errors add up to at most e, so the best chunk has at most e / m errors out of 32.
 */
export function retrievalThreshold(reach: number, queryLength: number, keyLength: number): number {
  const errors = 2 * reach * Math.max(queryLength, keyLength) - Math.abs(queryLength - keyLength);
  const unit = queryLength <= BITAP_CHUNK ? queryLength : BITAP_CHUNK * Math.floor(queryLength / BITAP_CHUNK);
  return errors / unit + 1e-9;
}

/**
 * A retriever over `keys`: for a folded query (and the query with its words sorted), the keys
 * whose score (see labelScore) can be at most `reach`. Keys whose length alone rules them out
 * are not searched; a Fuse.js index per key length is built on the first search that needs it.
 */
export function createFuseRetriever(
  keys: readonly IndexedKey[],
  reach: number,
): (query: string, sortedQuery: string) => Set<IndexedKey> {
  // Keys by folded length: a key within `reach` of a query of length n has a length in
  // [n (1 - reach), n / (1 - reach)], and Fuse.js needs fewer errors for lengths far from n.
  const byLength = new Map<number, IndexedKey[]>();
  for (const key of keys) {
    const list = byLength.get(key.record.folded.length);
    if (list) list.push(key);
    else byLength.set(key.record.folded.length, [key]);
  }
  const lists = new Map<number, { inOrder: FuseList; written: FuseList; sorted: FuseList }>();
  const listsOf = (length: number, group: IndexedKey[]) => {
    let found = lists.get(length);
    if (!found) {
      // A key whose words are in order is compared with the query as written and sorted; a
      // key whose words are not, as written with the query and sorted with the sorted query.
      const inOrder = group.filter((key) => key.sorted === key.record.folded);
      const reordered = group.filter((key) => key.sorted !== key.record.folded);
      found = {
        inOrder: fuseList(inOrder, (key) => key.record.folded),
        written: fuseList(reordered, (key) => key.record.folded),
        sorted: fuseList(reordered, (key) => key.sorted),
      };
      lists.set(length, found);
    }
    return found;
  };
  return (query, sortedQuery) => {
    const n = query.length;
    const shortest = n * (1 - reach) - 1e-9;
    const longest = reach >= 1 ? Number.POSITIVE_INFINITY : n / (1 - reach) + 1e-9;
    const found = new Set<IndexedKey>();
    for (const [length, group] of byLength) {
      if (length < shortest || length > longest) continue;
      const threshold = retrievalThreshold(reach, n, length);
      if (threshold >= 1) {
        // Fuse.js would retrieve them all.
        for (const key of group) found.add(key);
        continue;
      }
      const { inOrder, written, sorted } = listsOf(length, group);
      retrieve(inOrder, query, threshold, found);
      if (sortedQuery !== query) retrieve(inOrder, sortedQuery, threshold, found);
      retrieve(written, query, threshold, found);
      retrieve(sorted, sortedQuery, threshold, found);
    }
    return found;
  };
}
