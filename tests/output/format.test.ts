import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { formatNumber, formatPercent, roundForJson } from '../../src/output/format.js';

describe('formatNumber(x, decimals)', () => {
  it('formats with fixed decimals', () => {
    expect(formatNumber(0.4167, 2)).toBe('0.42');
    expect(formatNumber(3, 2)).toBe('3.00');
    expect(formatNumber(0.5, 0)).toBe('1');
  });

  it('never writes -0', () => {
    expect(formatNumber(-0, 2)).toBe('0.00');
    expect(formatNumber(-0.0001, 2)).toBe('0.00');
    expect(formatNumber(-0.4, 0)).toBe('0');
    expect(formatNumber(-0.5, 1)).toBe('-0.5');
  });

  it('never writes an exponent, also for 1e21 and 1e-7', () => {
    expect(formatNumber(1e21, 1)).toBe('1000000000000000000000.0');
    expect(formatNumber(-(2 ** 70), 0)).toBe('-1180591620717411303424');
    expect(formatNumber(1e-7, 3)).toBe('0.000');
  });

  it('trims trailing zeros and uses a decimal comma when asked', () => {
    expect(formatNumber(0.42, 4, { trimZeros: true })).toBe('0.42');
    expect(formatNumber(1, 4, { trimZeros: true })).toBe('1');
    expect(formatNumber(10, 2, { trimZeros: true })).toBe('10');
    expect(formatNumber(0.5, 2, { decimalSeparator: ',' })).toBe('0,50');
  });

  it("shows NaN and Infinity as 'n/a' (visible, not silent)", () => {
    expect(formatNumber(Number.NaN, 2)).toBe('n/a');
    expect(formatNumber(Number.NEGATIVE_INFINITY, 2)).toBe('n/a');
  });

  it('rejects decimals outside 0-20', () => {
    expect(() => formatNumber(1, -1)).toThrow(OptionsError);
    expect(() => formatNumber(1, 1.5)).toThrow(OptionsError);
    expect(() => formatNumber(1, 21)).toThrow(OptionsError);
  });

  it('has no exponent and no -0, and is within half a unit of x (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 6 }),
        (x, d) => {
          const text = formatNumber(x, d);
          expect(text).not.toMatch(/e/i);
          expect(text).not.toMatch(/^-0(\.0*)?$/);
          if (Math.abs(x) < 1e12)
            expect(Math.abs(Number(text) - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
        },
      ),
    );
  });
});

describe('formatPercent(x)', () => {
  it('formats a fraction as a percentage', () => {
    expect(formatPercent(0.4167)).toBe('42%');
    expect(formatPercent(0.4167, 1)).toBe('41.7%');
    expect(formatPercent(Number.NaN)).toBe('n/a');
  });
});

describe('roundForJson(x, decimals = 4)', () => {
  it('rounds half away from zero to 4 decimals by default', () => {
    expect(roundForJson(0.123456)).toBe(0.1235);
    expect(roundForJson(2.5, 0)).toBe(3);
    expect(roundForJson(-2.5, 0)).toBe(-3);
  });

  it('turns -0 into 0', () => {
    expect(Object.is(roundForJson(-0.00001), 0)).toBe(true);
    expect(Object.is(roundForJson(-0), 0)).toBe(true);
  });

  it('is idempotent and within half a unit (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const r = roundForJson(x);
        expect(roundForJson(r)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.00005 + 1e-9);
        expect(JSON.stringify(r)).not.toMatch(/e/i);
      }),
    );
  });
});
