import { readCsvRecords } from './csvRecords.js';
import { DEFAULT_LIMITS } from './limits.js';

/**
 * The delimiters detectDelimiter chooses from.
 *
 * @example
 * const d: Delimiter = detectDelimiter('a;b\n1;2\n'); // => ';'
 */
export type Delimiter = ',' | ';' | '\t' | '|';

/**
 * Candidates in tie-break order: tab and semicolon rarely occur inside values, commas often do.
 *
 * @example
 * DELIMITER_CANDIDATES; // => ['\t', ';', ',', '|']
 */
export const DELIMITER_CANDIDATES: readonly Delimiter[] = Object.freeze(['\t', ';', ',', '|'] as const);

/**
 * Options of detectDelimiter, with their defaults in DEFAULT_DELIMITER_OPTIONS.
 *
 * @example
 * const options: DetectDelimiterOptions = { sampleRecords: 50 };
 * detectDelimiter('a;b\n1;2\n', options); // => ';'
 */
export interface DetectDelimiterOptions {
  /** Non-blank records sampled (default 20). */
  readonly sampleRecords?: number;
  /** Characters sampled from the start of the text (default 65,536). */
  readonly sampleChars?: number;
}

/**
 * Defaults of detectDelimiter: 20 records from the first 64 Ki characters.
 *
 * @example
 * DEFAULT_DELIMITER_OPTIONS.sampleRecords; // => 20
 */
export const DEFAULT_DELIMITER_OPTIONS: Required<DetectDelimiterOptions> = Object.freeze({
  sampleRecords: 20,
  sampleChars: 65_536,
});

/**
 * Field counts of the first non-blank records when split on `delimiter` (quote-aware). A
 * record whose quote never closes uses up one of the `maxRecords` but gives no count, so text
 * full of stray quotes is not read to the end of the sample once per candidate.
 */
export function fieldCounts(sample: Uint8Array, delimiter: Delimiter, maxRecords: number): number[] {
  const counts: number[] = [];
  let unterminated = 0;
  readCsvRecords(
    sample,
    {
      delimiter,
      file: '(sample)',
      limits: { ...DEFAULT_LIMITS, maxColumns: Infinity, maxCellChars: Infinity },
      // The careful path reads record by record and stops after `maxRecords`; the fast path would
      // parse the whole sample first, once per candidate. Both read the same records.
      careful: true,
    },
    {
      onRecord: (cells) => {
        if (cells.length > 1 || (cells[0] ?? '').trim() !== '') counts.push(cells.length);
        return counts.length + unterminated < maxRecords;
      },
      onUnterminated: () => {
        unterminated++;
        return counts.length + unterminated < maxRecords;
      },
    },
  );
  return counts;
}

/**
 * fieldCounts for text without a double quote, without the CSV parser: every record is one line
 * (CRLF, LF or a lone CR end it), and blank lines (a final line break leaves one) do not count.
 * The tests compare the two on random text.
 *
 * @example
 * quoteFreeFieldCounts('a;b\n\n1;2\n', ';', 20); // => [2, 2]
 */
export function quoteFreeFieldCounts(text: string, delimiter: Delimiter, maxRecords: number): number[] {
  // Line by line, stopping after `maxRecords` records (the sample may hold thousands of lines).
  // A negative maxRecords counts from the end, as slice does: then every line is read first.
  const limit = maxRecords < 0 ? Number.POSITIVE_INFINITY : Math.trunc(maxRecords) || 0;
  const counts: number[] = [];
  for (let start = 0; counts.length < limit; ) {
    LINE_BREAKS.lastIndex = start;
    const found = LINE_BREAKS.exec(text);
    const end = found === null ? text.length : found.index;
    const line = text.slice(start, end);
    if (line.includes(delimiter) || line.trim() !== '') counts.push(line.split(delimiter).length);
    if (found === null) break;
    start = end + found[0].length;
  }
  return maxRecords < 0 ? counts.slice(0, maxRecords) : counts;
}

/** Line breaks as csv-parse reads them (CRLF before a lone CR). */
const LINE_BREAKS = /\r\n|\n|\r/g;

/**
 * Detect the field delimiter of CSV text among `,` `;` tab and `|`.
 *
 * Rule (deterministic): split the first 20 non-blank records (from the first 64 Ki characters)
 * on each candidate, counting only delimiters outside double-quoted fields; line breaks may be
 * LF, CRLF or a lone CR. A record whose quote never closes counts toward the 20 but is not
 * scored. The first record is taken as the header; a candidate is viable when
 * the header splits into at least 2 fields. Its score is the share of sampled records with
 * exactly as many fields as the header. The viable candidate with the highest score wins; ties
 * go to the earlier of tab, `;`, `,`, `|` (so "a;b / 1,5;2,5" with decimal commas is `;`: the
 * header does not split on `,`; and a tie between `;` and `,` goes to `;`, because commas
 * occur inside values far more often). No viable candidate (one column, empty text): `,`.
 *
 * Cost: O(min(text length, sampleChars)) to encode the sample, then the first `sampleRecords`
 * records per candidate.
 *
 * @param text - the CSV text (only its start is sampled)
 * @param options - sample size; see DEFAULT_DELIMITER_OPTIONS
 * @example
 * detectDelimiter('naam;score\nOxfam;3,5\n'); // => ';'
 * detectDelimiter('a,b\r1,"x;y"\r');          // => ','
 */
export function detectDelimiter(text: string, options: DetectDelimiterOptions = {}): Delimiter {
  const {
    sampleRecords = DEFAULT_DELIMITER_OPTIONS.sampleRecords,
    sampleChars = DEFAULT_DELIMITER_OPTIONS.sampleChars,
  } = options;
  const head = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  // Without a quote character every record is one line: no CSV parse per candidate.
  const quoted = head.includes('"');
  const sample = new TextEncoder().encode(quoted ? head : '');
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const candidate of DELIMITER_CANDIDATES) {
    const counts = quoted
      ? fieldCounts(sample, candidate, sampleRecords)
      : quoteFreeFieldCounts(head, candidate, sampleRecords);
    const header = counts[0] ?? 0;
    if (header < 2) continue;
    const score = counts.filter((c) => c === header).length / counts.length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
