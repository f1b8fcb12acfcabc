import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BaselineJson } from '../../src/schema/baseline.js';
import { repoRoot } from '../helpers.js';
import { runCaptured } from './run.js';

const fixtures = resolve(repoRoot, 'tests/fixtures/import');
const dir = mkdtempSync(join(tmpdir(), 'ps-cli-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('partner-synergy import', () => {
  it('prints the counts (members, areas, funders, partners) and every importer warning', async () => {
    const out = join(dir, '3w');
    const r = await runCaptured('import', '3w', join(fixtures, '3w-admin2.csv'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(3W CSV): 7 rows read; 7 used, 0 skipped.');
    expect(r.stdout).toContain(
      'organisations (members): 5; areas: 5; funders: 2 (2 rows); local partners: 0;',
    );
    expect(r.stdout).toMatch(/Warnings \(1\):\n {2}3w-admin2\.csv:2 .* hxl_row_skipped: /);
    expect(readFileSync(join(out, 'funders.csv'), 'utf8')).toContain('ECHO,,,NRC,AF,funding,2');
  });

  it('reads a 3W workbook (.xlsx): the 3W sheet, named in the summary; --sheet chooses another', async () => {
    const workbook = join(fixtures, '3w-mali-workbook.xlsx');
    const r = await runCaptured('import', '3w', workbook, '--out', join(dir, 'xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(3W XLSX, sheet "ML_5W"): 31 rows read; 31 used, 0 skipped.');
    expect(r.stdout).toContain('3w-mali-workbook.xlsx:0 hidden_sheet: Sheet "ListOrganisation" is hidden');
    const nl = await runCaptured('import', '3w', workbook, '--out', join(dir, 'xlsx-nl'), '--lang', 'nl');
    expect(nl.stdout).toContain('(3W XLSX, werkblad "ML_5W"): 31 rijen gelezen');
    const typo = await runCaptured(
      'import',
      '3w',
      workbook,
      '--out',
      join(dir, 'xlsx-typo'),
      '--sheet',
      'ML_5X',
    );
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).toContain('has no sheet "ML_5X" (did you mean "ML_5W"?)');
    expect(typo.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'xlsx-typo'))).toBe(false);
  });

  it('baseline on a 3W table itself reads it as import 3w would, and says so first', async () => {
    const out = join(dir, 'baseline-3w');
    const r = await runCaptured('baseline', join(fixtures, '3w-mali-workbook.xlsx'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      '3w-mali-workbook.xlsx (ML_5W) is an OCHA 3W table, not partnership files: it was read as "import 3w" reads it (members: 26 organisations; what they work on is observed, not rated), and the reports\' sources are its rows. To see the import\'s warnings and the files it writes, and edit them: partner-synergy import 3w 3w-mali-workbook.xlsx --out <folder>',
    );
    expect(r.stdout).toContain('Synergy baseline: 26 members, 1 country,');
    // The input line counts the table's rows, not the rows of the five files its import would write.
    expect(r.stdout).toContain(
      '\nInput: 31 rows of 3w-mali-workbook.xlsx (31 used), 0 rejected, 0 warnings.\n',
    );
    expect(existsSync(join(out, 'baseline.json'))).toBe(true);
    // Evidence names rows of the sheet the coordinator can open, not files that were never written.
    const evidence = (
      JSON.parse(readFileSync(join(out, 'baseline.json'), 'utf8')) as BaselineJson
    ).recommendations
      .flatMap((rec) => rec.evidence)
      .map((s) => s.file);
    expect(evidence.length).toBeGreaterThan(0);
    expect(new Set(evidence)).toEqual(new Set(['[3w-mali-workbook.xlsx]ML_5W']));
  });

  it('baseline on an IATI XML file counts its activities in the input line (en/nl)', async () => {
    const file = join(fixtures, 'iati-activities.xml');
    const en = await runCaptured('baseline', file, '--out', join(dir, 'baseline-xml'));
    expect(en.stdout).toContain(
      '\nInput: 5 activities of iati-activities.xml (4 used), 0 rejected, 0 warnings.\n',
    );
    const nl = await runCaptured('baseline', file, '--out', join(dir, 'baseline-xml-nl'), '--lang', 'nl');
    expect(nl.stdout).toContain(
      '\nInvoer: 5 activiteiten van iati-activities.xml (4 gebruikt), 0 afgewezen, 0 waarschuwingen.\n',
    );
  });

  it('validate on a 3W table says first that it read it as import 3w does', async () => {
    const r = await runCaptured('validate', join(fixtures, '3w-hxl-bom.csv'));
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^3w-hxl-bom\.csv is an OCHA 3W table, not partnership files: /);
    expect(r.stdout).not.toContain('empty_file');
  });

  it('reads an IATI XML file for import iati, with funders and local partners', async () => {
    const r = await runCaptured(
      'import',
      'iati',
      join(fixtures, 'iati-activities.xml'),
      '--out',
      join(dir, 'xml'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(IATI XML): 5 activities read; 4 used, 1 skipped.');
    expect(r.stdout).toContain(
      'organisations (members): 6; areas: 2; funders: 4 (6 rows); local partners: 2;',
    );
    expect(r.stdout).toContain(
      'duplicate_row: Activity "NL-KVK-41160054-KE-001" occurs again; counted once.',
    );
  });

  it('keeps the recipient countries --countries names (names or codes; a typo is refused with a suggestion)', async () => {
    const xml = join(fixtures, 'iati-activities.xml');
    const countries = (out: string) =>
      new Set(
        readFileSync(join(out, 'geography.csv'), 'utf8')
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.split(',')[1]),
      );
    const all = await runCaptured('import', 'iati', xml, '--out', join(dir, 'c-all'));
    expect(all.code).toBe(0);
    expect(countries(join(dir, 'c-all')).size).toBeGreaterThan(1);
    const kenya = await runCaptured(
      'import',
      'iati',
      xml,
      '--out',
      join(dir, 'c-ke'),
      '--countries',
      'Kenia',
    );
    expect(kenya.code).toBe(0);
    expect([...countries(join(dir, 'c-ke'))]).toEqual(['KE']);
    const typo = await runCaptured(
      'import',
      'iati',
      xml,
      '--out',
      join(dir, 'c-x'),
      '--countries',
      'Kenyaa Republic',
    );
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('Unknown country "Kenyaa Republic". Did you mean "Kenya (KE)"?');
    expect(existsSync(join(dir, 'c-x'))).toBe(false);
  });

  it('names publishers by the ReportingOrganisation codelist with --org-names', async () => {
    const codelist = join(dir, 'ReportingOrganisation.csv');
    writeFileSync(
      codelist,
      'code,name,status,codeforiati:organisation-type-code\nXM-DAC-928,World Health Organization (WHO),active,40\n',
    );
    const out = join(dir, 'named');
    const r = await runCaptured(
      'import',
      'iati',
      join(fixtures, 'iati-activities.xml'),
      '--out',
      out,
      '--org-names',
      codelist,
    );
    expect(r.code).toBe(0);
    const members = readFileSync(join(out, 'members.csv'), 'utf8');
    expect(members).toContain('XM-DAC-928,World Health Organization (WHO),un,');
    expect(members).toContain('NL-KVK-27108436,Oxfam Novib,');
  });

  it('exits 1 and writes nothing when nothing usable was found', async () => {
    const xmlAs3w = await runCaptured(
      'import',
      '3w',
      join(fixtures, 'iati-activities.xml'),
      '--out',
      join(dir, 'a'),
    );
    expect(xmlAs3w.code).toBe(1);
    expect(xmlAs3w.stderr).toMatch(/is an XML file, not a 3W table .* use "import iati"/);
    const csvAsIati = await runCaptured(
      'import',
      'iati',
      join(fixtures, '3w-cr-only.csv'),
      '--out',
      join(dir, 'b'),
    );
    expect(csvAsIati.code).toBe(1);
    expect(csvAsIati.stdout).toContain('missing_column: No reporting-organisation column found');
    expect(csvAsIati.stderr).toContain('[E_NO_MEMBERS]');
    expect(existsSync(join(dir, 'b'))).toBe(false);
  });

  it('speaks Dutch with --lang nl', async () => {
    const r = await runCaptured(
      'import',
      '3w',
      join(fixtures, '3w-cr-only.csv'),
      '--out',
      join(dir, 'nl'),
      '--lang',
      'nl',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(3W CSV): 5 rijen gelezen; 5 gebruikt, 0 overgeslagen.');
    expect(r.stdout).toContain(
      'organisaties (leden): 3; gebieden: 4; financiers: 1 (1 rij); lokale partners: 0;',
    );
    expect(r.stdout).toContain('Volgende stap: partner-synergy validate');
  });

  it('imports the IATI3W organisation index (import iati3w) with --names, located warnings and Dutch', async () => {
    const out = join(dir, 'iati3w');
    const index = join(fixtures, 'iati3w-org-index.json');
    const r = await runCaptured(
      'import',
      'iati3w',
      index,
      '--out',
      out,
      '--names',
      join(fixtures, 'iati3w-org-stubs.csv'),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(IATI3W JSON): 11 organisations read; 10 used, 1 skipped.');
    expect(r.stdout).toContain(
      'organisations (members): 7; areas: 24; funders: 1 (1 row); local partners: 7;',
    );
    expect(r.stdout).toContain(
      'iati3w-org-index.json:1026 [$["anonymous-org-7"].info.name] missing_value: The name "Anonymous Org 7" names a kind of organisation',
    );
    expect(readFileSync(join(out, 'geography.csv'), 'utf8')).toContain(
      'GB-CHC-292506,SO,,programme,Horn of Africa Voluntary Youth Committee; Nagaad Network;',
    );
    const nl = await runCaptured('import', 'iati3w', index, '--out', join(dir, 'iati3w-nl'), '--lang', 'nl');
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain('(IATI3W JSON): 11 organisaties gelezen; 10 gebruikt, 1 overgeslagen.');
    expect(nl.stdout).toContain('Lokale partners buiten de index zonder naam in de namentabel: 7;');
  });

  it('import iati3w: malformed JSON is one located line, exit 1, nothing written', async () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{\n  "sswc": {"info": {"name": "SSWC",}}\n}\n');
    const r = await runCaptured('import', 'iati3w', bad, '--out', join(dir, 'broken'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /broken\.json:2 parse_error: Not valid JSON at line 2, column \d+: .+\. Nothing was read\./,
    );
    expect(existsSync(join(dir, 'broken'))).toBe(false);
  });
});
