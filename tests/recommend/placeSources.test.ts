import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';
import { indexPartnership } from '../../src/recommend/partnershipIndex.js';
import { placeSources } from '../../src/recommend/placeSources.js';

// A 3W table gives one geography row per organisation and area: a large organisation has
// hundreds of rows in a country. Evidence of a recommendation about two districts must cite the
// rows of those districts (what a coordinator opens to check it), not every row.
const MEMBERS = 'id,name,type\nA,Alpha,ngo\nB,Beta,ngo\nC,Gamma,ngo\n';

function indexOf(geography: string) {
  const { partnership } = parsePartnership([
    { name: 'members.csv', content: MEMBERS },
    { name: 'geography.csv', content: `member,country,presence,partners,area\n${geography}` },
  ]);
  return indexPartnership(partnership);
}
const lines = (refs: readonly { line: number }[]) => refs.map((s) => s.line);

describe('placeSources', () => {
  const index = indexOf(
    [
      'A,Afghanistan,programme,,Kabul (AF01) > Kabul (AF0101)', // line 2
      'A,Afghanistan,programme,Aina,Hirat (AF32) > Karukh (AF3204)', // line 3
      'A,Afghanistan,office,,', // line 4: the country as a whole
      'A,Afghanistan,programme,Aina,Kandahar (AF24)', // line 5
      'B,Afghanistan,programme,,Kabul (AF01)', // line 6
      'B,Afghanistan,programme,,Hirat (AF32)', // line 7
    ].join('\n'),
  );

  it('cites the rows naming the areas claimed (a district row names its province too)', () => {
    expect(lines(placeSources(index, 'A', 'AF', { areas: ['AF32'] }))).toEqual([3]);
    expect(lines(placeSources(index, 'A', 'AF', { areas: ['AF0101', 'AF24'] }))).toEqual([2, 5]);
    expect(lines(placeSources(index, 'A', 'AF', { areas: ['AF01'] }))).toEqual([2]);
  });

  it('cites the rows naming the partner claimed, there when areas are claimed too', () => {
    expect(lines(placeSources(index, 'A', 'AF', { partners: ['Aina'] }))).toEqual([3, 5]);
    expect(lines(placeSources(index, 'A', 'AF', { areas: ['AF24'], partners: ['Aina'] }))).toEqual([5]);
  });

  it('for the country as a whole, the rows naming no area, else the first row', () => {
    expect(lines(placeSources(index, 'A', 'AF'))).toEqual([4]);
    expect(lines(placeSources(index, 'B', 'AF'))).toEqual([6]);
    // A claim no row backs falls back the same way (never an empty list for a member present).
    expect(lines(placeSources(index, 'B', 'AF', { areas: ['AF24'] }))).toEqual([6]);
    expect(placeSources(index, 'C', 'AF')).toEqual([]);
  });

  it('property: with areas claimed, exactly the rows naming one of them are cited (when any does)', () => {
    const AREAS = ['AF01', 'AF24', 'AF32', 'AF33'];
    const row = fc.option(fc.constantFrom(...AREAS), { nil: null });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.subarray(AREAS, { minLength: 1 }),
        (rows, claimed) => {
          const geography = rows.map((a) => `A,Afghanistan,programme,,${a ?? ''}`).join('\n');
          const cited = lines(placeSources(indexOf(geography), 'A', 'AF', { areas: claimed }));
          const naming = rows.flatMap((a, i) => (a !== null && claimed.includes(a) ? [i + 2] : []));
          const whole = rows.flatMap((a, i) => (a === null ? [i + 2] : []));
          expect(cited).toEqual(naming.length > 0 ? naming : whole.length > 0 ? whole : [2]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('evidence of recommendations placed in areas', () => {
  // A and B meet in Kandahar on health; each also works in ten other provinces.
  const provinces = Array.from({ length: 10 }, (_, i) => `P${i} (AF${40 + i})`);
  const geography = [
    'member,country,presence,area',
    ...provinces.map((p) => `A,Afghanistan,programme,${p}`), // lines 2-11
    'A,Afghanistan,programme,Kandahar (AF24)', // line 12
    ...[0, 1, 2, 3, 4].map((i) => `B,Afghanistan,programme,Q${i} (AF${60 + i})`), // lines 13-17
    'B,Afghanistan,programme,Kandahar (AF24)', // line 18
  ].join('\n');
  const input = {
    'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,ngo\n',
    'geography.csv': `${geography}\n`,
    'expertise.csv': 'member,theme,level\nA,health,5\nB,health,5\n',
  };

  it('an in-country coordination item in one province cites that province rows and the expertise rows', () => {
    const b = buildBaseline(input, { minScore: 0, kinds: ['in-country-coordination'] });
    const item = b.recommendations.find((r) => (r.areas ?? []).includes('AF24'));
    expect(item?.evidence.map((s) => `${s.file}:${s.line}`)).toEqual([
      'expertise.csv:2',
      'expertise.csv:3',
      'geography.csv:12',
      'geography.csv:18',
    ]);
  });

  it('baseline.json keeps its geography records as before: areas without their rows', () => {
    const json = toBaselineJson(buildBaseline(input, { minScore: 0 }));
    const areas = (json.records?.geography ?? []).flatMap((g) => g.areas ?? []);
    expect(areas.length).toBeGreaterThan(0);
    for (const a of areas) expect(Object.keys(a)).toEqual(['id', 'name', 'parent', 'presence', 'partners']);
  });
});
