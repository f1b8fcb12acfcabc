import { LimitError, OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { Limits } from './types.js';

/**
 * Every limit set: what resolveLimits returns.
 *
 * @example
 * const limits: ResolvedLimits = resolveLimits({ maxRows: 5000 });
 */
export type ResolvedLimits = Required<Limits>;

/**
 * Default size limits: generous enough for any real partnership file, small enough that a
 * wrong file (a database dump, a video) fails fast with a clear message instead of
 * exhausting memory.
 * - maxBytes: 100 MiB (104,857,600 bytes; UTF-16 code units for string input)
 * - maxRows: 1,000,000 data rows per file
 * - maxColumns: 20,000 cells in one row
 * - maxCellChars: 2,000,000 characters in one cell
 *
 * @example
 * parseTable('name\nOxfam\n', { file: 'big.csv', limits: { ...DEFAULT_LIMITS, maxRows: 5_000_000 } }).totalRows; // => 1
 */
export const DEFAULT_LIMITS: ResolvedLimits = Object.freeze({
  maxBytes: 100 * 1024 * 1024,
  maxRows: 1_000_000,
  maxColumns: 20_000,
  maxCellChars: 2_000_000,
});

/** What each limit counts, for messages. */
const UNITS: Readonly<Record<keyof ResolvedLimits, string>> = Object.freeze({
  maxBytes: 'bytes',
  maxRows: 'data rows',
  maxColumns: 'columns in one row',
  maxCellChars: 'characters in one cell',
});

/**
 * Fill unset limits from DEFAULT_LIMITS and validate the rest.
 *
 * @throws OptionsError when a limit is not a positive number (Infinity is allowed: no limit)
 * @example
 * resolveLimits({ maxRows: 10 }).maxBytes; // => 104857600
 */
export function resolveLimits(limits: Limits = {}): ResolvedLimits {
  const {
    maxBytes = DEFAULT_LIMITS.maxBytes,
    maxRows = DEFAULT_LIMITS.maxRows,
    maxColumns = DEFAULT_LIMITS.maxColumns,
    maxCellChars = DEFAULT_LIMITS.maxCellChars,
  } = limits;
  checkOptionKeys(limits, Object.keys(UNITS), 'limits.');
  const resolved: ResolvedLimits = { maxBytes, maxRows, maxColumns, maxCellChars };
  for (const key of Object.keys(UNITS) as (keyof ResolvedLimits)[]) {
    const value = resolved[key];
    if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
      throw new OptionsError(
        `limits.${key}`,
        `limits.${key} must be a positive number (got ${String(value)}).`,
      );
    }
  }
  return resolved;
}

/**
 * Throw a LimitError when `actual` exceeds the limit `name`. The message names the file, the
 * limit, the observed value and the option that raises it.
 *
 * @throws LimitError when actual > limits[name]
 * @example
 * checkLimit('x.csv', 'maxRows', { ...DEFAULT_LIMITS, maxRows: 2 }, 3);
 * // throws LimitError: "x.csv: more than 2 data rows (maxRows); found at least 3. Raise it with the option limits.maxRows, e.g. { limits: { maxRows: 6 } }."
 * checkLimit('x.csv', 'maxColumns', { ...DEFAULT_LIMITS, maxColumns: 2 }, 3, 7);
 * // throws LimitError: "x.csv, line 7: more than 2 columns in one row (maxColumns); found at least 3. ..."
 */
export function checkLimit(
  file: string,
  name: keyof ResolvedLimits,
  limits: ResolvedLimits,
  actual: number,
  line?: number,
): void {
  const max = limits[name];
  if (actual <= max) return;
  const suggested = Math.max(actual * 2, max * 2);
  const where = line === undefined ? file : `${file}, line ${line}`;
  throw new LimitError(
    name,
    max,
    actual,
    `${where}: more than ${max} ${UNITS[name]} (${name}); found at least ${actual}. ` +
      `Raise it with the option limits.${name}, e.g. { limits: { ${name}: ${suggested} } }.`,
  );
}
