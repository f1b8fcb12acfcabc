import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  charHistogram,
  editDistance,
  histogramBound,
  histogramBoundExceeds,
} from '../../src/normalise/editDistance.js';

/** Plain textbook OSA distance, as an independent reference. */
function reference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'n', ' ', '1'), maxLength: 14 });

describe('editDistance', () => {
  it('counts single edits (hand-checked)', () => {
    expect(editDistance('bangaldesh', 'bangladesh')).toBe(1); // transposition
    expect(editDistance('kantor', 'kantoor')).toBe(1); // insertion
    expect(editDistance('niger', 'nigeria')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('equals the textbook OSA distance and is symmetric (property)', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(reference(a, b));
        expect(editDistance(b, a)).toBe(d);
      }),
    );
  });

  it('with a limit, returns the distance when within it and limit + 1 otherwise (property)', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 8 }), (a, b, max) => {
        const exact = reference(a, b);
        expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
    );
  });

  it('handles strings longer than its initial buffers', () => {
    const a = 'x'.repeat(300);
    expect(editDistance(a, `${a}yz`)).toBe(2);
  });
});

describe('histogramBound', () => {
  it('never exceeds the edit distance (property)', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(histogramBound(charHistogram(a), charHistogram(b))).toBeLessThanOrEqual(reference(a, b));
      }),
    );
  });

  it('is above a limit exactly when histogramBoundExceeds says so (its early-exit form)', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 12 }), (a, b, limit) => {
        const ha = charHistogram(a);
        const hb = charHistogram(b);
        expect(histogramBoundExceeds(ha, hb, limit)).toBe(histogramBound(ha, hb) > limit);
      }),
      { numRuns: 2000 },
    );
  });

  it('is zero for reordered words', () => {
    expect(histogramBound(charHistogram('health and safety'), charHistogram('safety and health'))).toBe(0);
  });
});
