/**
 * From CSV records to a header and located rows: title rows above the header, the header, an HXL
 * hashtag row, repeated header rows, NUL bytes, ragged rows and unterminated quotes, each
 * accounted for.
 * @module
 */
import type { Lang } from '../country/labels.js';
import { message } from '../messages/catalogue.js';
import type { IngestIssue, IssueCode } from '../schema/issues.js';
import { unguardFormula } from './formulaGuard.js';
import { foldHeader } from './headers.js';
import { checkLimit, type ResolvedLimits } from './limits.js';
import type { RawRow } from './types.js';

/** Most title rows (one filled cell each) skipped above a header. */
export const MAX_TITLE_ROWS = 3;

const isBlankCell = (cell: string): boolean => cell.trim() === '';
/** A cell unguardFormula may change (it only ever removes a leading apostrophe). */
const startsWithApostrophe = (cell: string): boolean => cell.charCodeAt(0) === 0x27;

/** Whether a record has a cell unguardFormula may change (a loop: this runs for every record). */
function hasGuardedCell(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (startsWithApostrophe(cells[i]!)) return true;
  return false;
}

/** ASCII characters foldHeader turns into a separator: whitespace, `_`, `-`, `.` and `/`. */
function isHeaderSeparator(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x5f || c === 0x2d || c === 0x2e || c === 0x2f;
}

/**
 * False when `cell` cannot fold (foldHeader) to `folded`, decided on its ASCII characters alone:
 * on those foldHeader only lowercases and turns separator runs into one space (trimmed at the
 * ends). True when it does, or when a character outside ASCII leaves the decision to foldHeader.
 * The first cell of almost every data row differs from the header's within a character or two:
 * this saves folding it.
 */
function mayFoldTo(cell: string, folded: string): boolean {
  let at = 0;
  let gap = false;
  for (let i = 0; i < cell.length; i++) {
    let c = cell.charCodeAt(i);
    if (c >= 0x80) return true;
    if (isHeaderSeparator(c)) {
      gap = at > 0;
      continue;
    }
    if (gap) {
      if (folded.charCodeAt(at++) !== 0x20) return false;
      gap = false;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (folded.charCodeAt(at++) !== c) return false;
  }
  return at === folded.length;
}

function filled(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (!isBlankCell(c)) n++;
  return n;
}

/** Makes a located issue for this file. */
export type IssueMaker = (
  line: number,
  code: IssueCode,
  message: string,
  column?: string | null,
  value?: string | null,
) => IngestIssue;

/**
 * Collects the records of one file (fed by readCsvRecords, in order) into header, rows, rejected
 * rows and warnings. Call {@link TableBuilder.finish} after the last record.
 */
export class TableBuilder {
  header: string[] | null = null;
  headerLine = 0;
  hxl: { cells: string[]; line: number } | null = null;
  readonly rows: RawRow[] = [];
  readonly rejected: IngestIssue[] = [];
  readonly warnings: IngestIssue[] = [];
  totalRows = 0;
  private hxlChecked = false;
  private foldedHeader: string[] = [];
  /** Leading records with one filled cell: title rows if a header and a row follow, else the header and rows. */
  private pending: { cells: string[]; line: number }[] = [];
  /** The first wider record after `pending`: the header when the next record confirms the titles. */
  private candidate: { cells: string[]; line: number } | null = null;

  constructor(
    private readonly delimiter: string,
    private readonly limits: ResolvedLimits,
    private readonly file: string,
    private readonly make: IssueMaker,
    private readonly lang: Lang = 'en',
  ) {}

  /** A record from the parser. */
  onRecord(raw: string[], line: number): boolean {
    // Most records have no guarded formula: then the parser's array is kept, not copied.
    const cells = hasGuardedCell(raw) ? raw.map(unguardFormula) : raw;
    if (cells.every(isBlankCell)) return true;
    if (this.header !== null) return this.row(cells, line);
    const candidate = this.candidate;
    if (candidate !== null) {
      // Title rows are confirmed by a row as wide as the header, or with two filled cells.
      this.settle(cells.length === candidate.cells.length || filled(cells) >= 2);
      return this.row(cells, line);
    }
    const n = filled(cells);
    if (n === 1 && this.pending.length <= MAX_TITLE_ROWS) {
      this.pending.push({ cells, line });
    } else if (n >= 2 && this.pending.length === 0) {
      this.setHeader(cells, line);
    } else if (n >= 2 && this.pending.length <= MAX_TITLE_ROWS) {
      this.candidate = { cells, line };
    } else {
      this.settle(false);
      return this.row(cells, line);
    }
    return true;
  }

  /** A record whose quote never closed (its first line was not read). */
  onUnterminated(line: number, excerpt: string): boolean {
    this.settle(false);
    if (this.header !== null) this.hxlChecked = true;
    this.countRow();
    this.rejected.push(
      this.make(line, 'unterminated_quote', message(this.lang, 'unterminated_quote.line'), null, excerpt),
    );
    return true;
  }

  /** After the last record: records still held are the header and rows (no title rows). */
  finish(): void {
    this.settle(false);
  }

  /** Decide what the held records are: title rows above the candidate header, or header and rows. */
  private settle(titles: boolean): void {
    const { pending, candidate } = this;
    this.pending = [];
    this.candidate = null;
    if (titles && candidate !== null) {
      for (const title of pending) {
        this.warnings.push(
          this.make(
            title.line,
            'title_row_skipped',
            message(this.lang, 'title_row_skipped.title'),
            null,
            title.cells.find((c) => !isBlankCell(c)) ?? '',
          ),
        );
      }
      this.setHeader(candidate.cells, candidate.line);
      return;
    }
    const held = candidate === null ? pending : [...pending, candidate];
    const [first, ...rest] = held;
    if (first === undefined) return;
    if (this.header === null) this.setHeader(first.cells, first.line);
    for (const r of rest) this.row(r.cells, r.line);
  }

  private setHeader(cells: string[], line: number): void {
    this.header = cells.map((c) => c.trim());
    this.foldedHeader = this.header.map(foldHeader);
    this.headerLine = line;
  }

  private countRow(): void {
    this.totalRows++;
    if (this.totalRows > this.limits.maxRows) checkLimit(this.file, 'maxRows', this.limits, this.totalRows);
  }

  /** The header again (two exports pasted together): same names, compared as headers are. */
  private repeatsHeader(cells: readonly string[]): boolean {
    const header = this.foldedHeader;
    // The first cell decides for almost every row (both checks are pure: their order does not
    // matter), before the filled cells are counted.
    const first = cells[0] ?? '';
    const folded = header[0] ?? '';
    if (!mayFoldTo(first, folded) || foldHeader(first) !== folded) return false;
    if (filled(cells) < 2) return false;
    for (let i = 1; i < Math.max(cells.length, header.length); i++) {
      if (foldHeader(cells[i] ?? '') !== (header[i] ?? '')) return false;
    }
    return true;
  }

  /** Reject a data row (a method, not a closure made for every row). */
  private reject(line: number, code: IssueCode, message: string, column: string | null, value: string): true {
    this.rejected.push(this.make(line, code, message, column, value));
    return true;
  }

  private row(cells: string[], line: number): boolean {
    const header = this.header!;
    if (!this.hxlChecked) {
      this.hxlChecked = true;
      if (cells.every((c) => c.trim() === '' || c.trimStart().startsWith('#'))) {
        this.hxl = { cells, line };
        return true;
      }
    }
    this.countRow();
    if (this.repeatsHeader(cells)) {
      return this.reject(
        line,
        'repeated_header',
        message(this.lang, 'repeated_header.row', { line: this.headerLine }),
        null,
        cells.join(this.delimiter),
      );
    }
    let nulAt = -1;
    for (let i = 0; i < cells.length && nulAt < 0; i++) if (cells[i]!.includes('\0')) nulAt = i;
    if (nulAt >= 0) {
      return this.reject(
        line,
        'binary_content',
        message(this.lang, 'binary_content.nul'),
        header[nulAt] ?? null,
        (cells[nulAt] ?? '').replace(/\0/g, '\\0'),
      );
    }
    const width = header.length;
    if (cells.length > width) {
      const extra = cells.slice(width);
      if (!extra.every(isBlankCell)) {
        const shown = this.delimiter === '\t' ? '\\t' : this.delimiter;
        return this.reject(
          line,
          'ragged_row',
          message(this.lang, 'ragged_row.cells', { cells: cells.length, width, delimiter: shown }),
          null,
          extra.join(this.delimiter),
        );
      }
      cells.length = width;
    } else {
      while (cells.length < width) cells.push('');
    }
    this.rows.push({ line, cells });
    return true;
  }
}
