/**
 * CSV records with their physical start lines, read with csv-parse (its browser build), plus
 * the recovery from a quote that never closes.
 */
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import { checkLimit, type ResolvedLimits } from './limits.js';

const CR = 0x0d;
const LF = 0x0a;

/**
 * After this many unterminated-quote recoveries that each re-read the rest of the text,
 * quoted fields may no longer span lines: keeps pathological input (many stray quotes) linear.
 */
const MAX_SPANNING_RECOVERIES = 8;

/** Longest line excerpt put into an unterminated-quote report. */
const EXCERPT_CHARS = 200;

/**
 * Most restarts of csv-parse to give it a representative first record (see readCsvRecords);
 * past it, parsing goes on without them (correct, only slower on ragged files).
 */
const MAX_WIDTH_RESTARTS = 8;

/** Bytes of the first lines compared for a title row by the fast path; longer first lines are not compared. */
const HEAD_BYTES = 1 << 20;

/** Largest window, in lines, read in one csv-parse call once quoted fields may not span lines. */
const MAX_WINDOW_LINES = 4096;

const utf8 = new TextDecoder();
/** Decodes only valid UTF-8 (throws otherwise) and keeps a leading BOM, as csv-parse (`bom: false`) does. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** csv-parse's record delimiters, in the order it tries them. */
const LINE_BREAK = /\r\n|\n|\r/;

/**
 * Options of readCsvRecords (all required; parseTable fills them).
 *
 * @example
 * const options: CsvRecordOptions = { delimiter: ';', file: 'leden.csv', limits: DEFAULT_LIMITS };
 */
export interface CsvRecordOptions {
  /** Field delimiter, exactly one character (not a quote, CR or LF). */
  readonly delimiter: string;
  /** File name for limit messages. */
  readonly file: string;
  /** maxColumns and maxCellChars are checked per record; the others are the caller's. */
  readonly limits: ResolvedLimits;
  /** Skip the fast path for well-formed files (for tests that compare the two, and for text known to hold a quote that never closes). Default false. */
  readonly careful?: boolean;
  /**
   * Largest record in bytes that can be well-formed (from scanLimits); a record growing past it
   * is read as an unterminated quote at once instead of after the rest of the file was buffered.
   * Default: no bound.
   */
  readonly maxRecordBytes?: number;
  /** The input decoded, when the caller has it (valid UTF-8 only): the quote-free path then does not decode it again. */
  readonly text?: string;
}

/**
 * Callbacks of readCsvRecords, called in text order.
 *
 * @example
 * const handlers: CsvRecordHandlers = {
 *   onRecord: (cells, line) => { console.log(line, cells); return true; },
 *   onUnterminated: (line, excerpt) => { console.warn(`open quote on line ${line}: ${excerpt}`); return true; },
 * };
 */
export interface CsvRecordHandlers {
  /**
   * A record: its cells (unquoted, unescaped) and the 1-based physical line it starts on.
   * Blank lines arrive as `['']`. Return false to stop reading.
   */
  readonly onRecord: (cells: string[], line: number) => boolean | undefined;
  /** A record whose quoted field never closed: its start line and the text of that line. */
  readonly onUnterminated: (line: number, excerpt: string) => boolean | undefined;
}

/** Thrown from on_record to end a csv-parse call early; never leaves this module. */
class Interrupt {
  constructor(readonly reason: 'stop' | 'restart' | 'spans') {}
}

/** How one csv-parse call over bytes[from, to) ended. */
type Outcome =
  /** Every record read; `line` is the line after the last one. */
  | { readonly kind: 'done'; readonly line: number }
  | { readonly kind: 'stop' }
  /** Start again at `at` (a record start on `line`), so that record is the call's first. */
  | { readonly kind: 'restart'; readonly at: number; readonly line: number }
  /** The record starting at `at` on `line` has a quote that does not close (in time). */
  | { readonly kind: 'broken'; readonly at: number; readonly line: number };

/** Line breaks in bytes[from, to): CRLF, a lone CR and LF count one each. */
function countBreaks(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i];
    if (c === LF) n++;
    else if (c === CR) {
      n++;
      if (bytes[i + 1] === LF && i + 1 < to) i++;
    }
  }
  return n;
}

/** Offset of the first line break at or after `from` (bytes.length when none). */
function lineEnd(bytes: Uint8Array, from: number, limit: number = bytes.length): number {
  const to = Math.min(limit, bytes.length);
  let i = from;
  while (i < to && bytes[i] !== CR && bytes[i] !== LF) i++;
  return i;
}

/** Offset just after the line break that ends the line containing `from`, or -1 on the last line. */
function nextLineStart(bytes: Uint8Array, from: number): number {
  const end = lineEnd(bytes, from);
  if (end >= bytes.length) return -1;
  return bytes[end] === CR && bytes[end + 1] === LF ? end + 2 : end + 1;
}

/** Offset after `lines` more line breaks from `from` (or bytes.length). */
function afterLines(bytes: Uint8Array, from: number, lines: number): number {
  let at = from;
  for (let k = 0; k < lines; k++) {
    const next = nextLineStart(bytes, at);
    if (next < 0) return bytes.length;
    at = next;
  }
  return at;
}

/** The physical line starting at byte `from`, cut at EXCERPT_CHARS characters. */
function lineExcerpt(bytes: Uint8Array, from: number): string {
  // A UTF-16 code unit takes at most 3 bytes, so 4 bytes per character is always enough and
  // a character cut at the byte limit never reaches the kept part.
  const end = lineEnd(bytes, from, from + 4 * EXCERPT_CHARS);
  return utf8.decode(bytes.subarray(from, end)).slice(0, EXCERPT_CHARS);
}

/** Throw LimitError for a record with too many cells or too long a cell. */
function checkCells(cells: string[], file: string, limits: ResolvedLimits, line: number): void {
  const { maxColumns, maxCellChars } = limits;
  for (let i = 0; i < cells.length; i++) {
    const length = cells[i]!.length;
    if (length > maxCellChars) checkLimit(file, 'maxCellChars', limits, length, line);
    if (i + 1 > maxColumns) checkLimit(file, 'maxColumns', limits, i + 1, line);
  }
}

/** Slack on top of a record-size bound, so that csv-parse's own counting never bites early. */
const RECORD_SLACK = 1 << 16;

/** csv-parse options shared by every call. */
function parseOptions(delimiter: string, maxRecordBytes: number | undefined) {
  return {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    bom: false,
    max_record_size:
      maxRecordBytes === undefined || !Number.isSafeInteger(maxRecordBytes + RECORD_SLACK)
        ? 0
        : maxRecordBytes + RECORD_SLACK,
  };
}

/** csv-parse stopped on a quote that does not close (in time). */
const isBrokenQuote = (e: unknown): boolean =>
  e instanceof CsvError && (e.code === 'CSV_QUOTE_NOT_CLOSED' || e.code === 'CSV_MAX_RECORD_SIZE');

/** Line breaks in a record's raw text (CRLF, LF or CR each count once). */
function breaksIn(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR) {
      n++;
      if (raw.charCodeAt(i + 1) === LF) i++;
    }
  }
  return n;
}

/**
 * The records csv-parse reads from quote-free bytes (see parseOptions), without csv-parse: without
 * a quote character a record is one line (CRLF, LF or a lone CR end it; no record after a final
 * line break; a blank line is `['']`) split on the delimiter. Null, to leave the decision to
 * csv-parse, when the bytes are not valid UTF-8 (csv-parse's replacement characters are its own),
 * the delimiter is not ASCII, or a line may be longer than csv-parse's record-size bound. About
 * ten times faster than csv-parse on such a file; the tests compare the two on random text.
 */
function plainRecords(
  bytes: Uint8Array,
  delimiter: string,
  maxRecordSize: number,
  known: string | undefined,
): string[][] | null {
  if (delimiter.charCodeAt(0) >= 0x80) return null;
  let text = known ?? lenientUtf8.decode(bytes);
  // An invalid sequence always decodes to U+FFFD; only then is the strict check needed.
  if (known === undefined && text.includes('\uFFFD')) {
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      return null;
    }
  }
  if (text === '') return [];
  // A character is at most 3 UTF-8 bytes: within this bound csv-parse cannot refuse the record.
  const tooLong = (line: string) => maxRecordSize !== 0 && 3 * line.length > maxRecordSize;
  const records: string[][] = [];
  if (text.includes('\r')) {
    const lines = text.split(LINE_BREAK);
    // A final line break ends the last record; it does not start another one.
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) {
      if (tooLong(line)) return null;
      records.push(line.split(delimiter));
    }
    return records;
  }
  // Without a CR every break is an LF: line by line, so that no array of every line is kept
  // while the cells are made (nor a record after a final line break).
  for (let start = 0; start < text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end);
    if (tooLong(line)) return null;
    records.push(line.split(delimiter));
    start = end + 1;
  }
  return records;
}

/**
 * The fast path for a well-formed file: one csv-parse call with `raw` (each record's text, to
 * count its lines), which costs about half of the per-record `info` objects that on_record
 * brings. Returns false, having reported nothing, when the file needs the careful path: a quote
 * that never closes (csv-parse throws), or a first record wider or narrower than the two after
 * it (a title row: csv-parse then builds an error object per record, which the careful path
 * avoids by restarting). Records, cells and line numbers are the same on both paths (the tests
 * read every corpus file both ways).
 */
function readWellFormed(bytes: Uint8Array, options: CsvRecordOptions, handlers: CsvRecordHandlers): boolean {
  const { delimiter, file, limits } = options;
  const settings = parseOptions(delimiter, options.maxRecordBytes);
  const quoted = bytes.indexOf(0x22) >= 0;
  let records: { record: string[]; raw: string }[] | null = null;
  let plain: string[][] | null = null;
  try {
    // The first three lines, when they are short enough to compare (a title row is).
    const head = parse(
      bytes.subarray(0, afterLines(bytes.subarray(0, HEAD_BYTES), 0, 3)),
      settings,
    ) as string[][];
    const [a, b, c] = head;
    if (a && b && c && a.length !== b.length && b.length === c.length) return false;
    // Without a quote character every record is one line (blank lines are records too), so the
    // raw text is needed only when some field may be quoted.
    if (quoted) {
      records = parse(bytes, { ...settings, raw: true }) as unknown as { record: string[]; raw: string }[];
    } else {
      plain =
        plainRecords(bytes, delimiter, settings.max_record_size, options.text) ??
        (parse(bytes, settings) as string[][]);
    }
  } catch (e) {
    if (isBrokenQuote(e)) return false;
    throw e;
  }
  if (plain !== null) {
    for (let i = 0; i < plain.length; i++) {
      const cells = plain[i]!;
      checkCells(cells, file, limits, i + 1);
      if (handlers.onRecord(cells, i + 1) === false) return true;
    }
    return true;
  }
  let line = 1;
  for (const { record: cells, raw } of records!) {
    checkCells(cells, file, limits, line);
    if (handlers.onRecord(cells, line) === false) return true;
    line += breaksIn(raw);
  }
  return true;
}

/**
 * Split CSV text (a string, or its UTF-8 bytes) into records of cells (RFC 4180 quoting) with csv-parse and report the
 * physical start line of each record, as an editor shows it. Line breaks are CRLF, LF or a
 * lone CR, mixed freely; inside a quoted field they are kept as written and counted as lines.
 *
 * csv-parse (`csv-parse/browser/esm/sync`, options `relax_quotes`, `relax_column_count`,
 * `skip_empty_lines: false`, record delimiters CRLF/LF/CR, `bom: false`) does the parsing: a
 * quote inside an unquoted field is a literal character, and a closing quote followed by
 * anything but a delimiter or line break makes the whole field literal text (quotes
 * included). What this function adds:
 *
 * - Line numbers: csv-parse's `info.lines` is the line a record ends on and counts a CRLF
 *   inside quotes as two lines, so the start line of each record is counted here from the
 *   byte range csv-parse reports for it (`info.bytes`, the end of the record).
 * - Recovery from a quoted field still open at the end of the text (csv-parse throws
 *   CSV_QUOTE_NOT_CLOSED, losing the rest of the file): the record's first physical line is
 *   reported with onUnterminated and csv-parse runs again from the next physical line, so the
 *   good rows after a stray quote survive. After MAX_SPANNING_RECOVERIES (8) such restarts,
 *   quoted fields may no longer span lines: the rest is read in windows of whole lines
 *   (growing from 1 to MAX_WINDOW_LINES while they parse cleanly), and a record that spans a
 *   line break or leaves a quote open has its first line reported and reading resumes on the
 *   next line.
 * - Speed: a well-formed file (no quote left open, no title row) is read in one csv-parse call
 *   without per-record callbacks, counting lines from each record's raw text, or, when the file
 *   has no quote character at all, one record per line, split without csv-parse (readWellFormed,
 *   plainRecords); otherwise the careful
 *   path below runs. csv-parse takes the expected record width from the first record of each call and
 *   builds an error object for every record of another width, which makes a file with a
 *   leading blank line or title row about 5x slower. When two records in a row share a width
 *   other than the first record's, parsing restarts at the second of them (at most
 *   MAX_WIDTH_RESTARTS times).
 *
 * Cost: O(text length) (at most MAX_SPANNING_RECOVERIES + 1 passes on broken input; the
 * line windows read each byte at most about 3 times).
 *
 * @throws LimitError when a record has more than limits.maxColumns cells or a cell more than
 *   limits.maxCellChars characters
 * @example
 * const out: string[][] = [];
 * readCsvRecords('a,b\r\n"x\ny",2', { delimiter: ',', file: 'f.csv', limits: DEFAULT_LIMITS }, {
 *   onRecord: (cells, line) => { out.push([String(line), ...cells]); return true; },
 *   onUnterminated: () => true,
 * });
 * // out => [['1', 'a', 'b'], ['2', 'x\ny', '2']]
 */
export function readCsvRecords(
  input: string | Uint8Array,
  options: CsvRecordOptions,
  handlers: CsvRecordHandlers,
): void {
  const { delimiter, file, limits } = options;
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const settings = parseOptions(delimiter, options.maxRecordBytes);
  let widthRestarts = 0;

  /** Parse bytes[from, to) starting on `line`; records spanning lines are errors when !span. */
  const run = (from: number, to: number, line: number, span: boolean): Outcome => {
    let at = from;
    let atLine = line;
    let firstWidth = -1;
    let lastWidth = -1;
    try {
      parse(bytes.subarray(from, to), {
        ...settings,
        on_record: (cells: string[], info) => {
          const end = from + info.bytes;
          const width = cells.length;
          if (firstWidth < 0) firstWidth = width;
          else if (width !== firstWidth && width === lastWidth && widthRestarts < MAX_WIDTH_RESTARTS) {
            throw new Interrupt('restart');
          }
          lastWidth = width;
          const breaks = countBreaks(bytes, at, end);
          if (!span) {
            // A guard: after a recovery that failed to the end of the text, every later line
            // starts inside that open quote, so csv-parse cannot close a record that spans
            // lines there (one would close the open quote too); windows end in
            // CSV_QUOTE_NOT_CLOSED instead. The rule holds here whatever the parser does.
            const terminated = end > at && (bytes[end - 1] === LF || bytes[end - 1] === CR);
            if (breaks > (terminated ? 1 : 0)) throw new Interrupt('spans');
          }
          checkCells(cells, file, limits, atLine);
          const more = handlers.onRecord(cells, atLine);
          at = end;
          atLine += breaks;
          if (more === false) throw new Interrupt('stop');
          return null;
        },
      });
      return { kind: 'done', line: atLine };
    } catch (e) {
      if (e instanceof Interrupt) {
        if (e.reason === 'stop') return { kind: 'stop' };
        if (e.reason === 'restart') {
          widthRestarts++;
          return { kind: 'restart', at, line: atLine };
        }
        return { kind: 'broken', at, line: atLine };
      }
      if (isBrokenQuote(e)) return { kind: 'broken', at, line: atLine };
      throw e;
    }
  };

  /** Report the broken record's first line; the offset of the next line, or -1 to stop. */
  const reject = (at: number, line: number): number => {
    if (handlers.onUnterminated(line, lineExcerpt(bytes, at)) === false) return -1;
    return nextLineStart(bytes, at);
  };

  if (!options.careful && readWellFormed(bytes, options, handlers)) return;

  let offset = 0;
  let line = 1;
  let recoveries = 0;
  while (recoveries < MAX_SPANNING_RECOVERIES) {
    const outcome = run(offset, bytes.length, line, true);
    if (outcome.kind === 'done' || outcome.kind === 'stop') return;
    if (outcome.kind === 'restart') {
      offset = outcome.at;
      line = outcome.line;
      continue;
    }
    offset = reject(outcome.at, outcome.line);
    if (offset < 0) return;
    line = outcome.line + 1;
    recoveries++;
  }

  // Quoted fields may no longer span lines: read windows of whole lines.
  let window = 1;
  while (offset < bytes.length) {
    const to = afterLines(bytes, offset, window);
    const outcome = run(offset, to, line, false);
    if (outcome.kind === 'stop') return;
    if (outcome.kind === 'done') {
      line = outcome.line;
      offset = to;
      window = Math.min(2 * window, MAX_WINDOW_LINES);
      continue;
    }
    if (outcome.kind === 'restart') {
      offset = outcome.at;
      line = outcome.line;
      continue;
    }
    offset = reject(outcome.at, outcome.line);
    if (offset < 0) return;
    line = outcome.line + 1;
    window = 1;
  }
}
