/**
 * Ordering and number formatting shared by the network view: string order with
 * `<`/`>` (never localeCompare, which varies by ICU) and fixed 4-decimal numbers.
 * @module
 */

/**
 * Compares two strings by UTF-16 code units.
 *
 * @example
 * ['b', 'B', 'a'].sort(compareStrings); // => ['B', 'a', 'b']
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rounds to 4 decimals; values that differ only by float noise (< 1e-9) land on
 * the same digits, and -0 becomes 0.
 *
 * @example
 * round4(0.1 + 0.2); // => 0.3
 * round4(5 / 14); // => 0.3571
 */
export function round4(x: number): number {
  const r = Math.round(x * 1e4 + (x >= 0 ? 1e-9 : -1e-9)) / 1e4;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Formats a number with exactly 4 decimals, for the XML exports.
 *
 * @example
 * fixed4(0.5); // => '0.5000'
 * fixed4(-0); // => '0.0000'
 */
export function fixed4(x: number): string {
  return round4(x).toFixed(4);
}
