import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallestK, topK } from '../../src/recommend/kinds/util.js';

/** topK as it was before the bounded heap: a stable sort of every item, then the first k. */
function sortedTopK<T>(items: readonly T[], k: number, score: (x: T) => number, key: (x: T) => string): T[] {
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...items].sort(
    (a, b) => Math.round(score(b) * 1e9) - Math.round(score(a) * 1e9) || byKey(key(a), key(b)),
  );
  return Number.isFinite(k) ? sorted.slice(0, Math.max(0, Math.floor(k))) : sorted;
}

describe('topK', () => {
  it('picks exactly what a sort of every item picks, ties by key then input order', () => {
    const item = fc.record({
      // Few distinct scores and keys, so ties (also within 1e-9) and repeated keys are common.
      score: fc.oneof(
        fc.integer({ min: 0, max: 4 }).map((x) => x / 4),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      key: fc.constantFrom('a', 'b', 'c', 'd'),
      n: fc.nat(),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.oneof(fc.integer({ min: -1, max: 70 }), fc.constant(Number.POSITIVE_INFINITY)),
        (items, k) => {
          const score = (x: { score: number }) => x.score;
          const key = (x: { key: string }) => x.key;
          expect(topK(items, k, score, key)).toEqual(sortedTopK(items, k, score, key));
        },
      ),
    );
  });

  it('keeps the old order when a score is not finite', () => {
    const items = [
      { s: Number.NaN, k: 'b' },
      { s: 0.5, k: 'a' },
      { s: Number.POSITIVE_INFINITY, k: 'c' },
      { s: 0.7, k: 'd' },
    ];
    const score = (x: { s: number }) => x.s;
    const key = (x: { k: string }) => x.k;
    expect(topK(items, 2, score, key)).toEqual(sortedTopK(items, 2, score, key));
  });
});

describe('smallestK', () => {
  it('returns the k first items in order, whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: 0, max: 20 }), (xs, k) => {
        expect(smallestK(xs, k, (a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b).slice(0, k));
      }),
    );
  });
});
