/**
 * Workbook sheets read the way the CSV reader reads a file: each non-blank row is a record fed to
 * the same TableBuilder, so title rows above the header, an HXL hashtag row under it, repeated
 * headers and ragged rows are handled exactly as in a CSV export of the sheet. For tables that are
 * not the library's own (an OCHA 3W workbook): no file kind is guessed, error cells keep their
 * text (#N/A, which the importers read as empty) and a formula without a value reads as empty.
 */
import type { Lang } from '../country/labels.js';
import { checkLimit, type ResolvedLimits, resolveLimits } from '../ingest/limits.js';
import { finishTable, issueMaker } from '../ingest/parseTable.js';
import { TableBuilder } from '../ingest/tableBuilder.js';
import type { RawTable } from '../ingest/types.js';
import type { IngestIssue } from '../schema/issues.js';
import { readerMessages } from './messages.js';
import { type ReadWorkbookOptions, readSheetGrids } from './readWorkbook.js';
import { mergedFill } from './sheetTable.js';
import type { SheetCell, SheetGrid, SheetRow } from './sheetXml.js';
import { UnreadableWorkbook } from './zip.js';

/**
 * A workbook as plain tables, one per visible sheet with values (see {@link readWorkbookSheets}).
 *
 * @example
 * const book: WorkbookSheets = readWorkbookSheets(buildTemplateWorkbook(), { name: 'p.xlsx' });
 * book.sheets.length > 0; // => true
 */
export interface WorkbookSheets {
  readonly file: string;
  /** Visible sheets with at least one value, in workbook order; each table named `[file]Sheet`. */
  readonly sheets: readonly { readonly sheet: string; readonly table: RawTable }[];
  /** Names of the hidden sheets (not read). */
  readonly hidden: readonly string[];
  /** Why the file could not be read as a workbook (password, .xls, damaged), or null. */
  readonly unreadable: IngestIssue | null;
}

/** A cell as the importers read it: errors keep their text, uncalculated formulas are empty. */
function cellValue(c: SheetCell): string {
  return c.problem === 'uncalculated' ? '' : c.text;
}

/** A row's texts from column A to its last cell, with the cells merged ranges add. */
function recordOf(row: SheetRow, added: readonly SheetCell[] | undefined): string[] {
  const cells = added === undefined ? row.cells : [...row.cells, ...added];
  let width = 0;
  for (const c of cells) width = Math.max(width, c.col + 1);
  const texts = new Array<string>(width).fill('');
  for (const c of cells) texts[c.col] = cellValue(c);
  return texts;
}

/** Feed rows to a fresh builder; `fills` adds merged cells by row number. */
function build(
  rows: readonly SheetRow[],
  file: string,
  limits: ResolvedLimits,
  lang: Lang,
  fills: ReadonlyMap<number, SheetCell[]>,
): TableBuilder {
  const builder = new TableBuilder(',', limits, file, issueMaker(file), lang);
  for (const row of rows) builder.onRecord(recordOf(row, fills.get(row.row)), row.row);
  return builder;
}

/**
 * One sheet's cells as the table the CSV reader would give for it. Merged ranges below the header
 * fill every cell they cover (an organisation name merged over its rows counts in each row);
 * ranges in or above the header fill nothing. Row numbers are the sheet's.
 *
 * @throws LimitError for more than limits.maxRows data rows
 */
export function sheetRecordsTable(
  grid: SheetGrid,
  file: string,
  limits: ResolvedLimits,
  lang: Lang,
): RawTable {
  // Pass 1 finds the header (title rows and merges cannot move it); pass 2 adds the merged cells.
  const first = build(grid.rows, file, limits, lang, new Map());
  first.finish();
  const headerLine = first.headerLine;
  const width = first.header?.length ?? 0;
  const data = grid.rows.filter((r) => r.row > headerLine);
  const fills = grid.merges.length === 0 ? new Map() : mergedFill(data, grid.merges, width);
  const builder = fills.size === 0 ? first : build(grid.rows, file, limits, lang, fills);
  return finishTable(builder, { file, encoding: 'xlsx', delimiter: '', lang, warnings: [] });
}

/**
 * Read every visible sheet of an .xlsx workbook as a plain table, the way a CSV export of the
 * sheet would read: for tables that are not the library's own, such as an OCHA 3W workbook
 * downloaded from HDX (`partner-synergy import 3w mali-3w.xlsx` uses it). Unlike
 * readWorkbookTables, no sheet is matched to a file kind and no row is rejected for an error cell:
 * an error keeps its text (`#N/A`, read as empty by the importers) and a formula that was never
 * calculated reads as empty. Title rows above the header and an HXL row under it are recognised
 * as in CSV files; merged cells below the header count in every cell they cover. A file that is
 * not a readable workbook (.xls, password-protected, damaged) gives no sheets and `unreadable`.
 * Browser-safe.
 *
 * @param bytes - the workbook file
 * @param options - file name for messages, limits, language, inflater; see ReadWorkbookOptions
 * @throws LimitError when the file or the parts it needs are larger than limits.maxBytes, a part
 *   would expand more than 100 times, or a sheet exceeds limits.maxRows / maxColumns / maxCellChars
 * @example
 * const book = readWorkbookSheets(buildTemplateWorkbook(), { name: 'p.xlsx' });
 * book.sheets[0]?.table.file; // => '[p.xlsx]Instructions'
 * book.unreadable; // => null
 * readWorkbookSheets(new Uint8Array([1, 2, 3]), { name: 'x.xlsx' }).unreadable?.code; // => 'unreadable_workbook'
 */
export function readWorkbookSheets(bytes: Uint8Array, options: ReadWorkbookOptions = {}): WorkbookSheets {
  const { name = 'workbook.xlsx', lang = 'en' } = options;
  const limits = resolveLimits(options.limits);
  const messages = readerMessages(lang);
  checkLimit(name, 'maxBytes', limits, bytes.byteLength);
  try {
    const grids = readSheetGrids(bytes, name, limits, messages, options.inflateRaw, () => true);
    const sheets = grids
      .filter((g) => g.grid !== null && g.grid.rows.length > 0)
      .map((g) => ({
        sheet: g.sheet,
        table: sheetRecordsTable(g.grid!, `[${name}]${g.sheet}`, limits, lang),
      }));
    const hidden = grids.filter((g) => g.hidden).map((g) => g.sheet);
    return { file: name, sheets, hidden, unreadable: null };
  } catch (e) {
    if (!(e instanceof UnreadableWorkbook)) throw e;
    const message = messages.unreadable[e.reason](name, e.detail);
    const unreadable: IngestIssue = {
      file: name,
      line: 0,
      column: null,
      value: null,
      code: 'unreadable_workbook',
      message,
      suggestion: null,
    };
    return { file: name, sheets: [], hidden: [], unreadable };
  }
}
