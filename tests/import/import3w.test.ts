import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { import3w } from '../../src/import/import3w.js';
import type { ImportResult } from '../../src/import/types.js';
import { orgNameKey } from '../../src/normalise/orgNames.js';
import {
  expectContract,
  expectLoadable,
  fixture,
  HAS_REALDATA,
  REALDATA,
  realdata,
  rows,
} from './helpers.js';

/** No two members share a name key (case, spaces, accents, Stichting, legal forms). */
function expectUniqueOrgs(result: ImportResult): void {
  const { records } = rows(result.files['members.csv']);
  const keys = records.map((r) => orgNameKey(r.name!));
  expect(new Set(keys).size).toBe(keys.length);
}

const geo = (result: ImportResult) => rows(result.files['geography.csv']).records;
const members = (result: ImportResult) => rows(result.files['members.csv']).records;

describe('import3w on synthetic fixtures', () => {
  it('reads a UTF-8 BOM + CRLF table with an HXL row: the HXL row is not data, names de-duplicate', () => {
    const result = import3w(fixture('3w-hxl-bom.csv'), { file: '3w-hxl-bom.csv' });
    expect(result.stats).toMatchObject({ rows: 10, usedRows: 10, skippedRows: 0, spellings: 8, members: 7 });
    expect(result.warnings.map((w) => w.code)).toContain('hxl_row_skipped');
    expect(members(result).map((m) => m.id)).toEqual([
      'AAH/ACF',
      'SMoH',
      'DCA',
      'GIB',
      'EVIL',
      'SV',
      'UNICEF',
    ]);
    expect(result.merges).toEqual([
      {
        canonical: 'DanChurchAid (DCA)',
        variants: ['DAN Chruch Aid (DCA)'],
        id: 'DCA',
        acronyms: ['DCA'],
        reason: 'acronym',
      },
    ]);
    // Types and scopes: INGO -> ngo/international, NNGO -> ngo/national (based in the country),
    // UN Agency -> un/international, Govt -> government/national.
    expect(members(result).map((m) => `${m.id}:${m.type}:${m.scope}:${m.country}`)).toEqual([
      'AAH/ACF:ngo:international:',
      'SMoH:government:national:NG',
      'DCA:ngo:international:',
      'GIB:ngo:national:NG',
      'EVIL:ngo:national:NG',
      'SV:ngo:international:',
      'UNICEF:un:international:',
    ]);
    expectUniqueOrgs(result);
    expectContract(result);
    expectLoadable(result);
  });

  it('observes activity and invents no level: expertise rows are observed, with row counts', () => {
    const { records } = rows(import3w(fixture('3w-hxl-bom.csv')).files['expertise.csv']);
    const row = (member: string, theme: string) =>
      records.find((r) => r.member === member && r.theme === theme);
    // DCA: 3 rows, 2 protection, 1 health. A single-row organisation gets no "level 5".
    // The row says where: the country and the areas of DCA's protection rows.
    expect(row('DCA', 'protection')).toEqual({
      member: 'DCA',
      theme: 'protection',
      level: '',
      evidence: 'observed',
      activities: '2',
      country: 'NG',
      area: 'Borno (NGA008)',
    });
    expect(row('DCA', 'health')).toMatchObject({ level: '', activities: '1' });
    expect(row('EVIL', 'Labor')).toMatchObject({ level: '', evidence: 'observed', activities: '1' });
    expect(records.every((r) => r.level === '' && r.evidence === 'observed')).toBe(true);
  });

  it('writes one geography row per member, country and admin-1 area, with the earliest year', () => {
    const result = import3w(fixture('3w-hxl-bom.csv'));
    expect(geo(result).filter((r) => r.member === 'AAH/ACF')).toEqual([
      {
        member: 'AAH/ACF',
        country: 'NG',
        area: 'Borno (NGA008)',
        presence: 'programme',
        partners: '',
        since: '2023',
        activities: '1',
      },
      {
        member: 'AAH/ACF',
        country: 'NG',
        area: 'Yobe (NGA036)',
        presence: 'programme',
        partners: '',
        since: '2022',
        activities: '1',
      },
    ]);
    expect(result.stats.areas).toBe(3);
    expect(result.warnings.find((w) => w.code === 'unknown_theme')).toMatchObject({
      line: 12,
      value: 'Labor',
    });
  });

  it('writes admin1 > admin2 with p-codes, Red Cross scopes from the name, funders apart from members', () => {
    const result = import3w(fixture('3w-admin2.csv'));
    const areas = (id: string) =>
      geo(result)
        .filter((r) => r.member === id)
        .map((r) => `${r.area}:${r.activities}`);
    expect(areas('NRC')).toEqual([
      'Kandahar (AF24) > Kandahar (AF2401):1',
      'Kandahar (AF24) > Spin Boldak (AF2405):2',
    ]);
    // A row with only the admin-1 level: admin-1 alone.
    expect(areas('ICRC')).toEqual(['Hilmand (AF12):1']);
    // Separators in a name cannot break the area cell; names keep their text.
    expect(rows(result.files['members.csv']).records.find((m) => m.id === 'AWSDC')?.name).toBe(
      'Afghan Women Skills; Development Org > Kabul',
    );
    expect(members(result).map((m) => `${m.id}:${m.type}:${m.scope}`)).toEqual([
      'ARCS:other:national',
      'AWSDC:ngo:national',
      'ICRC:other:international',
      'NRC:ngo:international',
      'WFP:un:international',
    ]);
    // Donor column: ECHO funds NRC (2 rows; "Internal" is NRC's own money), UNICEF funds AWSDC
    // (typed a UN agency by its name, as the donor column gives no type).
    expect(rows(result.files['funders.csv']).records).toEqual([
      {
        funder: 'UNICEF',
        funder_ref: '',
        funder_type: 'un',
        member: 'AWSDC',
        country: 'AF',
        role: 'funding',
        activities: '1',
      },
      {
        funder: 'ECHO',
        funder_ref: '',
        funder_type: '',
        member: 'NRC',
        country: 'AF',
        role: 'funding',
        activities: '2',
      },
    ]);
    expect(result.stats).toMatchObject({ members: 5, funders: 2, funderRows: 2 });
    expect(members(result).some((m) => m.name === 'ECHO')).toBe(false);
    expectContract(result);
    expectLoadable(result);
  });

  it('links each theme to the areas of its rows, so the area views say who does what where', () => {
    const result = import3w(fixture('3w-admin2.csv'));
    const expertise = rows(result.files['expertise.csv']).records.filter((r) => r.member === 'NRC');
    expect(expertise.map((r) => `${r.theme}|${r.country}|${r.area}|${r.activities}`)).toEqual([
      'food-security|AF|Kandahar (AF24) > Spin Boldak (AF2405)|2',
      'protection|AF|Kandahar (AF24) > Kandahar (AF2401)|1',
    ]);
    const { 'funders.csv': _f, ...files } = result.files;
    const af = buildBaseline(files).countries.AF!;
    const area = (id: string) => af.areas?.find((a) => a.area === id);
    // The raw rows: NRC does food security in Spin Boldak and protection in Kandahar district.
    expect(area('AF2405')?.themes.map((t) => `${t.theme}:${t.observed?.join('+')}`)).toEqual([
      'food-security:NRC',
    ]);
    expect(area('AF2401')?.themes.map((t) => t.theme)).toEqual(['protection']);
    // Kabul: WFP (food security) and AWSDC (education); nobody there does protection or health.
    expect(
      area('AF01')
        ?.themes.map((t) => t.theme)
        .sort(),
    ).toEqual(['education', 'food-security']);
    expect(area('AF0101')?.missing).toEqual(['health', 'protection']);
  });

  it('protects CSV cells against formula injection', () => {
    const text = import3w(fixture('3w-hxl-bom.csv')).files['members.csv'];
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('reads French headers, #N/A acronyms and padded names (Mali layout), the Bailleur column', () => {
    const result = import3w(fixture('3w-french.csv'));
    expect(members(result).map((m) => [m.id, m.name, m.type, m.scope])).toEqual([
      ['AMPRODE', "Association Malienne Pour la Protection de l'Environnement", 'ngo', 'national'],
      ['CRM', 'Croix-Rouge Malienne', 'other', 'national'],
      ['UNHCR', 'Haut Commissariat des Nations Unies pour les Réfugiés', 'un', 'international'],
      ['SIF', 'Secours Islamique France', 'ngo', 'international'],
      ['WVI', 'World Vision Internationale', 'ngo', 'international'],
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
    expect(
      geo(result)
        .filter((r) => r.member === 'SIF')
        .map((r) => r.area),
    ).toEqual(['Bamako (ML09)', 'Mopti (ML05)']);
    expect(rows(result.files['funders.csv']).records.map((f) => `${f.funder}->${f.member}`)).toEqual([
      'ECHO->SIF',
    ]);
    expectUniqueOrgs(result);
    expectContract(result);
    expectLoadable(result);
  });

  it('reads CR-only line endings and HLCIT codes: the VDC is the area, code-less rows get the file country', () => {
    const result = import3w(fixture('3w-cr-only.csv'));
    expect(result.stats).toMatchObject({ rows: 5, usedRows: 5, skippedRows: 0, members: 3 });
    expect(members(result).map((m) => m.name)).toEqual([
      'AAR Japan',
      'Asal Chimekee Nepal',
      'Batas Foundation',
    ]);
    expect(geo(result).map((r) => `${r.country}:${r.area}`)).toEqual([
      'NP:Tasarpu (524205305046)',
      'NP:Chaughoda (524205285028)',
      'NP:Dhunche',
      'NP:Ramche (524205295008)',
    ]);
    expect(rows(result.files['funders.csv']).records.map((f) => `${f.funder}->${f.member}`)).toEqual([
      'UNICEF->asal-chimekee-nepal',
    ]);
    expect(result.stats.unmappedThemes).toEqual({ Labor: 1 });
    expectContract(result);
    expectLoadable(result);
  });

  it('uses the country option and the theme map', () => {
    const text = 'impl_ag,action\nAAR Japan,Labor\nAAR Japan,Shelter\nACF,Coordination\n';
    const result = import3w(text, {
      country: 'Nepal',
      themeMap: { labor: 'livelihoods', coordination: null },
    });
    expect(
      rows(result.files['expertise.csv']).records.map((r) => `${r.member}:${r.theme}:${r.activities}`),
    ).toEqual(['aar-japan:livelihoods:1', 'aar-japan:shelter:1']);
    expect(geo(result).map((r) => `${r.member}:${r.country}:${r.area}`)).toEqual([
      'aar-japan:NP:',
      'acf:NP:',
    ]);
    expect(result.stats.unmappedThemes).toEqual({});
    expect(() => import3w(text, { country: 'Atlantis' })).toThrow(/country/);
  });

  it('skips rows without organisation or country, accounting for every row', () => {
    const result = import3w('Organisation,Cluster\nOxfam,WASH\n,Health\n');
    // No country column, no p-code, no option: nothing can be placed.
    expect(result.stats).toMatchObject({ rows: 2, usedRows: 0, skippedRows: 2, members: 0 });
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['missing_value', 'unknown_country']);
    expect(result.files['members.csv']).toBe(
      'id,name,type,scope,country,role,org_acronym,source_type,activities\n',
    );
  });

  it('returns header-only files for empty input', () => {
    const result = import3w('');
    expect(result.stats.members).toBe(0);
    expect(result.files['expertise.csv']).toBe('member,theme,level,evidence,activities,country,area\n');
    expect(result.warnings.map((w) => w.code)).toContain('empty_file');
  });

  it('applies merge overrides from the report', () => {
    const result = import3w(fixture('3w-hxl-bom.csv'), { merge: { 'DAN Chruch Aid (DCA)': 'keep' } });
    expect(result.stats.members).toBe(8);
    expect(
      members(result)
        .filter((m) => m.org_acronym === 'DCA')
        .map((m) => m.id),
    ).toEqual(['DCA', 'DCA-2']);
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ merge: Object.freeze({ a: 'keep' }), country: 'NG' });
    expect(() => import3w(fixture('3w-hxl-bom.csv'), options)).not.toThrow();
  });

  it('accounts for every row: used + skipped = rows, each skipped row reported (property)', () => {
    const cell = fc.constantFrom(
      '',
      'Oxfam',
      'ACF',
      'Action Contre la Faim',
      '#N/A',
      'NGA008',
      'AF01',
      'Borno',
      'WASH',
      'Labor',
      'INGO',
      'xx',
    );
    const row = fc.array(cell, { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (table) => {
        const text = `Organisation,Cluster,State Pcode,Type\n${table.map((r) => r.join(',')).join('\n')}\n`;
        const result = import3w(text);
        const { rows: n, usedRows, skippedRows } = result.stats;
        expect(usedRows + skippedRows).toBe(n);
        const located = result.warnings.filter(
          (w) => w.line > 1 && (w.code === 'missing_value' || w.code === 'unknown_country'),
        );
        const reported = located.reduce((s, w) => s + Number(/\((\d+) rows\)$/.exec(w.message)?.[1] ?? 1), 0);
        expect(reported).toBe(skippedRows);
        const activities = rows(result.files['members.csv']).records.reduce(
          (s, m) => s + Number(m.activities),
          0,
        );
        expect(activities).toBe(usedRows);
      }),
      { numRuns: 150 },
    );
  });
});

describe.skipIf(!HAS_REALDATA)(`import3w on real OCHA 3W tables (${REALDATA})`, () => {
  /** Distinct areas per member. */
  const areasPerMember = (result: ImportResult) => {
    const by = new Map<string, Set<string>>();
    for (const r of geo(result)) by.set(r.member!, (by.get(r.member!) ?? new Set()).add(r.area!));
    return [...by.values()].map((s) => s.size);
  };

  it('Afghanistan (BOM, CRLF, HXL): every organisation once, province > district areas with p-codes', () => {
    const result = import3w(realdata('ocha-3w/afg_3w_operational_presence_jan_mar_2024.sample.csv'));
    expect(result.stats).toMatchObject({ rows: 1922, usedRows: 1922, skippedRows: 0, unmappedThemes: {} });
    expect(result.stats.members).toBeGreaterThan(270);
    expect(result.stats.members).toBeLessThanOrEqual(285);
    // 394 district p-codes in the sample: each a distinct area.
    expect(result.stats.areas).toBe(394);
    const g = geo(result);
    expect(
      g.every((r) => r.country === 'AF' && /^[^>]+ \(AF\d{2}\) > [^>]+ \(AF\d{4}\)$/.test(r.area!)),
    ).toBe(true);
    expect(Math.max(...areasPerMember(result))).toBeGreaterThan(20);
    const types = new Set(members(result).map((m) => `${m.type}/${m.scope}`));
    expect(types).toEqual(new Set(['ngo/national', 'ngo/international', 'un/international', 'other/']));
    expectUniqueOrgs(result);
    expectContract(result);
    expectLoadable(result);
  });

  it('Mali (French headers, partial HXL): Region > Cercle areas, clusters map to themes', () => {
    const result = import3w(realdata('ocha-3w/mli_3w_december_2023.ML_5W.sample.csv'));
    expect(result.stats.rows).toBe(1985);
    expect(result.stats.members).toBeGreaterThan(140);
    const themes = new Set(rows(result.files['expertise.csv']).records.map((r) => r.theme));
    for (const t of ['health', 'wash', 'shelter', 'food-security', 'education', 'protection'])
      expect(themes).toContain(t);
    expect(geo(result).some((r) => r.area === 'Mopti (ML05) > Bandiagara (ML0501)')).toBe(true);
    expect(result.merges.some((m) => m.id === 'WVI')).toBe(true);
    expect(
      members(result)
        .filter((m) => m.source_type === 'Mouv. CR')
        .map((m) => m.scope),
    ).toContain('national');
    expectUniqueOrgs(result);
    expectContract(result);
    expectLoadable(result);
  });

  it('Nigeria (cluster codes, NGA p-codes): State > LGA areas, codes map, geography in NG', () => {
    const result = import3w(realdata('ocha-3w/nga_3w_oct_dec_2023.sample.csv'));
    expect(result.stats.unmappedThemes).toEqual({});
    expect(result.stats.areas).toBe(61);
    expect(
      geo(result).every((r) => r.country === 'NG' && /^(Borno|Adamawa|Yobe) \(NGA0\d\d\) > /.test(r.area!)),
    ).toBe(true);
    expectUniqueOrgs(result);
    expectContract(result);
    expectLoadable(result);
  });

  it('Nepal 2015 (CR-only): VDC areas with HLCIT codes, source agencies as funders', () => {
    const result = import3w(realdata('nepal-2015-3w/agency_relief.csv'));
    // 404 rows name "Government" as the agency: a kind of organisation, not one; skipped with
    // one located warning that counts them.
    expect(result.stats).toMatchObject({ rows: 7315, usedRows: 6911, skippedRows: 404 });
    const generic = result.warnings.filter((w) => w.value === 'Government');
    expect(generic).toHaveLength(1);
    expect(generic[0]).toMatchObject({ code: 'missing_value', column: 'impl_ag' });
    expect(generic[0]!.message).toMatch(/kind of organisation.*\(404 rows\)$/);
    expect(members(result).some((m) => m.name === 'Government')).toBe(false);
    // The table has no type column: UN agencies are typed by their names, nobody else is guessed
    // (Nazarene Compassionate Ministries is no ministry).
    const typed = members(result).filter((m) => m.type !== 'other');
    expect(typed.map((m) => `${m.name}:${m.type}`).sort()).toEqual([
      'IOM:un',
      'UNHCR:un',
      'UNHabitat:un',
      'UNICEF:un',
    ]);
    // 107 implementing-agency spellings; case, space and typo variants merge.
    expect(result.stats.spellings).toBe(107);
    expect(result.stats.members).toBeGreaterThanOrEqual(100);
    expect(result.stats.members).toBeLessThan(108);
    expect(result.merges.find((m) => m.canonical.startsWith('Batas'))?.reason).toBe('spelling');
    expect(geo(result).every((r) => r.country === 'NP')).toBe(true);
    expect(result.stats.areas).toBeGreaterThan(800);
    const funders = rows(result.files['funders.csv']).records;
    expect(funders.some((f) => f.funder === 'Caritas Internationalis')).toBe(true);
    expect(funders.some((f) => /^internal$/i.test(f.funder!))).toBe(false);
    expectUniqueOrgs(result);
    expectContract(result);
    expectLoadable(result);
  });
});
