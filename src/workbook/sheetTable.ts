/**
 * One sheet's cells -> the table the CSV path produces: the header row found below any title or
 * instruction rows, the template's example row left out, merged cells filled, dates in the
 * `since` column read as their year, and rows with an uncalculated formula, an error value or a
 * value in a column without a name rejected with the cell they are in.
 */
import { detectFileKind, matchHeaders } from '../ingest/headers.js';
import { checkLimit, type ResolvedLimits } from '../ingest/limits.js';
import { dedupeHeader } from '../ingest/parseTable.js';
import type { RawRow } from '../ingest/types.js';
import type { InputTable } from '../normalise/parsePartnership.js';
import type { IngestIssue, IssueCode } from '../schema/issues.js';
import type { FileKind } from '../schema/records.js';
import { columnLetters } from './cells.js';
import type { ReaderMessages } from './messages.js';
import type { MergedRange, SheetCell, SheetGrid, SheetRow } from './sheetXml.js';

/** Rows searched for the header row (titles and instructions may come first). */
export const HEADER_SCAN_ROWS = 10;

/**
 * First-column values that mark the template's example row (the row right under the header),
 * compared without case: it shows how to fill in a row and is not read.
 */
export const EXAMPLE_MARKERS: readonly string[] = ['example', 'voorbeeld'];

/** Longest value quoted in an issue (as in the CSV reader). */
const MAX_ISSUE_VALUE = 200;

/** What sheetToTable needs besides the cells. */
export interface SheetTableContext {
  /** The table's name in messages: `[partnership.xlsx]Expertise`. */
  readonly file: string;
  readonly sheet: string;
  readonly limits: ResolvedLimits;
  readonly messages: ReaderMessages;
}

/** The texts of a row from column A to its last cell ('' in gaps), trimmed. */
function rowTexts(row: SheetRow): string[] {
  const last = row.cells[row.cells.length - 1];
  const texts = new Array<string>(last === undefined ? 0 : last.col + 1).fill('');
  for (const c of row.cells) texts[c.col] = c.text.trim();
  return texts;
}

/**
 * The header row: the first of the first HEADER_SCAN_ROWS rows that has every required column of
 * a file kind (the sheet name breaks ties, as a file name does). Without one, a sheet whose name
 * names a kind takes its first row of two or more values (so missing columns are reported);
 * another sheet its first row (so its rows are reported as not recognised).
 */
function findHeader(rows: readonly SheetRow[], sheet: string): { index: number; kind: FileKind | null } {
  const scanned = rows.slice(0, HEADER_SCAN_ROWS);
  for (let i = 0; i < scanned.length; i++) {
    const texts = rowTexts(scanned[i]!);
    const kind = detectFileKind(sheet, texts);
    if (kind !== null && matchHeaders(texts, kind).missing.length === 0) return { index: i, kind };
  }
  const named = detectFileKind(sheet, []);
  if (named === null) return { index: 0, kind: null };
  const index = scanned.findIndex((r) => r.cells.filter((c) => c.text.trim() !== '').length >= 2);
  return { index: Math.max(0, index), kind: named };
}

/** First index of sorted rows whose row number is >= n. */
function lowerBound(rows: readonly SheetRow[], n: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.row < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The cells merged ranges add to the data rows: copies of each range's top-left cell, for the
 * rows that have values of their own (a merge alone makes no row) and the columns of the header.
 * Ranges starting in or above the header row fill nothing.
 */
export function mergedFill(
  data: readonly SheetRow[],
  merges: readonly MergedRange[],
  width: number,
): Map<number, SheetCell[]> {
  const added = new Map<number, SheetCell[]>();
  for (const m of merges) {
    const start = lowerBound(data, m.top);
    const anchorRow = data[start];
    if (anchorRow === undefined || anchorRow.row !== m.top || m.left >= width) continue;
    const anchor = anchorRow.cells.find((c) => c.col === m.left);
    if (anchor === undefined) continue;
    for (let i = start; i < data.length && data[i]!.row <= m.bottom; i++) {
      const row = data[i]!;
      for (let col = m.left; col <= Math.min(m.right, width - 1); col++) {
        if (row.cells.some((c) => c.col === col)) continue;
        const list = added.get(row.row) ?? [];
        list.push({ ...anchor, col });
        added.set(row.row, list);
      }
    }
  }
  return added;
}

/** Which columns the kind reads: its matched fields (members and unknown kinds: every column). */
function usedColumns(header: readonly string[], kind: FileKind | null): ReadonlySet<number> {
  if (kind === null || kind === 'members' || kind === 'wide') return new Set(header.keys());
  return new Set(matchHeaders(header, kind).fields.values());
}

/**
 * Turn a sheet's non-blank rows into the table the normaliser reads, or null for a sheet without
 * a single value. Row numbers are the sheet's; totalRows counts the data rows below the header
 * (without the example row), each either in `rows` or rejected once.
 *
 * @throws LimitError for more than limits.maxRows data rows
 */
export function sheetToTable(grid: SheetGrid, ctx: SheetTableContext): InputTable | null {
  const { rows: all, merges } = grid;
  const { file, sheet, limits, messages } = ctx;
  if (all.length === 0) return null;
  const { index, kind } = findHeader(all, sheet);
  const headerRow = all[index]!;
  const warnings: IngestIssue[] = [];
  const named = rowTexts(headerRow);
  while (named.length > 0 && named[named.length - 1] === '') named.pop();
  const header = dedupeHeader(named, file, headerRow.row, warnings);
  const width = header.length;
  const sinceCol = kind === 'geography' ? matchHeaders(header, kind).fields.get('since') : undefined;
  const used = usedColumns(header, kind);
  let data = all.slice(index + 1);
  const first = data[0]?.cells[0];
  if (first?.col === 0 && EXAMPLE_MARKERS.includes(first.text.trim().toLowerCase())) data = data.slice(1);
  const fills = mergedFill(data, merges, width);

  const rows: RawRow[] = [];
  const rejected: IngestIssue[] = [];
  const reject = (row: number, cell: SheetCell, code: IssueCode, message: string, value: string) => {
    rejected.push({
      file,
      line: row,
      column: header[cell.col] ?? null,
      value: value.length > MAX_ISSUE_VALUE ? `${value.slice(0, MAX_ISSUE_VALUE - 1)}…` : value,
      code,
      message,
      suggestion: null,
      cell: `${columnLetters(cell.col)}${row}`,
    });
  };
  for (const [n, row] of data.entries()) {
    if (n + 1 > limits.maxRows) checkLimit(file, 'maxRows', limits, n + 1);
    const cells = new Array<string>(width).fill('');
    const effective = [...row.cells, ...(fills.get(row.row) ?? [])];
    effective.sort((a, b) => a.col - b.col);
    let bad = false;
    for (const c of effective) {
      const ref = `${sheet}!${columnLetters(c.col)}${row.row}`;
      if (c.col >= width) {
        if (c.text.trim() === '' && c.problem === undefined) continue;
        reject(row.row, c, 'ragged_row', messages.noHeader(ref, c.text, headerRow.row), c.text);
      } else if (c.problem === 'uncalculated' && used.has(c.col)) {
        reject(
          row.row,
          c,
          'uncalculated_formula',
          messages.uncalculated(ref, c.formula ?? ''),
          `=${c.formula ?? ''}`,
        );
      } else if (c.problem === 'error' && used.has(c.col)) {
        reject(row.row, c, 'cell_error', messages.cellError(ref, c.text), c.text);
      } else {
        cells[c.col] =
          c.problem !== undefined ? '' : c.col === sinceCol && c.year !== undefined ? String(c.year) : c.text;
        continue;
      }
      bad = true;
      break;
    }
    if (!bad) rows.push({ line: row.row, cells });
  }
  if (data.length === 0)
    warnings.push({
      file,
      line: headerRow.row,
      column: null,
      value: null,
      code: 'empty_file',
      message: messages.emptySheet(sheet),
      suggestion: null,
    });
  return {
    name: file,
    kind,
    table: {
      file,
      encoding: 'xlsx',
      delimiter: '',
      header,
      headerLine: headerRow.row,
      rows,
      rejected,
      warnings,
      totalRows: data.length,
    },
  };
}
