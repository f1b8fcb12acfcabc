import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkbookTables } from '../../src/workbook/index.js';
import { writeXlsx } from '../../src/workbook/write/xlsxWriter.js';

describe('the workbook writer and reader', () => {
  it('carry any text through a cell unchanged: control characters, _xHHHH_ look-alikes, markup, emoji', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 8 }),
        (texts) => {
          const rows = texts.map((t, i) => ({ cells: [`M${i}`, t] }));
          const bytes = writeXlsx({
            sheets: [{ name: 'Members', rows: [{ cells: ['id', 'name'] }, ...rows] }],
          });
          const table = readWorkbookTables(bytes).tables[0]!.table;
          expect(table.rows.map((r) => r.cells[1])).toEqual(texts);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes numbers, booleans and dates that read back typed', () => {
    const bytes = writeXlsx({
      sheets: [
        {
          name: 'Geography',
          rows: [
            { cells: ['member', 'country', 'since', 'note'] },
            { cells: ['A', 'NL', { date: 40969 }, true] },
            { cells: ['B', 'BD', 2015.5, false] },
          ],
        },
      ],
    });
    const table = readWorkbookTables(bytes).tables[0]!.table;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['A', 'NL', '2012', 'TRUE'],
      ['B', 'BD', '2015.5', 'FALSE'],
    ]);
  });

  it('refuses a sheet name Excel refuses', () => {
    for (const name of ['', 'a/b', 'x'.repeat(32), "'quoted'", 'what?']) {
      expect(() => writeXlsx({ sheets: [{ name, rows: [] }] }), name).toThrow(RangeError);
    }
  });
});
