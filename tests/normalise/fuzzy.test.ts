import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { createMatcher, DEFAULT_MATCH_OPTIONS, labelScore } from '../../src/normalise/fuzzy.js';

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
