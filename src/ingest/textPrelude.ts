/**
 * What is known about a file's text before its records are read: the encoding warnings (the
 * Windows-1252 fallback, invalid UTF-8 bytes by line) and Excel's `sep=` first line.
 * @module
 */
import type { Lang } from '../country/labels.js';
import { message } from '../messages/catalogue.js';
import type { IngestIssue } from '../schema/issues.js';
import type { IssueMaker } from './tableBuilder.js';
import type { DecodedText } from './types.js';

/** Lines with invalid UTF-8 reported one by one; the rest are summed up in one more warning. */
const MAX_INVALID_LINES = 20;

const CR = 0x0d;
const LF = 0x0a;

/** 1-based line of each offset (sorted offsets), counting CRLF, LF and lone CR once. */
function linesOf(bytes: Uint8Array, offsets: readonly number[]): { line: number; start: number }[] {
  const out: { line: number; start: number }[] = [];
  let line = 1;
  let start = 0;
  let k = 0;
  for (let i = 0; i < bytes.length && k < offsets.length; i++) {
    while (k < offsets.length && offsets[k] === i) {
      out.push({ line, start });
      k++;
    }
    const b = bytes[i];
    if (b === LF || (b === CR && bytes[i + 1] !== LF)) {
      line++;
      start = i + 1;
    }
  }
  return out;
}

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The warnings of decoding: 'encoding_fallback' when the bytes were read as Windows-1252, and one
 * 'invalid_utf8' per line (the first 20 lines; one more warning counts the rest) that holds bytes
 * that are not UTF-8 in a file read as UTF-8, naming the bytes and where on the line they are.
 *
 * @example
 * const bytes = new TextEncoder().encode('naam\nCafé\nx\u00e9');
 * bytes[bytes.length - 2] = 0xe9; // one Latin-1 byte in a UTF-8 file
 * encodingWarnings(decodeBytes(bytes), bytes, make).map((i) => `${i.line}:${i.code}`); // => ['3:invalid_utf8']
 */
export function encodingWarnings(
  decoded: Pick<DecodedText, 'encoding' | 'invalid'>,
  bytes: Uint8Array | null,
  make: IssueMaker,
  lang: Lang = 'en',
): IngestIssue[] {
  if (decoded.encoding === 'windows-1252') {
    return [make(0, 'encoding_fallback', message(lang, 'encoding_fallback.windows1252'))];
  }
  if (decoded.invalid === undefined || bytes === null) return [];
  const { offsets, count } = decoded.invalid;
  const byLine = new Map<number, { start: number; at: number[] }>();
  linesOf(bytes, offsets).forEach(({ line, start }, k) => {
    const entry = byLine.get(line) ?? { start, at: [] };
    entry.at.push(offsets[k]!);
    byLine.set(line, entry);
  });
  const out: IngestIssue[] = [];
  let shown = 0;
  for (const [line, { start, at }] of byLine) {
    if (out.length === MAX_INVALID_LINES) break;
    const bytesShown = at.map((o) => hex(bytes[o]!)).join(' ');
    const columns = at.map((o) => o - start + 1).join(', ');
    const lineText = new TextDecoder().decode(bytes.subarray(start, Math.min(bytes.length, start + 400)));
    out.push(
      make(
        line,
        'invalid_utf8',
        message(lang, 'invalid_utf8.bytes', { bytes: bytesShown, columns }),
        null,
        lineText.split(/\r\n|\r|\n/)[0] ?? '',
      ),
    );
    shown += at.length;
  }
  if (count > shown) {
    out.push(make(0, 'invalid_utf8', message(lang, 'invalid_utf8.more', { count: count - shown })));
  }
  return out;
}

/** Excel's first line `sep=;` (also quoted, any case), naming the delimiter of the file. */
const SEP_LINE = /^"?sep=([^\r\n"])"?[ \t]*(?=\r\n|\r|\n|$)/i;

/**
 * Excel's `sep=X` first line: the delimiter it names and the text with that line left blank (so
 * every later line keeps its number), or null when the text does not start with one.
 *
 * @example
 * excelSepLine('sep=;\nid;name\n'); // => { delimiter: ';', text: '\nid;name\n' }
 * excelSepLine('id;name\n'); // => null
 */
export function excelSepLine(text: string): { delimiter: string; text: string } | null {
  const m = SEP_LINE.exec(text.slice(0, 16));
  if (m === null) return null;
  return { delimiter: m[1]!, text: text.slice(m[0].length) };
}
