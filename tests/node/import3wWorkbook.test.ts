import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OptionsError, PartnerSynergyError } from '../../src/errors.js';
import { import3w } from '../../src/import/import3w.js';
import { parseTable } from '../../src/ingest/parseTable.js';
import { readImportFile } from '../../src/node/importFile.js';
import { writeXlsx } from '../../src/workbook/write/xlsxWriter.js';
import { fixture, HAS_REALDATA, REALDATA, realdata } from '../import/helpers.js';

const fixtures = path.resolve(__dirname, '../fixtures/import');
const dir = mkdtempSync(path.join(tmpdir(), 'ps-3w-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readImportFile on a 3W workbook (.xlsx)', () => {
  const workbook = path.join(fixtures, '3w-mali-workbook.xlsx');

  it('imports the 3W sheet to the same files as the CSV export of that sheet', () => {
    const { result, format, sheet } = readImportFile('3w', workbook);
    expect([format, sheet]).toEqual(['xlsx', 'ML_5W']);
    const twin = import3w(fixture('3w-mali-workbook.csv'), { file: 'mali.csv' });
    expect(result.files).toEqual(twin.files);
    expect(result.stats).toEqual(twin.stats);
  });

  it('says which sheets were not read, and locates warnings in the sheet', () => {
    const { result } = readImportFile('3w', workbook);
    const notes = result.warnings.map((w) => `${w.file}:${w.line} ${w.code}`);
    expect(notes).toEqual([
      '3w-mali-workbook.xlsx:0 hidden_sheet',
      '[3w-mali-workbook.xlsx]ML_5W:1 title_row_skipped',
      '[3w-mali-workbook.xlsx]ML_5W:3 hxl_row_skipped',
    ]);
  });

  it('reads the sheet --sheet names, and refuses a name that is not there with a suggestion', () => {
    const pivot = readImportFile('3w', workbook, { sheet: 'tcd' });
    expect(pivot.sheet).toBe('TCD');
    expect(pivot.result.stats.members).toBe(0);
    expect(pivot.result.warnings.map((w) => w.code)).toContain('missing_column');
    expect(() => readImportFile('3w', workbook, { sheet: 'ML5W' })).toThrow(
      '3w-mali-workbook.xlsx has no sheet "ML5W" (did you mean "ML_5W"?)',
    );
    expect(() => readImportFile('3w', workbook, { sheet: 'ML5W', lang: 'nl' })).toThrow(OptionsError);
  });

  it('names the other 3W-looking sheets it did not read', () => {
    const file = path.join(dir, 'two.xlsx');
    const rows = (n: number) => [
      { cells: ['Organisation', 'Cluster', 'Region'] },
      ...Array.from({ length: n }, (_, i) => ({ cells: [`Org ${i}`, 'WASH', 'Gao'] })),
    ];
    writeFileSync(
      file,
      writeXlsx({
        sheets: [
          { name: 'Q3', rows: rows(2) },
          { name: 'Q4', rows: rows(3) },
        ],
      }),
    );
    const { sheet, result } = readImportFile('3w', file);
    expect(sheet).toBe('Q4');
    expect(result.warnings[0]?.message).toBe(
      'Read sheet "Q4" (3 rows); not read, though they also look like a 3W table: "Q3". Choose another with --sheet.',
    );
    const nl = readImportFile('3w', file, { lang: 'nl' }).result.warnings[0]?.message;
    expect(nl).toBe(
      'Werkblad "Q4" gelezen (3 rijen); niet gelezen, hoewel ze ook op een 3W-tabel lijken: "Q3". Kies een ander met --sheet.',
    );
  });

  it('refuses a workbook for import iati, and an old .xls, each in one line', () => {
    expect(() => readImportFile('iati', workbook)).toThrow(
      '3w-mali-workbook.xlsx is an Excel workbook; the IATI import reads the CSV export or the XML file',
    );
    const xls = path.join(dir, 'old.xls');
    writeFileSync(xls, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    let error: unknown;
    try {
      readImportFile('3w', xls);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PartnerSynergyError);
    expect((error as PartnerSynergyError).code).toBe('E_USAGE');
    expect((error as Error).message).not.toContain('\n');
  });
});

describe.skipIf(!HAS_REALDATA)(`3W workbooks of the real tables (${REALDATA})`, () => {
  // Each real 3W table, as a workbook (a pivot sheet first, the table second), imports to exactly
  // the files its CSV gives.
  const tables = [
    'ocha-3w/afg_3w_operational_presence_jan_mar_2024.sample.csv',
    'ocha-3w/mli_3w_december_2023.ML_5W.sample.csv',
    'ocha-3w/nga_3w_oct_dec_2023.sample.csv',
  ];
  for (const relative of tables) {
    it(path.basename(relative), () => {
      const bytes = realdata(relative);
      const csv = parseTable(bytes, { file: 'x.csv' });
      const cells = (c: readonly string[]) => c.map((v) => (v === '' ? null : v));
      const sheetRows = [
        { row: csv.headerLine, cells: cells(csv.header) },
        ...(csv.hxlTags === undefined ? [] : [{ row: csv.headerLine + 1, cells: cells(csv.hxlTags) }]),
        ...csv.rows.map((r) => ({ row: r.line, cells: cells(r.cells) })),
      ];
      const file = path.join(dir, `${path.basename(relative, '.csv')}.xlsx`);
      const pivot = { name: 'Pivot', rows: [{ cells: ['Cluster', 'Total'] }, { cells: ['WASH', 3] }] };
      writeFileSync(file, writeXlsx({ sheets: [pivot, { name: '3W', rows: sheetRows }] }));
      const fromWorkbook = readImportFile('3w', file).result;
      const fromCsv = import3w(bytes, { file: 'x.csv' });
      expect(fromWorkbook.files).toEqual(fromCsv.files);
      expect(fromWorkbook.stats.members).toBeGreaterThan(100);
    });
  }
});
