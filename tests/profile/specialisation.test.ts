import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { buildProfiles } from '../../src/profile/buildProfiles.js';
import { specialisationFactors } from '../../src/profile/specialisation.js';
import type { Partnership } from '../../src/schema/records.js';
import { fullMatrices, readDataDir } from '../helpers.js';

const src = [{ file: 'x.csv', line: 2 }];
function partnership(expertise: [string, string, number][]): Partnership {
  const ids = [...new Set(expertise.map(([m]) => m))].sort();
  return {
    members: ids.map((id) => ({
      id,
      name: id,
      type: 'ngo',
      country: null,
      role: 'member',
      extras: {},
      sources: src,
    })),
    expertise: expertise.map(([member, theme, level]) => ({ member, theme, level, sources: src })),
    geography: [],
    sectors: [],
    companies: [],
  };
}

describe('specialisation weighting', () => {
  it('computes s_k = (1 + ln(N / n_k)) / (1 + ln N) by hand', () => {
    // 4 members; 'osh' held by all 4, 'gbv' by 2, 'land' by 1.
    const p = partnership([
      ['A', 'osh', 5],
      ['B', 'osh', 5],
      ['C', 'osh', 5],
      ['D', 'osh', 5],
      ['A', 'gbv', 5],
      ['B', 'gbv', 5],
      ['C', 'land', 5],
    ]);
    const profile = buildProfiles(p).expertise;
    const s = specialisationFactors(profile);
    const at = (c: string) => s[profile.categories.indexOf(c)]!;
    const d = 1 + Math.log(4);
    expect(at('osh')).toBeCloseTo(1 / d, 12); // 1 / 2.386 = 0.4191
    expect(at('gbv')).toBeCloseTo((1 + Math.log(2)) / d, 12); // 1.693 / 2.386 = 0.7097
    expect(at('land')).toBeCloseTo(1, 12);
  });

  it('makes overlap on a rare theme count more than overlap on a theme everybody has', () => {
    const p = partnership([
      ['A', 'osh', 5],
      ['B', 'osh', 5],
      ['C', 'osh', 5],
      ['D', 'osh', 5],
      ['A', 'gbv', 5],
      ['B', 'gbv', 5],
      ['C', 'land', 5],
      ['D', 'wages', 5],
    ]);
    const raw = computeMetrics(p);
    const special = computeMetrics(p, { weighting: 'specialisation' });
    // A-B share osh (common) and gbv (rare); C-D share only osh.
    expect(raw.expertise.overlap.get('A', 'B')).toBeCloseTo(1, 12);
    expect(raw.expertise.overlap.get('C', 'D')).toBeCloseTo(1 / 3, 12);
    expect(special.expertise.overlap.get('C', 'D')).toBeLessThan(raw.expertise.overlap.get('C', 'D'));
  });

  it('raw mode (the default) is unchanged, and the identities still hold with specialisation', () => {
    const arb = fc.array(
      fc.tuple(
        fc.constantFrom('A', 'B', 'C', 'D', 'E'),
        fc.constantFrom('t1', 't2', 't3', 't4'),
        fc.integer({ min: 1, max: 5 }),
      ),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const p = partnership(rows);
        const dflt = computeMetrics(p);
        const raw = computeMetrics(p, { weighting: 'raw' });
        const sp = computeMetrics(p, { weighting: 'specialisation' });
        for (const a of dflt.ids) {
          for (const b of dflt.ids) {
            expect(raw.expertise.overlap.get(a, b)).toBe(dflt.expertise.overlap.get(a, b));
            if (a === b) continue;
            const o = sp.expertise.overlap.get(a, b);
            const sum = o + sp.expertise.complementarity.get(a, b) + sp.expertise.complementarity.get(b, a);
            expect(o).toBeGreaterThanOrEqual(0);
            expect(o).toBeLessThanOrEqual(1);
            expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('flows through buildBaseline and changes the sample baseline', () => {
    const sample = readDataDir('data/sample-partnership');
    const raw = toBaselineJson(buildBaseline(sample));
    const special = toBaselineJson(buildBaseline(sample, { weighting: 'specialisation' }));
    expect(fullMatrices(special).expertise.overlap).not.toEqual(fullMatrices(raw).expertise.overlap);
  });
});
