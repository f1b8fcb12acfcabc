import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics, type MetricsOptions } from '../../src/metrics/computeMetrics.js';
import { denseMetrics } from '../../src/metrics/dense.js';
import { explainPair } from '../../src/metrics/explainPair.js';
import { MAX_WEIGHT_SCALE, weightInUnits, weightScaleOf } from '../../src/metrics/weightScale.js';
import { buildProfiles } from '../../src/profile/buildProfiles.js';
import type { DimensionProfile } from '../../src/profile/types.js';
import type { Dimension, Partnership } from '../../src/schema/records.js';
import { expertise, geography, member, partnershipArb, sector } from './arbitraries.js';

const DIMS: Dimension[] = ['expertise', 'geography', 'sectors'];

function profileOf(weights: number[]): DimensionProfile {
  return {
    dimension: 'sectors',
    ids: weights.map((_, i) => `m${i}`),
    categories: ['a'],
    rows: weights.map((w) => ({ indices: Int32Array.of(0), weights: Float64Array.of(w) })),
    empty: weights.map((w) => !(w > 0)),
    present: true,
  };
}

/** Options whose weights are either the defaults (on a grid), random doubles (off any grid) or specialised. */
const optionsArb: fc.Arbitrary<MetricsOptions> = fc.oneof(
  fc.constant({}),
  fc.constant({ weighting: 'specialisation' as const }),
  fc
    .tuple(
      fc.double({ min: 0.001, max: 1, noNaN: true }),
      fc.double({ min: 0.001, max: 1, noNaN: true }),
      fc.double({ min: 0.001, max: 1, noNaN: true }),
    )
    .map(([a, b, c]) => ({
      levelWeights: { 3: a },
      presenceWeights: { programme: b },
      strengthWeights: { 2: c },
    })),
);

describe('weightScaleOf', () => {
  it('finds the denominators of the default weights', () => {
    const p: Partnership = {
      members: [member('a')],
      expertise: [1, 2, 3, 4, 5].map((l) => expertise('a', `t${l}`, l)),
      geography: (['office', 'local_partner', 'programme', 'network'] as const).map((k, i) =>
        geography('a', ['BD', 'IN', 'KE', 'PK'][i]!, k),
      ),
      sectors: [1, 3].map((s) => sector('a', `s${s}`, s)),
      companies: [],
    };
    const profiles = buildProfiles(p);
    expect(weightScaleOf(profiles.expertise)).toBe(5);
    expect(weightScaleOf(profiles.geography)).toBe(4);
    expect(weightScaleOf(profiles.sectors)).toBe(5);
  });

  it('takes the least common denominator, and 0 when there is none up to the limit', () => {
    expect(weightScaleOf(profileOf([0.5, 1 / 3]))).toBe(6);
    expect(weightScaleOf(profileOf([1, 0]))).toBe(1);
    expect(weightScaleOf(profileOf([0.1, 0.25]))).toBe(20);
    expect(weightScaleOf(profileOf([1 / (MAX_WEIGHT_SCALE + 1)]))).toBe(0);
    expect(weightScaleOf(profileOf([Math.PI / 4]))).toBe(0);
    expect(weightScaleOf(profileOf([]))).toBe(1);
  });

  it('gives whole numbers that divide back to the weight', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1 }),
        fc.integer({ min: 1, max: 40 }),
        (us, d) => {
          const weights = us.map((u) => Math.min(u, d) / d);
          const scale = weightScaleOf(profileOf(weights));
          expect(scale).toBeGreaterThan(0);
          expect(d % scale).toBe(0); // the least common denominator divides every common one
          for (const w of weights) {
            const u = weightInUnits(w, scale);
            expect(Number.isInteger(u)).toBe(true);
            expect(u / scale).toBe(w);
          }
        },
      ),
    );
  });
});

describe('exact sums', () => {
  it('on the default weights, renaming categories (another summation order) changes no bit', () => {
    const rename = (s: string) => `z${[...s].reverse().join('')}`;
    fc.assert(
      fc.property(partnershipArb, (p) => {
        const renamed: Partnership = {
          ...p,
          expertise: p.expertise.map((r) => ({ ...r, theme: rename(r.theme) })),
          sectors: p.sectors.map((r) => ({ ...r, sector: rename(r.sector) })),
        };
        const a = computeMetrics(p, { cosine: true });
        const b = computeMetrics(renamed, { cosine: true });
        for (const d of DIMS) {
          expect([...a[d].overlap.values]).toEqual([...b[d].overlap.values]);
          expect([...a[d].cosine!.values]).toEqual([...b[d].cosine!.values]);
        }
        expect([...a.synergy.values]).toEqual([...b.synergy.values]);
      }),
      { numRuns: 100 },
    );
  });

  it('with weights on no grid, sparse, dense and explainPair still agree bit for bit', () => {
    fc.assert(
      fc.property(partnershipArb, optionsArb, (p, options) => {
        const sparse = computeMetrics(p, { ...options, cosine: true });
        const dense = denseMetrics(p, { ...options, cosine: true });
        for (const d of DIMS) {
          expect([...sparse[d].overlap.values]).toEqual([...dense[d].overlap.values]);
          expect([...sparse[d].complementarity.values]).toEqual([...dense[d].complementarity.values]);
          expect([...sparse[d].cosine!.values]).toEqual([...dense[d].cosine!.values]);
          for (const a of sparse.ids) {
            for (const b of sparse.ids) {
              const e = explainPair(sparse.profiles, a, b, d);
              expect(e.overlap).toBe(sparse[d].overlap.get(a, b));
              expect(e.cosine).toBe(sparse[d].cosine!.get(a, b));
            }
          }
        }
        expect([...sparse.synergy.values]).toEqual([...dense.synergy.values]);
      }),
      { numRuns: 100 },
    );
  });
});
