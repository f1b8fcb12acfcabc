/**
 * One quick pass over CSV text that enforces the column, cell and record limits before the CSV
 * parser builds anything: a 100 MB line of commas is refused after counting, not after 50 million
 * cells were made.
 * @module
 */
import { LimitError } from '../errors.js';
import { checkLimit, type ResolvedLimits } from './limits.js';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Non-blank records besides the data rows: the header, an HXL row and up to 3 title rows. */
const NON_DATA_RECORDS = 5;
/** Blank records allowed on top of limits.maxRows. */
const EXTRA_BLANK_RECORDS = 1000;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * UTF-16 code units (what a JavaScript string's length counts) per UTF-8 byte: continuation
 * bytes add nothing, the lead byte of a 4-byte sequence adds two, every other byte one.
 */
const UNITS: Uint8Array = (() => {
  const units = new Uint8Array(256).fill(1);
  units.fill(0, 0x80, 0xc0);
  units.fill(2, 0xf0, 0xf8);
  return units;
})();

enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/**
 * Count cells per record, characters per cell and records, the way csv-parse splits them
 * (RFC 4180 quotes, a quote inside an unquoted field is a character, line breaks CRLF, LF or CR),
 * and throw the LimitError the parser would throw much later: more than limits.maxColumns cells
 * in a record, a cell over limits.maxCellChars characters, more non-blank records than
 * limits.maxRows data rows can be (the header, an HXL row and 3 title rows aside; the exact count
 * is checked while parsing), or more than limits.maxRows + 1,000 blank lines. A cell over
 * the limit inside a quote that never closes is not reported here: the parser rejects that line
 * as an unterminated quote instead.
 *
 * Returns the size in bytes of the largest record that ends (its line break included): a parser
 * may stop any record that grows past it, which can only be one inside a quote that never closes;
 * and whether the text ends inside such a quote (the parser then needs its careful path).
 *
 * Cost: one pass over the UTF-8 bytes, no allocation. Cell lengths are counted in UTF-16 code
 * units, as a JavaScript string counts them.
 *
 * @throws LimitError ('maxColumns', 'maxCellChars' or 'maxRows'), naming the file and the line
 * @example
 * const utf8 = (s: string) => new TextEncoder().encode(s);
 * scanLimits(utf8('a,b\n1,2\n'), ',', 'x.csv', { ...DEFAULT_LIMITS, maxColumns: 2 }); // ok
 * scanLimits(utf8('a,b,c\n'), ',', 'x.csv', { ...DEFAULT_LIMITS, maxColumns: 2 }); // throws LimitError
 */
export function scanLimits(
  bytes: Uint8Array,
  delimiter: string,
  file: string,
  limits: ResolvedLimits,
): { readonly maxRecordBytes: number; readonly openQuote: boolean } {
  // One loop over local variables only (no closure shares them): this runs over every byte.
  const { maxColumns, maxCellChars, maxRows } = limits;
  const delim = delimiter.charCodeAt(0);
  const maxFilled = maxRows + NON_DATA_RECORDS;
  const maxBlank = maxRows + EXTRA_BLANK_RECORDS;
  const n = bytes.length;
  let state = State.FieldStart;
  let line = 1;
  let recordLine = 1;
  let cells = 1;
  let length = 0;
  let filledRecords = 0;
  let blankRecords = 0;
  let content = false;
  let recordStart = 0;
  let maxRecordBytes = 0;
  /** Line of a quoted cell that grew over the limit; reported when its quote closes. */
  let pendingLine = 0;
  let pendingLength = 0;

  for (let i = 0; i < n; i++) {
    if (state === State.Quoted) {
      // Jump to the next quote; everything before it belongs to the quoted cell.
      const quote = bytes.indexOf(QUOTE, i);
      // A quote that never closes: the parser rejects its line; nothing after it is counted here.
      if (quote < 0) break;
      const end = quote;
      if (end > i) {
        line += breaksIn(bytes, i, end);
        if (!content) content = hasContent(bytes, i, end);
        // Counted up to just over the limit: past it the cell is over (if its quote closes).
        if (pendingLine === 0) {
          length += unitsIn(bytes, i, end, maxCellChars - length + 1);
          if (length > maxCellChars) {
            pendingLine = recordLine;
            pendingLength = length;
          }
        }
      }
      i = quote;
      state = State.QuoteInQuoted;
      continue;
    }
    const c = bytes[i]!;
    const fieldEnd = c === delim;
    const recordEnd = !fieldEnd && (c === CR || c === LF);
    if (!fieldEnd && !recordEnd) {
      if (state === State.QuoteInQuoted && c === QUOTE) {
        state = State.Quoted;
        content = true;
        if (++length > maxCellChars && pendingLine === 0) {
          pendingLine = recordLine;
          pendingLength = length;
        }
      } else if (state === State.FieldStart && c === QUOTE) {
        state = State.Quoted;
      } else {
        // After a closing quote csv-parse (relax_quotes) keeps the field as text, both quotes included.
        if (state === State.QuoteInQuoted) length += 2;
        state = State.Unquoted;
        length += UNITS[c]!;
        if (c !== SPACE && c !== TAB) content = true;
        if (length > maxCellChars) fail(file, 'maxCellChars', limits, length, recordLine);
      }
      continue;
    }
    if (pendingLine > 0) fail(file, 'maxCellChars', limits, pendingLength, pendingLine);
    length = 0;
    state = State.FieldStart;
    if (fieldEnd) {
      if (++cells > maxColumns) fail(file, 'maxColumns', limits, cells, recordLine);
      continue;
    }
    if (c === CR && bytes[i + 1] === LF) i++;
    if (content) {
      // At least this many data rows: the parser would stop at maxRows + 1 (named without a line).
      if (++filledRecords > maxFilled) fail(file, 'maxRows', limits, filledRecords - NON_DATA_RECORDS);
    } else if (++blankRecords > maxBlank) throw tooManyBlank(file, limits, blankRecords);
    content = false;
    cells = 1;
    recordLine = ++line;
    if (i + 1 - recordStart > maxRecordBytes) maxRecordBytes = i + 1 - recordStart;
    recordStart = i + 1;
  }
  const openQuote = state === State.Quoted;
  if (!openQuote) {
    if (pendingLine > 0) fail(file, 'maxCellChars', limits, pendingLength, pendingLine);
    maxRecordBytes = Math.max(maxRecordBytes, n - recordStart);
  }
  return { maxRecordBytes, openQuote };
}

/** Line breaks in bytes[from, to): LF, and CR not followed by LF. */
function breaksIn(bytes: Uint8Array, from: number, to: number): number {
  // indexOf on the region only: on the whole array it would look past `to` for every cell.
  const region = bytes.subarray(from, to);
  let count = 0;
  for (let at = region.indexOf(LF); at >= 0; at = region.indexOf(LF, at + 1)) count++;
  for (let at = region.indexOf(CR); at >= 0; at = region.indexOf(CR, at + 1)) {
    if (bytes[from + at + 1] !== LF) count++;
  }
  return count;
}

/** Whether bytes[from, to) hold anything but spaces and tabs. */
function hasContent(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== SPACE && bytes[i] !== TAB) return true;
  return false;
}

/** UTF-16 code units of the UTF-8 bytes[from, to), counted up to `budget` (enough to know it is over). */
function unitsIn(bytes: Uint8Array, from: number, to: number, budget: number): number {
  let units = 0;
  for (let i = from; i < to && units < budget; i++) units += UNITS[bytes[i]!]!;
  return units;
}

/** Throw the LimitError of checkLimit (the value is over the limit). */
function fail(
  file: string,
  name: keyof ResolvedLimits,
  limits: ResolvedLimits,
  actual: number,
  line?: number,
): never {
  checkLimit(file, name, limits, actual, line);
  throw new LimitError(name, limits[name], actual, `${file}: over ${name}`);
}

function tooManyBlank(file: string, limits: ResolvedLimits, blank: number): LimitError {
  const max = limits.maxRows;
  return new LimitError(
    'maxRows',
    max,
    blank,
    `${file}: more than ${max + EXTRA_BLANK_RECORDS} blank lines, for a limit of ${max} data rows (maxRows). ` +
      `Remove the blank lines, or raise the option limits.maxRows, e.g. { limits: { maxRows: ${blank} } }.`,
  );
}
