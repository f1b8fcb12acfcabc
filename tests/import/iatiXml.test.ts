import { describe, expect, it } from 'vitest';
import { LimitError } from '../../src/errors.js';
import { importIatiXml, readIatiXml } from '../../src/import/iatiXml.js';
import type { ImportResult } from '../../src/import/types.js';
import {
  expectContract,
  expectLoadable,
  fixture,
  HAS_REALDATA,
  REALDATA,
  realdata,
  rows,
} from './helpers.js';

const records = (r: ImportResult, file: keyof ImportResult['files']) => rows(r.files[file]).records;

/** A well-formed activity file around the given activity bodies. */
const activities = (...bodies: string[]) =>
  `<?xml version="1.0"?><iati-activities version="2.03">${bodies.map((b) => `<iati-activity>${b}</iati-activity>`).join('')}</iati-activities>`;

describe('readIatiXml on hand-written IATI 2.03 files', () => {
  it('reads identifiers, organisations with roles and types, places, sectors and dates of direct children only', () => {
    const read = readIatiXml(fixture('iati-activities.xml'), 'iati-activities.xml');
    expect(read.rows).toBe(5);
    const [first] = read.activities;
    expect(first).toMatchObject({
      line: 5,
      id: 'NL-KVK-41160054-KE-001',
      countries: ['KE'],
      actualStart: '2019-03-01',
      plannedStart: '2019-01-01',
    });
    // The narrative without a language names the organisation; 1.0x role words and text names are read too.
    expect(first?.orgs.map((o) => `${o.role}:${o.name}:${o.ref ?? ''}:${o.type}`)).toEqual([
      'reporting:Cordaid:NL-KVK-41160054:21',
      'funding:Ministry of Foreign Affairs of the Netherlands:XM-DAC-7:10',
      'accountable:Cordaid:NL-KVK-41160054:21',
      'implementing:Kenya Health Partners::24',
      'implementing:Turkana Women Network::',
    ]);
    expect(read.activities[2]?.orgs.map((o) => `${o.role}:${o.name}`)).toEqual([
      'reporting:Embassy of the Kingdom of the Netherlands in Uganda',
      'funding:Embassy of the Kingdom of the Netherlands in Uganda',
      'implementing:Oxfam Novib',
      'implementing:IP not published',
    ]);
    // Locations of the activity, not the result baseline's <location ref="TUR"/>.
    expect(first?.locations).toEqual([
      {
        name: 'Turkana',
        locationClass: '1',
        administrative: [{ code: 'KE-23', level: 1, vocabulary: 'A9' }],
      },
      {
        name: 'Lodwar clinic',
        locationClass: '3',
        administrative: [
          { code: 'KE-23', level: 1, vocabulary: 'A9' },
          { code: 'KE-23-01', level: 2, vocabulary: 'A9' },
        ],
      },
    ]);
    // Transaction sectors and countries stand in when the activity has none of its own.
    expect(read.activities[4]).toMatchObject({
      regions: ['289'],
      countries: ['ZZ'],
      sectors: [{ code: '12250', vocabulary: '1' }],
    });
    expect(read.warnings.list()).toEqual([]);
  });

  it('refuses a document type declaration: no entity is expanded, reading stops with a located error', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n' +
      '<iati-activities><iati-activity><iati-identifier>&lol2;</iati-identifier></iati-activity></iati-activities>';
    const read = readIatiXml(bomb, 'bomb.xml');
    expect(read.activities).toEqual([]);
    expect(read.warnings.list()).toMatchObject([{ file: 'bomb.xml', line: 1, code: 'parse_error' }]);
    // An undeclared entity is an error, not text.
    expect(
      readIatiXml(activities('<iati-identifier>&nbsp;</iati-identifier>'), 'x.xml').warnings.list()[0]?.code,
    ).toBe('parse_error');
  });

  it('keeps the activities before malformed XML and counts the broken one as rejected', () => {
    const text = `<iati-activities>\n<iati-activity><iati-identifier>A</iati-identifier></iati-activity>\n<iati-activity><iati-identifier>B</iati-identifier><sector></iati-activity>\n</iati-activities>`;
    const read = readIatiXml(text, 'broken.xml');
    expect(read.activities.map((a) => a.id)).toEqual(['A']);
    expect([read.rows, read.rejected]).toEqual([2, 1]);
    expect(read.warnings.list()).toMatchObject([{ line: 3, code: 'parse_error' }]);
  });

  it('enforces the size limits while reading: bytes, activities, characters of one text', () => {
    const two = activities('<iati-identifier>A</iati-identifier>', '<iati-identifier>B</iati-identifier>');
    expect(() => readIatiXml(two, 'a.xml', { maxBytes: 50 })).toThrow(LimitError);
    expect(() => readIatiXml(two, 'a.xml', { maxRows: 1 })).toThrow(/more than 1 data rows/);
    const long = activities(`<reporting-org><narrative>${'x'.repeat(500)}</narrative></reporting-org>`);
    expect(() => readIatiXml(long, 'a.xml', { maxCellChars: 100 })).toThrow(LimitError);
    const deep = `<iati-activities><iati-activity>${'<a>'.repeat(70)}${'</a>'.repeat(70)}</iati-activity></iati-activities>`;
    expect(readIatiXml(deep, 'deep.xml').warnings.list()[0]?.message).toMatch(/nested more than 64 deep/);
  });

  it('says so when a file holds no activity (an organisation file, other XML)', () => {
    const read = readIatiXml('<iati-organisations><iati-organisation/></iati-organisations>', 'org.xml');
    expect(read.warnings.list()).toMatchObject([{ code: 'empty_file' }]);
  });
});

describe('importIatiXml', () => {
  const result = importIatiXml(fixture('iati-activities.xml'), { file: 'iati-activities.xml' });

  it('members are the NGOs and the UN agency that do the work; ministries, embassies and pooled funds are funders', () => {
    expect(records(result, 'members.csv').map((m) => `${m.id}:${m.type}:${m.scope}`)).toEqual([
      'NL-KVK-41160054:ngo:international',
      'kenya-health-partners:ngo:national',
      'NL-KVK-27108436:ngo:international',
      'save-the-children-kenya:ngo:national',
      'turkana-women-network:other:',
      'XM-DAC-928:un:international',
    ]);
    expect(
      records(result, 'funders.csv').map(
        (f) => `${f.funder}|${f.funder_type}|${f.member}|${f.country}|${f.role}`,
      ),
    ).toEqual([
      'Ministry of Foreign Affairs of the Netherlands|government|NL-KVK-41160054|KE|funding',
      'Ministry of Foreign Affairs of the Netherlands|government|kenya-health-partners|KE|funding',
      'Embassy of the Kingdom of the Netherlands in Uganda|government|NL-KVK-27108436|UG|funding',
      'Kenya Humanitarian Fund|un|save-the-children-kenya|KE|funding',
      'Ministry of Foreign Affairs of the Netherlands|government|turkana-women-network|KE|funding',
      'Example Health Foundation|other|XM-DAC-928||funding',
    ]);
    expect(result.stats).toMatchObject({
      rows: 5,
      usedRows: 4,
      skippedRows: 1,
      members: 6,
      funders: 4,
      areas: 2,
      partners: 2,
    });
    expect(result.warnings.map((w) => w.code)).toEqual(['duplicate_row', 'unknown_country', 'missing_value']);
    expectContract(result);
    expectLoadable(result);
  });

  it("puts the implementers of a member's activity in its geography as local partners, per area", () => {
    expect(records(result, 'geography.csv').filter((g) => g.member === 'NL-KVK-41160054')).toEqual([
      {
        member: 'NL-KVK-41160054',
        country: 'KE',
        area: 'Turkana (KE23)',
        presence: 'programme',
        partners: 'Kenya Health Partners; Turkana Women Network',
        since: '2019',
        activities: '1',
        works_with: 'kenya-health-partners; turkana-women-network',
      },
      {
        member: 'NL-KVK-41160054',
        country: 'KE',
        area: 'Turkana (KE23) > KE2301',
        presence: 'programme',
        partners: 'Kenya Health Partners; Turkana Women Network',
        since: '2019',
        activities: '1',
        works_with: 'kenya-health-partners; turkana-women-network',
      },
    ]);
    // An implementer names no partners of its own; "IP not published" is nobody's partner.
    expect(records(result, 'geography.csv').find((g) => g.member === 'NL-KVK-27108436')?.partners).toBe('');
  });

  it('themes are observed from DAC codes (vocabulary 99 ignored), with activity counts', () => {
    expect(records(result, 'expertise.csv').filter((e) => e.member === 'NL-KVK-41160054')).toEqual([
      // Each theme where the activity is: its country and its locations there.
      {
        member: 'NL-KVK-41160054',
        theme: 'gbv',
        level: '',
        evidence: 'observed',
        activities: '1',
        country: 'KE',
        area: 'Turkana (KE23); Turkana (KE23) > KE2301',
      },
      {
        member: 'NL-KVK-41160054',
        theme: 'health',
        level: '',
        evidence: 'observed',
        activities: '1',
        country: 'KE',
        area: 'Turkana (KE23); Turkana (KE23) > KE2301',
      },
    ]);
  });
});

describe.skipIf(!HAS_REALDATA)(`the IATI standard's annotated example (${REALDATA})`, () => {
  it('reads its one activity: four organisations in four roles, two locations, DAC 3-digit sectors', () => {
    const read = readIatiXml(realdata('iati-xml/activity-standard-example-annotated.xml'), 'example.xml');
    expect(read.activities).toHaveLength(1);
    const [a] = read.activities;
    expect(a?.orgs.map((o) => `${o.role}:${o.ref}:${o.type}`)).toEqual([
      'reporting:AA-AAA-123456789:40',
      'funding:BB-BBB-123456789:40',
      'accountable:CC-CCC-123456789:10',
      'extending:AA-AAA-123456789:21',
    ]);
    expect(a?.countries).toEqual(['AF', 'AG']);
    expect(a?.locations.map((l) => l.administrative[0]?.code)).toEqual(['1453782', '1453782']);
    expect(a?.sectors.filter((s) => s.vocabulary === '2').map((s) => s.code)).toEqual(['111', '112']);
    // Agency A reports and extends; typed 21 (an international NGO) it is the member. B funds,
    // C (a government body, accountable) oversees: both funders.
    const result = importIatiXml(realdata('iati-xml/activity-standard-example-annotated.xml'));
    expect(records(result, 'members.csv').map((m) => `${m.id}:${m.type}`)).toEqual(['AA-AAA-123456789:ngo']);
    expect(records(result, 'funders.csv').map((f) => `${f.funder_ref}:${f.role}:${f.country}`)).toEqual([
      'BB-BBB-123456789:funding:AF',
      'BB-BBB-123456789:funding:AG',
      'CC-CCC-123456789:accountable:AF',
      'CC-CCC-123456789:accountable:AG',
    ]);
  });
});
