import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { import3w } from '../../src/import/import3w.js';
import { importPublicInput, publicImportNote } from '../../src/import/publicInput.js';
import { sourcesInTable } from '../../src/import/tableSources.js';
import { readPartnershipDir } from '../../src/node/buildFromDir.js';
import { nodeReaders } from '../../src/node/publicData.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';
import { buildTemplateWorkbook } from '../../src/workbook/template/buildTemplate.js';
import { repoRoot } from '../helpers.js';
import { fixture } from '../import/helpers.js';

const fixtures = path.resolve(repoRoot, 'tests/fixtures/import');
const dir = mkdtempSync(path.join(tmpdir(), 'ps-public-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 3W table given where partnership files are expected', () => {
  it('is read as import 3w writes it, with a first warning that says so and how to see the import', () => {
    const file = path.join(fixtures, '3w-hxl-bom.csv');
    const read = readPartnershipDir(file);
    const imported = import3w(fixture('3w-hxl-bom.csv'), { file: '3w-hxl-bom.csv' });
    const direct = parsePartnership(
      Object.entries(imported.files).map(([name, content]) => ({ name, content })),
    );
    // The same partnership, its sources named as rows of the table rather than of files never written.
    expect(read.partnership).toEqual(sourcesInTable(direct, imported.origins!).partnership);
    const cited = read.partnership.geography.flatMap((g) => g.sources);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((s) => s.file === '3w-hxl-bom.csv' && s.line > 2)).toBe(true);
    expect(read.warnings[0]).toMatchObject({ file: '3w-hxl-bom.csv', line: 0, code: 'unknown_file' });
    expect(read.warnings[0]?.message).toBe(
      `3w-hxl-bom.csv is an OCHA 3W table, not partnership files: it was read as "import 3w" reads it (members: ${imported.stats.members} organisations; what they work on is observed, not rated), and the reports' sources are its rows. To see the import's warnings and the files it writes, and edit them: partner-synergy import 3w 3w-hxl-bom.csv --out <folder>`,
    );
    expect(read.rejected).toEqual([]);
    // sectors.csv is written with its header only (a 3W table has no sector networks): not the
    // user's file, so no "has no data rows" warning about it.
    expect(read.warnings.filter((w) => w.code === 'empty_file')).toEqual([]);
  });

  it('reads the 3W sheet of a workbook, named in the note, in Dutch too', () => {
    const read = readPartnershipDir(path.join(fixtures, '3w-mali-workbook.xlsx'), { lang: 'nl' });
    expect(read.partnership.members.length).toBe(26);
    expect(read.warnings[0]?.message).toMatch(
      /^3w-mali-workbook\.xlsx \(ML_5W\) is een OCHA 3W-tabel, geen partnerschapsbestanden: .* --out <map>$/,
    );
  });

  it('leaves partnership files alone: a lone members.csv, a folder, the template workbook', () => {
    const members = path.resolve(repoRoot, 'data/sample-partnership/members.csv');
    const lone = readPartnershipDir(members);
    expect(lone.partnership.members.map((m) => m.id)).toContain('FTA');
    expect(lone.warnings.some((w) => w.code === 'unknown_file')).toBe(false);
    const folder = readPartnershipDir(path.resolve(repoRoot, 'data/sample-partnership'));
    expect(folder.warnings.some((w) => w.code === 'unknown_file')).toBe(false);
    const template = path.join(dir, 'partnership.xlsx');
    writeFileSync(template, buildTemplateWorkbook());
    expect(readPartnershipDir(template).partnership.members).toEqual([]);
  });

  it('is not taken for a table that only has an organisation and a country', () => {
    const csv = 'Organisation,Country\nOxfam,Kenya\n';
    expect(importPublicInput([{ name: 'orgs.csv', content: csv }], { lang: 'en' })).toBeNull();
    const threeW = 'Organisation,Cluster,Country\nOxfam,WASH,Kenya\n';
    expect(
      importPublicInput([{ name: 'orgs.csv', content: threeW }], { lang: 'en', limits: {} })?.result.stats
        .members,
    ).toBe(1);
    // Two files: the user gave a folder of several tables; nothing is guessed.
    expect(
      importPublicInput(
        [
          { name: 'a.csv', content: threeW },
          { name: 'b.csv', content: threeW },
        ],
        { lang: 'en' },
      ),
    ).toBeNull();
  });
});

describe('an IATI activity file (XML) given where partnership files are expected', () => {
  it('is read as import iati writes it, with a first warning naming the import command', () => {
    const file = path.join(fixtures, 'iati-activities.xml');
    const read = readPartnershipDir(file, { lang: 'nl' });
    expect(read.partnership.members.length).toBeGreaterThan(1);
    expect(read.warnings[0]?.message).toMatch(
      /^iati-activities\.xml is een IATI-activiteitenbestand, geen partnerschapsbestanden: .*\(leden: \d+ organisaties; .* partner-synergy import iati iati-activities\.xml --out <map>$/,
    );
  });

  it('says "1 organisation" for one', () => {
    const xml =
      '<iati-activities version="2.03"><iati-activity><iati-identifier>NL-1-A</iati-identifier>' +
      '<reporting-org ref="NL-1" type="21"><narrative>Alpha</narrative></reporting-org>' +
      '<participating-org ref="NL-1" role="4"><narrative>Alpha</narrative></participating-org>' +
      '<recipient-country code="KE"/><sector code="12220"/></iati-activity></iati-activities>';
    const imported = importPublicInput([{ name: 'a.xml', content: xml }], {
      lang: 'en',
      ...nodeReaders('en', undefined),
    });
    expect(imported?.kind).toBe('iati');
    expect(imported?.result.stats.members).toBe(1);
    expect(publicImportNote(imported!, 'en')).toContain('(members: 1 organisation;');
    expect(publicImportNote(imported!, 'nl')).toContain('(leden: 1 organisatie;');
  });

  it('reads an IATI activity export in CSV the same way', () => {
    const read = readPartnershipDir(path.join(fixtures, 'iati-activities.csv'));
    expect(read.partnership.members.length).toBeGreaterThan(1);
    expect(read.warnings[0]?.message).toMatch(
      /^iati-activities\.csv is an IATI activity file, not partnership files: .* partner-synergy import iati iati-activities\.csv --out <folder>$/,
    );
  });
});
