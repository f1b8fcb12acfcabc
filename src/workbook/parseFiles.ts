/**
 * Files that may be CSV files or workbooks -> one normalised partnership.
 */
import type { Lang } from '../country/labels.js';
import {
  type IngestResult,
  type InputFile,
  type InputTable,
  PARSE_OPTION_KEYS,
  type ParseOptions,
  parsePartnership,
} from '../normalise/parsePartnership.js';
import { checkOptionKeys } from '../optionKeys.js';
import { isWorkbookFile } from './detect.js';
import { withCellReferences } from './locate.js';
import { type ReadWorkbookOptions, readWorkbookTables, type WorkbookTables } from './readWorkbook.js';
import type { RawInflater } from './zip.js';

/**
 * Options of {@link parseInputFiles} and {@link parseWorkbook}: those of parsePartnership, plus the
 * language of the workbook reader's messages.
 *
 * @example
 * const options: WorkbookParseOptions = { strict: true, lang: 'nl', limits: { maxRows: 10_000 } };
 * parseWorkbook(buildTemplateWorkbook(), options).warnings[0]?.message; // => 'Werkblad "Companies" heeft een kopregel maar geen gegevensrijen.'
 */
export interface WorkbookParseOptions extends ParseOptions {
  /** Language of the workbook messages (hidden sheets, formulas, damaged files). Default 'en'. */
  readonly lang?: Lang;
  /** How workbook parts are inflated; see ReadWorkbookOptions.inflateRaw. Default: fflate's. */
  readonly inflateRaw?: RawInflater;
}

/**
 * `parsePartnership` (partner-synergy) for files that may be workbooks: each workbook is read sheet by sheet
 * (see readWorkbookTables) and its sheets are normalised with the CSV files, under the same rules
 * (accepted + rejected = rows, located rejections, "did you mean"); issues in a sheet carry their
 * cell. Without a workbook among the files the result is exactly parsePartnership's.
 *
 * @param files - CSV files and workbooks, as names and contents
 * @param options - parsePartnership's options plus `lang` for the workbook messages
 * @throws LimitError when a file or a workbook's parts exceed the limits
 * @example
 * const files = [
 *   { name: 'partnership.xlsx', content: buildTemplateWorkbook() },
 *   { name: 'members.csv', content: 'id,name\nFTA,Fair Threads Alliance\n' },
 * ];
 * const read = parseInputFiles(files);
 * read.partnership.members.map((m) => m.id); // => ['FTA']
 * read.files.find((f) => f.file === '[partnership.xlsx]Expertise')?.rows; // => 0
 */
export function parseInputFiles(
  files: readonly InputFile[],
  options: WorkbookParseOptions = {},
): IngestResult {
  const { bookOptions, parseOptions } = splitOptions(options);
  const books: WorkbookTables[] = [];
  const sources: (InputFile | InputTable)[] = [];
  for (const f of files) {
    if (!isWorkbookFile(f.name, f.content) || typeof f.content === 'string') {
      sources.push(f);
      continue;
    }
    const book = readWorkbookTables(f.content, { ...bookOptions, name: f.name });
    books.push(book);
    sources.push(...book.tables);
  }
  const result = parsePartnership(sources, parseOptions);
  return books.length === 0 ? result : withCellReferences(result, books);
}

const WORKBOOK_PARSE_OPTION_KEYS = [...PARSE_OPTION_KEYS, 'inflateRaw'];

/** The workbook reader's options and parsePartnership's. */
function splitOptions(options: WorkbookParseOptions): {
  bookOptions: ReadWorkbookOptions;
  parseOptions: ParseOptions;
} {
  checkOptionKeys(options, WORKBOOK_PARSE_OPTION_KEYS);
  const { inflateRaw, ...parseOptions } = options;
  const { lang } = options;
  const bookOptions: ReadWorkbookOptions = {
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(lang === undefined ? {} : { lang }),
    ...(inflateRaw === undefined ? {} : { inflateRaw }),
  };
  return { bookOptions, parseOptions };
}

/**
 * Read and normalise one workbook: {@link parseInputFiles} for a single .xlsx file.
 *
 * @param bytes - the workbook file
 * @param options - `name` (the file name in messages, default 'workbook.xlsx') and parseInputFiles's options
 * @example
 * const read = parseWorkbook(buildTemplateWorkbook({ lang: 'nl' }), { name: 'partnerschap.xlsx' });
 * read.files.map((f) => `${f.file} ${f.kind}`)[0]; // => '[partnerschap.xlsx]Bedrijven companies'
 * read.rejected.map((i) => i.code); // => ['missing_column']
 */
export function parseWorkbook(
  bytes: Uint8Array,
  options: WorkbookParseOptions & { readonly name?: string } = {},
): IngestResult {
  const { name = 'workbook.xlsx', ...rest } = options;
  const { bookOptions, parseOptions } = splitOptions(rest);
  const book = readWorkbookTables(bytes, { ...bookOptions, name });
  return withCellReferences(parsePartnership(book.tables, parseOptions), [book]);
}
