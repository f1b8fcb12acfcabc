import { describe, expect, it } from 'vitest';
import { BaselineJsonSchema } from '../../src/schema/baseline.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';
import { fullMatrices } from '../helpers.js';
import { hostileBaseline } from './helpers.js';

describe('report fixture baseline', () => {
  it('is a valid baseline.json (BaselineJsonSchema)', () => {
    const parsed = BaselineJsonSchema.safeParse(FIXTURE_BASELINE);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('its hostile variant is still a valid baseline.json', () => {
    expect(BaselineJsonSchema.safeParse(hostileBaseline()).success).toBe(true);
  });

  it('covers every recommendation kind, rejected rows, warnings and an empty profile', () => {
    const kinds = new Set(FIXTURE_BASELINE.recommendations.map((r) => r.kind));
    expect([...kinds].sort()).toEqual([
      'coverage-gap',
      'in-country-coordination',
      'joint-lobby',
      'shared-local-partner',
      'training-offer',
    ]);
    expect(FIXTURE_BASELINE.ingest.rejected.length).toBeGreaterThan(0);
    expect(FIXTURE_BASELINE.ingest.warnings.length).toBeGreaterThan(0);
    expect(FIXTURE_BASELINE.emptyProfiles.geography).toEqual(['tpb']);
  });

  it('has consistent matrices: O(i,j) + C(i<-j) + C(j<-i) = 1 for non-empty pairs (4-decimal rounding)', () => {
    for (const dim of ['expertise', 'geography', 'sectors'] as const) {
      const m = fullMatrices(FIXTURE_BASELINE)[dim];
      const empty = new Set(FIXTURE_BASELINE.emptyProfiles[dim]);
      m.ids.forEach((a, i) => {
        m.ids.forEach((b, j) => {
          if (i === j || empty.has(a) || empty.has(b)) return;
          const sum = m.overlap[i]![j]! + m.complementarity[i]![j]! + m.complementarity[j]![i]!;
          expect(Math.abs(sum - 1)).toBeLessThan(3e-4);
        });
      });
    }
  });

  it('hand-checks one overlap: O_expertise(fwc, kia) = (0.6 + 0.6) / (1 + 0.8 + 0.8 + 0.4 + 1) = 0.3', () => {
    const m = fullMatrices(FIXTURE_BASELINE).expertise;
    expect(m.overlap[0]![3]).toBe(0.3);
  });

  it('country pair values equal the synergy and duplication matrices', () => {
    const { synergy, duplication } = fullMatrices(FIXTURE_BASELINE);
    for (const view of Object.values(FIXTURE_BASELINE.countries)) {
      for (const p of view.pairs) {
        const i = synergy.ids.indexOf(p.a);
        const j = synergy.ids.indexOf(p.b);
        expect(p.synergy).toBe(synergy.values[i]![j]);
        expect(p.duplication).toBe(duplication.values[i]![j]);
      }
    }
  });
});
