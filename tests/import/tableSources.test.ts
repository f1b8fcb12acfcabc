import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { import3w } from '../../src/import/import3w.js';
import { importIati } from '../../src/import/importIati.js';
import { sourcesInTable } from '../../src/import/tableSources.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';

// A coordinator who gives the 3W table itself must be able to open the rows the reports cite.
const TABLE = [
  'Organisation,Cluster,Country,Region',
  'ACF,WASH,Mali,Gao', // line 2
  'IRC,Health,Mali,Gao', // line 3
  'ACF,Nutrition,Mali,Mopti', // line 4
  'ACF,WASH,Mali,Mopti', // line 5
].join('\n');

function readAsTable(text: string, file: string) {
  const imported = import3w(text, { file });
  const ingest = parsePartnership(
    Object.entries(imported.files).map(([name, content]) => ({ name, content })),
  );
  return { imported, placed: sourcesInTable(ingest, imported.origins!).partnership };
}
const lines = (sources: readonly { file: string; line: number }[]) =>
  sources.map((s) => `${s.file}:${s.line}`);

describe('import origins: the input rows behind each written row', () => {
  it('a 3W import says which table rows each member, theme and place adds up', () => {
    const { imported } = readAsTable(TABLE, 'mali.csv');
    expect(imported.origins?.file).toBe('mali.csv');
    // members.csv: ACF, IRC (sorted by id); geography.csv: ACF in Gao, ACF in Mopti, IRC in Gao.
    expect(imported.origins?.rows['members.csv']).toEqual([[2, 4, 5], [3]]);
    expect(imported.origins?.rows['geography.csv']).toEqual([[2], [4, 5], [3]]);
  });

  it('read in memory, every record cites the table rows, an area the rows of that area', () => {
    const { placed } = readAsTable(TABLE, 'mali.csv');
    const acf = placed.geography.find((g) => g.member === 'acf');
    expect(lines(acf?.sources ?? [])).toEqual(['mali.csv:2', 'mali.csv:4', 'mali.csv:5']);
    expect(acf?.areas?.map((a) => [a.name, lines(a.sources ?? [])])).toEqual([
      ['Gao', ['mali.csv:2']],
      ['Mopti', ['mali.csv:4', 'mali.csv:5']],
    ]);
    const wash = placed.expertise.find((e) => e.member === 'acf' && e.theme === 'wash');
    expect(lines(wash?.sources ?? [])).toEqual(['mali.csv:2', 'mali.csv:5']);
  });

  it('an IATI export cites the lines of its activities', () => {
    const csv = [
      'iati-identifier,reporting-org,participating-org (Implementing),recipient-country-code,sector-code',
      'XM-1,Donor,Oxfam,KE,12220', // line 2
      'XM-2,Donor,Oxfam,UG,14030', // line 3
    ].join('\n');
    const imported = importIati(csv, { file: 'iati.csv' });
    expect(imported.origins?.file).toBe('iati.csv');
    expect(imported.origins?.rows['geography.csv']).toEqual([[2], [3]]);
  });

  it('property: each table row is cited by its member record and by nobody else', () => {
    const row = fc.record({
      org: fc.constantFrom('ACF', 'IRC', 'NRC'),
      cluster: fc.constantFrom('WASH', 'Health', 'Education'),
      region: fc.constantFrom('Gao', 'Mopti', 'Kidal'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const text = [
          'Organisation,Cluster,Country,Region',
          ...rows.map((r) => `${r.org},${r.cluster},Mali,${r.region}`),
        ];
        const { placed } = readAsTable(text.join('\n'), 't.csv');
        for (const m of placed.members) {
          const expected = rows.flatMap((r, i) => (r.org.toLowerCase() === m.id ? [i + 2] : []));
          expect(m.sources.map((s) => s.line)).toEqual(expected);
        }
        for (const g of placed.geography)
          for (const a of g.areas ?? []) {
            const expected = rows.flatMap((r, i) =>
              r.org.toLowerCase() === g.member && r.region === a.name ? [i + 2] : [],
            );
            expect((a.sources ?? []).map((s) => s.line)).toEqual(expected);
          }
      }),
      { numRuns: 40 },
    );
  });
});
