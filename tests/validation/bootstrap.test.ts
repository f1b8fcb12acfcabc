import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bootstrap,
  drawOrganisations,
  mulberry32,
  percentileInterval,
  quantile,
} from '../../bench/validation/bootstrap.js';

describe('seeded generator', () => {
  it('gives the same numbers for the same seed, in [0, 1)', () => {
    const a = mulberry32(20);
    const b = mulberry32(20);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const c = mulberry32(21);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
  });
});

describe('organisation bootstrap', () => {
  it('draws as many organisations as there are, with replacement', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 2 ** 31 }), (n, seed) => {
        const counts = drawOrganisations(n, mulberry32(seed));
        return counts.length === n && counts.reduce((s, x) => s + x, 0) === n && counts.every((x) => x >= 0);
      }),
    );
  });

  it('is deterministic with a seed and differs with another seed', () => {
    const stat = (counts: Int32Array) => [counts[0]!, counts[1]! * counts[2]!, counts.indexOf(0)];
    const one = bootstrap(50, 200, 7, stat);
    expect(bootstrap(50, 200, 7, stat)).toEqual(one);
    expect(bootstrap(50, 200, 8, stat)).not.toEqual(one);
    expect(one).toHaveLength(200);
  });

  it('resamples organisations, not pairs: an organisation drawn twice doubles its pairs', () => {
    // Each replicate's counts are a multinomial draw: over many replicates each organisation is
    // drawn once on average.
    const means = new Float64Array(5);
    const reps = bootstrap(5, 4000, 1, (c) => [...c]);
    for (const r of reps) {
      r.forEach((x, i) => {
        means[i]! += x / reps.length;
      });
    }
    for (const m of means) expect(m).toBeCloseTo(1, 1);
  });
});

describe('quantiles and intervals', () => {
  it('interpolates between order statistics (type 7) and leaves NaN out', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, Number.NaN, 3], 1)).toBe(3);
    expect(quantile([Number.NaN], 0.5)).toBeNaN();
  });

  it('gives the 2.5 and 97.5 percentiles and counts undefined replicates', () => {
    const values = [...Array.from({ length: 101 }, (_, i) => i / 100), Number.NaN];
    const ci = percentileInterval(values);
    expect(ci.low).toBeCloseTo(0.025, 12);
    expect(ci.high).toBeCloseTo(0.975, 12);
    expect(ci.undefinedReplicates).toBe(1);
  });
});
