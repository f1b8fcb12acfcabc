import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelFromShare } from '../../src/import/levels.js';

describe('levelFromShare', () => {
  it('is 1 + round(4 x share) with halves rounding up (hand-computed table)', () => {
    // 1/8: 4 x 0.125 = 0.5 -> 1 -> level 2; 3/10: 1.2 -> 1 -> 2; 5/10: 2 -> 3; 7/10: 2.8 -> 3 -> 4; 9/10: 3.6 -> 4 -> 5
    expect([
      levelFromShare(1, 8),
      levelFromShare(3, 10),
      levelFromShare(5, 10),
      levelFromShare(7, 10),
      levelFromShare(9, 10),
    ]).toEqual([2, 2, 3, 4, 5]);
    expect(levelFromShare(1, 9)).toBe(1); // 0.44 -> 0 -> 1
    expect(levelFromShare(3, 8)).toBe(3); // 1.5 -> 2 -> 3
    expect(levelFromShare(10, 10)).toBe(5);
  });

  it('never returns NaN: empty totals and counts give 1', () => {
    expect(levelFromShare(0, 0)).toBe(1);
    expect(levelFromShare(3, 0)).toBe(1);
    expect(levelFromShare(0, 5)).toBe(1);
    expect(levelFromShare(Number.NaN, 5)).toBe(1);
  });

  it('is an integer in 1-5 and does not decrease with the count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (total, raw) => {
        const count = Math.min(raw, total);
        const level = levelFromShare(count, total);
        expect(Number.isInteger(level) && level >= 1 && level <= 5).toBe(true);
        if (count < total) expect(levelFromShare(count + 1, total)).toBeGreaterThanOrEqual(level);
      }),
    );
  });
});
