import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LimitError, OptionsError, PartnerSynergyError } from '../../src/errors.js';
import { toMatrix } from '../../src/matrix.js';
import { computeDimensionMetrics } from '../../src/metrics/computeDimensionMetrics.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { explainPair } from '../../src/metrics/explainPair.js';
import { topSynergyPartners } from '../../src/metrics/topSynergyPartners.js';
import { buildDimensionProfile } from '../../src/profile/buildDimensionProfile.js';
import type { Partnership } from '../../src/schema/records.js';
import { expertise, geography, member, sector } from './arbitraries.js';

const none: Partnership = { members: [], expertise: [], geography: [], sectors: [], companies: [] };

function small(): Partnership {
  return {
    members: ['a', 'b', 'c'].map(member),
    expertise: [expertise('a', 'gbv', 5), expertise('b', 'gbv', 5), expertise('b', 'osh', 5)],
    geography: [
      geography('a', 'BD', 'office'),
      geography('b', 'BD', 'programme'),
      geography('c', 'KE', 'office'),
    ],
    sectors: [sector('a', 'textiles', 5), sector('c', 'textiles', 5)],
    companies: [],
  };
}

describe('computeMetrics edge cases', () => {
  it('an empty partnership gives 0 x 0 matrices and no top-k entries', () => {
    const m = computeMetrics(none);
    expect(m.ids).toEqual([]);
    expect(m.synergy.size).toBe(0);
    expect(m.synergy.values.length).toBe(0);
    expect(m.expertise.overlap.toArray()).toEqual([]);
    expect(toMatrix(m.geography.complementarity).rows).toBe(0);
    expect(m.dimensionsPresent).toEqual({ expertise: false, geography: false, sectors: false });
    expect(topSynergyPartners(none)).toEqual([]);
  });

  it('members without records are empty everywhere: every value 0, flagged, never NaN', () => {
    const m = computeMetrics({ ...none, members: ['a', 'b'].map(member) }, { cosine: true });
    for (const d of ['expertise', 'geography', 'sectors'] as const) {
      expect(m[d].empty).toEqual([true, true]);
      expect(m[d].overlap.toArray()).toEqual([
        [0, 0],
        [0, 0],
      ]);
      expect(m[d].complementarity.toArray()).toEqual([
        [0, 0],
        [0, 0],
      ]);
      expect(m[d].cosine!.toArray()).toEqual([
        [0, 0],
        [0, 0],
      ]);
    }
    expect(m.contextWeights).toEqual({ geography: 0, sectors: 0 });
    expect(m.context.toArray()).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(explainPair(m.profiles, 'a', 'b', 'geography')).toMatchObject({
      bothEmpty: true,
      overlap: 0,
      contributions: [],
    });
  });

  it('a missing dimension drops out of the context mean', () => {
    // sectors missing: context = geography overlap; a-b share BD: min 0.5, sum max 1 -> 0.5
    const noSectors = computeMetrics({ ...small(), sectors: [] });
    expect(noSectors.dimensionsPresent).toEqual({ expertise: true, geography: true, sectors: false });
    expect(noSectors.contextWeights).toEqual({ geography: 1, sectors: 0 });
    expect(noSectors.context.get('a', 'b')).toBe(0.5);
    // a-b expertise overlap: min 1 / (1 + 2 - 1) = 0.5 -> synergy 0.25, duplication 0.25
    expect(noSectors.synergy.get('a', 'b')).toBe(0.25);
    expect(noSectors.duplication.get('a', 'b')).toBe(0.25);
    // expertise missing: O_exp = 0 for every pair, so synergy = context
    const noExpertise = computeMetrics({ ...small(), expertise: [] });
    expect(noExpertise.synergy.toArray()).toEqual(
      noExpertise.context.toArray().map((row, i) => row.map((v, j) => (i === j ? 0 : v))),
    );
    expect(noExpertise.duplication.values.every((v) => v === 0)).toBe(true);
  });

  it('uses configured context weights (normalised over the dimensions present)', () => {
    // a-c: geography 0 (BD vs KE), sectors 1 (both textiles 1) -> context = 0.25 * 0 + 0.75 * 1
    const m = computeMetrics(small(), { contextWeights: { geography: 1, sectors: 3 } });
    expect(m.contextWeights).toEqual({ geography: 0.25, sectors: 0.75 });
    expect(m.context.get('a', 'c')).toBe(0.75);
  });

  it('throws OptionsError with the option path for invalid metric options', () => {
    const bad = fc.oneof(
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.constant(Number.NEGATIVE_INFINITY),
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.constantFrom('geography', 'sectors'), bad, (key, value) => {
        const run = () => computeMetrics(small(), { contextWeights: { [key]: value } });
        expect(run).toThrow(OptionsError);
        expect(run).toThrow(expect.objectContaining({ option: `contextWeights.${key}`, code: 'E_OPTIONS' }));
        expect(() => topSynergyPartners(small(), { contextWeights: { [key]: value } })).toThrow(OptionsError);
      }),
      { numRuns: 40 },
    );
    const cases: [object, string][] = [
      [{ contextWeights: { geography: 0, sectors: 0 } }, 'contextWeights'],
      [{ contextWeights: { countries: 1 } }, 'contextWeights.countries'],
      [{ cosine: 'yes' }, 'cosine'],
      [{ maxMatrixMembers: 0 }, 'maxMatrixMembers'],
      [{ presenceWeights: { office: -0.5 } }, 'presenceWeights.office'],
      [{ levelWeights: { 4: Number.POSITIVE_INFINITY } }, 'levelWeights.4'],
    ];
    for (const [options, path] of cases) {
      expect(() => computeMetrics(small(), options as never)).toThrow(
        expect.objectContaining({ option: path }),
      );
    }
    for (const k of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => topSynergyPartners(small(), { k })).toThrow(expect.objectContaining({ option: 'k' }));
    }
  });

  it('refuses to build full values beyond maxMatrixMembers but still answers get and row', () => {
    const m = computeMetrics(small(), { maxMatrixMembers: 2 });
    // a-b: context = 0.5 * 0.5 (BD) + 0.5 * 0 (no shared sector) = 0.25; O_exp = 0.5 -> 0.25 * 0.5
    expect(m.synergy.get('a', 'b')).toBe(0.125);
    expect(m.synergy.row('a').length).toBe(3);
    expect(() => m.synergy.values).toThrow(LimitError);
    expect(() => m.expertise.overlap.toArray()).toThrow(
      expect.objectContaining({ limit: 'maxMatrixMembers', max: 2, actual: 3 }),
    );
  });

  it('explainPair rejects unknown members and dimensions', () => {
    const m = computeMetrics(small());
    expect(() => explainPair(m.profiles, 'a', 'zz', 'sectors')).toThrow(
      expect.objectContaining({ code: 'E_UNKNOWN_MEMBER' }),
    );
    expect(() => explainPair(m.profiles, 'a', 'b', 'skills' as never)).toThrow(
      expect.objectContaining({ option: 'dimension' }),
    );
  });

  it('topSynergyPartners returns fewer than k partners when fewer have synergy > 0', () => {
    const top = topSynergyPartners(small(), { k: 5 });
    // a-b share BD (context 0.5 * 0.5 = 0.25), a-c share textiles (0.5), b-c share nothing
    expect(top.map((t) => t.partners.map((p) => p.id))).toEqual([['c', 'b'], ['a'], ['a']]);
  });
});

describe('computeDimensionMetrics(profile)', () => {
  it('works on a hand-built profile of a custom dimension', () => {
    const profile = buildDimensionProfile(
      'sectors',
      ['x', 'y'],
      [
        { member: 'x', category: 'k1', weight: 0.5 },
        { member: 'y', category: 'k1', weight: 1 },
        { member: 'y', category: 'k2', weight: 0.5 },
      ],
    );
    // min = 0.5, sum max = 0.5 + 1.5 - 0.5 = 1.5: O = 1/3, C(x<-y) = (1.5 - 0.5) / 1.5 = 2/3, C(y<-x) = 0
    const dm = computeDimensionMetrics(profile, { cosine: true });
    expect(dm.overlap.get('x', 'y')).toBeCloseTo(1 / 3, 15);
    expect(dm.complementarity.get('x', 'y')).toBeCloseTo(2 / 3, 15);
    expect(dm.complementarity.get('y', 'x')).toBe(0);
    // cosine = 0.5 / (0.5 * sqrt(1.25))
    expect(dm.cosine!.get('x', 'y')).toBeCloseTo(1 / Math.sqrt(1.25), 15);
  });

  it('rejects a malformed profile with E_SCHEMA', () => {
    const profile = buildDimensionProfile('sectors', ['x'], [{ member: 'x', category: 'k', weight: 1 }]);
    const broken = { ...profile, rows: [{ indices: Int32Array.of(0, 0), weights: Float64Array.of(1, 1) }] };
    expect(() => computeDimensionMetrics(broken)).toThrow(PartnerSynergyError);
    expect(() => computeDimensionMetrics(broken)).toThrow(expect.objectContaining({ code: 'E_SCHEMA' }));
    const heavy = { ...profile, rows: [{ indices: Int32Array.of(0), weights: Float64Array.of(2) }] };
    expect(() => computeDimensionMetrics(heavy)).toThrow(expect.objectContaining({ code: 'E_SCHEMA' }));
  });
});
