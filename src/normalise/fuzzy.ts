/**
 * Exact-then-fuzzy matching of free-text labels against a vocabulary, memoised
 * per distinct folded label: every key is scored by edit distance.
 */
import { OptionsError } from '../errors.js';
import { charHistogram, editDistance, histogramBoundExceeds } from './editDistance.js';
import { foldText } from './fold.js';
import type { MatchResult } from './types.js';

/**
 * Options of {@link createMatcher}. Every field is optional; defaults in {@link DEFAULT_MATCH_OPTIONS}.
 * @example
 * const options: MatchOptions = { fuzzyThreshold: 0.1 };
 * const strictMatcher = createMatcher([{ keys: ['office', 'kantoor'], value: 'office' }], options);
 * // 'kantor' vs 'kantoor' scores 1/7, above 0.1: no longer a confident match, only a suggestion
 * strictMatcher.match('kantor'); // => { kind: 'none', suggestion: 'office' }
 */
export interface MatchOptions {
  /**
   * Highest score of a confident match, reported as `kind: 'fuzzy'`. Default 0.25.
   * The score of a label against a key is the optimal-string-alignment edit distance
   * (insertions, deletions, substitutions, adjacent transpositions) of the folded texts
   * divided by the longer length, taking the better of the texts as written and with their
   * words sorted (so word order does not count). 0 = identical, 1 = nothing in common.
   * Example: 'bangaldesh' vs 'bangladesh' = 1/10 = 0.1; 'kantor' vs 'kantoor' = 1/7 ≈ 0.143.
   */
  readonly fuzzyThreshold?: number;
  /**
   * Highest score for which a result of kind 'none' still carries a `suggestion`. Default 0.4
   * (above it suggestions are mostly noise: 'Latin America' -> 'American Samoa').
   */
  readonly suggestThreshold?: number;
  /**
   * When another value scores within this margin of the best one (and the best is confident),
   * the result is `kind: 'ambiguous'` with both. Default 0.05.
   */
  readonly ambiguityMargin?: number;
  /**
   * Folded labels and keys shorter than this (in characters) are matched exactly only: short
   * codes such as 'NE', 'US' or 'AIA' are too close to each other (and to short words such as
   * 'Asia') for edit distance to mean anything. Labels and keys made only of digits are never
   * matched fuzzily either. Default 4.
   */
  readonly minFuzzyLength?: number;
  /**
   * Most distinct labels kept in each of the two memo caches (raw text and folded text). Past
   * it, results are computed but not cached (so memory stays bounded on hostile input).
   * Default 10000.
   */
  readonly maxCacheSize?: number;
}

/**
 * Default matching options. See {@link MatchOptions} for what each threshold means.
 *
 * @example
 * DEFAULT_MATCH_OPTIONS.fuzzyThreshold; // => 0.25
 * // a looser matcher
 * const loose = createMatcher([{ keys: ['programme', 'programma'], value: 'programme' }], {
 *   ...DEFAULT_MATCH_OPTIONS,
 *   fuzzyThreshold: 0.4,
 * });
 * loose.match('progam').kind; // => 'fuzzy'
 */
export const DEFAULT_MATCH_OPTIONS: Readonly<Required<MatchOptions>> = Object.freeze({
  fuzzyThreshold: 0.25,
  suggestThreshold: 0.4,
  ambiguityMargin: 0.05,
  minFuzzyLength: 4,
  maxCacheSize: 10_000,
});

/** One vocabulary entry: the keys (labels, codes, aliases) that name `value`. */
export interface MatcherEntry<T> {
  readonly keys: readonly string[];
  readonly value: T;
}

/** Counters of a matcher's work, for tests and benchmarks. */
export interface MatcherStats {
  /** Calls of `match`. */
  readonly lookups: number;
  /** Distinct labels that needed a fuzzy search (cache misses that were not exact hits). */
  readonly searches: number;
  /**
   * Fuzzy searches that scored every key: equal to `searches` (every fuzzy search scans; kept
   * for compatibility from the time a Fuse.js retrieval step came first).
   */
  readonly scans: number;
  /** Distinct labels resolved without the cache (cache misses). */
  readonly misses: number;
  /** Distinct folded labels currently memoised. */
  readonly cacheSize: number;
}

/**
 * A memoised label matcher built by {@link createMatcher}.
 * @example
 * const presence: Matcher<string> = createMatcher([
 *   { keys: ['office', 'kantoor'], value: 'office' },
 *   { keys: ['network', 'netwerk'], value: 'network' },
 * ]);
 * presence.match('Netwerk'); // => { kind: 'exact', value: 'network' }
 * presence.match('netwerk'); // => { kind: 'exact', value: 'network' }
 * presence.stats.lookups; // => 2
 */
export interface Matcher<T> {
  /** Resolve a free-text label. The same folded label always returns the same (cached) result. */
  match(label: string): MatchResult<T>;
  /** Work counters (a fresh snapshot on every read). */
  readonly stats: MatcherStats;
}

interface KeyRecord {
  /** Folded key. */
  readonly folded: string;
  /** The key as first written by the caller (reported as `matched`). */
  readonly original: string;
  /** Indexes into the distinct values, in first-seen order, without duplicates. */
  readonly values: number[];
}

/** A key prepared for fuzzy scoring. */
interface IndexedKey {
  readonly record: KeyRecord;
  readonly sorted: string;
  readonly histogram: Uint16Array;
}

interface Scored {
  readonly valueIndex: number;
  readonly score: number;
  readonly key: KeyRecord;
}

/** The label split as "outer (inner)" when it ends with a parenthesised part. */
const PARENTHESISED = /^(.*?\S)\s*[([]([^()[\]]+)[)\]]\s*$/u;
const DIGITS_ONLY = /^[\d ]+$/;

/**
 * Build a memoised matcher over a vocabulary.
 *
 * Resolution of a label, in order:
 * 1. exact: the folded label equals a folded key -> `exact` (or `ambiguous` when that key names
 *    several values);
 * 2. a label ending in a parenthesised part, "Gender-based violence (GBV)", is exact when the
 *    part inside or the part before the parentheses is a key (both naming different values ->
 *    `ambiguous`);
 * 3. fuzzy: keys (of at least `minFuzzyLength` characters, not only digits) are scored by
 *    normalised edit distance, see {@link MatchOptions.fuzzyThreshold} (for a label ending in
 *    parentheses, the part before them is scored too); each value takes its best key. Confident
 *    and clearly better than any other value -> `fuzzy`; other values within `ambiguityMargin`
 *    -> `ambiguous` (candidates ordered by score, then key, then entry order); otherwise `none`
 *    with the best candidate as `suggestion` when its score is at most `suggestThreshold`.
 *
 * The fuzzy step scores every fuzzy key (a scan bounded by length and character counts: a key
 * whose letter counts alone put it beyond `suggestThreshold` is skipped before any edit
 * distance), so a result and its suggestion are exact. A substring search such as Fuse.js's
 * bitap cannot decide instead: its score is the distance to the best-matching *substring* of a
 * key, so a key that contains the label scores as perfect ('niger' inside 'nigeria', 'guinea'
 * inside 'guinea bissau'). Used as a retrieval step in front of this scan, it made every search
 * 4-9x slower, from 100 to ~2,900 keys (docs/dependencies.md), so it is not used here.

 * Ties are broken by score, then the folded key (`<`), then entry order. Results are cached
 * per raw label and per folded label (Maps, safe for `__proto__` and similar labels): 100,000
 * rows with 300 distinct labels cost 300 resolutions.
 *
 * Results are frozen and shared between calls with the same label.
 *
 * Cost: building O(total key length). A fuzzy search: O(keys x alphabet) for the letter-count
 * bounds and O(label length x key length) per key that passes them (about 1-2 ms for the
 * ~1,000 country keys, ~40-60 ms for ~2,900 organisation names), once per distinct label.
 *
 * @param entries - the vocabulary; values are compared by identity (`Map` semantics)
 * @param options - thresholds; see {@link DEFAULT_MATCH_OPTIONS}
 * @throws OptionsError when a threshold is not a finite number in [0, 1] or a size is negative
 * @example
 * const m = createMatcher([
 *   { keys: ['office', 'kantoor'], value: 'office' },
 *   { keys: ['network', 'netwerk'], value: 'network' },
 * ]);
 * m.match('Kantoor'); // => { kind: 'exact', value: 'office' }
 * m.match('kantor');  // => { kind: 'fuzzy', value: 'office', matched: 'kantoor', score: 0.1429 }
 * m.match('xyz');     // => { kind: 'none', suggestion: null }
 */
export function createMatcher<T>(
  entries: readonly MatcherEntry<T>[],
  options: MatchOptions = {},
): Matcher<T> {
  const settings = matchSettings(options);
  const vocabulary = buildVocabulary(entries, settings.minFuzzyLength);
  const counters = { lookups: 0, searches: 0, scans: 0, misses: 0 };
  const fuzzy = createFuzzySearch(vocabulary, settings, counters);
  const resolve = (full: string, outer: string | null, inner: string | null): MatchResult<T> => {
    const exact = exactMatch(vocabulary, full, outer, inner);
    if (exact) return exact;
    if (
      full.length < settings.minFuzzyLength ||
      DIGITS_ONLY.test(full) ||
      vocabulary.fuzzyKeys.length === 0
    ) {
      return { kind: 'none', suggestion: null };
    }
    const queries =
      outer !== null && outer !== full && outer.length >= settings.minFuzzyLength ? [full, outer] : [full];
    return fuzzy(queries);
  };
  return memoise(resolve, settings.maxCacheSize, counters);
}

type Settings = Readonly<Required<MatchOptions>>;

/** The options with their defaults, checked. */
function matchSettings(options: MatchOptions): Settings {
  const settings = { ...DEFAULT_MATCH_OPTIONS, ...definedOnly(options) };
  checkUnit('fuzzyThreshold', settings.fuzzyThreshold);
  checkUnit('suggestThreshold', settings.suggestThreshold);
  checkUnit('ambiguityMargin', settings.ambiguityMargin);
  checkCount('minFuzzyLength', settings.minFuzzyLength);
  checkCount('maxCacheSize', settings.maxCacheSize);
  return settings;
}

function definedOnly(options: MatchOptions): MatchOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as MatchOptions;
}

interface Vocabulary<T> {
  /** Distinct values in first-seen order. */
  readonly values: readonly T[];
  /** Every folded key. */
  readonly byKey: ReadonlyMap<string, KeyRecord>;
  /**
   * Keys that take part in fuzzy matching (long enough, not only digits), prepared for scoring
   * on first use: a vocabulary only ever matched exactly (member ids) never prepares them.
   */
  readonly fuzzyKeys: readonly IndexedKey[];
}

/** Fold the keys of `entries`, group them by folded text and prepare the fuzzy ones. */
function buildVocabulary<T>(entries: readonly MatcherEntry<T>[], minFuzzyLength: number): Vocabulary<T> {
  const values: T[] = [];
  const valueIndex = new Map<T, number>();
  const byKey = new Map<string, KeyRecord>();
  for (const entry of entries) {
    let vi = valueIndex.get(entry.value);
    if (vi === undefined) {
      vi = values.length;
      values.push(entry.value);
      valueIndex.set(entry.value, vi);
    }
    for (const key of entry.keys) {
      const folded = foldText(key);
      if (folded === '') continue;
      let record = byKey.get(folded);
      if (!record) {
        record = { folded, original: key.trim(), values: [] };
        byKey.set(folded, record);
      }
      if (!record.values.includes(vi)) record.values.push(vi);
    }
  }
  // Short keys and numeric codes are exact-only, like short labels.
  let fuzzyKeys: IndexedKey[] | null = null;
  return {
    values,
    byKey,
    get fuzzyKeys(): readonly IndexedKey[] {
      if (fuzzyKeys === null) {
        fuzzyKeys = [];
        for (const record of byKey.values()) {
          if (record.folded.length < minFuzzyLength || DIGITS_ONLY.test(record.folded)) continue;
          fuzzyKeys.push({
            record,
            sorted: sortWords(record.folded),
            histogram: charHistogram(record.folded),
          });
        }
      }
      return fuzzyKeys;
    },
  };
}

function exactOf<T>(vocabulary: Vocabulary<T>, record: KeyRecord): MatchResult<T> {
  const { values } = vocabulary;
  if (record.values.length === 1) return { kind: 'exact', value: values[record.values[0]!]! };
  return { kind: 'ambiguous', candidates: [...record.values].sort((a, b) => a - b).map((i) => values[i]!) };
}

/** Steps 1 and 2: the folded label, or the part inside or before its parentheses, is a key. */
function exactMatch<T>(
  vocabulary: Vocabulary<T>,
  full: string,
  outer: string | null,
  inner: string | null,
): MatchResult<T> | null {
  const { byKey } = vocabulary;
  const direct = byKey.get(full);
  if (direct) return exactOf(vocabulary, direct);
  if (outer === null || inner === null) return null;
  const innerHit = byKey.get(inner);
  const outerHit = byKey.get(outer);
  if (innerHit && outerHit) {
    const merged = unique([...outerHit.values, ...innerHit.values]);
    return exactOf(vocabulary, { folded: full, original: full, values: merged });
  }
  if (innerHit) return exactOf(vocabulary, innerHit);
  if (outerHit) return exactOf(vocabulary, outerHit);
  return null;
}

/** Score `keys` against `query` (within suggestThreshold) into the best key per value. */
function scoreKeys(
  query: string,
  keys: Iterable<IndexedKey>,
  suggestThreshold: number,
  best: Map<number, Scored>,
): void {
  const sortedQuery = sortWords(query);
  const histogram = charHistogram(query);
  for (const key of keys) {
    const longest = Math.max(query.length, key.record.folded.length);
    const limit = Math.floor(suggestThreshold * longest + 1e-9);
    // Both distances are at least the difference in length (sorting words keeps the length).
    if (Math.abs(query.length - key.record.folded.length) > limit) continue;
    if (histogramBoundExceeds(histogram, key.histogram, limit)) continue;
    const direct = editDistance(query, key.record.folded, limit);
    // Sorting changes neither text (one word each, or words already in order): the same distance.
    const unsorted = sortedQuery === query && key.sorted === key.record.folded;
    const distance =
      direct === 0 || unsorted ? direct : Math.min(direct, editDistance(sortedQuery, key.sorted, limit));
    if (distance > limit) continue;
    const scored: Scored = { valueIndex: 0, score: distance / longest, key: key.record };
    for (const vi of key.record.values) {
      const prev = best.get(vi);
      const candidate = { ...scored, valueIndex: vi };
      if (!prev || compareScored(candidate, prev) < 0) best.set(vi, candidate);
    }
  }
}

interface Counters {
  lookups: number;
  searches: number;
  scans: number;
  misses: number;
}

/**
 * Step 3: the fuzzy search over the vocabulary's fuzzy keys, for one or two folded queries:
 * every key is scored (bounded by length and character counts), each value takes its best key.
 */
function createFuzzySearch<T>(
  vocabulary: Vocabulary<T>,
  settings: Settings,
  counters: Counters,
): (queries: readonly string[]) => MatchResult<T> {
  const { fuzzyThreshold, suggestThreshold, ambiguityMargin } = settings;
  const { values } = vocabulary;
  return (queries) => {
    counters.searches++;
    counters.scans++;
    const best = new Map<number, Scored>();
    for (const query of queries) scoreKeys(query, vocabulary.fuzzyKeys, suggestThreshold, best);
    const ranked = [...best.values()].sort(compareScored);
    const top = ranked[0];
    if (!top || top.score > suggestThreshold) return { kind: 'none', suggestion: null };
    if (top.score > fuzzyThreshold) return { kind: 'none', suggestion: values[top.valueIndex]! };
    const close = ranked.filter((s) => s.score - top.score <= ambiguityMargin + 1e-12);
    if (close.length > 1) return { kind: 'ambiguous', candidates: close.map((s) => values[s.valueIndex]!) };
    return {
      kind: 'fuzzy',
      value: values[top.valueIndex]!,
      matched: top.key.original,
      score: Math.round(top.score * 10_000) / 10_000,
    };
  };
}

/** The matcher: two memo levels (raw text, then folded text) in front of `resolve`. */
function memoise<T>(
  resolve: (full: string, outer: string | null, inner: string | null) => MatchResult<T>,
  maxCacheSize: number,
  counters: Counters,
): Matcher<T> {
  const cache = new Map<string, MatchResult<T>>();
  const rawCache = new Map<string, MatchResult<T>>();
  const matchFolded = (text: string): MatchResult<T> => {
    const full = foldText(text);
    if (full === '') return { kind: 'none', suggestion: null };
    const parts = PARENTHESISED.exec(text);
    const outer = parts ? foldText(parts[1]!) : null;
    const inner = parts ? foldText(parts[2]!) : null;
    const cacheKey =
      outer !== null && inner !== null && outer !== '' && inner !== '' ? `${outer}\u0000${inner}` : full;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    counters.misses++;
    const result = freezeResult(resolve(full, outer || null, inner || null));
    if (cache.size < maxCacheSize) cache.set(cacheKey, result);
    return result;
  };
  return {
    match(label: string): MatchResult<T> {
      counters.lookups++;
      const text = typeof label === 'string' ? label : '';
      // First level: the raw text, so repeated identical cells skip folding altogether.
      const seen = rawCache.get(text);
      if (seen) return seen;
      const result = matchFolded(text);
      if (rawCache.size < maxCacheSize) rawCache.set(text, result);
      return result;
    },
    get stats(): MatcherStats {
      const { lookups, searches, scans, misses } = counters;
      return { lookups, searches, scans, misses, cacheSize: cache.size };
    },
  };
}

/**
 * Score how far a label is from a key, both already folded: the optimal-string-alignment
 * edit distance divided by the longer length, taking the better of the texts as given and
 * with their words sorted. 0 = identical, 1 = nothing in common; two empty strings score 0.
 *
 * @example
 * labelScore('bangaldesh', 'bangladesh'); // => 0.1
 * labelScore('safety and health', 'health and safety'); // => 0
 */
export function labelScore(label: string, key: string): number {
  const longest = Math.max(label.length, key.length);
  if (longest === 0) return 0;
  const direct = editDistance(label, key);
  const sorted = editDistance(sortWords(label), sortWords(key));
  return Math.min(direct, sorted) / longest;
}

function sortWords(folded: string): string {
  return folded.split(' ').sort(compareStrings).join(' ');
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareScored(a: Scored, b: Scored): number {
  if (a.score !== b.score) return a.score - b.score;
  const byKey = compareStrings(a.key.folded, b.key.folded);
  return byKey !== 0 ? byKey : a.valueIndex - b.valueIndex;
}

function freezeResult<U>(result: MatchResult<U>): MatchResult<U> {
  if (result.kind === 'ambiguous') Object.freeze(result.candidates);
  return Object.freeze(result);
}

function unique<U>(items: readonly U[]): U[] {
  return [...new Set(items)];
}

function checkUnit(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new OptionsError(`match.${name}`, `match option ${name} must be a number in [0, 1], got ${value}`);
  }
}

function checkCount(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new OptionsError(
      `match.${name}`,
      `match option ${name} must be a non-negative integer, got ${value}`,
    );
  }
}
