import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { computeDimensionMetrics } from '../../src/metrics/computeDimensionMetrics.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { denseDimensionMetrics, denseMetrics } from '../../src/metrics/dense.js';
import { buildPairIndex } from '../../src/metrics/pairIndex.js';
import { topSynergyPartners } from '../../src/metrics/topSynergyPartners.js';
import { buildDimensionProfile } from '../../src/profile/buildDimensionProfile.js';

function sameBits(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

describe('sparse engine on generated partnerships', () => {
  const p = generatePartnership({ n: 150, themes: 25, countries: 15, sectors: 8, perMember: 5, seed: 11 });

  it('equals the dense reference bit for bit (N = 150)', () => {
    const sparse = computeMetrics(p, { cosine: true, contextWeights: { geography: 0.7, sectors: 0.3 } });
    const dense = denseMetrics(p, { cosine: true, contextWeights: { geography: 0.7, sectors: 0.3 } });
    for (const d of ['expertise', 'geography', 'sectors'] as const) {
      expect(sameBits(sparse[d].overlap.values, dense[d].overlap.values)).toBe(true);
      expect(sameBits(sparse[d].complementarity.values, dense[d].complementarity.values)).toBe(true);
      expect(sameBits(sparse[d].cosine!.values, dense[d].cosine!.values)).toBe(true);
    }
    for (const x of ['context', 'synergy', 'duplication'] as const)
      expect(sameBits(sparse[x].values, dense[x].values)).toBe(true);
  });

  it('top-k equals the top k of the full synergy matrix when heaps fill up and pruning applies', () => {
    const m = computeMetrics(p);
    const ids = m.ids;
    for (const k of [1, 3, 10]) {
      const top = topSynergyPartners(p, { k });
      for (let i = 0; i < ids.length; i++) {
        const expected = Array.from(m.synergy.row(i), (v, j) => ({ j, v }))
          .filter(({ j, v }) => j !== i && v > 0)
          .sort((x, y) => y.v - x.v || x.j - y.j)
          .slice(0, k)
          .map((e) => [ids[e.j], e.v]);
        expect(top[i]!.partners.map((x) => [x.id, x.synergy])).toEqual(expected);
      }
    }
  });
});

describe('profiles with many distinct weights (no weight codes)', () => {
  it('still agree exactly with the dense reference', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 29 }),
            fc.integer({ min: 0, max: 19 }),
            fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
          ),
          { minLength: 560, maxLength: 600 },
        ),
        (entries) => {
          const ids = Array.from({ length: 30 }, (_, i) => `m${i}`);
          const profile = buildDimensionProfile(
            'sectors',
            ids,
            entries.map(([m, c, w]) => ({ member: `m${m}`, category: `c${c}`, weight: w })),
          );
          fc.pre(buildPairIndex(profile).rowCodes === null); // more than 256 distinct weights
          const sparse = computeDimensionMetrics(profile, { cosine: true });
          const dense = denseDimensionMetrics(profile, { cosine: true });
          expect(sameBits(sparse.overlap.values, dense.overlap.values)).toBe(true);
          expect(sameBits(sparse.complementarity.values, dense.complementarity.values)).toBe(true);
          expect(sameBits(sparse.cosine!.values, dense.cosine!.values)).toBe(true);
        },
      ),
      { numRuns: 10 },
    );
  });
});

describe('generatePartnership (bench/generate.ts)', () => {
  it('is deterministic for a seed and uses real ISO codes first', () => {
    const a = generatePartnership({ n: 20, seed: 5, countries: 10 });
    const b = generatePartnership({ n: 20, seed: 5, countries: 10 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generatePartnership({ n: 20, seed: 6 }))).not.toBe(JSON.stringify(a));
    for (const r of a.geography) expect(r.country).toMatch(/^A[A-Z]$/);
  });
});
