import { describe, expect, it } from 'vitest';
import { import3w } from '../../src/import/import3w.js';
import type { ImportResult } from '../../src/import/types.js';
import { orgNameKey } from '../../src/normalise/orgNames.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';
import { EXPECTED_HEADERS, fixture, HAS_REALDATA, REALDATA, realdata, rows } from './helpers.js';

/** Every output re-parses with csv-parse to the documented headers, and the library's reader accepts every row. */
function expectLoadable(result: ImportResult): void {
  for (const name of Object.keys(EXPECTED_HEADERS) as (keyof typeof EXPECTED_HEADERS)[]) {
    const { header } = rows(result.files[name]);
    const expected = name === 'geography.csv' ? [...EXPECTED_HEADERS[name], 'adm1'] : EXPECTED_HEADERS[name];
    expect([name, header]).toEqual([name, expected]);
  }
  const ingest = parsePartnership(result.files);
  expect(ingest.rejected).toEqual([]);
  expect(ingest.partnership.members.length).toBe(result.stats.members);
}

/** No two members share a name key (case, spaces, accents, Stichting, legal forms). */
function expectUniqueOrgs(result: ImportResult): void {
  const { records } = rows(result.files['members.csv']);
  const keys = records.map((r) => orgNameKey(r.name!));
  expect(new Set(keys).size).toBe(keys.length);
  const ids = records.map((r) => r.id!.toLowerCase());
  expect(new Set(ids).size).toBe(ids.length);
}

describe('import3w on synthetic fixtures', () => {
  it('reads a UTF-8 BOM + CRLF table with an HXL row: the HXL row is not data, names de-duplicate', () => {
    const result = import3w(fixture('3w-hxl-bom.csv'), { file: '3w-hxl-bom.csv' });
    expect(result.stats).toMatchObject({ rows: 10, usedRows: 10, skippedRows: 0, spellings: 8, members: 7 });
    expect(result.warnings.map((w) => w.code)).toContain('hxl_row_skipped');
    const members = rows(result.files['members.csv']).records;
    expect(members.map((m) => m.id)).toEqual(['AAH/ACF', 'SMoH', 'DCA', 'GIB', 'EVIL', 'SV', 'UNICEF']);
    expect(members.some((m) => m.name!.startsWith('#'))).toBe(false);
    expect(result.merges).toEqual([
      {
        canonical: 'DanChurchAid (DCA)',
        variants: ['DAN Chruch Aid (DCA)'],
        id: 'DCA',
        acronyms: ['DCA'],
        reason: 'acronym',
      },
    ]);
    // Types: INGO/NNGO -> ngo, UN Agency -> other, Govt -> government; national NGOs are based in the country.
    expect(members.map((m) => `${m.id}:${m.type}:${m.country}`)).toEqual([
      'AAH/ACF:ngo:',
      'SMoH:government:',
      'DCA:ngo:',
      'GIB:ngo:NG',
      'EVIL:ngo:NG',
      'SV:ngo:',
      'UNICEF:other:',
    ]);
    expectUniqueOrgs(result);
    expectLoadable(result);
  });

  it('derives levels from row shares: 1 + round(4 x share)', () => {
    const { records } = rows(import3w(fixture('3w-hxl-bom.csv')).files['expertise.csv']);
    const level = (member: string, theme: string) =>
      records.find((r) => r.member === member && r.theme === theme);
    // DCA: 3 rows, 2 protection (4 x 2/3 = 2.67 -> 3 -> level 4), 1 health (1.33 -> 1 -> level 2).
    expect(level('DCA', 'protection')).toMatchObject({ level: '4', activities: '2' });
    expect(level('DCA', 'health')).toMatchObject({ level: '2', activities: '1' });
    // AAH/ACF: WASH and NUT (nutrition, a theme of its own), 1 of 2 rows each -> level 3.
    expect(level('AAH/ACF', 'wash')?.level).toBe('3');
    expect(level('AAH/ACF', 'nutrition')?.level).toBe('3');
    // Unknown cluster codes are written as is, with a warning.
    expect(level('EVIL', 'Labor')?.level).toBe('5');
  });

  it('keeps admin-1 areas and the earliest year in geography', () => {
    const result = import3w(fixture('3w-hxl-bom.csv'));
    const { records } = rows(result.files['geography.csv']);
    expect(records.find((r) => r.member === 'AAH/ACF')).toEqual({
      member: 'AAH/ACF',
      country: 'NG',
      presence: 'programme',
      partners: '',
      since: '2022',
      activities: '2',
      adm1: 'Borno; Yobe',
    });
    expect(result.warnings.find((w) => w.code === 'unknown_theme')).toMatchObject({
      line: 12,
      value: 'Labor',
    });
  });

  it('protects CSV cells against formula injection', () => {
    const text = import3w(fixture('3w-hxl-bom.csv')).files['members.csv'];
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('reads French headers, #N/A acronyms and padded names (Mali layout)', () => {
    const result = import3w(fixture('3w-french.csv'));
    const members = rows(result.files['members.csv']).records;
    expect(members.map((m) => [m.id, m.name, m.type])).toEqual([
      ['AMPRODE', "Association Malienne Pour la Protection de l'Environnement", 'ngo'],
      ['CRM', 'Croix-Rouge Malienne', 'other'],
      ['UNHCR', 'Haut Commissariat des Nations Unies pour les Réfugiés', 'other'],
      ['SIF', 'Secours Islamique France', 'ngo'],
      ['WVI', 'World Vision Internationale', 'ngo'],
    ]);
    const themes = rows(result.files['expertise.csv']).records.map((r) => `${r.member}:${r.theme}`);
    expect(themes).toEqual([
      'AMPRODE:health',
      'AMPRODE:shelter',
      'CRM:education',
      'UNHCR:protection',
      'SIF:food-security',
      'SIF:wash',
      'WVI:nutrition',
    ]);
    expect(rows(result.files['geography.csv']).records.every((r) => r.country === 'ML')).toBe(true);
    expectUniqueOrgs(result);
    expectLoadable(result);
  });

  it('reads CR-only line endings and HLCIT codes, and gives code-less rows the file country', () => {
    const result = import3w(fixture('3w-cr-only.csv'));
    expect(result.stats).toMatchObject({ rows: 5, usedRows: 5, skippedRows: 0, members: 3 });
    expect(rows(result.files['members.csv']).records.map((m) => m.name)).toEqual([
      'AAR Japan',
      'Asal Chimekee Nepal',
      'Batas Foundation',
    ]);
    expect(rows(result.files['geography.csv']).records.map((r) => r.country)).toEqual(['NP', 'NP', 'NP']);
    expect(result.stats.unmappedThemes).toEqual({ Labor: 1 });
    expectLoadable(result);
  });

  it('uses the country option and the theme map', () => {
    const text = 'impl_ag,action\nAAR Japan,Labor\nAAR Japan,Shelter\nACF,Coordination\n';
    const result = import3w(text, {
      country: 'Nepal',
      themeMap: { labor: 'livelihoods', coordination: null },
    });
    expect(
      rows(result.files['expertise.csv']).records.map((r) => `${r.member}:${r.theme}:${r.level}`),
    ).toEqual(['aar-japan:livelihoods:3', 'aar-japan:shelter:3']);
    expect(result.stats.unmappedThemes).toEqual({});
    expect(() => import3w(text, { country: 'Atlantis' })).toThrow(/country/);
  });

  it('skips rows without organisation or country, accounting for every row', () => {
    const text = 'Organisation,Cluster\nOxfam,WASH\n,Health\n';
    const result = import3w(text);
    // No country column, no p-code, no option: nothing can be placed.
    expect(result.stats).toMatchObject({ rows: 2, usedRows: 0, skippedRows: 2, members: 0 });
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['missing_value', 'unknown_country']);
    expect(result.files['members.csv']).toBe(
      'id,name,type,country,role,org_acronym,source_type,activities\n',
    );
  });

  it('returns header-only files for empty input', () => {
    const result = import3w('');
    expect(result.stats.members).toBe(0);
    expect(result.files['expertise.csv']).toBe('member,theme,level,activities\n');
    expect(result.warnings.map((w) => w.code)).toContain('empty_file');
  });

  it('applies merge overrides from the report', () => {
    const result = import3w(fixture('3w-hxl-bom.csv'), { merge: { 'DAN Chruch Aid (DCA)': 'keep' } });
    expect(result.stats.members).toBe(8);
    expect(
      rows(result.files['members.csv'])
        .records.filter((m) => m.org_acronym === 'DCA')
        .map((m) => m.id),
    ).toEqual(['DCA', 'DCA-2']);
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ merge: Object.freeze({ a: 'keep' }), country: 'NG' });
    expect(() => import3w(fixture('3w-hxl-bom.csv'), options)).not.toThrow();
  });
});

describe.skipIf(!HAS_REALDATA)(`import3w on real OCHA 3W tables (${REALDATA})`, () => {
  it('Afghanistan (BOM, CRLF, HXL): every organisation once, all in AF, nothing unmapped', () => {
    const result = import3w(realdata('ocha-3w/afg_3w_operational_presence_jan_mar_2024.sample.csv'));
    expect(result.stats.rows).toBe(1922);
    expect(result.stats.usedRows + result.stats.skippedRows).toBe(result.stats.rows);
    expect(result.stats.members).toBeGreaterThan(270);
    expect(result.stats.members).toBeLessThanOrEqual(285);
    expect(result.stats.unmappedThemes).toEqual({});
    expect(rows(result.files['geography.csv']).records.every((r) => r.country === 'AF')).toBe(true);
    expectUniqueOrgs(result);
    expectLoadable(result);
  });

  it('Mali (French headers, partial HXL): clusters Santé/EHA/Abris/Sécurité Alimentaire map to themes', () => {
    const result = import3w(realdata('ocha-3w/mli_3w_december_2023.ML_5W.sample.csv'));
    expect(result.stats.rows).toBe(1985);
    expect(result.stats.members).toBeGreaterThan(140);
    const themes = new Set(rows(result.files['expertise.csv']).records.map((r) => r.theme));
    for (const t of ['health', 'wash', 'shelter', 'food-security', 'education', 'protection'])
      expect(themes).toContain(t);
    expect(result.merges.some((m) => m.id === 'WVI')).toBe(true);
    expectUniqueOrgs(result);
    expectLoadable(result);
  });

  it('Nigeria (cluster codes, NGA p-codes): codes map, geography in NG', () => {
    const result = import3w(realdata('ocha-3w/nga_3w_oct_dec_2023.sample.csv'));
    expect(result.stats.unmappedThemes).toEqual({});
    expect(rows(result.files['geography.csv']).records.every((r) => r.country === 'NG')).toBe(true);
    expectUniqueOrgs(result);
    expectLoadable(result);
  });

  it('Nepal 2015 (CR-only): 108 implementing agencies minus merges', () => {
    const result = import3w(realdata('nepal-2015-3w/agency_relief.csv'));
    expect(result.stats).toMatchObject({ rows: 7315, usedRows: 7315, skippedRows: 0, spellings: 108 });
    const merged = result.merges.reduce((n, m) => n + m.variants.length, 0);
    expect(result.stats.members).toBe(108 - merged);
    expect(result.stats.members).toBeGreaterThanOrEqual(100);
    expect(result.merges.find((m) => m.canonical.startsWith('Batas'))?.reason).toBe('spelling');
    expect(rows(result.files['geography.csv']).records.every((r) => r.country === 'NP')).toBe(true);
    expectUniqueOrgs(result);
    expectLoadable(result);
  });
});
