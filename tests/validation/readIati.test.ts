import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dacCodes,
  isChannelCategory,
  orgKeys,
  readIatiSample,
  startDate,
} from '../../bench/validation/readIati.js';

const PROJECTS = [
  'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,planned_start_date,actual_start_date,sector_codes,description',
  'A1,NL-1,Alpha NGO,KE; UG,2019-01-01,2019-02-15T00:00:00,12220; 12230,"two lines',
  'in a quoted cell"',
  'A2,NL-1,Alpha NGO,SO,2021-05-01,,12220; 121; 3.8,',
  'A3,XM-2,Donor,ET,,,12220,no start date',
  'A4,,Beta,TZ,2022-01-01,,13020,reporting org only in the activity table',
  '',
].join('\n');

const ORGS = [
  'activity_id,org_ref,org_name,role,org_type',
  'A1,NL-1,Alpha NGO,reporting,',
  'A1,XM-2,Donor,funding,10',
  'A1,,Gamma Local,implementing,22',
  'A1,XM-DAC-22000,Donor country-based NGO,implementing,21',
  'A2,NL-1,Alpha NGO,reporting,',
  'A2,,ALPHA NGO,implementing,21',
  'A2,,Gamma  Local,4,',
  'A2,,,implementing,',
  'A2,XX,Someone,sponsor,',
  'A3,XM-2,Donor,reporting,',
  'A9,NL-1,Alpha NGO,reporting,',
  '',
].join('\n');

const COUNTRIES = [
  'activity_id,country_code,percentage',
  'A1,KE,60',
  'A1,UG,40',
  'A1,998,',
  'A9,KE,',
  '',
].join('\n');

describe('readIatiSample', () => {
  const sample = readIatiSample({ projects: PROJECTS, organisations: ORGS, countries: COUNTRIES });

  it('uses or skips every row with a reason (used + skipped = rows)', () => {
    for (const [file, c] of Object.entries(sample.files)) {
      const skipped = Object.values(c.skipped).reduce((s, n) => s + n, 0);
      expect(c.used + skipped, file).toBe(c.rows);
    }
    expect(sample.files['iati_health_projects.csv']).toEqual({
      rows: 4,
      used: 3,
      skipped: { 'no start date (actual or planned)': 1 },
    });
    expect(sample.files['organisations.csv']!.skipped).toEqual({
      'a DAC channel category ref (e.g. XM-DAC-22000), not an organisation': 1,
      'activity not in the activity table (or without a start date)': 2,
      'no organisation ref or name': 1,
      'unknown role': 1,
    });
    expect(sample.files['activity_countries.csv']!.skipped).toEqual({
      'activity not in the activity table (or without a start date)': 1,
      'not an ISO alpha-2 country code': 1,
    });
  });

  it('reads dates, countries, DAC codes and participants of each activity', () => {
    const [a1, a2, a4] = sample.activities;
    expect(a1).toMatchObject({
      id: 'A1',
      start: '2019-02-15',
      countries: ['KE', 'UG'],
      purposeCodes: ['12220', '12230'],
      categories: ['122'],
    });
    // countries from the activity's own cell when the countries table has no row for it
    expect(a2).toMatchObject({
      start: '2021-05-01',
      countries: ['SO'],
      purposeCodes: ['12220'],
      categories: ['121', '122'],
    });
    expect(a1!.participants).toEqual([
      { key: 'NL-1', role: 'reporting' },
      { key: 'XM-2', role: 'funding' },
      { key: 'name:gamma local', role: 'implementing' },
    ]);
    // "ALPHA NGO" without a ref is the NL-1 of its other rows; role code 4 is implementing
    expect(a2!.participants).toEqual([
      { key: 'NL-1', role: 'implementing' },
      { key: 'NL-1', role: 'reporting' },
      { key: 'name:gamma local', role: 'implementing' },
    ]);
    // the publisher from the activity table when the organisations table does not name it
    expect(a4!.participants).toEqual([{ key: 'name:beta', role: 'reporting' }]);
  });

  it('keeps one record per organisation with its most frequent name and its type', () => {
    expect(sample.organisations.get('NL-1')).toEqual({ key: 'NL-1', name: 'Alpha NGO', type: '21' });
    expect(sample.organisations.get('XM-2')?.type).toBe('10');
  });

  it('takes organisation types from the reporting-organisation codelist when the rows have none', () => {
    const codelist = 'code,name,codeforiati:organisation-type-code\nNL-1,Alpha,22\nname:beta,Beta,60\n';
    const s = readIatiSample({ projects: PROJECTS, organisations: ORGS, reportingOrgCodelist: codelist });
    expect(s.organisations.get('name:beta')?.type).toBe('60');
    expect(s.organisations.get('NL-1')?.type).toBe('21');
  });

  it('names a missing column and the header it found', () => {
    expect(() => readIatiSample({ projects: 'iati_identifier\nA1\n', organisations: ORGS })).toThrow(
      /iati_health_projects\.csv: column "reporting_org_ref" not found \(header: iati_identifier\)/,
    );
  });
});

describe('reader helpers', () => {
  it('keys organisations by ref, else by the unique ref of the same folded name, else by name', () => {
    expect(
      orgKeys([
        { ref: 'R1', name: 'Médecins X' },
        { ref: '', name: 'medecins x' },
        { ref: 'R2', name: 'Twin' },
        { ref: 'R3', name: 'Twin' },
        { ref: '', name: 'Twin' },
        { ref: '', name: 'Solo Org.' },
      ]),
    ).toEqual(['R1', 'R1', 'R2', 'R3', 'name:twin', 'name:solo org']);
  });

  it('classifies DAC codes, dates and channel categories', () => {
    expect(dacCodes('12220; 121; 3.8; 13020; 12220')).toEqual({
      purposeCodes: ['12220', '13020'],
      categories: ['121', '122', '130'],
    });
    expect(startDate('', '2020-01-31T00:00:00Z')).toBe('2020-01-31');
    expect(startDate('31/01/2020', '')).toBeNull();
    expect(isChannelCategory('XM-DAC-22000')).toBe(true);
    expect(isChannelCategory('XM-DAC-41122')).toBe(false);
    expect(isChannelCategory('XM-DAC-42000')).toBe(true);
  });
});

const REALDATA = path.resolve(__dirname, '../../../shared/realdata/iati-east-africa-health');
const HAS_REALDATA = existsSync(REALDATA);
if (!HAS_REALDATA)
  console.warn(`[tests/validation] ${REALDATA} not found: the real-data reader test is skipped.`);

describe.skipIf(!HAS_REALDATA)(`readIatiSample on the East Africa health sample (${REALDATA})`, () => {
  it('reads every activity with a start date and accounts for every row', () => {
    const read = (f: string) => new Uint8Array(readFileSync(path.join(REALDATA, f)));
    const s = readIatiSample({
      projects: read('iati_health_projects.sample.csv'),
      organisations: read('organisations.sample.csv'),
      countries: read('activity_countries.sample.csv'),
    });
    expect(s.activities).toHaveLength(1187);
    for (const c of Object.values(s.files)) {
      expect(c.used + Object.values(c.skipped).reduce((a, b) => a + b, 0)).toBe(c.rows);
    }
    expect(s.activities.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.start))).toBe(true);
    expect(s.activities.filter((a) => a.participants.some((p) => p.role === 'reporting')).length).toBe(1187);
  });
});
