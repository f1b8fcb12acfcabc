/**
 * csvWriter keeps rows as joined chunks; the text must equal encoding every cell and joining the
 * rows one by one, for any number of rows (below, at and above a chunk) and either line ending.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvWriter, formatCsv } from '../../src/output/csv.js';
import { csvCell } from '../../src/output/escape.js';

describe('csvWriter', () => {
  it('gives the text of encoding each cell and joining the rows, for any row count', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.double({ noNaN: true }), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 20 }),
        fc.constantFrom(0, 1, 511, 512, 513, 1024, 1300),
        fc.constantFrom('\n' as const, '\r\n' as const),
        fc.boolean(),
        (sample, count, newline, bom) => {
          const rows = Array.from({ length: count + sample.length }, (_, i) =>
            i < sample.length ? sample[i]! : [`row ${i}`, i / 7],
          );
          const expected = `${bom ? '\uFEFF' : ''}${rows.map((r) => r.map((v) => csvCell(v)).join(',')).join(newline)}${newline}`;
          const out = csvWriter({ newline, bom });
          for (const r of rows) out.row(r);
          expect(out.text()).toBe(expected);
          // pieces() is the same text in pieces, and leaves the writer as it was too.
          expect(out.pieces().join('')).toBe(expected);
          // text() leaves the writer as it was: a row added later is one more line.
          out.row(['later']);
          const lines = [...rows, ['later']].map((r) => r.map((v) => csvCell(v)).join(','));
          expect(out.text()).toBe(`${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`);
          expect(out.pieces().join('')).toBe(out.text());
          expect(formatCsv(rows, { newline, bom })).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
