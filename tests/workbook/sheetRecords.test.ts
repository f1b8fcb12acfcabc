import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/ingest/parseTable.js';
import { formatCsv } from '../../src/output/csv.js';
import { readWorkbookSheets } from '../../src/workbook/sheetRecords.js';
import { writeXlsx } from '../../src/workbook/write/xlsxWriter.js';
import { repoRoot } from '../helpers.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(repoRoot, 'tests/fixtures/import', name)));

describe('readWorkbookSheets on a 3W workbook as HDX serves them (written by openpyxl)', () => {
  const book = readWorkbookSheets(fixture('3w-mali-workbook.xlsx'), { name: 'mali.xlsx' });
  const fiveW = book.sheets.find((s) => s.sheet === 'ML_5W')!.table;

  it('lists every visible sheet with values, and the hidden ones apart', () => {
    expect(book.unreadable).toBeNull();
    expect(book.sheets.map((s) => s.sheet)).toEqual(['Lisez-moi', 'TCD', 'ML_5W']);
    expect(book.hidden).toEqual(['ListOrganisation']);
    expect(fiveW.file).toBe('[mali.xlsx]ML_5W');
  });

  it('skips the title row, finds the header and takes the HXL row as tags, as the CSV reader does', () => {
    expect(fiveW.headerLine).toBe(2);
    expect(fiveW.header.slice(0, 3)).toEqual([
      'Organisation Accronyme',
      'Nom Organisation',
      'Type Organisation',
    ]);
    expect(fiveW.hxlTags?.slice(0, 3)).toEqual(['#org+acronym', '#org+name', '#org+type']);
    expect(fiveW.warnings.map((w) => w.code)).toEqual(['title_row_skipped', 'hxl_row_skipped']);
    expect(fiveW.rows[0]!.line).toBe(4);
  });

  it('reads the sheet exactly as its CSV export: merged names filled in, #N/A kept as text', () => {
    const csv = parseTable(fixture('3w-mali-workbook.csv'), { file: 'mali.csv' });
    expect(fiveW.rows).toEqual(csv.rows);
    expect(fiveW.totalRows).toBe(csv.totalRows);
    // The organisation name merged over three rows counts in each of them.
    const names = fiveW.rows.map((r) => r.cells[1]);
    expect(names.every((n) => n !== '')).toBe(true);
    expect(fiveW.rows.some((r) => r.cells.includes('#N/A'))).toBe(true);
  });

  it('reports a file that is not a workbook instead of throwing', () => {
    const broken = readWorkbookSheets(new TextEncoder().encode('PK\u0003\u0004 not really'), {
      name: 'x.xlsx',
    });
    expect(broken.sheets).toEqual([]);
    expect(broken.unreadable?.code).toBe('unreadable_workbook');
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(readWorkbookSheets(xls, { name: 'old.xls', lang: 'nl' }).unreadable?.message).toMatch(/old\.xls/);
  });
});

describe('a sheet reads as the CSV export of the same cells (property)', () => {
  // Any text, including separators and quotes; no cell that is only blanks or starts with an apostrophe.
  const cell = fc.oneof(
    fc.constant(''),
    fc
      .stringMatching(/^[A-Za-zÀ-ÿ0-9 ,;"'#().-]{1,12}$/)
      .filter((s) => s.trim() !== '' && !s.startsWith("'")),
  );
  const name = fc.stringMatching(/^[A-Za-z][a-z]{0,6}$/);
  const table = fc.integer({ min: 2, max: 5 }).chain((width) => {
    const header = fc.uniqueArray(name, {
      minLength: width,
      maxLength: width,
      selector: (s) => s.toLowerCase(),
    });
    const row = fc.array(cell, { minLength: width, maxLength: width });
    return fc.tuple(header, fc.boolean(), fc.array(row, { minLength: 1, maxLength: 8 }));
  });

  it('header, HXL tags, rows and line numbers agree', () => {
    fc.assert(
      fc.property(table, ([header, hxl, rows]) => {
        const tags = header.map((h) => `#${h.toLowerCase()}`);
        const all = [header, ...(hxl ? [tags] : []), ...rows];
        const sheetRows = all.map((cells) => ({ cells: cells.map((c) => (c === '' ? null : c)) }));
        const xlsx = writeXlsx({ sheets: [{ name: 'Data', rows: sheetRows }] });
        const sheet = readWorkbookSheets(xlsx, { name: 'p.xlsx' }).sheets[0]?.table;
        const csv = parseTable(formatCsv(all), { file: 'p.csv' });
        expect(sheet?.header).toEqual(csv.header);
        expect(sheet?.hxlTags).toEqual(csv.hxlTags);
        expect(sheet?.rows).toEqual(csv.rows);
        expect(sheet?.totalRows).toBe(csv.totalRows);
      }),
      { numRuns: 150 },
    );
  });
});
