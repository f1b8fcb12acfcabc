/**
 * Broken and hostile workbooks: each gets one clear line (a rejection of the file, or a LimitError
 * before anything is expanded) or a rejection located at its cell, and never costs more than the
 * limits allow. The workbooks are made here from a small valid one (written by the library's
 * writer) with fflate's zip and hand-patched zip headers (tests/workbook/zipTools.ts).
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LimitError } from '../../src/index.js';
import { zlibInflateRaw } from '../../src/node/readFiles.js';
import { parseWorkbook } from '../../src/workbook/index.js';
import { type SheetSpec, writeXlsx } from '../../src/workbook/write/xlsxWriter.js';
import { oleFile, patchEntry, withParts } from './zipTools.js';

const MEMBERS: SheetSpec = {
  name: 'Members',
  rows: [
    { cells: ['id', 'name'] },
    { cells: ['FTA', 'Fair Threads Alliance'] },
    { cells: ['SEW', 'Eerlijk Werk'] },
  ],
};
const EXPERTISE: SheetSpec = {
  name: 'Expertise',
  rows: [{ cells: ['member', 'theme', 'level'] }, { cells: ['FTA', 'living wage', 5] }],
};
const valid = writeXlsx({ sheets: [MEMBERS, EXPERTISE] });
const SHEET2 = 'xl/worksheets/sheet2.xml';
const enc = new TextEncoder();

/** A worksheet part holding these rows of XML. */
const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** The one rejection of a workbook that cannot be read: line 0, one line of text naming the file. */
function unreadable(bytes: Uint8Array, name = 'broken.xlsx') {
  const read = parseWorkbook(bytes, { name });
  expect(read.rejected).toHaveLength(2); // the file, and "no members were read"
  const issue = read.rejected.find((i) => i.code === 'unreadable_workbook')!;
  expect(issue).toMatchObject({ file: name, line: 0 });
  expect(issue.message).not.toMatch(/\n/);
  expect(issue.message).toContain(name);
  expect(read.files).toEqual([
    { file: name, kind: 'unknown', encoding: 'xlsx', delimiter: '', rows: 0, accepted: 0, rejected: 0 },
  ]);
  return issue.message;
}

/** The LimitError a workbook throws: one line. */
function limitError(run: () => unknown): LimitError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(LimitError);
    expect((e as Error).message).not.toMatch(/\n/);
    return e as LimitError;
  }
  throw new Error('expected a LimitError');
}

describe('files that are not readable workbooks get one line each', () => {
  it('a truncated download (the end of the zip is missing)', () => {
    for (const keep of [0.3, 0.6, 0.95]) {
      const cut = valid.subarray(0, Math.floor(valid.length * keep));
      expect(unreadable(cut)).toMatch(/not a complete workbook: the end of its zip container is missing/);
    }
  });

  it('a password-protected workbook (an OLE compound file, not a zip) or an old .xls', () => {
    expect(unreadable(oleFile(), 'secret.xlsx')).toMatch(
      /password-protected workbook or an old Excel 97-2003 \(\.xls\)/,
    );
  });

  it('a file that is not a zip at all (a CSV renamed .xlsx, an empty file)', () => {
    expect(unreadable(enc.encode('id,name\nFTA,Fair Threads\n'))).toMatch(/not an Excel workbook/);
    expect(unreadable(new Uint8Array(0))).toMatch(/not an Excel workbook/);
  });

  it('zip encryption, a damaged part (wrong checksum), a missing workbook part', () => {
    expect(unreadable(patchEntry(valid, SHEET2, { flags: 1 }))).toMatch(/zip encryption/);
    expect(unreadable(patchEntry(valid, SHEET2, { crc: 1234 }))).toMatch(
      /part xl\/worksheets\/sheet2\.xml does not unpack correctly/,
    );
    expect(unreadable(withParts(valid, { 'xl/workbook.xml': null }))).toMatch(/has no xl\/workbook\.xml/);
  });

  it('malformed XML, and a DOCTYPE (no entity is ever expanded: "billion laughs")', () => {
    expect(
      unreadable(withParts(valid, { [SHEET2]: sheetXml('<row r="1"><c r="A1"><v>1</v></row>') })),
    ).toMatch(/xl\/worksheets\/sheet2\.xml: .*; open it in Excel and save it again/);
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>';
    expect(unreadable(withParts(valid, { [SHEET2]: laughs }))).toMatch(
      /document type declaration \(DOCTYPE\)/,
    );
  });

  it('a shared string that does not exist', () => {
    const bad = sheetXml('<row r="1"><c r="A1" t="s"><v>9999</v></c></row>');
    expect(unreadable(withParts(valid, { [SHEET2]: bad }))).toMatch(/shared string 9999 does not exist/);
  });
});

describe('zip bombs and absurd sizes are refused before anything is expanded', () => {
  it('a part that would expand a thousand times (a zip bomb)', () => {
    const spaces = new Uint8Array(20 * 1024 * 1024).fill(0x20);
    const bomb = withParts(valid, { [SHEET2]: enc.encode(sheetXml(new TextDecoder().decode(spaces))) });
    const started = performance.now();
    const e = limitError(() => parseWorkbook(bomb, { name: 'bomb.xlsx' }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(e.message).toMatch(
      /^bomb\.xlsx: its part xl\/worksheets\/sheet2\.xml would expand \d+ times .* zip bomb/,
    );
  });

  it('a part that declares 4 GB', () => {
    const e = limitError(() =>
      parseWorkbook(patchEntry(valid, SHEET2, { size: 0xfffffff0 }), { name: 'huge.xlsx' }),
    );
    expect(e.message).toMatch(/huge\.xlsx: its part xl\/worksheets\/sheet2\.xml would expand/);
  });

  it('a part that lies about its size is stopped as soon as it outgrows what it declares (both inflaters)', () => {
    const spaces = ' '.repeat(30 * 1024 * 1024);
    const liar = patchEntry(withParts(valid, { [SHEET2]: sheetXml(spaces) }), SHEET2, { size: 500 });
    expect(unreadable(liar)).toMatch(/unpacks to more bytes than the zip directory says/);
    const read = parseWorkbook(liar, { name: 'broken.xlsx', inflateRaw: zlibInflateRaw });
    expect(read.rejected.find((i) => i.code === 'unreadable_workbook')?.message).toMatch(
      /unpacks to more bytes than the zip directory says/,
    );
  });

  it('parts that unpack to more than limits.maxBytes together', () => {
    const e = limitError(() => parseWorkbook(valid, { name: 'x.xlsx', limits: { maxBytes: 4000 } }));
    expect(e.limit).toBe('maxBytes');
    expect(e.message).toMatch(/^x\.xlsx \(unpacked\): more than 4000 bytes/);
  });
});

describe('a sheet of a million rows, and other limits', () => {
  const header =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>FTA</t></is></c><c r="B2" t="inlineStr"><is><t>Fair Threads</t></is></c></row>';

  it('of formatted empty cells reads as the rows that hold something, quickly', () => {
    const empty: string[] = [];
    for (let r = 3; r < 1_000_003; r++)
      empty.push(`<row r="${r}" spans="1:2"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`);
    const book = withParts(valid, { 'xl/worksheets/sheet1.xml': sheetXml(header + empty.join('')) }, 1);
    const started = performance.now();
    const read = parseWorkbook(book, { name: 'empty-rows.xlsx', inflateRaw: zlibInflateRaw });
    const ms = performance.now() - started;
    expect(read.files.find((f) => f.file === '[empty-rows.xlsx]Members')).toMatchObject({
      rows: 1,
      accepted: 1,
    });
    expect(read.partnership.members.map((m) => m.id)).toEqual(['FTA']);
    expect(ms).toBeLessThan(60_000); // about 4 s on an idle machine; a guard against quadratic work
  });

  it('of values stops at limits.maxRows with one line', () => {
    const rows: string[] = [];
    for (let r = 3; r < 5_003; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const book = withParts(valid, { 'xl/worksheets/sheet1.xml': sheetXml(header + rows.join('')) });
    const e = limitError(() =>
      parseWorkbook(book, { name: 'rows.xlsx', limits: { maxRows: 1000 }, inflateRaw: zlibInflateRaw }),
    );
    expect(e.message).toMatch(/^\[rows\.xlsx\]Members: more than 1000 data rows \(maxRows\)/);
  });

  it('a value beyond limits.maxColumns, or longer than limits.maxCellChars', () => {
    const wide = sheetXml(`${header}<row r="3"><c r="AD3"><v>1</v></c></row>`);
    const e = limitError(() =>
      parseWorkbook(withParts(valid, { 'xl/worksheets/sheet1.xml': wide }), { limits: { maxColumns: 20 } }),
    );
    expect(e.limit).toBe('maxColumns');
    const long = writeXlsx({
      sheets: [{ name: 'Members', rows: [{ cells: ['id', 'name'] }, { cells: ['A', 'x'.repeat(5000)] }] }],
    });
    expect(limitError(() => parseWorkbook(long, { limits: { maxCellChars: 1000 } })).limit).toBe(
      'maxCellChars',
    );
  });
});

describe('cells typed the Excel way', () => {
  const book = writeXlsx({
    sheets: [
      MEMBERS,
      {
        name: 'Expertise',
        rows: [
          { cells: ['Fill in one row per member and theme.'] },
          { cells: ['member', 'theme', 'level', 'remark'] },
          { cells: ['FTA', 'living wage', { formula: '2+3', value: 5 }] },
          {
            cells: [
              'FTA',
              { formula: 'LOWER("GBV")', value: 'gbv' },
              { formula: 'VLOOKUP(B4,Levels,2,FALSE)' },
            ],
          },
          { cells: ['SEW', 'child labour', { error: '#N/A' }] },
          { cells: ['SEW', 'osh', '4 - advanced', { error: '#REF!' }] },
          { cells: ['SEW', 'due diligence', 3, null, 'stray note'] },
          { cells: ['SEW', 'research', true] },
        ],
      },
      {
        name: 'Old notes',
        state: 'hidden',
        rows: [{ cells: ['member', 'theme'] }, { cells: ['FTA', 'mining'] }],
      },
      { name: 'Pivot', state: 'veryHidden', rows: [{ cells: ['x'] }] },
    ],
  });
  const read = parseWorkbook(book, { name: 'typed.xlsx' });
  const where = (code: string) =>
    read.rejected.filter((i) => i.code === code).map((i) => `${i.file}!${i.cell} ${i.value}`);

  it('formulas read as their calculated value; one without a value is rejected at its cell', () => {
    expect(
      read.partnership.expertise.filter((e) => e.member === 'FTA').map((e) => [e.theme, e.level]),
    ).toEqual([['living-wage', 5]]);
    expect(where('uncalculated_formula')).toEqual(['[typed.xlsx]Expertise!C4 =VLOOKUP(B4,Levels,2,FALSE)']);
    const issue = read.rejected.find((i) => i.code === 'uncalculated_formula')!;
    expect(issue.message).toBe(
      'Cell Expertise!C4 holds a formula (=VLOOKUP(B4,Levels,2,FALSE)) without a calculated value (the program that wrote the file does not calculate); open and save the workbook in Excel or LibreOffice, or type the value.',
    );
  });

  it('an error value in a column that is read is rejected at its cell; in a column that is not, it is ignored', () => {
    expect(where('cell_error')).toEqual(['[typed.xlsx]Expertise!C5 #N/A']);
    expect(
      read.partnership.expertise.some((e) => e.member === 'SEW' && e.theme === 'osh' && e.level === 4),
    ).toBe(true);
  });

  it('a value in a column without a name rejects its row, located', () => {
    expect(where('ragged_row')).toEqual(['[typed.xlsx]Expertise!E7 stray note']);
  });

  it('a boolean reads as TRUE (here: not a level, rejected with the cell)', () => {
    const issue = read.rejected.find((i) => i.code === 'invalid_level')!;
    expect([issue.cell, issue.value]).toEqual(['C8', 'TRUE']);
  });

  it('hidden sheets are not read, each with a warning; accepted + rejected = rows', () => {
    expect(read.warnings.filter((w) => w.code === 'hidden_sheet').map((w) => w.file)).toEqual([
      '[typed.xlsx]Old notes',
      '[typed.xlsx]Pivot',
    ]);
    for (const f of read.files) expect(f.accepted + f.rejected).toBe(f.rows);
    expect(read.files.find((f) => f.file === '[typed.xlsx]Expertise')).toMatchObject({
      rows: 6,
      accepted: 2,
      rejected: 4,
    });
  });

  it('in Dutch when asked', () => {
    const nl = parseWorkbook(book, { name: 'typed.xlsx', lang: 'nl' });
    expect(nl.rejected.find((i) => i.code === 'cell_error')?.message).toBe(
      'Cel Expertise!C5 bevat de fout #N/A (een formule die mislukte); verbeter de formule of typ de waarde.',
    );
    expect(nl.warnings.find((i) => i.code === 'hidden_sheet')?.message).toMatch(
      /^Werkblad "Old notes" is verborgen/,
    );
  });
});

describe('sheets recognised like files', () => {
  it('by their header when the name says nothing; an unknown sheet has its rows rejected, located', () => {
    const book = writeXlsx({
      sheets: [
        { name: 'Blad1', rows: [{ cells: ['Naam', 'Soort'] }, { cells: ['Alpha', 'ngo'] }] },
        { name: 'Blad2', rows: [{ cells: ['Lid', 'Thema', 'Niveau'] }, { cells: ['Alpha', 'gbv', 4] }] },
        { name: 'Notes', rows: [{ cells: ['call Jan', 'Tuesday'] }, { cells: ['send slides', 'Friday'] }] },
        { name: 'Sheet3', rows: [] },
      ],
    });
    const read = parseWorkbook(book, { name: 'b.xlsx' });
    expect(read.files.map((f) => [f.file, f.kind, f.rows])).toEqual([
      ['[b.xlsx]Blad1', 'members', 1],
      ['[b.xlsx]Blad2', 'expertise', 1],
      ['[b.xlsx]Notes', 'unknown', 1],
    ]);
    expect(read.rejected.map((i) => [`${i.file}!${i.cell}`, i.code, i.message])).toEqual([
      [
        '[b.xlsx]Notes!2:2',
        'unknown_file',
        'Cannot tell what sheet "Notes" holds: name it Members, Expertise, Geography, Sectors or Companies (or Leden, Expertise, Geografie, Sectoren, Bedrijven), or use the documented column names.',
      ],
    ]);
  });

  it('a missing column is reported for a sheet named for its kind; merged cells fill the rows they cover', () => {
    const book = writeXlsx({
      sheets: [
        MEMBERS,
        {
          name: 'Expertise',
          rows: [
            { cells: ['Expertise of the members', null, null] },
            { cells: ['member', 'theme', 'level'] },
            { cells: ['FTA', 'living wage', 5] },
            { cells: [null, 'gbv', 4] },
            { cells: ['SEW', 'osh', 3] },
          ],
          merges: ['A1:C1', 'A3:A4'],
        },
        { name: 'Geography', rows: [{ cells: ['member', 'presence'] }, { cells: ['FTA', 'office'] }] },
      ],
    });
    const read = parseWorkbook(book, { name: 'm.xlsx' });
    expect(read.partnership.expertise.map((e) => `${e.member} ${e.theme}`)).toEqual([
      'FTA gbv',
      'FTA living-wage',
      'SEW osh',
    ]);
    expect(read.rejected.map((i) => [`${i.file}!${i.cell}`, i.code])).toEqual([
      ['[m.xlsx]Geography!2:2', 'missing_column'],
    ]);
  });
});

describe('deflate data that ends early', () => {
  it('is a damaged part, not a crash', () => {
    const files = withParts(valid, {});
    // Cut the compressed data of the second sheet short by declaring fewer compressed bytes.
    const damaged = patchEntry(files, SHEET2, { compressedSize: 10 });
    expect(unreadable(damaged)).toMatch(/does not unpack correctly|unpacks to more bytes/);
    expect(deflateSync(enc.encode('x')).length).toBeGreaterThan(0);
  });
});
