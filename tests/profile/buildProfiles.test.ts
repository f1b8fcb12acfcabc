import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptionsError, PartnerSynergyError } from '../../src/errors.js';
import { buildDimensionProfile } from '../../src/profile/buildDimensionProfile.js';
import { buildProfiles } from '../../src/profile/buildProfiles.js';
import { DEFAULT_PROFILE_OPTIONS } from '../../src/profile/options.js';
import type { Partnership } from '../../src/schema/records.js';
import { deepFreeze, expertise, geography, member, partnershipArb, sector } from '../metrics/arbitraries.js';

const rowOf = (p: ReturnType<typeof buildProfiles>['geography'], i: number) =>
  Object.fromEntries(Array.from(p.rows[i]!.indices, (k, t) => [p.categories[k]!, p.rows[i]!.weights[t]!]));

function sample(): Partnership {
  return {
    members: [member('b'), member('a'), member('c')],
    expertise: [expertise('a', 'osh', 5), expertise('a', 'gbv', 2), expertise('b', 'gbv', 0)],
    geography: [
      geography('a', 'BD', 'office'),
      geography('a', 'IN', 'network'),
      geography('b', 'BD', 'local_partner'),
      geography('b', 'KE', 'programme'),
      geography('b', 'BD', 'network'),
    ],
    sectors: [sector('a', 'textiles', 3), sector('a', 'textiles', 4), sector('c', 'banking', 1)],
    companies: [],
  };
}

describe('buildProfiles(partnership)', () => {
  it('keeps the members order and sorts categories by code unit', () => {
    const p = buildProfiles(sample());
    expect(p.ids).toEqual(['b', 'a', 'c']);
    expect(p.geography.ids).toEqual(['b', 'a', 'c']);
    expect(p.geography.categories).toEqual(['BD', 'IN', 'KE']);
    expect(p.expertise.categories).toEqual(['gbv', 'osh']);
  });

  it('applies the default weights: level/5, presence office 1 .. network 0.25, strength/5', () => {
    const p = buildProfiles(sample());
    expect(rowOf(p.expertise, 1)).toEqual({ gbv: 2 / 5, osh: 5 / 5 });
    expect(rowOf(p.geography, 1)).toEqual({ BD: 1, IN: 0.25 });
    expect(rowOf(p.sectors, 2)).toEqual({ banking: 1 / 5 });
    expect(DEFAULT_PROFILE_OPTIONS.presenceWeights).toEqual({
      office: 1,
      local_partner: 0.75,
      programme: 0.5,
      network: 0.25,
    });
  });

  it('takes the largest weight when a member has several rows for one category', () => {
    const p = buildProfiles(sample());
    // b: BD local_partner (0.75) and BD network (0.25) -> 0.75; a: textiles strength 3 and 4 -> 0.8
    expect(rowOf(p.geography, 0)).toEqual({ BD: 0.75, KE: 0.5 });
    expect(rowOf(p.sectors, 1)).toEqual({ textiles: 0.8 });
  });

  it('leaves weight-0 records out of the vector: a member with only level-0 expertise is empty', () => {
    const p = buildProfiles(sample());
    expect(p.expertise.rows[0]!.indices.length).toBe(0);
    expect(p.expertise.empty).toEqual([true, false, true]);
    expect(p.expertise.present).toBe(true);
  });

  it('marks a dimension without any record as not present', () => {
    const p = buildProfiles({ ...sample(), sectors: [] });
    expect(p.sectors.present).toBe(false);
    expect(p.sectors.empty).toEqual([true, true, true]);
    expect(p.sectors.categories).toEqual([]);
  });

  it('does not count the headquarters country as a presence', () => {
    const p = buildProfiles({ ...sample(), members: sample().members.map((m) => ({ ...m, country: 'NL' })) });
    expect(p.geography.categories).not.toContain('NL');
  });

  it('uses configured weights', () => {
    const p = buildProfiles(sample(), {
      levelWeights: { 2: 0.1 },
      presenceWeights: { network: 0 },
      strengthWeights: { 1: 1 },
    });
    expect(rowOf(p.expertise, 1)).toEqual({ gbv: 0.1, osh: 1 });
    expect(rowOf(p.geography, 1)).toEqual({ BD: 1 });
    expect(rowOf(p.sectors, 2)).toEqual({ banking: 1 });
  });

  it('handles ids and categories such as __proto__ and constructor as plain keys', () => {
    const p = buildProfiles({
      members: [member('__proto__'), member('constructor')],
      expertise: [expertise('__proto__', 'constructor', 5), expertise('constructor', '__proto__', 5)],
      geography: [],
      sectors: [],
      companies: [],
    });
    expect(p.expertise.categories).toEqual(['__proto__', 'constructor']);
    expect(rowOf(p.expertise, 0)).toEqual({ constructor: 1 });
  });

  it('rejects a record of an unknown member (E_UNKNOWN_MEMBER) and duplicate member ids (E_SCHEMA)', () => {
    const unknown = { ...sample(), expertise: [expertise('zz', 'gbv', 3)] };
    expect(() => buildProfiles(unknown)).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_MEMBER' }));
    const dup = { ...sample(), members: [member('a'), member('a')] };
    expect(() => buildProfiles(dup)).toThrow(PartnerSynergyError);
    expect(() => buildProfiles(dup)).toThrow(expect.objectContaining({ code: 'E_SCHEMA' }));
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(partnershipArb, (p) => {
        const before = JSON.stringify(p);
        buildProfiles(deepFreeze(p));
        expect(JSON.stringify(p)).toBe(before);
      }),
      { numRuns: 50 },
    );
  });

  it('gives every member sorted unique categories with weights in (0, 1]', () => {
    fc.assert(
      fc.property(partnershipArb, (p) => {
        const profiles = buildProfiles(p);
        for (const d of [profiles.expertise, profiles.geography, profiles.sectors]) {
          expect(d.rows.length).toBe(p.members.length);
          d.rows.forEach((r, i) => {
            for (let t = 1; t < r.indices.length; t++)
              expect(r.indices[t]!).toBeGreaterThan(r.indices[t - 1]!);
            for (const w of r.weights) expect(w > 0 && w <= 1).toBe(true);
            expect(d.empty[i]).toBe(r.indices.length === 0);
          });
          for (let k = 1; k < d.categories.length; k++)
            expect(d.categories[k - 1]! < d.categories[k]!).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('profile options', () => {
  const bad = fc.oneof(
    fc.constant(Number.NaN),
    fc.constant(Number.POSITIVE_INFINITY),
    fc.constant(Number.NEGATIVE_INFINITY),
    fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
    fc.double({ min: 1.000001, noNaN: true, noDefaultInfinity: true }),
  );
  const paths = fc.constantFrom(
    ['levelWeights', '3'],
    ['presenceWeights', 'office'],
    ['presenceWeights', 'network'],
    ['strengthWeights', '5'],
  );

  it('throw OptionsError naming the option path for NaN, infinite, negative or > 1 weights', () => {
    fc.assert(
      fc.property(paths, bad, ([group, key], value) => {
        const options = { [group!]: { [key!]: value } };
        try {
          buildProfiles(sample(), options);
          expect.unreachable('should throw');
        } catch (e) {
          expect(e).toBeInstanceOf(OptionsError);
          expect((e as OptionsError).option).toBe(`${group}.${key}`);
          expect((e as OptionsError).code).toBe('E_OPTIONS');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('throw OptionsError for an unknown key or a non-numeric weight', () => {
    expect(() => buildProfiles(sample(), { presenceWeights: { embassy: 1 } as never })).toThrow(
      expect.objectContaining({ option: 'presenceWeights.embassy' }),
    );
    expect(() => buildProfiles(sample(), { levelWeights: { 1: '0.5' } as never })).toThrow(
      expect.objectContaining({ option: 'levelWeights.1' }),
    );
    expect(() => buildProfiles(sample(), { strengthWeights: [] as never })).toThrow(OptionsError);
  });
});

describe('buildDimensionProfile(dimension, ids, entries)', () => {
  it('builds a custom profile and keeps the max of repeated entries', () => {
    const p = buildDimensionProfile(
      'sectors',
      ['a', 'b'],
      [
        { member: 'a', category: 'x', weight: 0.6 },
        { member: 'a', category: 'x', weight: 1 },
        { member: 'b', category: 'y', weight: 0 },
      ],
    );
    expect(p.categories).toEqual(['x', 'y']);
    expect(Array.from(p.rows[0]!.weights)).toEqual([1]);
    expect(p.empty).toEqual([false, true]);
  });

  it('gives the same profile whatever the entry order: grouped by member, long runs, or shuffled', () => {
    // Entries grouped by member in short runs take a per-run sort, others two counting sorts.
    const ids = ['a', 'b', 'c'];
    const grouped: { member: string; category: string; weight: number }[] = [];
    ids.forEach((m, i) => {
      const count = i === 1 ? 150 : 5; // b has a run longer than the per-run sort takes
      for (let t = 0; t < count; t++)
        grouped.push({ member: m, category: `k${(t * 37 + i) % 90}`, weight: ((t * 7 + i) % 5) / 5 });
    });
    const expected = buildDimensionProfile('sectors', ids, grouped);
    fc.assert(
      fc.property(fc.shuffledSubarray(grouped, { minLength: grouped.length }), (shuffled) => {
        expect(buildDimensionProfile('sectors', ids, shuffled)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
    const shortRuns = grouped.filter((e) => e.member !== 'b');
    const reversed = [...shortRuns].reverse();
    expect(buildDimensionProfile('sectors', ids, shortRuns)).toEqual(
      buildDimensionProfile('sectors', ids, reversed),
    );
    expect(expected.rows[1]?.indices.length).toBe(
      new Set(grouped.filter((e) => e.member === 'b' && e.weight > 0).map((e) => e.category)).size,
    );
  });

  it('rejects weights outside [0, 1] as E_SCHEMA', () => {
    expect(() =>
      buildDimensionProfile('sectors', ['a'], [{ member: 'a', category: 'x', weight: Number.NaN }]),
    ).toThrow(expect.objectContaining({ code: 'E_SCHEMA' }));
  });
});
