import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnLetters,
  columnOfRef,
  isDateFormat,
  numberText,
  parseCellRef,
  serialToDate,
  unescapeExcelText,
} from '../../src/workbook/cells.js';
import { crc32 } from '../../src/workbook/zip.js';

const DAY = 86_400_000;

describe('cell references', () => {
  it('columnLetters and parseCellRef are inverse over every Excel column (A..XFD) and row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16_383 }), fc.integer({ min: 1, max: 1_048_576 }), (col, row) => {
        const ref = `${columnLetters(col)}${row}`;
        expect(parseCellRef(ref)).toEqual({ col, row });
        expect(columnOfRef(ref)).toBe(col);
      }),
    );
  });

  it('knows the edges of the alphabet', () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(parseCellRef('$b$7')).toEqual({ col: 1, row: 7 });
    expect(parseCellRef('7B')).toBeNull();
    expect(columnOfRef('12')).toBe(-1);
  });
});

describe('date serials', () => {
  it('match the calendar from 1 March 1900 on (serial = days since 1899-12-30), in the 1900 system', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 2, 1) / DAY, max: Date.UTC(9999, 11, 31) / DAY }),
        (day) => {
          const serial = day - Date.UTC(1899, 11, 30) / DAY;
          const iso = new Date(day * DAY).toISOString().slice(0, 10);
          expect(serialToDate(serial, false)).toEqual({ text: iso, year: Number(iso.slice(0, 4)) });
        },
      ),
    );
  });

  it('keeps Excel 1900 quirk and the 1904 system (old Mac workbooks) apart', () => {
    expect(serialToDate(1, false)?.text).toBe('1900-01-01');
    expect(serialToDate(59, false)?.text).toBe('1900-02-28');
    expect(serialToDate(60, false)?.text).toBe('1900-02-28'); // Excel's nonexistent 29 February 1900
    expect(serialToDate(61, false)?.text).toBe('1900-03-01');
    expect(serialToDate(0, true)?.text).toBe('1904-01-01');
    expect(serialToDate(40969 - 1462, true)?.text).toBe('2012-03-01');
  });

  it('shows a time when there is one, and refuses serials outside the calendar', () => {
    expect(serialToDate(40969.75, false)?.text).toBe('2012-03-01 18:00');
    expect(serialToDate(40969 + 1 / 86_400, false)?.text).toBe('2012-03-01 00:00:01');
    expect(serialToDate(40969.99999999, false)?.text).toBe('2012-03-02');
    expect([
      serialToDate(-1, false),
      serialToDate(3_000_000, false),
      serialToDate(Number.NaN, false),
    ]).toEqual([null, null, null]);
  });

  it('tells date formats from number formats', () => {
    const dates = [
      [14],
      [22],
      [45],
      [164, 'dd-mm-yyyy'],
      [165, 'd mmm yy'],
      [166, '[$-413]d mmmm yyyy'],
      [167, 'hh:mm'],
      [168, '[h]:mm'],
    ];
    const numbers = [
      [0],
      [1],
      [4],
      [49],
      [164, '0.00'],
      [165, '#,##0 "days"'],
      [166, '[Red]#,##0'],
      [167, '0.0E+00'],
      [168, '@'],
      [169, 'General'],
    ];
    for (const [id, code] of dates)
      expect(isDateFormat(id as number, code as string | undefined), String(code ?? id)).toBe(true);
    for (const [id, code] of numbers)
      expect(isDateFormat(id as number, code as string | undefined), String(code ?? id)).toBe(false);
  });
});

describe('values as text', () => {
  it('numbers as Excel shows them in a General cell', () => {
    expect([4, 4.0, -0, 0.1 + 0.2, 2012, 1 / 3, 1e21].map(numberText)).toEqual([
      '4',
      '4',
      '0',
      '0.3',
      '2012',
      '0.333333333333333',
      '1e+21',
    ]);
  });

  it("undoes Excel's _xHHHH_ escapes", () => {
    expect(unescapeExcelText('a_x000D__x000A_b _x005F_x0041_ c')).toBe('a\r\nb _x0041_ c');
  });
});

describe('zip checksums', () => {
  it('crc32 agrees with node:zlib', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      }),
    );
  });
});
