/**
 * Workbook bytes -> one table per sheet, ready for the normaliser. Sizes are checked against the
 * limits from the zip's central directory before anything is inflated; a file that is not a
 * readable workbook becomes one rejection (a clear line, not an exception).
 */
import type { Lang } from '../country/labels.js';
import { LimitError } from '../errors.js';
import { checkLimit, type ResolvedLimits, resolveLimits } from '../ingest/limits.js';
import type { Limits } from '../ingest/types.js';
import type { InputTable } from '../normalise/parsePartnership.js';
import type { IngestIssue } from '../schema/issues.js';
import { type ReaderMessages, readerMessages } from './messages.js';
import { readDateStyles, readSharedStrings, readWorkbookInfo } from './parts.js';
import { isTemplateSheet } from './sheetNames.js';
import { HEADER_SCAN_ROWS, sheetToTable } from './sheetTable.js';
import { readSheet, type SheetGrid } from './sheetXml.js';
import {
  MAX_EXPANSION_RATIO,
  RATIO_GRACE_BYTES,
  type RawInflater,
  readZipDirectory,
  readZipEntry,
  UnreadableWorkbook,
  type ZipEntry,
} from './zip.js';

/**
 * Options of {@link readWorkbookTables}.
 *
 * @example
 * const options: ReadWorkbookOptions = { name: 'partnership.xlsx', limits: { maxRows: 10_000 }, lang: 'nl' };
 * readWorkbookTables(buildTemplateWorkbook(), options).tables.length; // => 5
 */
export interface ReadWorkbookOptions {
  /** The workbook's file name, used in every message. Default 'workbook.xlsx'. */
  readonly name?: string;
  /** Size limits, as for CSV files: maxBytes for the file and for its unpacked parts together. Default DEFAULT_LIMITS. */
  readonly limits?: Limits;
  /** Language of the messages. Default 'en'. */
  readonly lang?: Lang;
  /**
   * How parts are inflated. Default: fflate's streaming inflater (browser-safe); partner-synergy/node
   * passes node:zlib's, which is several times faster.
   */
  readonly inflateRaw?: RawInflater;
}

/**
 * A workbook as tables: one per visible data sheet, one (without rows) per hidden sheet carrying
 * its warning, or a single table carrying the rejection of an unreadable file.
 *
 * @example
 * const book: WorkbookTables = readWorkbookTables(buildTemplateWorkbook(), { name: 'partnership.xlsx' });
 * book.tables.map((t) => t.name)[0]; // => '[partnership.xlsx]Members'
 */
export interface WorkbookTables {
  readonly file: string;
  readonly lang: Lang;
  readonly tables: readonly InputTable[];
}

/** A table without rows that only carries a file-level issue. */
function noteTable(
  file: string,
  issue: Omit<IngestIssue, 'file' | 'line' | 'column' | 'value' | 'suggestion'>,
  rejected: boolean,
): InputTable {
  const full: IngestIssue = { file, line: 0, column: null, value: null, suggestion: null, ...issue };
  return {
    name: file,
    kind: null,
    table: {
      file,
      encoding: 'xlsx',
      delimiter: '',
      header: [],
      headerLine: 0,
      rows: [],
      rejected: rejected ? [full] : [],
      warnings: rejected ? [] : [full],
      totalRows: 0,
    },
  };
}

/** Reads parts of the zip, each checked against the limits before it is inflated. */
class PartReader {
  private total = 0;
  private readonly entries: Map<string, ZipEntry>;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
    private readonly limits: ResolvedLimits,
    private readonly messages: ReaderMessages,
    private readonly inflate: RawInflater | undefined,
  ) {
    this.entries = readZipDirectory(bytes);
  }

  /** Check the declared sizes of parts about to be read: each ratio, and the running total. */
  check(names: readonly (string | null)[]): void {
    for (const name of names) {
      const entry = name === null ? undefined : this.entries.get(name);
      if (entry === undefined) continue;
      const ratio = entry.size / Math.max(1, entry.compressedSize);
      if (entry.size > RATIO_GRACE_BYTES && ratio > MAX_EXPANSION_RATIO) {
        const message = this.messages.zipBomb(
          this.file,
          entry.name,
          entry.compressedSize,
          entry.size,
          Math.round(ratio),
          MAX_EXPANSION_RATIO,
        );
        throw new LimitError('maxBytes', this.limits.maxBytes, entry.size, message);
      }
      this.total += entry.size;
      checkLimit(`${this.file} (unpacked)`, 'maxBytes', this.limits, this.total);
    }
  }

  /** A part's bytes (null when the zip has no such part); checked if not checked before. */
  read(name: string, checked = false): Uint8Array | null {
    const entry = this.entries.get(name);
    if (entry === undefined) return null;
    if (!checked) this.check([name]);
    return readZipEntry(this.bytes, entry, this.inflate);
  }
}

/** A sheet as readSheetGrids found it: hidden (not read), or its cells (null for a chart sheet). */
export interface SheetGridEntry {
  readonly sheet: string;
  readonly hidden: boolean;
  readonly grid: SheetGrid | null;
}

/**
 * The cells of every sheet `keep` accepts, in workbook order, each part checked against the
 * limits before the first is inflated. Hidden sheets are listed without their cells.
 *
 * @throws UnreadableWorkbook when the zip or a part it needs is missing or damaged
 */
export function readSheetGrids(
  bytes: Uint8Array,
  file: string,
  limits: ResolvedLimits,
  messages: ReaderMessages,
  inflate: RawInflater | undefined,
  keep: (sheet: string) => boolean,
): SheetGridEntry[] {
  const parts = new PartReader(bytes, file, limits, messages, inflate);
  const info = readWorkbookInfo((name) => parts.read(name));
  const own = info.sheets.filter((s) => keep(s.name));
  const visible = own.filter((s) => s.state === 'visible' && s.part !== null);
  // Every part the sheets need, checked together before the first is inflated.
  parts.check([info.sharedStrings, info.styles, ...visible.map((s) => s.part)]);
  const sstBytes = info.sharedStrings === null ? null : parts.read(info.sharedStrings, true);
  const sharedStrings =
    sstBytes === null ? [] : readSharedStrings(sstBytes, info.sharedStrings!, file, limits);
  const stylesBytes = info.styles === null ? null : parts.read(info.styles, true);
  const dateStyles = stylesBytes === null ? [] : readDateStyles(stylesBytes, info.styles!);
  return own.map((sheet) => {
    if (sheet.state !== 'visible') return { sheet: sheet.name, hidden: true, grid: null };
    if (sheet.part === null) return { sheet: sheet.name, hidden: false, grid: null }; // a chart sheet
    const xml = parts.read(sheet.part, true);
    if (xml === null) throw new UnreadableWorkbook('missing_part', sheet.part);
    const grid = readSheet(xml, {
      file: `[${file}]${sheet.name}`,
      part: sheet.part,
      sharedStrings,
      dateStyles,
      date1904: info.date1904,
      limits,
      headerAllowance: HEADER_SCAN_ROWS,
    });
    return { sheet: sheet.name, hidden: false, grid };
  });
}

function readTables(
  bytes: Uint8Array,
  file: string,
  limits: ResolvedLimits,
  messages: ReaderMessages,
  inflate: RawInflater | undefined,
): InputTable[] {
  const tables: InputTable[] = [];
  const keep = (sheet: string) => !isTemplateSheet(sheet);
  for (const { sheet, hidden, grid } of readSheetGrids(bytes, file, limits, messages, inflate, keep)) {
    const name = `[${file}]${sheet}`;
    if (hidden) {
      tables.push(noteTable(name, { code: 'hidden_sheet', message: messages.hiddenSheet(sheet) }, false));
      continue;
    }
    if (grid === null) continue;
    const table = sheetToTable(grid, { file: name, sheet, limits, messages });
    if (table !== null) tables.push(table);
  }
  return tables;
}

/**
 * Read an .xlsx workbook into one table per sheet, for `parsePartnership` (partner-synergy): sheets are
 * recognised by their name (English or Dutch) or their header row, like CSV files. Numbers read as
 * Excel shows them, date cells as ISO dates (the year in a `since` column), booleans as TRUE/FALSE,
 * formulas by their calculated value. Title and instruction rows above the header, the template's
 * example row, empty rows and columns are skipped; merged cells count in every cell they cover.
 * Hidden sheets are not read (a 'hidden_sheet' warning each); the template's instruction and list
 * sheets are skipped silently. A row with a formula that was never calculated, an error value
 * (#N/A, ...) or a value in a column without a name is rejected at its cell.
 *
 * Every table is named `[file]Sheet` and counts its rows by the sheet's row numbers. A file that is
 * not a readable workbook (password-protected or .xls, truncated, not a zip, damaged) gives one
 * table with a single 'unreadable_workbook' rejection. Browser-safe.
 *
 * @throws LimitError when the file is larger than limits.maxBytes, the parts it needs unpack to
 *   more than limits.maxBytes together, one of them would expand more than 100 times (a zip bomb),
 *   or a sheet has more than limits.maxRows rows, a value beyond limits.maxColumns or longer than
 *   limits.maxCellChars
 * @param bytes - the workbook file
 * @param options - file name for messages, limits, language; see {@link ReadWorkbookOptions}
 * @example
 * const book = readWorkbookTables(buildTemplateWorkbook({ lang: 'nl' }), { name: 'partnerschap.xlsx' });
 * book.tables.map((t) => t.name);
 * // => ['[partnerschap.xlsx]Leden', '[partnerschap.xlsx]Expertise', '[partnerschap.xlsx]Geografie', '[partnerschap.xlsx]Sectoren', '[partnerschap.xlsx]Bedrijven']
 * book.tables.map((t) => t.table.totalRows); // => [0, 0, 0, 0, 0]
 */
export function readWorkbookTables(bytes: Uint8Array, options: ReadWorkbookOptions = {}): WorkbookTables {
  const { name = 'workbook.xlsx', lang = 'en' } = options;
  const limits = resolveLimits(options.limits);
  const messages = readerMessages(lang);
  checkLimit(name, 'maxBytes', limits, bytes.byteLength);
  try {
    return { file: name, lang, tables: readTables(bytes, name, limits, messages, options.inflateRaw) };
  } catch (e) {
    if (!(e instanceof UnreadableWorkbook)) throw e;
    const message = messages.unreadable[e.reason](name, e.detail);
    return { file: name, lang, tables: [noteTable(name, { code: 'unreadable_workbook', message }, true)] };
  }
}
