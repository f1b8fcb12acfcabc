import type { IngestIssue } from '../schema/issues.js';

/** Encodings the decoder can report. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Result of decoding bytes to text. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Size limits checked before heavy work. Every field is optional; see DEFAULT_LIMITS. */
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

/** One data row as parsed: its 1-based physical start line and its cells (trimmed of the BOM, not of spaces). */
export interface RawRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A parsed CSV table before any interpretation of its columns.
 * totalRows = rows.length + number of rows rejected during parsing (each with an issue in `rejected`).
 */
export interface RawTable {
  readonly file: string;
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  readonly header: readonly string[];
  /** 1-based line of the header row. */
  readonly headerLine: number;
  readonly rows: readonly RawRow[];
  /** Rows that could not be parsed at all (unterminated quote, ...); each counts as one rejected row. */
  readonly rejected: readonly IngestIssue[];
  /** File-level notes: encoding fallback, HXL row skipped, trailing empty columns dropped, ... */
  readonly warnings: readonly IngestIssue[];
  readonly totalRows: number;
}
