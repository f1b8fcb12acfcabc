/**
 * The sample partnership typed the Excel way (tests/workbook/fixtures/sample-partnership.xlsx,
 * written by openpyxl from data/sample-partnership with make-sample-workbook.py: Dutch sheet and
 * column names, an instruction row above each header, numeric levels and strengths, date cells
 * for `since`, stray spaces and capitals, merged member cells, formatted empty cells, a hidden
 * sheet) gives exactly the baseline of the CSV folder. Only where each row came from differs:
 * sheet row r holds CSV line r - 1.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toBaselineJson } from '../../src/index.js';
import { buildBaselineFromDir, readPartnershipDir } from '../../src/node.js';
import { parseWorkbook } from '../../src/workbook/index.js';
import { repoRoot } from '../helpers.js';

const FIXTURE = resolve(repoRoot, 'tests/workbook/fixtures/sample-partnership.xlsx');
const BOOK = 'sample-partnership.xlsx';
const SHEET_TO_CSV: Readonly<Record<string, string>> = {
  [`[${BOOK}]Leden`]: 'members.csv',
  [`[${BOOK}]Expertise`]: 'expertise.csv',
  [`[${BOOK}]Geografie`]: 'geography.csv',
  [`[${BOOK}]Sectoren`]: 'sectors.csv',
  [`[${BOOK}]Bedrijven`]: 'companies.csv',
};

const tmp = mkdtempSync(join(tmpdir(), 'ps-workbook-sample-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Replace every { file: sheet, line: row } by { file: csv, line: row - 1 }, everywhere in the JSON. */
function asCsvLocations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asCsvLocations);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) out[k] = asCsvLocations(v);
  const csv = typeof record.file === 'string' ? SHEET_TO_CSV[record.file] : undefined;
  if (csv !== undefined && typeof record.line === 'number') {
    out.file = csv;
    out.line = record.line - 1;
  }
  return out;
}

/** baseline.json without the per-file reading notes (encoding, delimiter, warnings differ by nature). */
function comparable(json: ReturnType<typeof toBaselineJson>) {
  const { ingest, ...rest } = json;
  return { ...rest, rejected: ingest.rejected };
}

describe('the sample partnership as an Excel workbook', () => {
  const csv = toBaselineJson(buildBaselineFromDir(resolve(repoRoot, 'data/sample-partnership')));

  it('gives exactly the baseline of the CSV folder (every matrix, view, recommendation and record)', () => {
    const book = toBaselineJson(buildBaselineFromDir(FIXTURE));
    expect(asCsvLocations(comparable(book))).toEqual(comparable(csv));
    // The files: the same rows, all accepted, sheet by sheet.
    const counts = (files: typeof csv.ingest.files) =>
      files.map((f) => [SHEET_TO_CSV[f.file] ?? f.file, f.kind, f.rows, f.accepted, f.rejected]).sort();
    expect(counts(book.ingest.files.filter((f) => f.rows > 0))).toEqual(counts(csv.ingest.files));
  });

  it('reads every row (accepted + rejected = rows) and warns only about the hidden sheet', () => {
    const read = parseWorkbook(new Uint8Array(readFileSync(FIXTURE)), { name: BOOK });
    expect(read.rejected).toEqual([]);
    for (const f of read.files) expect(f.accepted + f.rejected).toBe(f.rows);
    expect(read.files.reduce((s, f) => s + f.rows, 0)).toBe(173);
    expect(read.warnings.map((w) => [w.file, w.code])).toEqual([[`[${BOOK}]Oud`, 'hidden_sheet']]);
    // Date cells in the since column read as their year; numeric levels as levels.
    const fta = read.partnership.geography.find((g) => g.member === 'FTA' && g.country === 'BD');
    expect(fta?.since).toBe(2012);
    expect(
      read.partnership.expertise.find((e) => e.member === 'FTA' && e.theme === 'living-wage')?.level,
    ).toBe(5);
  });

  it('is found in a folder that holds it, like the CSV files', () => {
    const dir = join(tmp, 'folder');
    cpSync(FIXTURE, join(dir, BOOK), { recursive: true });
    // Excel's lock file beside an open workbook is not read.
    cpSync(FIXTURE, join(dir, `~$${BOOK}`));
    const read = readPartnershipDir(dir);
    expect(read.files.map((f) => f.file)).toContain(`[${BOOK}]Leden`);
    expect(read.files.some((f) => f.file.includes('~$'))).toBe(false);
    expect(read.partnership).toEqual(readPartnershipDir(FIXTURE).partnership);
  });
});
