/**
 * Reading where: expertise rows with `country` and `area`, sectors rows with `countries`, and
 * focus.csv (focus themes per partnership and per country).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { stringifyBaseline, toBaselineJson } from '../../src/baseline/toJson.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';

const MEMBERS = 'id,name,type\nNRC,Norwegian Refugee Council,ngo\nDRC,Danish Refugee Council,ngo\n';
const GEOGRAPHY =
  'member,country,presence,area\n' +
  'NRC,Afghanistan,programme,"Kandahar (AF24) > Spin Boldak (AF2405); Kandahar (AF24) > Daman (AF2402)"\n' +
  'DRC,Afghanistan,programme,Kandahar (AF24) > Daman (AF2402)\n';

describe('expertise rows that say where', () => {
  it('read the country and the areas (each level of a path), written as geography writes them', () => {
    const read = parsePartnership({
      'members.csv': MEMBERS,
      'geography.csv': GEOGRAPHY,
      'expertise.csv':
        'member,theme,level,evidence,country,area\n' +
        'NRC,shelter,,observed,Afghanistan,Kandahar (AF24) > Spin Boldak (AF2405)\n' +
        'NRC,shelter,,observed,AF,Kandahar > Daman\n' +
        'DRC,health,3,,Afghanistan,\n' +
        'DRC,education,2,,,\n',
    });
    expect(read.rejected).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.partnership.expertise.map(({ sources: _s, ...r }) => r)).toEqual([
      // Member, theme, then place: no place, the country, the areas.
      { member: 'DRC', theme: 'education', level: 2, evidence: 'rated', activities: null },
      { member: 'DRC', theme: 'health', level: 3, evidence: 'rated', activities: null, country: 'AF' },
      // "Kandahar > Daman" written by name meets the p-codes geography wrote.
      {
        member: 'NRC',
        theme: 'shelter',
        level: null,
        evidence: 'observed',
        activities: null,
        country: 'AF',
        areas: ['AF24', 'AF2402'],
      },
      {
        member: 'NRC',
        theme: 'shelter',
        level: null,
        evidence: 'observed',
        activities: null,
        country: 'AF',
        areas: ['AF24', 'AF2405'],
      },
    ]);
  });

  it('accept Dutch headers (land, gebied)', () => {
    const read = parsePartnership({
      'leden.csv': MEMBERS,
      'landen.csv': GEOGRAPHY,
      'expertise.csv': 'lid;thema;niveau;land;gebied\nNRC;onderwijs;3;Afghanistan;Kandahar (AF24)\n',
    });
    expect(read.rejected).toEqual([]);
    expect(read.partnership.expertise[0]).toMatchObject({ country: 'AF', areas: ['AF24'] });
  });

  it('reject an area without its country and an unknown country, located, and account for every row', () => {
    const read = parsePartnership({
      'members.csv': MEMBERS,
      'expertise.csv':
        'member,theme,level,country,area\nNRC,health,3,,Kandahar\nNRC,health,3,Atlantis,\nNRC,wash,3,,\n',
    });
    expect(read.rejected.map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'country', 'missing_value'],
      [3, 'country', 'unknown_country'],
    ]);
    const file = read.files.find((f) => f.file === 'expertise.csv')!;
    expect([file.rows, file.accepted, file.rejected]).toEqual([3, 1, 2]);
  });

  it('warn, located, when a row places a member where no geography row does', () => {
    const read = parsePartnership({
      'members.csv': MEMBERS,
      'geography.csv': GEOGRAPHY,
      'expertise.csv':
        'member,theme,level,country,area\nDRC,health,3,Pakistan,\nDRC,health,3,Afghanistan,Kandahar (AF24) > Spin Boldak (AF2405)\n',
    });
    expect(read.rejected).toEqual([]);
    expect(read.warnings.map((i) => [i.line, i.column, i.code, i.value])).toEqual([
      [2, 'country', 'place_not_present', 'PK'],
      [3, 'area', 'place_not_present', 'Spin Boldak'],
    ]);
    expect(read.warnings[0]?.message).toContain('no geography row places DRC in Pakistan');
  });

  it('merge rows on one theme in one place, and keep rows in different places apart', () => {
    const read = parsePartnership({
      'members.csv': MEMBERS,
      'geography.csv': GEOGRAPHY,
      'expertise.csv': 'member,theme,level,country\nNRC,health,2,AF\nNRC,health,4,AF\nNRC,health,5,\n',
    });
    expect(read.partnership.expertise.map((e) => [e.level, e.country])).toEqual([
      [5, undefined],
      [4, 'AF'],
    ]);
    expect(read.warnings.map((i) => [i.line, i.code])).toEqual([[3, 'duplicate_row']]);
  });
});

describe('sectors rows that say where', () => {
  it('read the countries of a network; a row naming other countries is not a duplicate', () => {
    const read = parsePartnership({
      'members.csv': MEMBERS,
      'sectors.csv':
        'member,sector,network,strength,countries\nNRC,cocoa,producers,3,Ghana; Ivory Coast\nNRC,cocoa,producers,4,Ghana\nDRC,tea,unions,2,Kenya\nDRC,tea,unions,2,\n',
    });
    expect(read.rejected).toEqual([]);
    expect(read.partnership.sectors.map((s) => [s.member, s.sector, s.strength, s.countries])).toEqual([
      // A row without countries says "everywhere": the merged network says nowhere in particular.
      ['DRC', 'tea', 2, undefined],
      ['NRC', 'cocoa', 4, ['CI', 'GH']],
    ]);
    // Line 3 adds no country to line 2; line 5 widens DRC's tea network to everywhere.
    expect(read.warnings.map((i) => [i.line, i.code])).toEqual([
      [3, 'duplicate_row'],
      [5, 'duplicate_row'],
    ]);
  });
});

describe('focus.csv', () => {
  it('reads focus themes for the whole partnership and per country (Dutch name and headers too)', () => {
    const read = parsePartnership({
      'members.csv': MEMBERS,
      'speerpunten.csv': 'thema;land\nleefbaar loon;\nkinderarbeid;"Bangladesh, India"\nleefbaar loon;\n',
    });
    expect(read.files.find((f) => f.file === 'speerpunten.csv')?.kind).toBe('focus');
    expect(read.partnership.focus?.map((f) => [f.theme, f.country])).toEqual([
      ['living-wage', null],
      ['child-labour', 'BD'],
      ['child-labour', 'IN'],
    ]);
    expect(read.warnings.map((i) => [i.file, i.line, i.code])).toEqual([
      ['speerpunten.csv', 4, 'duplicate_row'],
    ]);
  });

  it('is a focus file when named "focus themes", not an expertise file', () => {
    const read = parsePartnership({ 'members.csv': MEMBERS, 'focus themes.csv': 'theme,country\ngbv,\n' });
    expect(read.files.find((f) => f.file === 'focus themes.csv')?.kind).toBe('focus');
    expect(read.rejected).toEqual([]);
  });
});

describe('files without the new columns', () => {
  const row = fc.record({
    member: fc.constantFrom('NRC', 'DRC'),
    theme: fc.constantFrom('health', 'shelter', 'education', 'gbv'),
    level: fc.integer({ min: 0, max: 5 }),
  });
  it('give byte-identical baselines with the columns present and empty', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const plain = `member,theme,level\n${rows.map((r) => `${r.member},${r.theme},${r.level}`).join('\n')}\n`;
        const empty = `member,theme,level,country,area\n${rows.map((r) => `${r.member},${r.theme},${r.level},,`).join('\n')}\n`;
        const json = (expertise: string) =>
          stringifyBaseline(
            toBaselineJson(
              buildBaseline({
                'members.csv': MEMBERS,
                'geography.csv': GEOGRAPHY,
                'expertise.csv': expertise,
              }),
            ),
          );
        expect(json(empty)).toBe(json(plain));
      }),
      { numRuns: 25 },
    );
  });
});
