import { describe, expect, it } from 'vitest';
import { LimitError, OptionsError } from '../../src/errors.js';
import { DEFAULT_LIMITS, resolveLimits } from '../../src/ingest/limits.js';
import { parseTable } from '../../src/ingest/parseTable.js';
import type { Limits } from '../../src/ingest/types.js';

function limitErrorOf(run: () => unknown): LimitError {
  try {
    run();
  } catch (e) {
    if (e instanceof LimitError) return e;
    throw e;
  }
  throw new Error('expected a LimitError');
}

const parseWith = (input: string | Uint8Array, limits: Limits) =>
  parseTable(input, { file: 'leden.csv', limits });

describe('limits', () => {
  it('has generous documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxBytes: 104_857_600,
      maxRows: 1_000_000,
      maxColumns: 20_000,
      maxCellChars: 2_000_000,
    });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });

  it('checks maxBytes before decoding: the bytes are never read', () => {
    // A byte array whose elements throw when read: only its length may be looked at.
    const untouchable = new Proxy(new Uint8Array(10), {
      get(target, prop) {
        if (prop === 'byteLength' || prop === 'length') return 5000;
        if (prop === Symbol.toStringTag) return Reflect.get(target, prop);
        throw new Error(`read ${String(prop)}`);
      },
    });
    const e = limitErrorOf(() => parseWith(untouchable, { maxBytes: 4096 }));
    expect(e).toMatchObject({ code: 'E_LIMIT', limit: 'maxBytes', max: 4096, actual: 5000 });
    expect(e.message).toContain('leden.csv');
    expect(e.message).toContain('limits.maxBytes');
  });

  it('counts string input in UTF-16 code units for maxBytes', () => {
    expect(limitErrorOf(() => parseWith('a,b\n1,2\n', { maxBytes: 7 })).actual).toBe(8);
    expect(parseWith('a,b\n1,2\n', { maxBytes: 8 }).rows).toHaveLength(1);
  });

  it('stops at the first data row over maxRows (actual = maxRows + 1), counting rejected rows too', () => {
    // Every line leaves a quote open, so every record is a rejected one.
    const text = `a,b\n${Array.from({ length: 100 }, () => '""a","').join('\n')}`;
    const e = limitErrorOf(() => parseWith(text, { maxRows: 10 }));
    expect(e).toMatchObject({ limit: 'maxRows', max: 10, actual: 11 });
    expect(e.message).toMatch(/leden\.csv: more than 10 data rows \(maxRows\).*limits\.maxRows/);
    expect(parseWith('a\n1\n2\n', { maxRows: 2 }).totalRows).toBe(2);
  });

  it('does not count blank lines, the header or the HXL row against maxRows', () => {
    expect(parseWith('a\n#x\n\n1\n\n2\n', { maxRows: 2 }).totalRows).toBe(2);
  });

  it('throws for a row wider than maxColumns, header included', () => {
    expect(limitErrorOf(() => parseWith('a,b,c,d\n1\n', { maxColumns: 3 }))).toMatchObject({
      limit: 'maxColumns',
      max: 3,
      actual: 4,
    });
    expect(limitErrorOf(() => parseWith('a\n1,,,,\n', { maxColumns: 3 })).limit).toBe('maxColumns');
  });

  it('throws for a cell longer than maxCellChars, quoted or not', () => {
    const long = 'x'.repeat(101);
    expect(limitErrorOf(() => parseWith(`a\n${long}\n`, { maxCellChars: 100 }))).toMatchObject({
      limit: 'maxCellChars',
      max: 100,
      actual: 101,
    });
    expect(limitErrorOf(() => parseWith(`a\n"${long}"\n`, { maxCellChars: 100 })).actual).toBe(101);
    expect(parseWith(`a\n"${'x'.repeat(100)}"\n`, { maxCellChars: 100 }).rows).toHaveLength(1);
  });

  it('allows Infinity (no limit) and rejects zero, negative and NaN limits with OptionsError', () => {
    expect(resolveLimits({ maxRows: Infinity }).maxRows).toBe(Infinity);
    for (const bad of [0, -1, Number.NaN]) {
      expect(() => parseWith('a\n', { maxRows: bad })).toThrow(OptionsError);
    }
  });

  it('fills unset limits from DEFAULT_LIMITS', () => {
    expect(resolveLimits({ maxRows: 5 })).toEqual({ ...DEFAULT_LIMITS, maxRows: 5 });
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
  });
});
