import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LimitError } from '../../src/errors.js';
import { readCsvRecords } from '../../src/ingest/csvRecords.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { scanLimits } from '../../src/ingest/scanLimits.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const limits = {
  ...DEFAULT_LIMITS,
  maxColumns: Number.POSITIVE_INFINITY,
  maxCellChars: Number.POSITIVE_INFINITY,
};

/** What csv-parse (through readCsvRecords) finds: widest record, longest cell; null with a broken quote. */
function parsed(text: string): { width: number; cell: number } | null {
  let width = 0;
  let cell = 0;
  let broken = false;
  readCsvRecords(
    text,
    { delimiter: ',', file: 'p.csv', limits },
    {
      onRecord: (cells) => {
        width = Math.max(width, cells.length);
        for (const c of cells) cell = Math.max(cell, c.length);
        return true;
      },
      onUnterminated: () => {
        broken = true;
        return false;
      },
    },
  );
  return broken ? null : { width, cell };
}

const throwsLimit = (text: string, patch: object): string | null => {
  try {
    scanLimits(utf8(text), ',', 'p.csv', { ...DEFAULT_LIMITS, ...patch });
    return null;
  } catch (e) {
    if (e instanceof LimitError) return e.limit;
    throw e;
  }
};

describe('scanLimits (column and cell counting before the parser)', () => {
  it('counts cells and characters exactly as csv-parse splits them, for any text without a broken quote (property)', () => {
    const unit = fc.constantFrom('a', 'é', '𝄞', ',', '"', ' ', '\n', '\r', '\r\n', 'x"y');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const p = parsed(text);
        fc.pre(p !== null && p.width > 0);
        expect(throwsLimit(text, { maxColumns: p!.width, maxCellChars: Math.max(1, p!.cell) })).toBeNull();
        if (p!.width > 1) expect(throwsLimit(text, { maxColumns: p!.width - 1 })).toBe('maxColumns');
        if (p!.cell > 1) expect(throwsLimit(text, { maxCellChars: p!.cell - 1 })).toBe('maxCellChars');
      }),
      { numRuns: 2000 },
    );
  });

  it('names the line of the record over the limit', () => {
    const err = (() => {
      try {
        scanLimits(utf8('a,b\n"x\ny",1\n1,2,3\n'), ',', 'm.csv', { ...DEFAULT_LIMITS, maxColumns: 2 });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(err?.message).toMatch(/^m\.csv, line 4: more than 2 columns/);
  });

  it('leaves a long cell inside a quote that never closes to the parser (an unterminated quote, not a limit)', () => {
    const text = `a,b\n"${'x'.repeat(50)}\n`;
    expect(throwsLimit(text, { maxCellChars: 10 })).toBeNull();
    expect(throwsLimit(`a,b\n"${'x'.repeat(50)}",1\n`, { maxCellChars: 10 })).toBe('maxCellChars');
  });

  it('counts rows of content and blank lines: a file of blank lines is refused too', () => {
    expect(throwsLimit(`a\n${'x\n'.repeat(20)}`, { maxRows: 10 })).toBe('maxRows');
    expect(throwsLimit(`a\n${'x\n'.repeat(10)}`, { maxRows: 10 })).toBeNull();
    expect(throwsLimit(`a\n${'\n'.repeat(1_050)}`, { maxRows: 10 })).toBe('maxRows');
  });
});
