import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCoalition } from '../../src/coalition/buildCoalition.js';
import { type CoverProblem, exactCover, greedyBound, greedyCover } from '../../src/coalition/cover.js';
import { makePartnership } from './helpers.js';

/** A random instance: up to 10 candidates, up to 7 themes, each candidate covering a non-empty set. */
const instance = fc.integer({ min: 1, max: 7 }).chain((themes) =>
  fc.record({
    themes: fc.constant(themes),
    covers: fc.array(
      fc.uniqueArray(fc.integer({ min: 0, max: themes - 1 }), { minLength: 1, maxLength: themes }),
      {
        minLength: 1,
        maxLength: 10,
      },
    ),
    worth: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 10, maxLength: 10 }),
  }),
);

type Instance = { themes: number; covers: number[][]; worth: number[] };

/** Coverable themes get compact indices, as buildCoalition does. */
function problemOf(x: Instance): CoverProblem {
  const coverable = [...new Set(x.covers.flat())].sort((a, b) => a - b);
  const index = new Map(coverable.map((t, i) => [t, i]));
  const worth = (ms: readonly number[]) => ms.reduce((s, m) => s + x.worth[m]!, 0) / Math.max(ms.length, 1);
  return {
    themes: coverable.length,
    covers: x.covers.map((c) => c.map((t) => index.get(t)!)),
    score: worth,
    preference: (c) => x.worth[c]!,
  };
}

function isCover(p: CoverProblem, members: readonly number[]): boolean {
  const seen = new Set(members.flatMap((m) => p.covers[m]!));
  return seen.size === p.themes;
}

/** Independent brute force over all 2^n subsets: minimum size, and the best worth at that size. */
function bruteForce(p: CoverProblem): { size: number; best: number } {
  const n = p.covers.length;
  let size = Number.POSITIVE_INFINITY;
  let best = Number.NEGATIVE_INFINITY;
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = [...Array(n).keys()].filter((i) => mask & (1 << i));
    if (!isCover(p, members)) continue;
    const s = p.score(members);
    if (members.length < size) {
      size = members.length;
      best = s;
    } else if (members.length === size) best = Math.max(best, s);
  }
  return { size, best };
}

describe('exactCover and greedyCover', () => {
  it('exact is a cover of truly minimum size with the best score at that size (brute force)', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const p = problemOf(x);
        const exact = exactCover(p);
        const brute = bruteForce(p);
        expect(isCover(p, exact.members)).toBe(true);
        expect(exact.members.length).toBe(brute.size);
        expect(p.score(exact.members)).toBeCloseTo(brute.best, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('greedy is a cover of size at most (ln(n) + 1) times the exact minimum', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const p = problemOf(x);
        const exact = exactCover(p);
        const greedy = greedyCover(p);
        expect(isCover(p, greedy.members)).toBe(true);
        expect(greedy.covered).toBe(p.themes);
        expect(greedy.members.length).toBeLessThanOrEqual(
          exact.members.length * greedyBound(p.themes) + 1e-9,
        );
        // No redundant member survives the clean-up pass.
        for (const m of greedy.members) {
          expect(
            isCover(
              p,
              greedy.members.filter((o) => o !== m),
            ),
          ).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with a size limit both cover as many themes as possible within the limit (exact: the maximum)', () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 3 }), (x, k) => {
        const p = problemOf(x);
        const exact = exactCover(p, k);
        const greedy = greedyCover(p, k);
        expect(exact.members.length).toBeLessThanOrEqual(k);
        expect(greedy.members.length).toBeLessThanOrEqual(k);
        expect(greedy.covered).toBeLessThanOrEqual(exact.covered);
        // Brute force: the most themes any k-subset covers.
        const n = p.covers.length;
        let most = 0;
        for (let mask = 1; mask < 1 << n; mask++) {
          const ms = [...Array(n).keys()].filter((i) => mask & (1 << i));
          if (ms.length > k) continue;
          most = Math.max(most, new Set(ms.flatMap((m) => p.covers[m]!)).size);
        }
        expect(exact.covered).toBe(most);
      }),
      { numRuns: 200 },
    );
  });

  it('greedy can be beaten by exact: the classic instance where greedy takes 3 and the minimum is 2', () => {
    // Themes 0-13. Rows r1 = {0..6} and r2 = {7..13} are the minimum cover. Greedy first takes
    // g1 = {0,1,2,3,7,8,9,10} (8 new themes beat 7), then g2 = {4,5,11,12} (4 new beat 3), then
    // g3 = {6,13}; each keeps a theme of its own, so the clean-up removes none.
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    const p: CoverProblem = {
      themes: 14,
      covers: [range(0, 6), range(7, 13), [0, 1, 2, 3, 7, 8, 9, 10], [4, 5, 11, 12], [6, 13]],
      score: () => 0,
      preference: () => 0,
    };
    expect(exactCover(p).members).toEqual([0, 1]);
    expect(greedyCover(p).members).toEqual([2, 3, 4]);
  });

  it('handles empty instances', () => {
    const empty: CoverProblem = { themes: 0, covers: [], score: () => 0, preference: () => 0 };
    expect(exactCover(empty)).toEqual({ members: [], covered: 0 });
    expect(greedyCover(empty)).toEqual({ members: [], covered: 0 });
    expect(greedyBound(0)).toBe(1);
  });
});

describe('buildCoalition exact and greedy agree on random small partnerships', () => {
  const THEMES = ['gbv', 'osh', 'living-wage', 'child-labour', 'research', 'due-diligence'];
  const PRESENCE = ['office', 'local_partner', 'programme', 'network'] as const;
  const member = fc.record({
    levels: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: THEMES.length, maxLength: THEMES.length }),
    presence: fc.option(fc.constantFrom(...PRESENCE), { nil: undefined }),
  });
  it('both cover the same themes; greedy size <= exact size * (ln(n) + 1); exact never larger', () => {
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 9 }),
        fc.subarray(THEMES, { minLength: 1 }),
        (members, wanted) => {
          const p = makePartnership(
            members.map((m, i) => ({
              id: `m${i}`,
              themes: Object.fromEntries(
                THEMES.flatMap((t, j) => (m.levels[j]! > 0 ? [[t, m.levels[j]!]] : [])),
              ),
              geo: m.presence ? { BD: m.presence } : {},
            })),
          );
          const request = { country: 'BD', themes: wanted };
          const exact = buildCoalition(p, request, { method: 'exact' });
          const greedy = buildCoalition(p, request, { method: 'greedy' });
          expect(greedy.covered).toEqual(exact.covered);
          expect(greedy.uncoverable).toEqual(exact.uncoverable);
          expect(exact.members.length).toBeLessThanOrEqual(greedy.members.length);
          expect(greedy.members.length).toBeLessThanOrEqual(exact.members.length * greedy.bound + 1e-9);
          expect(greedy.bound).toBeCloseTo(greedyBound(exact.covered.length), 12);
          // Every requested coverable theme is covered by a member at >= 3.
          for (const t of exact.covered) {
            expect(
              exact.contributions.some((c) => c.themes.some((x) => x.theme === t && (x.level ?? 0) >= 3)),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('scores always lie in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 8 }), (members) => {
        const p = makePartnership(
          members.map((m, i) => ({
            id: `m${i}`,
            themes: Object.fromEntries(
              THEMES.flatMap((t, j) => (m.levels[j]! > 0 ? [[t, m.levels[j]!]] : [])),
            ),
            geo: m.presence ? { BD: m.presence } : {},
          })),
        );
        const r = buildCoalition(p, { country: 'BD', themes: THEMES });
        for (const v of Object.values(r.score)) {
          if (v === null) continue;
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
