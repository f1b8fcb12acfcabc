import type { IngestIssue } from '../schema/issues.js';

/**
 * Encodings the decoder can report.
 *
 * @example
 * const enc: TextEncodingName = decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).encoding;
 * enc; // => 'windows-1252'
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Result of decoding bytes to text.
 *
 * @example
 * const decoded: DecodedText = decodeBytes(new Uint8Array([0x61]));
 * decoded; // => { text: 'a', encoding: 'utf-8' }
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /**
   * UTF-8 text only: the byte offsets (in the input, at most 1,000) and the number of sequences
   * that were not valid UTF-8 and became U+FFFD. Absent when there were none.
   */
  readonly invalid?: { readonly offsets: readonly number[]; readonly count: number };
}

/**
 * Size limits checked before heavy work. Every field is optional; see DEFAULT_LIMITS.
 *
 * @example
 * parseTable('name\nOxfam\n', { file: 'big.csv', limits: { maxRows: 5_000_000 } }).totalRows; // => 1
 */
export interface Limits {
  /** Maximum input size in bytes (or UTF-16 code units for strings). */
  readonly maxBytes?: number;
  /** Maximum number of data rows per file. */
  readonly maxRows?: number;
  /** Maximum number of columns in a row. */
  readonly maxColumns?: number;
  /** Maximum characters in one cell. */
  readonly maxCellChars?: number;
}

/**
 * One data row as parsed: its 1-based physical start line and its cells (trimmed of the BOM, not of spaces).
 *
 * @example
 * parseTable('a,b\n\n" x",2\n', { file: 'f.csv' }).rows[0]; // => { line: 3, cells: [' x', '2'] }
 */
export interface RawRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A parsed CSV table before any interpretation of its columns.
 *
 * Accounting invariant: `totalRows = rows.length + rejected.filter((i) => i.line > 0).length`.
 * `totalRows` counts every non-blank physical record except the header record and the HXL
 * hashtag row (if any); a record is blank when every cell is empty or whitespace. Each such
 * record is either in `rows` or has exactly one issue in `rejected`. File-level problems
 * (binary content) are in `rejected` with line 0 and are not rows.
 *
 * @example
 * const t: RawTable = parseTable('name,country\nOxfam,NL\n', { file: 'members.csv' });
 * t.totalRows === t.rows.length + t.rejected.filter((i) => i.line > 0).length; // => true
 */
export interface RawTable {
  readonly file: string;
  /** The text encoding; 'xlsx' for a sheet of a workbook (read by partner-synergy/workbook). */
  readonly encoding: TextEncodingName | 'xlsx';
  /** The field delimiter; '' for a workbook sheet. */
  readonly delimiter: string;
  /** Column names, trimmed; duplicates renamed (`name`, `name_2`); empty trailing columns dropped. */
  readonly header: readonly string[];
  /** 1-based line of the header row (0 when the file has no header: empty or binary). */
  readonly headerLine: number;
  /** Accepted rows; every row has exactly `header.length` cells. */
  readonly rows: readonly RawRow[];
  /** Rows that could not be parsed at all (unterminated quote, ...); each counts as one rejected row. */
  readonly rejected: readonly IngestIssue[];
  /** File-level notes: encoding fallback, HXL row skipped, trailing empty columns dropped, ... */
  readonly warnings: readonly IngestIssue[];
  readonly totalRows: number;
  /** The HXL hashtag row under the header (one tag per column, '' where none), when the file has one. */
  readonly hxlTags?: readonly string[];
}

/**
 * Options of parseTable.
 *
 * @example
 * const options: ParseTableOptions = { file: 'leden.csv', delimiter: ';', limits: { maxRows: 10_000 } };
 * parseTable('naam;land\nOxfam;NL\n', options).rows; // => [{ line: 2, cells: ['Oxfam', 'NL'] }]
 */
export interface ParseTableOptions {
  /** File name used in every issue and error message. */
  readonly file: string;
  /** Field delimiter (one character). Default: detected with detectDelimiter. */
  readonly delimiter?: string;
  /** Size limits; unset fields take DEFAULT_LIMITS. */
  readonly limits?: Limits;
  /** Language of the issue messages (the codes stay the same). Default 'en'. */
  readonly lang?: 'en' | 'nl';
}

/**
 * Result of matching a header row against the aliases of one file kind.
 *
 * @example
 * const m: HeaderMatch = matchHeaders(['Naam', 'Land', 'Notitie'], 'members');
 * m.fields.get('country'); // => 1
 */
export interface HeaderMatch {
  /** Canonical field name -> column index. */
  readonly fields: ReadonlyMap<string, number>;
  /** Columns that matched no field (including columns with an empty name), in column order. */
  readonly extras: readonly { readonly name: string; readonly index: number }[];
  /** Required fields of the kind that no column matched, in alias-table order. */
  readonly missing: readonly string[];
}
