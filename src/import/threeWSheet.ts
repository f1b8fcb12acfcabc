/**
 * Which sheet of a 3W workbook is the table: OCHA 3W workbooks from HDX carry the table beside
 * pivot tables, summaries and lists (Mali: ML_5W beside TCD, Synthese, ListOrganisation). A sheet
 * is a 3W table when its header (or HXL row) names an organisation and a sector or a place; the
 * largest such sheet is read unless the user names one.
 * @module
 */
import { OptionsError } from '../errors.js';
import type { RawTable } from '../ingest/types.js';
import type { Lang } from '../lang.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import { foldText } from '../normalise/fold.js';
import { closestKey } from '../optionKeys.js';
import { findColumn } from './columns.js';
import { THREE_W_COLUMNS } from './threeWColumns.js';

/**
 * One sheet of a workbook as a plain table (what readWorkbookSheets of partner-synergy/workbook
 * gives for each sheet).
 *
 * @example
 * const sheet: NamedSheet = { sheet: 'ML_5W', table: parseTable('Organisation,Cluster\nACF,WASH\n', { file: 'ML_5W' }) };
 * looksLike3w(sheet.table); // => true
 */
export interface NamedSheet {
  readonly sheet: string;
  readonly table: RawTable;
}

/**
 * The sheet {@link choose3wSheet} picked, and the other sheets that also look like 3W tables.
 *
 * @example
 * const table = parseTable('Organisation,Cluster\nACF,WASH\n', { file: 'ML_5W' });
 * const chosen: ChosenSheet = choose3wSheet([{ sheet: 'ML_5W', table }], 'mali.xlsx');
 * chosen.others; // => []
 */
export interface ChosenSheet extends NamedSheet {
  /** Other sheets that look like 3W tables (not read), in workbook order. */
  readonly others: readonly string[];
}

const PLACE_FIELDS = ['adm1', 'adm1Code', 'adm2', 'adm2Code', 'placeName', 'placeCode', 'country'] as const;

/**
 * Whether a table's header or HXL row names an organisation (name or acronym) and a sector or a
 * place: the columns the 3W importer cannot do without.
 *
 * @param table - a parsed table (its header, and the HXL tags when it has an HXL row)
 * @example
 * looksLike3w(parseTable('Organisation,Cluster,Region\nACF,WASH,Gao\n', { file: 'x.csv' })); // => true
 * looksLike3w(parseTable('Cluster,Total\nWASH,12\n', { file: 'pivot.csv' }));                // => false
 */
export function looksLike3w(table: Pick<RawTable, 'header' | 'hxlTags'>): boolean {
  const has = (field: keyof typeof THREE_W_COLUMNS) => findColumn(table, THREE_W_COLUMNS[field]) >= 0;
  const org = has('name') || has('acronym');
  return org && (has('sector') || has('sectorCode') || PLACE_FIELDS.some(has));
}

/** The sheet the user named (compared without case or accents), or an OptionsError with the closest name. */
function namedSheet(sheets: readonly NamedSheet[], file: string, requested: string, lang: Lang): NamedSheet {
  const wanted = foldText(requested);
  const found = sheets.find((s) => foldText(s.sheet) === wanted);
  if (found !== undefined) return found;
  const names = sheets.map((s) => s.sheet);
  const near = closestKey(requested, names);
  throw new OptionsError(
    'sheet',
    toolMessage(lang, 'import.sheet_unknown', {
      file,
      sheet: requested,
      suggestion: near === undefined ? '' : toolMessage(lang, 'issue.did_you_mean', { suggestion: near }),
      sheets: names.map((n) => `"${n}"`).join(', '),
    }),
    near,
  );
}

/**
 * The sheet of a workbook to import as a 3W table: the one named by `requested` (case and accents
 * ignored), else the sheet with the most rows among those that look like 3W tables
 * ({@link looksLike3w}; the first one on a tie). `others` lists the other 3W-looking sheets, so
 * the importer can say they were not read.
 *
 * @param sheets - the workbook's sheets, as readWorkbookSheets gives them
 * @param file - the workbook's name, for messages
 * @param requested - the sheet the user asked for (the `--sheet` option); default: chosen as above
 * @param lang - language of the messages; default 'en'
 * @throws OptionsError (option 'sheet') when `requested` names no sheet (with the closest name),
 *   or when no sheet looks like a 3W table (the message lists the sheets)
 * @example
 * const table = (csv: string) => parseTable(csv, { file: 'x' });
 * const sheets = [
 *   { sheet: 'TCD', table: table('Cluster,Total\nWASH,2\n') },
 *   { sheet: 'ML_5W', table: table('Organisation,Cluster\nACF,WASH\nIRC,Santé\n') },
 * ];
 * choose3wSheet(sheets, 'mali.xlsx').sheet;           // => 'ML_5W'
 * choose3wSheet(sheets, 'mali.xlsx', 'ml_5w').sheet;  // => 'ML_5W'
 * choose3wSheet(sheets, 'mali.xlsx', 'ML5W');         // throws OptionsError
 */
export function choose3wSheet(
  sheets: readonly NamedSheet[],
  file: string,
  requested?: string,
  lang: Lang = 'en',
): ChosenSheet {
  const candidates = sheets.filter((s) => looksLike3w(s.table));
  if (requested !== undefined) {
    const chosen = namedSheet(sheets, file, requested, lang);
    return { ...chosen, others: [] };
  }
  let best: NamedSheet | undefined;
  for (const s of candidates) if (best === undefined || s.table.totalRows > best.table.totalRows) best = s;
  if (best === undefined) {
    const names = sheets.map((s) => `"${s.sheet}"`).join(', ');
    throw new OptionsError('sheet', toolMessage(lang, 'import.no_3w_sheet', { file, sheets: names || '-' }));
  }
  const others = candidates.filter((s) => s !== best).map((s) => s.sheet);
  return { ...best, others };
}
