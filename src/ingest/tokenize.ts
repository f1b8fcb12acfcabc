import { checkLimit, type ResolvedLimits } from './limits.js';

const QUOTE = 0x22;
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
 * Options of tokenizeCsv (all required; parseTable fills them).
 *
 * @example
 * const options: TokenizeOptions = { delimiter: ';', file: 'leden.csv', limits: DEFAULT_LIMITS };
 */
export interface TokenizeOptions {
  /** Field delimiter, exactly one character (not a quote, CR or LF). */
  readonly delimiter: string;
  /** File name for limit messages. */
  readonly file: string;
  /** maxColumns and maxCellChars are checked per record; the others are the caller's. */
  readonly limits: ResolvedLimits;
}

/**
 * Callbacks of tokenizeCsv, called in text order.
 *
 * @example
 * const handlers: TokenizeHandlers = {
 *   onRecord: (cells, line) => { console.log(line, cells); return true; },
 *   onUnterminated: (line, excerpt) => { console.warn(`open quote on line ${line}: ${excerpt}`); return true; },
 * };
 */
export interface TokenizeHandlers {
  /**
   * A record: its cells (unquoted, unescaped) and the 1-based physical line it starts on.
   * Blank lines arrive as `['']`. Return false to stop tokenizing.
   */
  readonly onRecord: (cells: string[], line: number) => boolean | undefined;
  /** A record whose quoted field never closed: its start line and the text of that line. */
  readonly onUnterminated: (line: number, excerpt: string) => boolean | undefined;
}

/** Text of the physical line starting at `start`, cut at EOL or EXCERPT_CHARS. */
function lineExcerpt(text: string, start: number): string {
  let end = start;
  const stop = Math.min(text.length, start + EXCERPT_CHARS);
  while (end < stop) {
    const c = text.charCodeAt(end);
    if (c === CR || c === LF) break;
    end++;
  }
  return text.slice(start, end);
}

/**
 * Split CSV text into records of cells (RFC 4180 quoting) and report the physical start line
 * of each record, as an editor shows it. Line breaks are CRLF, LF or a lone CR, mixed freely;
 * inside a quoted field they are kept as written and counted as lines.
 *
 * Lenient like csv-parse's `relax_quotes`: a quote inside an unquoted field is a literal
 * character, and a closing quote followed by anything but a delimiter or line break makes the
 * whole field literal text (quotes included). A quoted field still open at the end of the text
 * is reported with onUnterminated (the record's first physical line), and tokenizing resumes
 * on the next physical line, so the good rows after a stray quote survive. After
 * MAX_SPANNING_RECOVERIES such restarts, quoted fields may no longer span lines.
 *
 * Cost: O(text length) (at most MAX_SPANNING_RECOVERIES + 1 passes on broken input).
 *
 * Why not csv-parse (its browser build, `csv-parse/browser/esm/sync`): on csv-parse 7.0.3 its
 * `info.lines` is the line a record ends on and counts a CRLF inside quotes as two lines; an
 * unclosed quote throws away everything from that record to the end of the file; and it is
 * about 5x slower here (12 MB: ~5 s with the options needed vs ~0.5-1 s). On well-formed
 * input this tokenizer gives the same records as csv-parse (a property test checks it).
 *
 * @throws LimitError when a record has more than limits.maxColumns cells or a cell more than
 *   limits.maxCellChars characters
 * @example
 * const out: string[][] = [];
 * tokenizeCsv('a,b\r\n"x\ny",2', { delimiter: ',', file: 'f.csv', limits: DEFAULT_LIMITS }, {
 *   onRecord: (cells, line) => { out.push([String(line), ...cells]); return true; },
 *   onUnterminated: () => true,
 * });
 * // out => [['1', 'a', 'b'], ['2', 'x\ny', '2']]
 */
export function tokenizeCsv(text: string, options: TokenizeOptions, handlers: TokenizeHandlers): void {
  const { delimiter, file, limits } = options;
  const { maxColumns, maxCellChars } = limits;
  const D = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  let recoveries = 0;
  let spanLines = true;

  records: while (i < n) {
    const recordStart = i;
    const recordLine = line;
    /** Offset just after the first line break inside this record's quoted fields (-1: none yet). */
    let firstBreakEnd = -1;
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const fieldStart = i;
        let k = i + 1;
        let seg = k;
        value = '';
        for (;;) {
          if (k >= n) {
            // Unterminated quoted field: reject the record's first line and resume after it.
            if (handlers.onUnterminated(recordLine, lineExcerpt(text, recordStart)) === false) return;
            if (firstBreakEnd < 0) return;
            recoveries++;
            if (recoveries >= MAX_SPANNING_RECOVERIES) spanLines = false;
            i = firstBreakEnd;
            line = recordLine + 1;
            continue records;
          }
          const c = text.charCodeAt(k);
          if (c === QUOTE) {
            const next = text.charCodeAt(k + 1);
            if (next === QUOTE) {
              value += text.slice(seg, k + 1);
              k += 2;
              seg = k;
              continue;
            }
            if (k + 1 >= n || next === D || next === CR || next === LF) {
              value += text.slice(seg, k);
              i = k + 1;
              break;
            }
            // Text after the closing quote: the whole field is literal, up to the next delimiter or EOL.
            let j = k + 1;
            while (j < n) {
              const cj = text.charCodeAt(j);
              if (cj === D || cj === CR || cj === LF) break;
              j++;
            }
            value = text.slice(fieldStart, j);
            i = j;
            break;
          }
          if (c === CR || c === LF) {
            const end = c === CR && text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
            if (!spanLines) {
              if (handlers.onUnterminated(recordLine, lineExcerpt(text, recordStart)) === false) return;
              i = end;
              line = recordLine + 1;
              continue records;
            }
            if (firstBreakEnd < 0) firstBreakEnd = end;
            line++;
            k = end;
            continue;
          }
          k++;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === D || c === CR || c === LF) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      if (value.length > maxCellChars) checkLimit(file, 'maxCellChars', limits, value.length);
      cells.push(value);
      if (cells.length > maxColumns) checkLimit(file, 'maxColumns', limits, cells.length);
      if (i >= n) {
        handlers.onRecord(cells, recordLine);
        return;
      }
      const c = text.charCodeAt(i);
      if (c === D) {
        i++;
        continue;
      }
      // Line break ends the record.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      if (handlers.onRecord(cells, recordLine) === false) return;
      continue records;
    }
  }
}
