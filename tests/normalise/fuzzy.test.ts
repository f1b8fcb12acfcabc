import fc from 'fast-check';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { foldText } from '../../src/normalise/fold.js';
import {
  createMatcher,
  DEFAULT_MATCH_OPTIONS,
  labelScore,
  type MatcherEntry,
  type MatchOptions,
} from '../../src/normalise/fuzzy.js';
import type { MatchResult } from '../../src/normalise/types.js';

const presence = [
  { keys: ['office', 'kantoor', 'eigen kantoor'], value: 'office' },
  { keys: ['local partner', 'lokale partner'], value: 'local_partner' },
  { keys: ['programme', 'programma'], value: 'programme' },
  { keys: ['network', 'netwerk'], value: 'network' },
] as const;

describe('labelScore', () => {
  it('is the edit distance over the longer length (hand-computed)', () => {
    // one transposition in 10 characters
    expect(labelScore('bangaldesh', 'bangladesh')).toBeCloseTo(0.1, 10);
    // one missing letter out of 7
    expect(labelScore('kantor', 'kantoor')).toBeCloseTo(1 / 7, 10);
    expect(labelScore('', '')).toBe(0);
    expect(labelScore('abc', '')).toBe(1);
  });

  it('ignores word order', () => {
    expect(labelScore('safety and health', 'health and safety')).toBe(0);
  });
});

describe('createMatcher', () => {
  it('matches folded labels exactly', () => {
    const m = createMatcher(presence);
    expect(m.match('  Eigen KANTOOR ')).toEqual({ kind: 'exact', value: 'office' });
    expect(m.match('Lokale-partner')).toEqual({ kind: 'exact', value: 'local_partner' });
  });

  it('matches typos fuzzily with the original key and a score', () => {
    const m = createMatcher(presence);
    expect(m.match('kantor')).toEqual({ kind: 'fuzzy', value: 'office', matched: 'kantoor', score: 0.1429 });
  });

  it("returns 'none' with a suggestion for weak matches and without one for nonsense", () => {
    const m = createMatcher([{ keys: ['programme'], value: 'programme' }]);
    // 'progr' vs 'programme': 4 deletions / 9 = 0.444 > 0.4 -> no suggestion
    expect(m.match('progr')).toEqual({ kind: 'none', suggestion: null });
    // 'programs' vs 'programme': 2 edits / 9 = 0.222 -> confident
    expect(m.match('programs').kind).toBe('fuzzy');
    // 'prgrme' vs 'programme': 3 edits / 9 = 0.333 -> suggestion only
    expect(m.match('prgrme')).toEqual({ kind: 'none', suggestion: 'programme' });
    expect(m.match('xyzzy')).toEqual({ kind: 'none', suggestion: null });
  });

  it("reports 'ambiguous' when two values are equally close, candidates in entry order", () => {
    const m = createMatcher([
      { keys: ['abcde'], value: 'first' },
      { keys: ['abcdf'], value: 'other' },
    ]);
    // 'abcdx' is one substitution from both keys: 0.2 each
    expect(m.match('abcdx')).toEqual({ kind: 'ambiguous', candidates: ['first', 'other'] });
  });

  it("reports 'ambiguous' for a key that names two values", () => {
    const m = createMatcher([
      { keys: ['Congo'], value: 'CD' },
      { keys: ['Congo'], value: 'CG' },
    ]);
    expect(m.match('congo')).toEqual({ kind: 'ambiguous', candidates: ['CD', 'CG'] });
  });

  it('resolves a parenthesised acronym or the part before it exactly', () => {
    const m = createMatcher([
      { keys: ['GBV', 'gender-based violence'], value: 'gbv' },
      { keys: ['OSH'], value: 'osh' },
    ]);
    expect(m.match('Gender-based violence (GBV)')).toEqual({ kind: 'exact', value: 'gbv' });
    expect(m.match('Sexual harassment (GBV)')).toEqual({ kind: 'exact', value: 'gbv' });
    expect(m.match('gender based violence (in factories)')).toEqual({ kind: 'exact', value: 'gbv' });
    expect(m.match('Gender-based violence (OSH)')).toEqual({ kind: 'ambiguous', candidates: ['gbv', 'osh'] });
  });

  it('never matches short labels or digit-only labels fuzzily', () => {
    const m = createMatcher([
      { keys: ['NE'], value: 'NE' },
      { keys: ['123'], value: 'x' },
      { keys: ['Asia Pacific'], value: 'apac' },
    ]);
    expect(m.match('NG')).toEqual({ kind: 'none', suggestion: null });
    expect(m.match('124')).toEqual({ kind: 'none', suggestion: null });
  });

  it('gives the same result whatever order the entries come in when there is no tie', () => {
    const a = createMatcher(presence);
    const b = createMatcher([...presence].reverse());
    for (const label of ['kantor', 'netwrk', 'programm', 'lokal partners', 'xyz']) {
      expect(b.match(label)).toEqual(a.match(label));
    }
  });

  it('memoises per distinct folded label: 300 distinct labels in 100,000 lookups cost 300 resolutions', () => {
    const keys = Array.from({ length: 50 }, (_, i) => ({ keys: [`theme number ${i}`], value: i }));
    const m = createMatcher(keys);
    const labels = Array.from({ length: 300 }, (_, i) => `Label Variant ${i}`);
    for (let n = 0; n < 100_000; n++) {
      const label = labels[n % 300]!;
      // vary case and spacing so only the folded form repeats
      m.match(n % 2 === 0 ? label : ` ${label.toUpperCase()} `);
    }
    const stats = m.stats;
    expect(stats.lookups).toBe(100_000);
    expect(stats.misses).toBe(300);
    expect(stats.searches).toBe(300);
    expect(stats.cacheSize).toBe(300);
  });

  it('does not search for exact hits', () => {
    const m = createMatcher(presence);
    m.match('kantoor');
    m.match('netwerk');
    expect(m.stats.searches).toBe(0);
  });

  it("resolves '__proto__' and 'constructor' to none without touching prototypes", () => {
    const m = createMatcher(presence);
    for (const label of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']) {
      expect(m.match(label).kind).toBe('none');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('returns frozen results, so a caller cannot corrupt the cache', () => {
    const m = createMatcher([
      { keys: ['Congo'], value: 'CD' },
      { keys: ['Congo'], value: 'CG' },
    ]);
    const first = m.match('Congo');
    expect(Object.isFrozen(first)).toBe(true);
    if (first.kind === 'ambiguous') expect(Object.isFrozen(first.candidates)).toBe(true);
    expect(m.match('congo')).toEqual({ kind: 'ambiguous', candidates: ['CD', 'CG'] });
  });

  it('handles empty input and an empty vocabulary', () => {
    expect(createMatcher(presence).match('')).toEqual({ kind: 'none', suggestion: null });
    expect(createMatcher<string>([]).match('anything')).toEqual({ kind: 'none', suggestion: null });
  });

  it('rejects invalid thresholds with OptionsError', () => {
    expect(() => createMatcher(presence, { fuzzyThreshold: Number.NaN })).toThrow(OptionsError);
    expect(() => createMatcher(presence, { suggestThreshold: 2 })).toThrow(OptionsError);
    expect(() => createMatcher(presence, { maxCacheSize: -1 })).toThrow(OptionsError);
  });

  it('stops caching at maxCacheSize but keeps answering', () => {
    const m = createMatcher(presence, { maxCacheSize: 2 });
    for (const label of ['kantoor', 'netwerk', 'programma', 'kantor']) m.match(label);
    expect(m.stats.cacheSize).toBe(2);
    expect(m.match('kantor').kind).toBe('fuzzy');
  });

  it('documents its defaults in a frozen object', () => {
    expect(Object.isFrozen(DEFAULT_MATCH_OPTIONS)).toBe(true);
    expect(DEFAULT_MATCH_OPTIONS.fuzzyThreshold).toBe(0.25);
  });
});

/**
 * The specification of a fuzzy result, by brute force: score every key with labelScore, keep
 * each value's best key (ties: folded key, then entry order), then apply the thresholds. For
 * labels that are not exact keys, have no parentheses and are long enough to be fuzzy.
 */
function referenceMatch<T>(
  entries: readonly MatcherEntry<T>[],
  label: string,
  options: Required<MatchOptions> = DEFAULT_MATCH_OPTIONS,
): MatchResult<T> {
  const query = foldText(label);
  const values: T[] = [];
  const best = new Map<number, { score: number; folded: string; original: string; value: number }>();
  for (const entry of entries) {
    if (!values.includes(entry.value)) values.push(entry.value);
    const value = values.indexOf(entry.value);
    for (const key of entry.keys) {
      const folded = foldText(key);
      if (folded.length < options.minFuzzyLength || /^[\d ]+$/.test(folded)) continue;
      const score = labelScore(query, folded);
      if (score > options.suggestThreshold + 1e-9) continue;
      const prev = best.get(value);
      if (!prev || score < prev.score || (score === prev.score && folded < prev.folded)) {
        best.set(value, { score, folded, original: key.trim(), value });
      }
    }
  }
  const ranked = [...best.values()].sort(
    (a, b) => a.score - b.score || (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : a.value - b.value),
  );
  const top = ranked[0];
  if (!top) return { kind: 'none', suggestion: null };
  if (top.score > options.fuzzyThreshold) return { kind: 'none', suggestion: values[top.value]! };
  const close = ranked.filter((r) => r.score - top.score <= options.ambiguityMargin + 1e-12);
  if (close.length > 1) return { kind: 'ambiguous', candidates: close.map((r) => values[r.value]!) };
  return {
    kind: 'fuzzy',
    value: values[top.value]!,
    matched: top.original,
    score: Math.round(top.score * 10_000) / 10_000,
  };
}

/** A label made from `text` by edits: transpose, delete, insert, substitute, swap words. */
const typoArb = (text: string) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.nat(), fc.constantFrom(...'aeinorstuy ')), {
      minLength: 1,
      maxLength: 4,
    })
    .map((edits) => {
      let s = text;
      for (const [op, at, ch] of edits) {
        const i = s.length === 0 ? 0 : at % s.length;
        if (op === 0 && i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
        else if (op === 1) s = s.slice(0, i) + s.slice(i + 1);
        else if (op === 2) s = s.slice(0, i) + ch + s.slice(i);
        else if (op === 3) s = s.slice(0, i) + ch + s.slice(i + 1);
        else s = s.split(' ').reverse().join(' ');
      }
      return s;
    });

describe('createMatcher: the pruned scan gives the result of scoring every key (property)', () => {
  countries.registerLocale(en);
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const countryEntries = Object.entries(names).map(([code, list]) => ({ keys: list, value: code }));
  const allNames = countryEntries.flatMap((e) => e.keys);

  const expectSameAsEveryKeyScored = <T>(
    entries: readonly MatcherEntry<T>[],
    labels: readonly string[],
    m = createMatcher(entries),
  ) => {
    for (const label of labels) {
      const folded = foldText(label);
      const exact = entries.some((e) => e.keys.some((k) => foldText(k) === folded));
      if (exact || folded.length < DEFAULT_MATCH_OPTIONS.minFuzzyLength || /[()[\]]/.test(label)) continue;
      const before = m.stats;
      const result = m.match(label);
      const reference = referenceMatch(entries, label);
      expect({ label, result }).toEqual({ label, result: reference });
      // One fuzzy search per new label, and it scans.
      expect(m.stats.scans - before.scans).toBe(m.stats.searches - before.searches);
    }
  };

  it('gives the result of scoring every key, for typos of English country names (incl. word swaps)', () => {
    const matcher = createMatcher(countryEntries);
    const labelArb = fc.constantFrom(...allNames).chain(typoArb);
    fc.assert(
      fc.property(fc.array(labelArb, { minLength: 20, maxLength: 20 }), (labels) => {
        expectSameAsEveryKeyScored(countryEntries, labels, matcher);
      }),
      { numRuns: 6, endOnFailure: true },
    );
  });

  it('gives the result of scoring every key, for dense vocabularies of look-alike keys', () => {
    // Words from few letters, so many keys are within a few edits of each other and of the labels;
    // up to 6 words, so some labels are long.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'o', 'r'), minLength: 2, maxLength: 7 });
    const keyArb = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    const vocabArb = fc.array(fc.array(keyArb, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(
        vocabArb.chain((vocab) =>
          fc.tuple(
            fc.constant(vocab.map((keys, value) => ({ keys, value }))),
            fc.array(fc.oneof(fc.constantFrom(...vocab.flat()).chain(typoArb), keyArb), {
              minLength: 10,
              maxLength: 10,
            }),
          ),
        ),
        ([entries, labels]) => {
          expectSameAsEveryKeyScored(entries, labels);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps whole-label semantics where a substring search would not: a key that contains the label is not a match', () => {
    const m = createMatcher([
      { keys: ['Nigeria'], value: 'NG' },
      { keys: ['Guinea-Bissau'], value: 'GW' },
    ]);
    // 'niger' is a substring of 'nigeria' (Fuse score 0) but 2 edits in 7 (0.286 > 0.25).
    expect(m.match('Niger')).toEqual({ kind: 'none', suggestion: 'NG' });
    // 'guinea' inside 'guinea bissau': 7 edits in 13.
    expect(m.match('Guinea')).toEqual({ kind: 'none', suggestion: null });
  });

  it('counts one search (and scan) per distinct fuzzy label, none for exact or cached ones', () => {
    const m = createMatcher(presence);
    m.match('kantor');
    m.match('Kantor');
    m.match('kantoor');
    expect(m.stats).toMatchObject({ lookups: 3, searches: 1, scans: 1 });
    m.match('prgrme');
    expect(m.stats).toMatchObject({ searches: 2, scans: 2 });
  });
});
