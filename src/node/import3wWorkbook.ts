import { PartnerSynergyError } from '../errors.js';
import { choose3wSheet } from '../import/threeWSheet.js';
import type { ImportResult } from '../import/types.js';
import type { Limits, RawTable } from '../ingest/types.js';
import type { Lang } from '../lang.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import type { IngestIssue } from '../schema/issues.js';
import { readerMessages } from '../workbook/messages.js';
import { readWorkbookSheets } from '../workbook/sheetRecords.js';
import { zlibInflateRaw } from './readFiles.js';

/** The sheet of a 3W workbook to import, with the notes on the sheets that were not read. */
export interface Workbook3wSheet {
  /** The sheet's name. */
  readonly sheet: string;
  readonly table: RawTable;
  /** Hidden sheets, and other sheets that look like 3W tables: not read (warnings for the import). */
  readonly notes: readonly IngestIssue[];
}

/** A file-level note of the workbook (line 0). */
function note(file: string, code: IngestIssue['code'], message: string): IngestIssue {
  return { file, line: 0, column: null, value: null, code, message, suggestion: null };
}

/**
 * Read a 3W workbook (.xlsx, e.g. as downloaded from HDX) and pick its 3W sheet: `sheet` when
 * given, else the largest sheet that looks like a 3W table (choose3wSheet).
 *
 * @throws PartnerSynergyError E_USAGE when the file is not a readable workbook (an .xls, a
 *   password-protected or damaged file); OptionsError when `sheet` names no sheet or no sheet
 *   looks like a 3W table; LimitError beyond `limits`
 */
export function read3wWorkbook(
  bytes: Uint8Array,
  file: string,
  options: { readonly sheet?: string; readonly limits?: Limits; readonly lang: Lang },
): Workbook3wSheet {
  const { lang } = options;
  const book = readWorkbookSheets(bytes, {
    name: file,
    lang,
    inflateRaw: zlibInflateRaw,
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
  if (book.unreadable !== null) throw new PartnerSynergyError('E_USAGE', book.unreadable.message);
  const chosen = choose3wSheet(book.sheets, file, options.sheet, lang);
  const notes = book.hidden.map((h) => note(file, 'hidden_sheet', readerMessages(lang).hiddenSheet(h)));
  if (chosen.others.length > 0) {
    const rows = chosen.table.totalRows;
    const message = toolMessage(lang, 'import.other_3w_sheets', {
      sheet: chosen.sheet,
      rows: toolMessage(lang, rows === 1 ? 'baseline.rows.one' : 'baseline.rows.many', { count: rows }),
      others: chosen.others.map((o) => `"${o}"`).join(', '),
    });
    notes.push(note(file, 'unknown_file', message));
  }
  return { sheet: chosen.sheet, table: chosen.table, notes };
}

/** The import of a workbook sheet with the workbook's notes first among the warnings. */
export function withNotes(result: ImportResult, notes: readonly IngestIssue[]): ImportResult {
  return notes.length === 0 ? result : { ...result, warnings: [...notes, ...result.warnings] };
}
