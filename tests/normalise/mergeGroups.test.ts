import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeExpertise, mergeGeography, mergeSectors, placeKey } from '../../src/normalise/merge.js';
import type { ExpertiseRecord, GeographyRecord, SectorRecord } from '../../src/schema/records.js';

/** Which records merge, computed straightforwardly: one whole-string key per record, first-seen order. */
function groupsByKey<T>(records: readonly T[], key: (r: T) => string): string[][] {
  const groups = new Map<string, string[]>();
  records.forEach((r, i) => {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(String(i));
    else groups.set(k, [String(i)]);
  });
  return [...groups.values()];
}

/** The groups mergeX made, read back from the sources (line = record index + 1). */
const groupsOf = (merged: readonly { sources: readonly { line: number }[] }[]): string[][] =>
  merged.map((r) => r.sources.map((s) => String(s.line - 1)));

// No NUL in the values: a row with one is rejected when the file is parsed ('binary_content'),
// so both keys join their parts with it.
const member = fc.constantFrom('a', 'b', 'ab');
const word = fc.constantFrom('x', 'y', 'xy', '');
const source = (i: number) => [{ file: 'f.csv', line: i + 1 }];

describe('mergeDuplicates groups by member, then key', () => {
  it('expertise: the same groups, in the same order, as one member/theme/place key', () => {
    const rows = fc.array(
      fc.record({ member, theme: word, country: fc.option(word, { nil: undefined }), areas: fc.array(word) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(rows, (rs) => {
        const records = rs.map(
          (r, i): ExpertiseRecord => ({
            member: r.member,
            theme: r.theme,
            level: 1,
            evidence: 'rated',
            activities: null,
            ...(r.country === undefined ? {} : { country: r.country, areas: r.areas }),
            sources: source(i),
          }),
        );
        const expected = groupsByKey(records, (r) => `${r.member}\u0000${r.theme}\u0000${placeKey(r)}`);
        expect(groupsOf(mergeExpertise(records, []))).toEqual(expected);
      }),
    );
  });

  it('geography and sectors: the same groups, in the same order, as one joined key', () => {
    const rows = fc.array(
      fc.record({ member, place: word, network: fc.constantFrom('unions', 'companies') }),
      {
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(rows, (rs) => {
        const geography = rs.map(
          (r, i): GeographyRecord => ({
            member: r.member,
            country: r.place,
            presence: 'office',
            partners: [],
            since: null,
            sources: source(i),
          }),
        );
        expect(groupsOf(mergeGeography(geography, []))).toEqual(
          groupsByKey(geography, (r) => `${r.member}\u0000${r.country}`),
        );
        const sectors = rs.map(
          (r, i): SectorRecord => ({
            member: r.member,
            sector: r.place,
            network: r.network,
            strength: 1,
            companies: [],
            sources: source(i),
          }),
        );
        expect(groupsOf(mergeSectors(sectors, []))).toEqual(
          groupsByKey(sectors, (r) => `${r.member}\u0000${r.sector}\u0000${r.network}`),
        );
      }),
    );
  });
});
