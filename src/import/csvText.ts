/**
 * A tiny CSV writer for the importers' output: RFC 4180 quoting and formula-injection
 * protection of text cells (csvCell), LF line endings, a final newline.
 * @module
 */
import { type CsvValue, csvCell } from '../report/escape.js';

/**
 * Write a header and rows as CSV text.
 *
 * @example
 * toCsvText(['member', 'theme', 'level'], [['oxfam', 'health', 5]]);
 * // => 'member,theme,level\noxfam,health,5\n'
 */
export function toCsvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header.map((h) => csvCell(h)).join(',')];
  for (const row of rows) lines.push(row.map((cell) => csvCell(cell)).join(','));
  return `${lines.join('\n')}\n`;
}
