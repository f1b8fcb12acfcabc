import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/ingest/parseTable.js';
import type { RawTable } from '../../src/ingest/types.js';
import { conformanceFixtures, expectAccounted, haveShared, readBytes, sharedRealdata } from './helpers.js';

/** Rows as objects keyed by header, like csv-spectrum's expected JSON. */
function asObjects(t: RawTable): Record<string, string>[] {
  return t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r.cells[i] ?? ''])));
}

/**
 * Upstream errata of csv-spectrum 2.0.0's expected JSON: location_coordinates.json is one object
 * instead of an array and has a phone number that is not the one in the CSV (2095257564).
 */
function expectedSpectrum(name: string, json: unknown): unknown[] {
  if (name !== 'location_coordinates') return json as unknown[];
  return [{ ...(json as Record<string, string>), 'Contact Phone Number': '2095257564' }];
}

const spectrumDirs = [
  { label: 'repository copy', dir: path.join(conformanceFixtures, 'csv-spectrum'), present: true },
  {
    label: '../shared copy',
    dir: path.join(sharedRealdata, 'csv-conformance/csv-spectrum'),
    present: haveShared('csv-spectrum from ../shared'),
  },
];

describe.each(spectrumDirs)('csv-spectrum ($label)', ({ dir, present }) => {
  const cases = present ? readdirSync(path.join(dir, 'csvs')).filter((f) => f.endsWith('.csv')) : [];

  it.skipIf(!present)('has all 12 cases', () => {
    expect(cases).toHaveLength(12);
  });

  it.skipIf(!present).each(cases)('%s parses to the expected objects', (file) => {
    const name = file.replace(/\.csv$/, '');
    const t = parseTable(readBytes(path.join(dir, 'csvs', file)), { file });
    const json = JSON.parse(readFileSync(path.join(dir, 'json', `${name}.json`), 'utf8')) as unknown;
    expect(asObjects(t)).toEqual(expectedSpectrum(name, json));
    expect(t.rejected).toEqual([]);
    expectAccounted(t);
  });
});

const csvkitDir = path.join(conformanceFixtures, 'csvkit-examples');
const csvkit = (file: string) => parseTable(readBytes(path.join(csvkitDir, file)), { file });
const rowsOf = (t: RawTable) => t.rows.map((r) => [r.line, ...r.cells]);

describe('csvkit examples', () => {
  it.each([
    ['dummy.csv', ','],
    ['dummy.tsv', '\t'],
    ['sniff_limit.csv', ';'],
  ])('%s: detects the delimiter %j', (file, delimiter) => {
    const t = csvkit(file);
    expect(t.delimiter).toBe(delimiter);
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(rowsOf(t)).toEqual([[2, '1', '2', '3']]);
  });

  it.each([
    ['test_utf8.csv', 'utf-8', ['foo', 'bar', 'baz']],
    ['test_utf8_bom.csv', 'utf-8-bom', ['foo', 'bar', 'baz']],
    ['test_utf16_big.csv', 'utf-16be', ['a', 'b', 'c']],
    ['test_utf16_little.csv', 'utf-16le', ['a', 'b', 'c']],
  ])('%s: decodes %s', (file, encoding, header) => {
    const t = csvkit(file);
    expect(t.encoding).toBe(encoding);
    expect(t.header).toEqual(header);
    expect(rowsOf(t)).toEqual([
      [2, '1', '2', '3'],
      [3, '4', '5', 'ʤ'],
    ]);
  });

  it('test_latin1.csv: falls back to Windows-1252 (0xA9 = ©) with a warning', () => {
    const t = csvkit('test_latin1.csv');
    expect(t.encoding).toBe('windows-1252');
    expect(rowsOf(t)).toEqual([
      [2, '1', '2', '3'],
      [3, '4', '5', '©'],
    ]);
    expect(t.warnings.map((w) => w.code)).toEqual(['encoding_fallback']);
  });

  it('mac_newlines.csv: CR-only records with a CR inside a quoted field', () => {
    expect(rowsOf(csvkit('mac_newlines.csv'))).toEqual([
      [2, '1', '2', '3'],
      [3, 'Once upon\ra time', '5', '6'],
    ]);
  });

  it('test_header_newline.csv: a header cell with \\t\\n\\v\\f\\r is trimmed; the data row is on line 8', () => {
    const t = csvkit('test_header_newline.csv');
    expect(t.header).toEqual(['start \t\n\v\f\r end', 'b', 'c']);
    expect(rowsOf(t)).toEqual([[8, 'd', 'e', 'f']]);
  });

  it('bad.csv and bad_skip_lines.csv: the too-long row is rejected, the short one padded', () => {
    for (const [file, offset] of [
      ['bad.csv', 0],
      ['bad_skip_lines.csv', 3],
    ] as const) {
      const t = csvkit(file);
      expect(t.headerLine).toBe(1 + offset);
      expect(rowsOf(t)).toEqual([
        [3 + offset, '', "I'm too short!", ''],
        [4 + offset, '0', 'mixed types.... uh oh', '17'],
      ]);
      expect(t.rejected).toEqual([
        expect.objectContaining({ line: 2 + offset, code: 'ragged_row', value: "I'm too long!" }),
      ]);
      expect(t.totalRows).toBe(3);
      expectAccounted(t);
    }
  });

  it('null_byte.csv: the row with a NUL is rejected as binary_content', () => {
    const t = csvkit('null_byte.csv');
    expect(t.rows).toEqual([]);
    expect(t.rejected).toEqual([expect.objectContaining({ line: 2, code: 'binary_content', column: 'a' })]);
    expectAccounted(t);
  });

  it('test_empty_columns*.csv: unnamed empty right-edge columns dropped, delimiter-only rows blank', () => {
    const t = csvkit('test_empty_columns.csv');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(rowsOf(t)).toEqual([
      [2, 'a', '', ''],
      [3, '', '', 'c'],
    ]);
    expect(t.warnings.map((w) => w.code)).toEqual(['trailing_columns_dropped']);
    for (const file of ['test_empty_columns_long_row.csv', 'test_empty_columns_short_row.csv']) {
      const u = csvkit(file);
      expect(u.totalRows).toBe(0);
      expect(u.warnings.map((w) => w.code)).toEqual(['empty_file']);
    }
  });

  it.each([
    ['test_extra_header.csv', ['a', 'b', 'c', 'd'], [[2, '1', '2', '3', '']]],
    [
      'test_join_short_rows.csv',
      ['a', 'b', 'c'],
      [
        [2, '1', 'cat', ''],
        [3, 'dog', 'c', ''],
        [4, '3', 'b', 'c'],
      ],
    ],
    ['test_locale.csv', ['a', 'b', 'c'], [[2, '1,7', '200.000.000', '']]],
    ['test_skip_lines.csv', ['a', 'b', 'c'], [[5, '1', '2', '3']]],
    ['optional_quote_characters.csv', ['a', 'b', 'c'], [[2, '1', '2', '3']]],
    ['date_like_number.csv', ['a'], [[2, '4.5']]],
    ['dummy_col_shuffled_ragged.csv', ['b', 'c', 'a', 'd'], [[2, '2', '3', '1', '4']]],
    ['test_no_leading_zeroes.csv', ['a', 'b', 'c'], [[2, '01', '00.11', '0.1']]],
    ['blanks.csv', ['a', 'b', 'c', 'd', 'e', 'f'], [[2, '', 'NA', 'N/A', 'NONE', 'NULL', '.']]],
  ] as const)('%s reads as expected', (file, header, rows) => {
    const t = csvkit(file);
    expect(t.header).toEqual(header);
    expect(rowsOf(t)).toEqual(rows);
    expect(t.rejected).toEqual([]);
  });

  it('empty.csv and no_header_row.csv: no data rows, empty_file warning', () => {
    expect(csvkit('empty.csv')).toMatchObject({ header: [], totalRows: 0 });
    const t = csvkit('no_header_row.csv');
    expect(t).toMatchObject({ header: ['1', '2', '3'], totalRows: 0 });
    for (const u of [csvkit('empty.csv'), t]) expect(u.warnings.map((w) => w.code)).toEqual(['empty_file']);
  });

  const shared = path.join(sharedRealdata, 'csv-conformance');
  it.skipIf(!existsSync(shared))('the repository copies equal the ../shared originals byte for byte', () => {
    for (const sub of ['csv-spectrum/csvs', 'csv-spectrum/json', 'csvkit-examples']) {
      for (const file of readdirSync(path.join(shared, sub))) {
        expect(readBytes(path.join(conformanceFixtures, sub, file))).toEqual(
          readBytes(path.join(shared, sub, file)),
        );
      }
    }
  });
});
