/**
 * After normalisation: give every issue of a workbook sheet its cell (`C14`, or `14:14` for the
 * whole row) and say "sheet" where the CSV reader says "file".
 */
import type { IngestResult } from '../normalise/parsePartnership.js';
import type { IngestIssue } from '../schema/issues.js';
import { columnLetters } from './cells.js';
import { readerMessages } from './messages.js';
import type { WorkbookTables } from './readWorkbook.js';

/**
 * Add the cell of each issue located in a workbook sheet: the column's letter from the sheet's
 * header and the row number (`C14`), or the row (`14:14`) when the issue names no column.
 * Issues of CSV files are returned as they are.
 *
 * @param result - what parsePartnership returned for the workbooks' tables (and any CSV files)
 * @param books - the workbooks, as readWorkbookTables returned them
 * @example
 * const book = readWorkbookTables(buildTemplateWorkbook(), { name: 'p.xlsx' });
 * const members = book.tables[0]!;
 * const typo = { ...members, table: { ...members.table, rows: [{ line: 4, cells: ['A', 'Alpha', 'ngoo', '', ''] }], totalRows: 1 } };
 * const read = withCellReferences(parsePartnership([typo]), [book]);
 * read.warnings.filter((i) => i.code === 'fuzzy_match').map((i) => `${i.file}!${i.cell}`); // => ['[p.xlsx]Members!C4']
 */
export function withCellReferences(result: IngestResult, books: readonly WorkbookTables[]): IngestResult {
  const sheets = new Map<
    string,
    { header: readonly string[]; sheet: string; lang: WorkbookTables['lang'] }
  >();
  for (const book of books) {
    for (const t of book.tables) {
      const sheet = t.name.slice(book.file.length + 2);
      sheets.set(t.name, { header: t.table.header, sheet, lang: book.lang });
    }
  }
  const locate = (issue: IngestIssue): IngestIssue => {
    const sheet = sheets.get(issue.file);
    if (sheet === undefined || issue.line === 0) return issue;
    const message =
      issue.code === 'unknown_file' ? readerMessages(sheet.lang).unknownSheet(sheet.sheet) : issue.message;
    if (issue.cell !== undefined) return message === issue.message ? issue : { ...issue, message };
    const index = issue.column === null ? -1 : sheet.header.indexOf(issue.column);
    const cell = index >= 0 ? `${columnLetters(index)}${issue.line}` : `${issue.line}:${issue.line}`;
    return { ...issue, message, cell };
  };
  return { ...result, rejected: result.rejected.map(locate), warnings: result.warnings.map(locate) };
}
