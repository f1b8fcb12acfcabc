/**
 * The one CSV writer: rows to CSV text with formula protection, fixed rounding, RFC 4180 quoting,
 * a chosen delimiter, newline and decimal separator. Used by the report's CSV exports, the
 * importers' partnership CSVs and the data-collection template.
 * @module
 */

import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import { type CsvValue, checkCsvDelimiter, encodeCell } from './escape.js';

/**
 * Options of {@link toCsvExports} and {@link formatCsv}.
 *
 * @example
 * const options: CsvExportOptions = { delimiter: ';', decimalSeparator: ',' };
 * formatCsv([['a', 0.5], ['b', 1]], options); // => 'a;0,5\nb;1\n'
 */
export interface CsvExportOptions {
  /** Field delimiter, one character (`','`, `';'`, `'\t'`, ...). Default `','`. */
  readonly delimiter?: string;
  /** Line ending. Default `'\n'`; use `'\r\n'` for strict RFC 4180 readers. */
  readonly newline?: '\n' | '\r\n';
  /**
   * Start each file with a UTF-8 byte order mark (U+FEFF). Default `false`.
   * Set `bom: true` for Microsoft Excel: without a BOM, Excel opens UTF-8
   * CSV files as Windows-1252 and shows names like "Côte d’Ivoire" garbled.
   */
  readonly bom?: boolean;
  /** Maximum decimals of computed numbers (trailing zeros dropped). Default `4`. */
  readonly decimals?: number;
  /**
   * Decimal separator of computed numbers. Default `'.'`. Dutch Excel with
   * `delimiter: ';'` expects `','`.
   */
  readonly decimalSeparator?: '.' | ',';
}

/** Every option key of {@link CsvExportOptions} (the compiler keeps the list complete). */
const CSV_EXPORT_OPTION_KEYS = Object.keys({
  bom: true,
  decimalSeparator: true,
  decimals: true,
  delimiter: true,
  newline: true,
} satisfies Record<keyof CsvExportOptions, true>);

/** Defaults of {@link CsvExportOptions}. */
export const DEFAULT_CSV_EXPORT_OPTIONS = {
  delimiter: ',',
  newline: '\n',
  bom: false,
  decimals: 4,
  decimalSeparator: '.',
} as const satisfies Required<CsvExportOptions>;

/** Separator of list values inside one cell (member ids, partners, themes, evidence). */
export const CSV_LIST_SEPARATOR = '; ';

/**
 * Formats rows as CSV text: each cell as by `csvCell` (formula
 * protection for text, fixed rounding for numbers, RFC 4180 quoting), rows
 * joined by `newline`, a trailing newline, and an optional BOM.
 *
 * @param rows - Header row first, then data rows.
 * @param options - See {@link CsvExportOptions}; defaults in {@link DEFAULT_CSV_EXPORT_OPTIONS}.
 * @throws {OptionsError} for an invalid delimiter, newline or decimal separator.
 * @example
 * formatCsv([['member', 'score'], ['=cmd', 0.5]]); // => "member,score\n'=cmd,0.5\n"
 */
export function formatCsv(rows: readonly (readonly CsvValue[])[], options: CsvExportOptions = {}): string {
  const out = csvWriter(options);
  for (const row of rows) out.row(row);
  return out.text();
}

/** Rows added one at a time, as {@link formatCsv} formats them; see {@link csvWriter}. */
export interface CsvWriter {
  /** Adds a row (cells encoded as `csvCell` does). */
  row(cells: readonly CsvValue[]): void;
  /** The CSV text of the rows added so far, as {@link formatCsv} gives it. */
  text(): string;
  /**
   * The same text in pieces (joined, exactly `text()`), so a file writer can encode them one by
   * one instead of first copying megabytes into one string.
   */
  pieces(): string[];
}

/** Rows per chunk of {@link csvWriter}'s text. */
const CSV_CHUNK_ROWS = 512;

/**
 * {@link formatCsv} one row at a time: each row is encoded when added, so a large file keeps no
 * array of rows (and no array per row once added).
 *
 * @param options - See {@link CsvExportOptions}; defaults in {@link DEFAULT_CSV_EXPORT_OPTIONS}.
 * @throws {OptionsError} for an invalid delimiter, newline or decimal separator.
 * @example
 * const out = csvWriter();
 * out.row(['member', 'score']);
 * out.row(['=cmd', 0.5]);
 * out.text(); // => "member,score\n'=cmd,0.5\n"
 */
export function csvWriter(options: CsvExportOptions = {}): CsvWriter {
  checkOptionKeys(options, CSV_EXPORT_OPTION_KEYS);
  const {
    delimiter = DEFAULT_CSV_EXPORT_OPTIONS.delimiter,
    newline = DEFAULT_CSV_EXPORT_OPTIONS.newline,
    bom = DEFAULT_CSV_EXPORT_OPTIONS.bom,
    decimals = DEFAULT_CSV_EXPORT_OPTIONS.decimals,
    decimalSeparator = DEFAULT_CSV_EXPORT_OPTIONS.decimalSeparator,
  } = options;
  checkCsvDelimiter(delimiter, decimalSeparator);
  if (newline !== '\n' && newline !== '\r\n') {
    throw new OptionsError('newline', `newline must be '\\n' or '\\r\\n'; got ${JSON.stringify(newline)}.`);
  }
  // Every CSV_CHUNK_ROWS rows are joined into one flat chunk: what stays alive until pieces() is
  // a few large strings, not an object per cell (less GC work).
  const chunks: string[] = [];
  let lines: string[] = [];
  return {
    row(values) {
      // Concatenated, not joined from an array: the row's text is copied once, when its chunk is
      // joined (an array join here copied it twice), which made the CSV stage ~20% faster.
      let line = encodeCell(values[0], delimiter, decimals, decimalSeparator);
      for (let i = 1; i < values.length; i++) {
        line += delimiter + encodeCell(values[i], delimiter, decimals, decimalSeparator);
      }
      lines.push(line);
      if (lines.length === CSV_CHUNK_ROWS) {
        // Each chunk ends with a newline, so text() joins the chunks without a separator: far
        // faster than a join with one over megabytes of text.
        lines.push('');
        chunks.push(lines.join(newline));
        lines = [];
      }
    },
    pieces: () => {
      const start = bom ? '\uFEFF' : '';
      if (chunks.length === 0 && lines.length === 0) return [`${start}${newline}`];
      const all = start === '' ? [...chunks] : [start, ...chunks];
      if (lines.length > 0) all.push(`${lines.join(newline)}${newline}`);
      return all;
    },
    text() {
      return this.pieces().join('');
    },
  };
}
