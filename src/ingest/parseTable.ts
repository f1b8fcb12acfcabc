import type { Lang } from '../country/labels.js';
import { OptionsError } from '../errors.js';
import { message } from '../messages/catalogue.js';
import type { IngestIssue, IssueCode } from '../schema/issues.js';
import { readCsvRecords } from './csvRecords.js';
import { checkUtf8, textPrefix, type Utf8Input, utf8Candidate } from './decode.js';
import { detectDelimiter } from './delimiter.js';
import { foldHeader } from './headers.js';
import { checkLimit, type ResolvedLimits, resolveLimits } from './limits.js';
import { scanLimits } from './scanLimits.js';
import { type IssueMaker, TableBuilder } from './tableBuilder.js';
import { encodingWarnings, excelSepLine } from './textPrelude.js';
import type { ParseTableOptions, RawRow, RawTable } from './types.js';

/** Characters sniffed from the start of the text (delimiter, binary check, `sep=` line). */
const SNIFF_CHARS = 65_536;
/** Characters inspected by the binary-file check. */
const BINARY_SNIFF_CHARS = 4096;
/** Share of control characters in the first BINARY_SNIFF_CHARS above which a file is binary. */
const BINARY_CONTROL_SHARE = 0.1;
/** Longest value quoted in an issue; longer values are cut and end in '…'. */
const MAX_ISSUE_VALUE = 200;

function clip(s: string): string {
  return s.length > MAX_ISSUE_VALUE ? `${s.slice(0, MAX_ISSUE_VALUE - 1)}…` : s;
}

function issue(
  file: string,
  line: number,
  code: IssueCode,
  message: string,
  column: string | null = null,
  value: string | null = null,
): IngestIssue {
  return { file, line, column, value: value === null ? null : clip(value), code, message, suggestion: null };
}

/**
 * The maker of one table's located issues (long values cut to MAX_ISSUE_VALUE), for a
 * TableBuilder: the CSV reader's and the workbook sheet reader's.
 */
export function issueMaker(file: string): IssueMaker {
  return (line, code, message, column = null, value = null) =>
    issue(file, line, code, message, column, value);
}

const isBlankCell = (cell: string): boolean => cell.trim() === '';

/**
 * Control characters in the first BINARY_SNIFF_CHARS characters: C0 controls except tab, LF,
 * VT, FF and CR, plus DEL and the C1 range.
 */
function controlCount(text: string): number {
  const n = Math.min(text.length, BINARY_SNIFF_CHARS);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) count++;
  }
  return count;
}

function validateDelimiter(delimiter: string): void {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new OptionsError(
      'delimiter',
      `delimiter must be one character other than a double quote or a line break (got ${JSON.stringify(delimiter)}).`,
    );
  }
}

/**
 * Rename later duplicates (compared folded: "Name" and "name " clash) to name_2, name_3, ..., with
 * a 'duplicate_header' warning each (also used for the header row of a workbook sheet).
 */
export function dedupeHeader(
  header: string[],
  file: string,
  line: number,
  warnings: IngestIssue[],
  lang: Lang = 'en',
): string[] {
  const taken = new Set(header.map(foldHeader));
  const seen = new Set<string>();
  return header.map((name) => {
    const key = foldHeader(name);
    if (key === '') return name;
    if (!seen.has(key)) {
      seen.add(key);
      return name;
    }
    let n = 2;
    while (taken.has(foldHeader(`${name}_${n}`))) n++;
    const renamed = `${name}_${n}`;
    taken.add(foldHeader(renamed));
    warnings.push(
      issue(
        file,
        line,
        'duplicate_header',
        message(lang, 'duplicate_header.renamed', { name, renamed }),
        renamed,
        name,
      ),
    );
    return renamed;
  });
}

/** The text of a file as the CSV reader takes it, and what was learnt on the way. */
interface PreparedText extends Utf8Input {
  readonly delimiter: string;
  /** Why the file is binary (the message), or null. */
  readonly binary: string | null;
  /** From scanLimits: the largest record that ends, and whether a quote never closes. */
  readonly maxRecordBytes: number;
  readonly openQuote: boolean;
}

/** Bytes from the start of `bytes` that hold Excel's `sep=` line (its line break stays), and its delimiter. */
function sniffStart(bytes: Uint8Array): { prefix: string; cut: number; sep: string | null } {
  const prefix = textPrefix(bytes, SNIFF_CHARS);
  const sep = excelSepLine(prefix);
  // The sep line is ASCII: as many bytes as characters.
  return sep === null
    ? { prefix, cut: 0, sep: null }
    : { prefix: sep.text, cut: prefix.length - sep.text.length, sep: sep.delimiter };
}

/**
 * Decode (as UTF-8 bytes), drop a `sep=` line, check for binary content, pick the delimiter and
 * enforce the limits. The limits are scanned on the raw bytes before the whole file is validated
 * as UTF-8 or converted from another encoding, so an oversized file is refused before any copy.
 */
function prepareText(
  input: string | Uint8Array,
  forcedDelimiter: string | undefined,
  file: string,
  limits: ResolvedLimits,
): PreparedText {
  const candidate = utf8Candidate(input);
  let start = sniffStart(candidate.bytes);
  const controls = controlCount(start.prefix);
  const sniffed = Math.min(start.prefix.length, BINARY_SNIFF_CHARS);
  if (controls > BINARY_CONTROL_SHARE * sniffed) {
    const binary = `${file} looks like a binary file, not CSV text (${controls} of its first ${sniffed} characters are control characters). If it is an Excel workbook, save it as CSV.`;
    return {
      ...checkUtf8(candidate),
      delimiter: forcedDelimiter ?? ',',
      binary,
      maxRecordBytes: 0,
      openQuote: false,
    };
  }
  const delimiter = forcedDelimiter ?? start.sep ?? detectDelimiter(start.prefix);
  validateDelimiter(delimiter);
  let scan = scanLimits(candidate.bytes.subarray(start.cut), delimiter, file, limits);
  const settled = checkUtf8(candidate);
  if (settled.bytes !== candidate.bytes) {
    // Converted from Windows-1252: the byte positions moved, scan again.
    start = sniffStart(settled.bytes);
    scan = scanLimits(settled.bytes.subarray(start.cut), delimiter, file, limits);
  }
  const bytes = settled.bytes.subarray(start.cut);
  // The decoded text is kept only for the quote-free reader that uses it (the `sep=` line is
  // ASCII: as many characters as bytes); a file with quotes goes to csv-parse as bytes.
  const { text, ...rest } = settled;
  return {
    ...rest,
    ...(text === undefined || bytes.indexOf(0x22) >= 0 ? {} : { text: text.slice(start.cut) }),
    bytes,
    delimiter,
    binary: null,
    maxRecordBytes: scan.maxRecordBytes,
    openQuote: scan.openQuote,
  };
}

/** Columns at the right edge with an empty name and no value in any row, removed. */
function dropTrailingColumns(
  header: readonly string[],
  rows: RawRow[],
  onDropped: (count: number) => void,
): { header: string[]; rows: RawRow[] } {
  let width = header.length;
  while (width > 0 && header[width - 1] === '' && rows.every((r) => isBlankCell(r.cells[width - 1] ?? ''))) {
    width--;
  }
  if (width === header.length) return { header: [...header], rows };
  onDropped(header.length - width);
  return {
    header: header.slice(0, width),
    rows: rows.map((r) => ({ line: r.line, cells: r.cells.slice(0, width) })),
  };
}

/**
 * Parse CSV text or bytes into a header and located rows, without interpreting any column.
 *
 * - Encoding: see decodeBytes (UTF-8 with or without BOM, UTF-16, Windows-1252 fallback, which
 *   adds an 'encoding_fallback' warning; a UTF-8 file with a few invalid bytes stays UTF-8 with
 *   one 'invalid_utf8' warning per line that has them). Strings are taken as they are (a leading
 *   BOM is removed).
 * - Delimiter: `options.delimiter`, else the one Excel's first line `sep=;` names (that line is
 *   then skipped, keeping line numbers), else detectDelimiter.
 * - Limits on columns, cell length and records are counted in one pass before parsing
 *   (scanLimits), so a huge line fails fast.
 * - A cell's formula guard (an apostrophe before `=`, `+`, `-`, `@`, ...; see unguardFormula) is
 *   removed, so CSVs written by this library read back as the original text.
 * - Line breaks LF, CRLF and CR, mixed; quoted fields may contain delimiters, quotes (`""`) and
 *   line breaks. Every row carries the 1-based physical line it starts on, as an editor shows it.
 * - The header is the first non-blank record, its names trimmed; duplicates (compared
 *   case- and accent-insensitively) are renamed `name_2`, ... with a 'duplicate_header' warning.
 *   Up to 3 title rows above it (one filled cell each, followed by a header with two or more and a
 *   row that confirms it) are skipped with a 'title_row_skipped' warning. A later row that repeats
 *   the header (two exports pasted together) is rejected ('repeated_header').
 * - An HXL hashtag row right under the header (every non-empty cell starts with '#') is
 *   skipped with an 'hxl_row_skipped' warning and returned as `hxlTags`.
 * - Blank records (every cell empty or whitespace) are skipped and not counted.
 * - Short rows are padded with ''. Long rows are accepted when the extra cells are empty, else
 *   rejected ('ragged_row'). Rows with a NUL character are rejected ('binary_content').
 * - A quote that never closes rejects the record's first line ('unterminated_quote') and
 *   parsing resumes on the next line, so later rows are kept.
 * - Columns at the right edge with an empty name and no value in any row are dropped
 *   ('trailing_columns_dropped' warning).
 * - A file whose first 4 Ki characters are more than 10% control characters is binary: one
 *   'binary_content' issue at line 0 in `rejected`, no header, totalRows 0.
 * - An empty file, or one with a header but no data rows, gives an 'empty_file' warning.
 *
 * Invariant: totalRows = rows.length + rejected.filter((i) => i.line > 0).length.
 *
 * Cost: O(input size). Browser-safe.
 *
 * @throws LimitError when the input exceeds limits.maxBytes (checked before decoding), or the
 *   file has more than limits.maxRows data rows, a row more than limits.maxColumns cells or a
 *   cell more than limits.maxCellChars characters (checked while parsing)
 * @throws OptionsError for an invalid delimiter or limit
 * @param input - CSV bytes (any supported encoding) or text
 * @param options - file name for issues, delimiter and limits; see ParseTableOptions
 * @example
 * const t = parseTable('naam;land\r\nOxfam Novib;NL\r\n\r\n"Cordaid\nZorg";Nederland\r\n', { file: 'leden.csv' });
 * t.delimiter; // => ';'
 * t.header;    // => ['naam', 'land']
 * t.rows;      // => [{ line: 2, cells: ['Oxfam Novib', 'NL'] }, { line: 4, cells: ['Cordaid\nZorg', 'Nederland'] }]
 * t.totalRows; // => 2
 */
export function parseTable(input: string | Uint8Array, options: ParseTableOptions): RawTable {
  const { file, delimiter: forcedDelimiter, limits: limitOptions, lang = 'en' } = options;
  const limits = resolveLimits(limitOptions);
  if (forcedDelimiter !== undefined) validateDelimiter(forcedDelimiter);
  checkLimit(file, 'maxBytes', limits, typeof input === 'string' ? input.length : input.byteLength);

  const make = issueMaker(file);
  const text = prepareText(input, forcedDelimiter, file, limits);
  const { encoding, delimiter, bytes } = text;
  const warnings: IngestIssue[] = encodingWarnings(
    text,
    typeof input === 'string' ? null : input,
    make,
    lang,
  );
  if (text.binary !== null) {
    return headerless({ file, encoding, delimiter, warnings }, [make(0, 'binary_content', text.binary)], 0);
  }
  const builder = new TableBuilder(delimiter, limits, file, make, lang);
  readCsvRecords(
    bytes,
    {
      delimiter,
      file,
      limits,
      maxRecordBytes: Math.max(text.maxRecordBytes, 4 * limits.maxCellChars),
      careful: text.openQuote,
      ...(text.text === undefined ? {} : { text: text.text }),
    },
    {
      onRecord: (cells, line) => builder.onRecord(cells, line),
      onUnterminated: (line, excerpt) => builder.onUnterminated(line, excerpt),
    },
  );
  return finishTable(builder, { file, encoding, delimiter, lang, warnings });
}

/** A table without a header: a binary file, or one whose records never gave a header. */
function headerless(
  context: Pick<FinishTableContext, 'file' | 'encoding' | 'delimiter' | 'warnings'>,
  rejected: IngestIssue[],
  totalRows: number,
  extra: IngestIssue[] = [],
): RawTable {
  const { file, encoding, delimiter, warnings } = context;
  return {
    file,
    encoding,
    delimiter,
    header: [],
    headerLine: 0,
    rows: [],
    rejected,
    warnings: [...warnings, ...extra],
    totalRows,
  };
}

/** What {@link finishTable} needs besides the builder. */
export interface FinishTableContext {
  readonly file: string;
  readonly encoding: RawTable['encoding'];
  /** The delimiter the records were split on; '' for a workbook sheet. */
  readonly delimiter: string;
  readonly lang: Lang;
  /** File-level warnings found before the records (encoding notes); the table's come after them. */
  readonly warnings: IngestIssue[];
}

/**
 * After the last record: the builder's header, rows and issues as a table. Trailing columns
 * without a name or a value are dropped, the HXL row becomes `hxlTags`, duplicate names are
 * renamed, and a file without a header or without rows gets its 'empty_file' warning. Shared by
 * the CSV reader and the workbook sheet reader, so both read title rows, HXL rows and repeated
 * headers the same way.
 *
 * @example
 * const limits = resolveLimits(undefined);
 * const builder = new TableBuilder(',', limits, 'x.csv', (line, code, message) => ({ file: 'x.csv', line, code, message, column: null, value: null, suggestion: null }));
 * builder.onRecord(['org', 'sector'], 1);
 * builder.onRecord(['#org', '#sector'], 2);
 * builder.onRecord(['Oxfam', 'WASH'], 3);
 * const t = finishTable(builder, { file: 'x.csv', encoding: 'utf-8', delimiter: ',', lang: 'en', warnings: [] });
 * [t.header, t.hxlTags, t.rows]; // => [['org', 'sector'], ['#org', '#sector'], [{ line: 3, cells: ['Oxfam', 'WASH'] }]]
 */
export function finishTable(builder: TableBuilder, context: FinishTableContext): RawTable {
  const { file, encoding, delimiter, lang, warnings } = context;
  builder.finish();
  const { rejected, totalRows } = builder;
  warnings.push(...builder.warnings);
  const parsedHeader = builder.header;
  const parsedHxl = builder.hxl;
  const headerLine = builder.headerLine;
  const rows = builder.rows;
  if (parsedHeader === null) {
    // Only unterminated-quote records (each already rejected and counted) can precede a missing header.
    const why =
      totalRows === 0
        ? message(lang, 'empty_file.empty', { file })
        : message(lang, 'empty_file.no_header', { file });
    return headerless(context, rejected, totalRows, [issue(file, 0, 'empty_file', why)]);
  }

  const trimmed = dropTrailingColumns(parsedHeader, rows, (dropped) =>
    warnings.push(
      issue(
        file,
        headerLine,
        'trailing_columns_dropped',
        message(lang, 'trailing_columns_dropped.count', { count: dropped }),
      ),
    ),
  );
  const finalRows = trimmed.rows;
  let finalHeader = trimmed.header;
  if (parsedHxl !== null) {
    warnings.push(
      issue(
        file,
        parsedHxl.line,
        'hxl_row_skipped',
        message(lang, 'hxl_row_skipped.row'),
        null,
        parsedHxl.cells.join(delimiter === '' ? ', ' : delimiter),
      ),
    );
  }
  finalHeader = dedupeHeader(finalHeader, file, headerLine, warnings, lang);
  if (totalRows === 0) {
    warnings.push(issue(file, headerLine, 'empty_file', message(lang, 'empty_file.no_rows', { file })));
  }
  const table: RawTable = {
    file,
    encoding,
    delimiter,
    header: finalHeader,
    headerLine,
    rows: finalRows,
    rejected,
    warnings,
    totalRows,
  };
  if (parsedHxl === null) return table;
  const tags = parsedHxl.cells.slice(0, finalHeader.length).map((c) => c.trim());
  while (tags.length < finalHeader.length) tags.push('');
  return { ...table, hxlTags: tags };
}
