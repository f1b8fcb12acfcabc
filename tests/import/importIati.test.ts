import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importIati, orgNamesFromCodelist, orgTypesFromCodelist } from '../../src/import/importIati.js';
import { looksGovernmental, looksLikeFundingVehicle } from '../../src/import/orgTypes.js';
import type { ImportResult } from '../../src/import/types.js';
import { importFileToDir, readImportFile } from '../../src/node/importFile.js';
import {
  expectContract,
  expectLoadable,
  fixture,
  HAS_REALDATA,
  REALDATA,
  realdata,
  rows,
} from './helpers.js';

const members = (r: ImportResult) => rows(r.files['members.csv']).records;
const funders = (r: ImportResult) => rows(r.files['funders.csv']).records;

describe('importIati on synthetic CSV fixtures', () => {
  it('keeps the members whose ref has the prefix: the NL reporting NGOs, not their ref-less implementers', () => {
    const result = importIati(fixture('iati-activities.csv'), {
      orgPrefix: 'NL-',
      orgTypes: { 'NL-KVK-41160054': '21', 'Oxfam Novib': 'ngo' },
    });
    // 6 activities: 2 with no NL member filtered out, 1 repeated activity id skipped.
    expect(result.stats).toMatchObject({ rows: 6, usedRows: 3, skippedRows: 3, filteredRows: 2, members: 2 });
    expect(members(result)).toEqual([
      {
        id: 'NL-KVK-41160054',
        name: 'Cordaid',
        type: 'ngo',
        scope: 'international',
        country: 'NL',
        role: 'member',
        org_acronym: '',
        source_type: '21',
        activities: '2',
      },
      {
        id: 'NL-KVK-27108436',
        name: 'Oxfam Novib',
        type: 'ngo',
        scope: '',
        country: 'NL',
        role: 'member',
        org_acronym: '',
        source_type: 'ngo',
        activities: '1',
      },
    ]);
    expect(result.merges).toEqual([
      {
        canonical: 'Cordaid',
        variants: ['Stichting Cordaid'],
        id: 'NL-KVK-41160054',
        acronyms: [],
        reason: 'ref',
      },
    ]);
    expect(result.warnings.find((w) => w.code === 'duplicate_row')).toMatchObject({ line: 5 });
    expectContract(result);
    expectLoadable(result);
  });

  it('maps DAC codes to observed themes and to sectors, with activity counts and no rating', () => {
    const result = importIati(fixture('iati-activities.csv'), { orgPrefix: 'NL-' });
    // Cordaid: A1 12220 (health) + 12240 (nutrition) in Kenya and Uganda; A2 15180 (gbv) in
    // Kenya; '3.8' is an SDG target. One row per theme and country: the activity's sectors x its countries.
    expect(
      rows(result.files['expertise.csv']).records.map(
        (r) => `${r.member}:${r.theme}:${r.level}:${r.evidence}:${r.activities}:${r.country}`,
      ),
    ).toEqual([
      'NL-KVK-41160054:gbv::observed:1:KE',
      'NL-KVK-41160054:health::observed:1:KE',
      'NL-KVK-41160054:health::observed:1:UG',
      'NL-KVK-41160054:nutrition::observed:1:KE',
      'NL-KVK-41160054:nutrition::observed:1:UG',
      'NL-KVK-27108436:wash::observed:1:ET',
    ]);
    expect(
      rows(result.files['sectors.csv']).records.map(
        (r) => `${r.member}:${r.sector}:${r.network}:${r.activities}`,
      ),
    ).toEqual([
      'NL-KVK-41160054:health:association:1',
      'NL-KVK-27108436:agriculture:association:1',
      'NL-KVK-27108436:water-sanitation:association:1',
    ]);
  });

  it('makes the implementing organisations a member names its local partners per country', () => {
    // Activity A1 is in Kenya and Uganda: "Cordaid Kenya" is local in Kenya only (its name says
    // so) and "Local Health NGO" (no ref, no country in its name) in neither; A2 is in Kenya only,
    // so its partner is local there.
    const { records } = rows(
      importIati(fixture('iati-activities.csv'), { orgPrefix: 'NL-' }).files['geography.csv'],
    );
    expect(records).toEqual([
      {
        member: 'NL-KVK-41160054',
        country: 'KE',
        area: '',
        presence: 'programme',
        partners: 'Cordaid Kenya; Local Health NGO',
        since: '2019',
        activities: '2',
        works_with: '',
      },
      {
        member: 'NL-KVK-41160054',
        country: 'UG',
        area: '',
        presence: 'programme',
        partners: '',
        since: '2019',
        activities: '1',
        works_with: '',
      },
      {
        member: 'NL-KVK-27108436',
        country: 'ET',
        area: '',
        presence: 'programme',
        partners: '',
        since: '2020',
        activities: '1',
        works_with: '',
      },
    ]);
  });

  it('places an implementer of a multi-country activity in its home country when its name or ref says it is one of them', () => {
    const csv =
      'iati_identifier,reporting_org_ref,reporting_org_name,implementing_partners,country_codes,sector_codes\n' +
      'NL-1-A,NL-KVK-41160054,Cordaid,Kenya Health Network; Makerere Research Unit Uganda; Busia Women Group,KE; UG,12220\n';
    const geo = rows(
      importIati(csv, { orgTypes: { 'NL-KVK-41160054': '21' } }).files['geography.csv'],
    ).records;
    const where = (name: string) =>
      geo
        .filter((r) => r.member === name || r.member?.startsWith(name))
        .map((r) => r.country)
        .sort();
    // The reporting organisation works in both; "Kenya Health Network" in Kenya and the Ugandan
    // unit in Uganda (their names say so); a group whose name says no country in both.
    expect(where('NL-KVK-41160054')).toEqual(['KE', 'UG']);
    const ids = new Map(
      rows(importIati(csv, { orgTypes: { 'NL-KVK-41160054': '21' } }).files['members.csv']).records.map(
        (m) => [m.name, m.id],
      ),
    );
    expect(where(ids.get('Kenya Health Network')!)).toEqual(['KE']);
    expect(where(ids.get('Makerere Research Unit Uganda')!)).toEqual(['UG']);
    expect(where(ids.get('Busia Women Group')!)).toEqual(['KE', 'UG']);
    // Cordaid's local partners: each only where it is local; the group without a home in neither.
    const partners = (c: string) =>
      geo.find((r) => r.member === 'NL-KVK-41160054' && r.country === c)?.partners;
    expect(partners('KE')).toBe('Kenya Health Network');
    expect(partners('UG')).toBe('Makerere Research Unit Uganda');
  });

  it('writes the members that implement an activity together into works_with, not those of a framework with more than 15', () => {
    const header =
      'iati_identifier,reporting_org_ref,reporting_org_name,implementing_partners,accountable_orgs,country_codes,sector_codes\n';
    const many = Array.from({ length: 16 }, (_, i) => `Supplier ${String.fromCharCode(65 + i)} Ltd`).join(
      '; ',
    );
    const csv =
      header +
      'NL-1-A,NL-KVK-41160054,Cordaid,Oxfam Novib; Simavi,,KE,12220\n' +
      'NL-1-B,NL-KVK-41160054,Cordaid,Simavi,,UG,12220\n' +
      `GB-1-C,GB-GOV-1,Foreign Office,${many},,ET,12220\n` +
      `XM-1-D,XM-DAC-41116,UN Environment Programme,${many},World Meteorological Organization; Clean Air Institute,TH,12220\n`;
    const result = importIati(csv, { orgTypes: { 'NL-KVK-41160054': '21', 'GB-GOV-1': '10' } });
    const ids = new Map(members(result).map((m) => [m.name, m.id]));
    const geo = rows(result.files['geography.csv']).records;
    const withOf = (name: string, country: string) =>
      geo.find((r) => r.member === ids.get(name) && r.country === country)?.works_with;
    expect(withOf('Cordaid', 'KE')).toBe([ids.get('Oxfam Novib'), ids.get('Simavi')].sort().join('; '));
    expect(withOf('Simavi', 'UG')).toBe('NL-KVK-41160054');
    expect(withOf('Simavi', 'KE')).toBe([ids.get('Oxfam Novib'), 'NL-KVK-41160054'].sort().join('; '));
    expect(withOf('Supplier A Ltd', 'ET')).toBe('');
    // A large project: the organisations that lead it (report it, are accountable for it) work
    // together; its 16 implementers do not, with each other or with the leads.
    expect(withOf('UN Environment Programme', 'TH')).toBe(
      [ids.get('World Meteorological Organization'), ids.get('Clean Air Institute')].sort().join('; '),
    );
    expect(withOf('World Meteorological Organization', 'TH')).toBe(
      [ids.get('UN Environment Programme'), ids.get('Clean Air Institute')].sort().join('; '),
    );
    expect(withOf('Supplier A Ltd', 'TH')).toBe('');
    // The import's files read back: Cordaid and Simavi work together in Kenya and Uganda.
    expectLoadable(result);
  });

  it('does not put each supplier of a framework in all its countries: the file does not say who works where', () => {
    const header =
      'iati_identifier,reporting_org_ref,reporting_org_name,implementing_partners,country_codes,sector_codes\n';
    const csv =
      header +
      'GB-1-F,GB-GOV-1,Foreign Office,Alpha Consulting Ltd; Beta Advisory Ltd; Gamma Research LLP; PwC Kenya,KE; UG; TZ; RW,12220\n' +
      'GB-1-G,GB-GOV-1,Foreign Office,Delta Health; Epsilon Care; Zeta Aid,KE; UG; TZ; RW,12220\n';
    const result = importIati(csv, { orgTypes: { 'GB-GOV-1': '10' } });
    const ids = new Map(members(result).map((m) => [m.name, m.id]));
    const geo = rows(result.files['geography.csv']).records;
    const where = (name: string) =>
      geo
        .filter((r) => r.member === ids.get(name))
        .map((r) => r.country)
        .sort();
    // Four implementers in four countries: the one whose name says Kenya works there; the others
    // are members (their themes count) placed nowhere, and a warning names them.
    expect(where('PwC Kenya')).toEqual(['KE']);
    for (const name of ['Alpha Consulting Ltd', 'Beta Advisory Ltd', 'Gamma Research LLP']) {
      expect(where(name)).toEqual([]);
      const expertise = rows(result.files['expertise.csv']).records;
      expect(expertise.some((r) => r.member === ids.get(name))).toBe(true);
    }
    const warning = result.warnings.find((w) => w.message.includes('were not placed'));
    expect(warning?.message).toContain('3 organisation(s)');
    expect(warning?.message).toContain('"Alpha Consulting Ltd", "Beta Advisory Ltd", "Gamma Research LLP"');
    // Three implementers in four countries: each in all of them, as before.
    expect(where('Zeta Aid')).toEqual(['KE', 'RW', 'TZ', 'UG']);
    // Keeping one country does not make the framework say who works there.
    const kenya = importIati(csv, { orgTypes: { 'GB-GOV-1': '10' }, countries: ['KE'] });
    const kenyaGeo = rows(kenya.files['geography.csv']).records;
    expect(kenyaGeo.filter((r) => r.member === ids.get('Alpha Consulting Ltd'))).toEqual([]);
    expect(kenyaGeo.filter((r) => r.member === ids.get('PwC Kenya')).map((r) => r.country)).toEqual(['KE']);
    const nl = importIati(csv, { orgTypes: { 'GB-GOV-1': '10' }, lang: 'nl' });
    expect(nl.warnings.some((w) => w.message.includes('niet in die landen geplaatst'))).toBe(true);
    expectLoadable(result);
  });

  it('unfiltered: implementers are members too, multilaterals are typed un, unknown countries and unused codes warned', () => {
    const result = importIati(fixture('iati-activities.csv'), { orgTypes: { 'XM-DAC-41122': '40' } });
    expect(members(result).map((m) => m.name)).toEqual([
      'Cordaid',
      'Cordaid Kenya',
      'Local Health NGO',
      'Oxfam GB',
      'Oxfam Novib',
      'UNICEF',
    ]);
    expect(members(result).find((m) => m.id === 'XM-DAC-41122')).toMatchObject({
      type: 'un',
      scope: 'international',
      country: '',
    });
    expect(members(result).find((m) => m.id === 'GB-CHC-202918')?.country).toBe('GB');
    expect(result.warnings.find((w) => w.code === 'unknown_country')?.value).toBe('XX');
    expect(result.stats.unmappedThemes).toEqual({ '99810': 1 });
    // The 2100 planned start of an activity with an actual start is not used; the actual 2018 is.
    expect(rows(result.files['geography.csv']).records.find((r) => r.member === 'XM-DAC-41122')?.since).toBe(
      '2018',
    );
    expectContract(result);
  });

  it('filters members by ref or name and recipient countries', () => {
    const byName = importIati(fixture('iati-activities.csv'), {
      orgs: ['Stichting Oxfam Novib', 'GB-CHC-202918'],
    });
    expect(members(byName).map((m) => m.id)).toEqual(['GB-CHC-202918', 'NL-KVK-27108436']);
    const inKenya = importIati(fixture('iati-activities.csv'), { countries: ['KE'] });
    expect(new Set(rows(inKenya.files['geography.csv']).records.map((r) => r.country))).toEqual(
      new Set(['KE']),
    );
    // Expertise still counts every activity.
    expect(rows(inKenya.files['expertise.csv']).records.some((r) => r.member === 'XM-DAC-41122')).toBe(true);
  });

  it('a ministry that reports and funds is a funder, not a member; its implementers are members', () => {
    const result = importIati(fixture('iati-datastore.csv'));
    expect(members(result).map((m) => [m.id, m.name, m.type])).toEqual([
      ['fair-wear-foundation', 'Fair Wear Foundation', 'other'],
      ['local-union', 'Local Union', 'other'],
      ['NL-KVK-1', 'Mondiaal FNV', 'ngo'],
    ]);
    expect(
      funders(result).map(
        (f) =>
          `${f.funder}|${f.funder_ref}|${f.funder_type}|${f.member}|${f.country}|${f.role}|${f.activities}`,
      ),
    ).toEqual([
      'Netherlands Ministry of Foreign Affairs|NL-1|government|fair-wear-foundation|BD|funding|2',
      'Netherlands Ministry of Foreign Affairs|NL-1|government|fair-wear-foundation|ET|funding|1',
      'Netherlands Ministry of Foreign Affairs|NL-1|government|local-union|BD|funding|1',
      'Netherlands Ministry of Foreign Affairs|NL-1|government|local-union|ET|funding|1',
    ]);
    // The ministry's two spellings are one funder (named by the longer spelling on a tie).
    expect(result.stats.funders).toBe(1);
    // Vocabulary 99 codes are ignored; 32163 -> garment-textiles; 15150 -> lobby-advocacy.
    expect(
      rows(result.files['sectors.csv']).records.map((r) => `${r.member}:${r.sector}:${r.activities}`),
    ).toEqual(['fair-wear-foundation:garment-textiles:1', 'local-union:garment-textiles:1']);
    expect(result.stats.unmappedThemes).toEqual({ '16020': 1, '321': 1 });
    expectContract(result);
  });

  it('with fundersAsMembers the ministry is a member and still listed as a funder', () => {
    const result = importIati(fixture('iati-datastore.csv'), { fundersAsMembers: true });
    expect(members(result).map((m) => m.id)).toContain('NL-1');
    expect(result.stats.funders).toBe(1);
  });

  it('reads role columns with refs paired by position, and an organisations table with roles and types', () => {
    const csv =
      'iati_identifier,reporting_org_ref,reporting_org_name,funding_agencies,funding_org_refs,accountable_orgs,implementing_partners,implementing_org_refs,country_codes,sector_codes\n' +
      'A,DE-1,Federal Ministry for Economic Cooperation and Development (BMZ),Federal Ministry for Economic Cooperation and Development (BMZ),DE-1,Engagement Global gGmbH,CBM Christoffel-Blindenmission e.V.,,TZ,12230\n' +
      'B,XM-DAC-41122,UNICEF,UNICEF Regular Resources; The United Kingdom,XM-DAC-41122; GB-GOV-1,,IP not published (XM-DAC-41122-VN-1); Amref Health Africa,XM-DAC-41122-VN-1; XM-DAC-21045,KE,12240\n';
    const organisations =
      'activity_id,org_ref,org_name,role,org_type\nA,DE-1,Federal Ministry for Economic Cooperation and Development (BMZ),reporting,\n' +
      'A,DE-1,Federal Ministry for Economic Cooperation and Development (BMZ),funding,10\nA,,CBM Christoffel-Blindenmission e.V.,implementing,21\nA,,Engagement Global gGmbH,accountable,22\nA,,Somebody,advisor,\n';
    const plain = importIati(csv);
    // BMZ is typed government by its name, UNICEF reports and funds: both funders. "IP not published" is no organisation.
    expect(members(plain).map((m) => m.name)).toEqual([
      'Amref Health Africa',
      'CBM Christoffel-Blindenmission e.V.',
      'Engagement Global gGmbH',
    ]);
    expect(funders(plain).map((f) => `${f.funder}->${f.member}:${f.role}`)).toEqual([
      'The United Kingdom->XM-DAC-21045:funding',
      'UNICEF->XM-DAC-21045:funding',
      'Federal Ministry for Economic Cooperation and Development (BMZ)->cbm-christoffel-blindenmission-e-v:funding',
      'Federal Ministry for Economic Cooperation and Development (BMZ)->engagement-global-ggmbh:funding',
    ]);
    // Engagement Global is accountable: CBM is its local partner in Tanzania.
    expect(
      rows(plain.files['geography.csv']).records.find((g) => g.member === 'engagement-global-ggmbh')
        ?.partners,
    ).toBe('CBM Christoffel-Blindenmission e.V.');
    const typed = importIati(csv, { organisations, organisationsFile: 'orgs.csv' });
    expect(members(typed).map((m) => `${m.name}:${m.type}:${m.scope}`)).toEqual([
      'Amref Health Africa:other:',
      'CBM Christoffel-Blindenmission e.V.:ngo:international',
      'Engagement Global gGmbH:ngo:national',
    ]);
    expect(typed.warnings.find((w) => w.code === 'invalid_role')).toMatchObject({
      file: 'orgs.csv',
      line: 6,
      value: 'advisor',
    });
  });

  it('keeps organisations with different refs apart and gives same-named ones distinct names', () => {
    const csv =
      'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
      'A,NL-KVK-41179943,World Vision,KE,12220\nB,GB-CHC-285908,World Vision,UG,12220\n';
    const result = importIati(csv);
    expect(members(result).map((m) => [m.id, m.name])).toEqual([
      ['GB-CHC-285908', 'World Vision (GB-CHC-285908)'],
      ['NL-KVK-41179943', 'World Vision (NL-KVK-41179943)'],
    ]);
    expect(result.warnings.find((w) => w.code === 'duplicate_member')?.value).toBe('World Vision');
    expectLoadable(result);
  });

  it('reads organisation types from the ReportingOrganisation codelist', () => {
    const csv =
      'code,name,status,codeforiati:organisation-type-code\nNL-KVK-41160054,Cordaid,active,21\nXM-DAC-1,X,active,\n';
    expect(orgTypesFromCodelist(csv)).toEqual({ 'NL-KVK-41160054': '21' });
    expect(orgTypesFromCodelist('a,b\n1,2\n')).toEqual({});
  });

  it('says which members are known only by their ref, and how to name them', () => {
    const csv =
      'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
      'A,TZ-MOCDGWSG-4196,,TZ,12220\nB,NL-KVK-41160054,Cordaid,KE,12220\n';
    const result = importIati(csv);
    expect(members(result).map((m) => [m.id, m.name])).toContainEqual([
      'TZ-MOCDGWSG-4196',
      'TZ-MOCDGWSG-4196',
    ]);
    const warning = result.warnings.find((w) => w.message.includes('shown by their ref'));
    expect(warning?.message).toBe(
      '1 member organisation(s) have no usable name in the file and are shown by their ref: "TZ-MOCDGWSG-4196". Name them with orgNames / --org-names (the ReportingOrganisation codelist) or the merge option.',
    );
    expect(
      importIati(csv, { lang: 'nl' }).warnings.some((w) => w.message.includes('met hun ref getoond')),
    ).toBe(true);
    // Named through orgNames: nothing to say.
    const named = importIati(csv, { orgNames: { 'TZ-MOCDGWSG-4196': 'HelpAge Tanzania member' } });
    expect(named.warnings.some((w) => w.message.includes('shown by their ref'))).toBe(false);
    expect(members(named).map((m) => m.name)).toContain('HelpAge Tanzania member');
  });

  it('names publishers by the codelist when asked: one name whatever spelling the activities use', () => {
    const codelist =
      'code,name,status,codeforiati:organisation-type-code\n' +
      'XM-DAC-41140,United Nations World Food Programme (WFP),active,40\n' +
      'XI-GRID-grid.11194.3c,Makerere University,active,80\n' +
      'NL-KVK-41160054,CORDAID,active,21\n' +
      'XM-DAC-1,,active,10\n';
    const names = orgNamesFromCodelist(codelist);
    expect(names).toEqual({
      'XM-DAC-41140': 'United Nations World Food Programme (WFP)',
      'XI-GRID-grid.11194.3c': 'Makerere University',
      'NL-KVK-41160054': 'CORDAID',
    });
    const csv =
      'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
      'A,XM-DAC-41140,Programme alimentaire mondial,ML,12240\nB,XM-DAC-41140,Programme alimentaire mondial,NE,12240\n' +
      'C,XM-DAC-41140,World Food Programme,KE,12240\n' +
      'D,XI-GRID-grid.11194.3c,Makerere University School of Public Health,UG,12220\n' +
      'E,,Makerere University,UG,12220\n' +
      'F,NL-KVK-41160054,Cordaid,KE,12220\n';
    const plain = members(importIati(csv)).map((m) => m.name);
    expect(plain).toContain('Programme alimentaire mondial');
    const named = importIati(csv, { orgNames: names });
    expect(members(named).map((m) => [m.id, m.name])).toEqual([
      // A name in capitals only does not replace a spelling in mixed case.
      ['NL-KVK-41160054', 'Cordaid'],
      // The ref's official name meets the same name written without a ref: one organisation.
      ['XI-GRID-grid.11194.3c', 'Makerere University'],
      ['XM-DAC-41140', 'United Nations World Food Programme (WFP)'],
    ]);
    // The user's merge map still names the organisation.
    const merged = importIati(csv, { orgNames: names, merge: { 'World Food Programme': 'WFP' } });
    expect(members(merged).map((m) => m.name)).toContain('WFP');
    expectLoadable(named);
  });
});

describe('readImportFile and importFileToDir', () => {
  it('writes the five CSVs and merges.json, detects XML for iati, refuses XML as 3W and overwriting the input', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ps-import-'));
    try {
      const file = path.resolve(__dirname, '../fixtures/import/3w-cr-only.csv');
      const written = importFileToDir('3w', file, dir);
      expect(written.map((p) => path.basename(p))).toEqual([
        'expertise.csv',
        'funders.csv',
        'geography.csv',
        'members.csv',
        'merges.json',
        'sectors.csv',
      ]);
      const merges = JSON.parse(readFileSync(path.join(dir, 'merges.json'), 'utf8'));
      expect(merges[0]).toMatchObject({ canonical: 'Batas Foundation', variants: ['Batas foundation'] });
      expect(() => importFileToDir('iati', path.join(dir, 'missing.csv'), dir)).toThrow(/Cannot read/);
      const xml = path.resolve(__dirname, '../fixtures/import/iati-activities.xml');
      expect(readImportFile('iati', xml).format).toBe('xml');
      expect(() => readImportFile('3w', xml)).toThrow(/XML file, not a 3W table/);
      const input = path.join(dir, 'members.csv');
      writeFileSync(input, readFileSync(file));
      expect(() => importFileToDir('3w', input, dir)).toThrow(/holds the input files of this run/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!HAS_REALDATA)(`importIati on the East Africa health sample (${REALDATA})`, () => {
  const sample = 'iati-east-africa-health/iati_health_projects.sample.csv';
  const codelist = () => orgTypesFromCodelist(realdata('iati-codelists/csv-en/ReportingOrganisation.csv'));

  it('keeps the Dutch members, one per ref, typed from the codelist', () => {
    const result = importIati(realdata(sample), { orgPrefix: 'NL-', orgTypes: codelist() });
    expect(result.stats.rows).toBe(1187);
    expect(result.stats.usedRows + result.stats.skippedRows).toBe(1187);
    const list = members(result);
    expect(list.every((m) => m.id!.startsWith('NL-') && m.country === 'NL')).toBe(true);
    expect(list.find((m) => m.id === 'NL-KVK-41160054')).toMatchObject({
      name: 'Cordaid',
      type: 'ngo',
      scope: 'international',
    });
    expect(list.length).toBeGreaterThanOrEqual(24);
    expect(list.some((m) => m.id === 'NL-1' || looksGovernmental(m.name!))).toBe(false);
    expectContract(result);
    expectLoadable(result);
  });

  it('unfiltered: no ministry, embassy, government body or pooled fund among the members; donors are funders', () => {
    const result = importIati(realdata(sample));
    expect(result.stats.usedRows + result.stats.skippedRows).toBe(1187);
    const list = members(result);
    const donors = list.filter(
      (m) => m.type === 'government' || looksGovernmental(m.name!) || looksLikeFundingVehicle(m.name!),
    );
    expect(donors.map((m) => m.name)).toEqual([]);
    // Donors whose names do not say so (found by ref), DAC channel categories standing for
    // undisclosed organisations, and one organisation under two refs of its own.
    const names = list.map((m) => m.name!);
    for (const absent of [
      'Foreign Affairs, Trade and Development Canada (DFATD)',
      'Netherlands Enterprise Agency',
      'University, college or other teaching institution, research institute or think?tank',
    ])
      expect([absent, names.includes(absent)]).toEqual([absent, false]);
    for (const once of ['AMREF Health Africa', 'World Health Organization'])
      expect([once, names.filter((n) => n.toUpperCase() === once.toUpperCase()).length]).toEqual([once, 1]);
    expect(list.filter((m) => m.type === 'un').map((m) => m.name)).toContain('UN Environment Programme');
    const funderNames = new Set(funders(result).map((f) => f.funder));
    for (const donor of [
      'The United Kingdom',
      'Federal Ministry for Economic Cooperation and Development (BMZ)',
    ]) {
      expect([donor, [...funderNames].some((n) => n!.startsWith(donor))]).toEqual([donor, true]);
    }
    expect(result.stats.partners).toBeGreaterThan(100);
    expectContract(result);
    expectLoadable(result);
  });

  it('with the organisations table: types and scopes for most members, roles from the table', () => {
    const result = importIati(realdata(sample), {
      organisations: realdata('iati-east-africa-health/organisations.sample.csv'),
      orgTypes: codelist(),
    });
    const list = members(result);
    const typed = list.filter((m) => m.type !== 'other').length;
    expect(typed / list.length).toBeGreaterThan(0.7);
    expect(list.some((m) => m.type === 'government')).toBe(false);
    expect(list.filter((m) => m.type === 'un').map((m) => m.name)).toContain('UNICEF');
    expectContract(result);
  });
});
