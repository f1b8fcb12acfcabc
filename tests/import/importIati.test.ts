import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importIati, orgTypesFromCodelist } from '../../src/import/importIati.js';
import { importFileToDir } from '../../src/node/importFile.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';
import { EXPECTED_HEADERS, fixture, HAS_REALDATA, REALDATA, realdata, rows } from './helpers.js';

describe('importIati on synthetic fixtures', () => {
  it('imports the reporting organisations of an IATI-tools export, filtered by ref prefix', () => {
    const result = importIati(fixture('iati-activities.csv'), {
      orgPrefix: 'NL-',
      orgTypes: { 'NL-KVK-41160054': '21', 'Oxfam Novib': 'ngo' },
    });
    // 6 activities: 2 non-NL filtered out, 1 repeated activity id skipped.
    expect(result.stats).toMatchObject({ rows: 6, usedRows: 3, skippedRows: 3, filteredRows: 2, members: 2 });
    expect(rows(result.files['members.csv']).records).toEqual([
      {
        id: 'NL-KVK-41160054',
        name: 'Cordaid',
        type: 'ngo',
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
  });

  it('maps DAC codes to themes and sectors with levels from activity shares', () => {
    const result = importIati(fixture('iati-activities.csv'), { orgPrefix: 'NL-' });
    // Cordaid, 2 activities: A1 12220 (health) + 12240 (nutrition); A2 15180 (gbv), '3.8' is an SDG target.
    // Each theme in 1 of 2 activities: 1 + round(4 x 0.5) = 3. Oxfam Novib: 14030 (wash) in its only activity: 5.
    expect(
      rows(result.files['expertise.csv']).records.map((r) => `${r.member}:${r.theme}:${r.level}`),
    ).toEqual([
      'NL-KVK-41160054:gbv:3',
      'NL-KVK-41160054:health:3',
      'NL-KVK-41160054:nutrition:3',
      'NL-KVK-27108436:wash:5',
    ]);
    // Sectors from sectors.json's dac codes: 12220/12240 -> health; 14030 -> water-sanitation; 31120 -> agriculture.
    expect(
      rows(result.files['sectors.csv']).records.map(
        (r) => `${r.member}:${r.sector}:${r.network}:${r.strength}`,
      ),
    ).toEqual([
      'NL-KVK-41160054:health:association:3',
      'NL-KVK-27108436:agriculture:association:5',
      'NL-KVK-27108436:water-sanitation:association:5',
    ]);
  });

  it('writes one geography row per organisation x country with partners, start year and activity count', () => {
    const { records } = rows(
      importIati(fixture('iati-activities.csv'), { orgPrefix: 'NL-' }).files['geography.csv'],
    );
    expect(records).toEqual([
      {
        member: 'NL-KVK-41160054',
        country: 'KE',
        presence: 'programme',
        partners: 'Cordaid Kenya; Local Health NGO',
        since: '2019',
        activities: '2',
      },
      {
        member: 'NL-KVK-41160054',
        country: 'UG',
        presence: 'programme',
        partners: 'Cordaid Kenya; Local Health NGO',
        since: '2019',
        activities: '1',
      },
      {
        member: 'NL-KVK-27108436',
        country: 'ET',
        presence: 'programme',
        partners: '',
        since: '2020',
        activities: '1',
      },
    ]);
  });

  it('keeps multilateral refs as ids without a country, warns about unknown countries and unused codes', () => {
    const result = importIati(fixture('iati-activities.csv'));
    const members = rows(result.files['members.csv']).records;
    expect(members.find((m) => m.id === 'XM-DAC-41122')).toMatchObject({
      name: 'UNICEF',
      country: '',
      type: 'other',
    });
    expect(members.find((m) => m.id === 'GB-CHC-202918')?.country).toBe('GB');
    expect(result.warnings.find((w) => w.code === 'unknown_country')?.value).toBe('XX');
    expect(result.stats.unmappedThemes).toEqual({ '99810': 1 });
    // The 2100 planned start of an activity with an actual start is not used; the actual 2018 is.
    expect(rows(result.files['geography.csv']).records.find((r) => r.member === 'XM-DAC-41122')?.since).toBe(
      '2018',
    );
  });

  it('filters by org refs or names and by recipient countries', () => {
    const byName = importIati(fixture('iati-activities.csv'), {
      orgs: ['Stichting Oxfam Novib', 'GB-CHC-202918'],
    });
    expect(rows(byName.files['members.csv']).records.map((m) => m.id)).toEqual([
      'GB-CHC-202918',
      'NL-KVK-27108436',
    ]);
    const inKenya = importIati(fixture('iati-activities.csv'), { countries: ['KE'] });
    expect(new Set(rows(inKenya.files['geography.csv']).records.map((r) => r.country))).toEqual(
      new Set(['KE']),
    );
    // Expertise still counts every activity.
    expect(rows(inKenya.files['expertise.csv']).records.some((r) => r.member === 'XM-DAC-41122')).toBe(true);
  });

  it('reads IATI Datastore column names, type codes and sector vocabularies', () => {
    const result = importIati(fixture('iati-datastore.csv'));
    expect(rows(result.files['members.csv']).records.map((m) => [m.id, m.name, m.type])).toEqual([
      ['NL-KVK-1', 'Mondiaal FNV', 'ngo'],
      ['NL-1', 'Netherlands Ministry of Foreign Affairs', 'government'],
    ]);
    // Vocabulary 99 codes are ignored; 32163 -> garment-textiles; 15150 -> lobby-advocacy.
    expect(
      rows(result.files['sectors.csv']).records.map((r) => `${r.member}:${r.sector}:${r.strength}`),
    ).toEqual(['NL-1:garment-textiles:3']);
    expect(
      rows(result.files['expertise.csv']).records.map((r) => `${r.member}:${r.theme}:${r.level}`),
    ).toEqual(['NL-1:lobby-advocacy:3']);
    expect(
      rows(result.files['geography.csv']).records.find((r) => r.member === 'NL-1' && r.country === 'BD'),
    ).toMatchObject({ partners: 'Fair Wear Foundation; Local Union', since: '2017', activities: '2' });
    expect(result.stats.unmappedThemes).toEqual({ '16020': 1, '321': 1 });
  });

  it('writes CSVs that re-parse to the documented headers and load without rejections', () => {
    const result = importIati(fixture('iati-activities.csv'));
    for (const name of Object.keys(EXPECTED_HEADERS) as (keyof typeof EXPECTED_HEADERS)[]) {
      expect(rows(result.files[name]).header).toEqual(EXPECTED_HEADERS[name]);
    }
    expect(parsePartnership(result.files).rejected).toEqual([]);
  });

  it('keeps organisations with different refs apart and gives same-named ones distinct names', () => {
    const csv =
      'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
      'A,NL-KVK-41179943,World Vision,KE,12220\nB,GB-CHC-285908,World Vision,UG,12220\n';
    const result = importIati(csv);
    expect(rows(result.files['members.csv']).records.map((m) => [m.id, m.name])).toEqual([
      ['GB-CHC-285908', 'World Vision (GB-CHC-285908)'],
      ['NL-KVK-41179943', 'World Vision (NL-KVK-41179943)'],
    ]);
    expect(result.warnings.find((w) => w.code === 'duplicate_member')?.value).toBe('World Vision');
    const ingest = parsePartnership(result.files);
    expect(ingest.rejected).toEqual([]);
    expect(ingest.partnership.members).toHaveLength(2);
  });

  it('reads organisation types from the ReportingOrganisation codelist', () => {
    const csv =
      'code,name,status,codeforiati:organisation-type-code\nNL-KVK-41160054,Cordaid,active,21\nXM-DAC-1,X,active,\n';
    expect(orgTypesFromCodelist(csv)).toEqual({ 'NL-KVK-41160054': '21' });
    expect(orgTypesFromCodelist('a,b\n1,2\n')).toEqual({});
  });
});

describe('importFileToDir', () => {
  it('writes the four CSVs and merges.json and returns their paths', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ps-import-'));
    try {
      const file = path.resolve(__dirname, '../fixtures/import/3w-cr-only.csv');
      const written = importFileToDir('3w', file, dir);
      expect(written.map((p) => path.basename(p))).toEqual([
        'expertise.csv',
        'geography.csv',
        'members.csv',
        'merges.json',
        'sectors.csv',
      ]);
      const merges = JSON.parse(readFileSync(path.join(dir, 'merges.json'), 'utf8'));
      expect(merges[0]).toMatchObject({ canonical: 'Batas Foundation', variants: ['Batas foundation'] });
      expect(() => importFileToDir('iati', path.join(dir, 'missing.csv'), dir)).toThrow(/Cannot read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!HAS_REALDATA)(`importIati on the East Africa health sample (${REALDATA})`, () => {
  it('keeps the Dutch publishers, one member per ref, typed from the codelist', () => {
    const orgTypes = orgTypesFromCodelist(realdata('iati-codelists/csv-en/ReportingOrganisation.csv'));
    const result = importIati(realdata('iati-east-africa-health/iati_health_projects.sample.csv'), {
      orgPrefix: 'NL-',
      orgTypes,
    });
    // 93 activities with an NL reporting org (PROVENANCE.md), 27 ref/name spellings, 24 refs.
    expect(result.stats).toMatchObject({ rows: 1187, usedRows: 93, members: 24, spellings: 27 });
    const members = rows(result.files['members.csv']).records;
    expect(members.every((m) => m.id!.startsWith('NL-') && m.country === 'NL')).toBe(true);
    expect(members.find((m) => m.id === 'NL-KVK-41160054')).toMatchObject({ name: 'Cordaid', type: 'ngo' });
    expect(result.merges.map((m) => m.id).sort()).toEqual([
      'NL-KVK-41022454',
      'NL-KVK-41150298',
      'NL-KVK-41215393',
    ]);
    const ingest = parsePartnership(result.files);
    expect(ingest.rejected).toEqual([]);
    expect(ingest.partnership.members).toHaveLength(24);
  });

  it('imports all 173 reporting organisations without a filter', () => {
    const result = importIati(realdata('iati-east-africa-health/iati_health_projects.sample.csv'));
    expect(result.stats.usedRows + result.stats.skippedRows).toBe(1187);
    // 173 refs (PROVENANCE.md); a few refs that are names, not identifiers, may stay apart or merge.
    expect(result.stats.members).toBeGreaterThanOrEqual(165);
    expect(result.stats.members).toBeLessThanOrEqual(173);
    expect(parsePartnership(result.files).rejected).toEqual([]);
  });
});
