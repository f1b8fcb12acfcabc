/**
 * Areas below the country in geography.csv (the `area` column) and in the survey export's
 * country cells: parsing, identity (p-code, else folded name path), one spelling per area, merging
 * several rows of one member and country, and located errors.
 */
import { describe, expect, it } from 'vitest';
import { areasOfPath, parseAreaPart } from '../../src/normalise/areas.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';

const MEMBERS = 'id,name\nA,Alpha\nB,Beta\nC,Gamma\n';

function read(geography: string, extra: Record<string, string> = {}) {
  return parsePartnership({ 'members.csv': MEMBERS, 'geography.csv': geography, ...extra });
}

describe('parseAreaPart and areasOfPath', () => {
  it('reads "Name", "Name (PCODE)" and a bare p-code; a parenthesis that is no p-code is part of the name', () => {
    expect(parseAreaPart('Kandahar (AF24)')).toEqual({ name: 'Kandahar', code: 'AF24' });
    expect(parseAreaPart(' ng008 ')).toEqual({ name: null, code: 'NG008' });
    expect(parseAreaPart('Dhaka')).toEqual({ name: 'Dhaka', code: null });
    expect(parseAreaPart('Dhaka (North)')).toEqual({ name: 'Dhaka (North)', code: null });
    // A name with a space is never a p-code, even with digits.
    expect(parseAreaPart('District 9')).toEqual({ name: 'District 9', code: null });
  });

  it('gives every level of a path its own area, the child pointing at its parent', () => {
    expect(areasOfPath('Kandahar (AF24) > Spin Boldak (AF2405)')).toEqual([
      { id: 'AF24', name: 'Kandahar', parent: null },
      { id: 'AF2405', name: 'Spin Boldak', parent: 'AF24' },
    ]);
    // Without p-codes the id is the folded name path.
    expect(areasOfPath('Borno > Maiduguri Métropole')).toEqual([
      { id: 'borno', name: 'Borno', parent: null },
      { id: 'borno>maiduguri metropole', name: 'Maiduguri Métropole', parent: 'borno' },
    ]);
  });

  it('refuses empty levels, punctuation-only names and paths deeper than four levels', () => {
    expect(areasOfPath('Borno > ')).toEqual({ reason: 'invalid_area.empty_level', text: '' });
    expect(areasOfPath('—')).toEqual({ reason: 'invalid_area.no_letters', text: '—' });
    expect(areasOfPath('a > b > c > d > e')).toEqual({ reason: 'invalid_area.too_deep', text: '' });
  });
});

describe('geography.csv with an area column', () => {
  it('keeps the areas of a row (several separated by ;) with the row presence and partners', () => {
    const { partnership, rejected } = read(
      'member,country,presence,partners,area\nA,Afghanistan,office,Aina,"Kandahar (AF24) > Spin Boldak (AF2405); Hilmand (AF30)"\n',
    );
    expect(rejected).toEqual([]);
    const line2 = { file: 'geography.csv', line: 2 };
    expect(partnership.geography[0]?.areas).toEqual([
      {
        id: 'AF24',
        name: 'Kandahar',
        parent: null,
        presence: 'office',
        partners: ['Aina'],
        sources: [line2],
      },
      {
        id: 'AF2405',
        name: 'Spin Boldak',
        parent: 'AF24',
        presence: 'office',
        partners: ['Aina'],
        sources: [line2],
      },
      { id: 'AF30', name: 'Hilmand', parent: null, presence: 'office', partners: ['Aina'], sources: [line2] },
    ]);
  });

  it('reads the Dutch headers (provincie) and leaves rows without an area with an empty list', () => {
    const { partnership } = read(
      'lid;land;aanwezigheid;provincie\nA;Bangladesh;kantoor;Dhaka\nB;Bangladesh;programma;\n',
    );
    expect(partnership.geography.map((g) => g.areas?.map((a) => a.id))).toEqual([['dhaka'], []]);
  });

  it('merges rows of one member and country: strongest presence per area, without a duplicate warning for new areas', () => {
    const { partnership, warnings } = read(
      'member,country,presence,area\nA,Nigeria,programme,Borno\nA,Nigeria,office,Yobe\nA,Nigeria,local partner,Borno\n',
    );
    expect(partnership.geography).toHaveLength(1);
    expect(partnership.geography[0]?.presence).toBe('office');
    expect(partnership.geography[0]?.areas?.map((a) => [a.id, a.presence])).toEqual([
      ['borno', 'local_partner'],
      ['yobe', 'office'],
    ]);
    // Line 3 added Yobe (not a duplicate); line 4 repeats Borno (a duplicate, merged).
    expect(warnings.filter((w) => w.code === 'duplicate_row').map((w) => w.line)).toEqual([4]);
    // Each area keeps the rows that name it: evidence about Borno cites lines 2 and 4, not 3.
    expect(partnership.geography[0]?.areas?.map((a) => [a.id, a.sources?.map((s) => s.line)])).toEqual([
      ['borno', [2, 4]],
      ['yobe', [3]],
    ]);
  });

  it('makes a name meet the p-code another row gives it, and gives each area one display name', () => {
    const { partnership } = read(
      'member,country,area\nA,Afghanistan,Kandahar (AF24) > Spin Boldak (AF2405)\nB,Afghanistan,kandahar > SPIN BOLDAK\nC,Afghanistan,AF24\n',
    );
    const ids = partnership.geography.map((g) => g.areas?.map((a) => `${a.id}:${a.name}`));
    expect(ids).toEqual([
      ['AF24:Kandahar', 'AF2405:Spin Boldak'],
      ['AF24:Kandahar', 'AF2405:Spin Boldak'],
      ['AF24:Kandahar'],
    ]);
  });

  it('keeps same-named areas of different countries apart', () => {
    const { partnership } = read('member,country,area\nA,Afghanistan,Kabul (AF01)\nB,Pakistan,Kabul\n');
    expect(partnership.geography.map((g) => g.areas?.[0]?.id)).toEqual(['AF01', 'kabul']);
  });

  it('rejects an unreadable area with file, line, column, value and the forms that work (en, nl)', () => {
    const { rejected, files } = read('member,country,area\nA,Nigeria,Borno > \nB,Nigeria,Yobe\n');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({
      file: 'geography.csv',
      line: 2,
      column: 'area',
      value: 'Borno >',
      code: 'invalid_area',
    });
    expect(rejected[0]?.message).toBe(
      'Area "Borno >" cannot be read: an area path has an empty level. Write "Name", "Name (PCODE)", a p-code, or "Province > District".',
    );
    const nl = parsePartnership(
      { 'members.csv': MEMBERS, 'geography.csv': 'member,country,area\nA,Nigeria,Borno > \n' },
      { lang: 'nl' },
    );
    expect(nl.rejected[0]?.message).toBe(
      'Gebied "Borno >" is niet te lezen: een niveau van het gebiedspad is leeg. Schrijf "Naam", "Naam (PCODE)", een p-code of "Provincie > District".',
    );
    expect(files.find((f) => f.file === 'geography.csv')).toMatchObject({
      rows: 2,
      accepted: 1,
      rejected: 1,
    });
  });
});

describe('survey export (wide) country cells with areas', () => {
  it('reads "Bangladesh: Dhaka; Gazipur; India" as Bangladesh with two areas and India', () => {
    const { partnership, rejected } = parsePartnership({
      'enquete.csv':
        'Naam organisatie;Kantoren;Programmalanden\nAlpha;"Bangladesh: Dhaka; Gazipur; India";Kenia\n',
    });
    expect(rejected).toEqual([]);
    const byCountry = Object.fromEntries(
      partnership.geography.map((g) => [g.country, [g.presence, g.areas?.map((a) => a.name)]]),
    );
    expect(byCountry).toEqual({
      BD: ['office', ['Dhaka', 'Gazipur']],
      IN: ['office', []],
      KE: ['programme', []],
    });
  });

  it('still reports a misspelt country before any "Country:" item', () => {
    const { warnings } = parsePartnership({
      'enquete.csv': 'Naam organisatie;Kantoren;Programmalanden\nAlpha;"Bangldesh";Kenia\n',
    });
    expect(warnings.some((w) => w.code === 'fuzzy_match' && w.value === 'Bangldesh')).toBe(true);
  });
});

describe('warnings on geography rows in both languages', () => {
  const rows = 'member,country,partners,since\nA,Kenya,Alpha; Kiota,19x5\n';
  it('say a self-named partner is left out and a bad year left empty', () => {
    const en = parsePartnership({ 'members.csv': MEMBERS, 'geography.csv': rows });
    expect(en.warnings.map((w) => [w.code, w.message])).toEqual([
      ['self_reference', '"Alpha" is the member itself, not a local partner; left out.'],
      ['invalid_year', '"19x5" is not a year (1900-2100); left empty.'],
    ]);
    const nl = parsePartnership({ 'members.csv': MEMBERS, 'geography.csv': rows }, { lang: 'nl' });
    expect(nl.warnings.map((w) => w.message)).toEqual([
      '"Alpha" is het lid zelf, geen lokale partner; weggelaten.',
      '"19x5" is geen jaartal (1900-2100); leeg gelaten.',
    ]);
  });
});
