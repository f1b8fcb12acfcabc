import type { DecodedText, TextEncodingName } from './types.js';

/**
 * Windows-1252 code points of bytes 0x80-0x9F. The five bytes Windows-1252 leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 value, as browsers do.
 * Node 20's TextDecoder('windows-1252') maps the whole range to C1 controls, hence this table.
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Bytes inspected by the BOM-less UTF-16 heuristic. */
const UTF16_SNIFF_BYTES = 4096;

const CHUNK = 8192;

/** Build a string from UTF-16 code units without blowing the argument limit of fromCharCode. */
function fromCodeUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode.apply(null, Array.from(units.subarray(i, i + CHUNK)));
  }
  return out;
}

/**
 * Decode Windows-1252 bytes with the correct characters for 0x80-0x9F (euro sign, curly
 * quotes, dashes, ...); every other byte is its Latin-1 code point.
 *
 * @example
 * decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94, 0x96, 0x80])); // => '“A”–€'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  return fromCodeUnits(units);
}

/** Decode UTF-16 (without BOM) in the given byte order; a trailing odd byte is dropped. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const count = bytes.length >> 1;
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return fromCodeUnits(units);
}

/**
 * Guess the byte order of BOM-less UTF-16 text: mostly-ASCII UTF-16 has a NUL in every
 * other byte. Returns 'le' when at least 60% of the odd bytes are NUL and at most 5% of the
 * even ones (and the mirror for 'be'), else null. Looks at the first 4 KiB only.
 */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= 0.6 * pairs && evenNul <= 0.05 * pairs) return 'le';
  if (evenNul >= 0.6 * pairs && oddNul <= 0.05 * pairs) return 'be';
  return null;
}

/** Most offsets of invalid UTF-8 sequences kept for the report (all are counted). */
export const MAX_INVALID_OFFSETS = 1000;

/** Length of a valid UTF-8 sequence starting at `i`, or minus the length of its maximal invalid subpart. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
    if (c === undefined || c < min || c > max) return -k;
  }
  return need + 1;
}

/**
 * Where bytes that are not UTF-8 are: the offsets of the invalid sequences (each shows as one
 * U+FFFD when decoded; at most {@link MAX_INVALID_OFFSETS} kept), how many there are, and how many
 * valid multi-byte sequences the bytes hold (evidence that the file is UTF-8 after all).
 *
 * @example
 * utf8Problems(new Uint8Array([0x63, 0xc3, 0xa9, 0xe9, 0x41])); // => { offsets: [3], count: 1, multiByte: 1 }
 */
export function utf8Problems(bytes: Uint8Array): { offsets: number[]; count: number; multiByte: number } {
  const offsets: number[] = [];
  let count = 0;
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = utf8Sequence(bytes, i);
    if (n > 0) {
      multiByte++;
      i += n;
      continue;
    }
    count++;
    if (offsets.length < MAX_INVALID_OFFSETS) offsets.push(i);
    i += -n;
  }
  return { offsets, count, multiByte };
}

/**
 * Valid multi-byte sequences a BOM-less file needs per invalid one to be read as UTF-8 anyway.
 * Windows-1252 text makes a valid sequence only by chance (a letter such as é followed by two of
 * the symbols € ‚ ƒ „ … ‘ ’ “ ”), so real Windows-1252 files stay far below this.
 */
export const UTF8_EVIDENCE_RATIO = 4;

/**
 * Whether bytes with `problems` are UTF-8 with a few bad bytes rather than another encoding: at
 * least {@link UTF8_EVIDENCE_RATIO} valid multi-byte sequences per invalid one.
 *
 * @example
 * mostlyUtf8({ count: 1, multiByte: 12 }); // => true
 * mostlyUtf8({ count: 3, multiByte: 2 }); // => false
 */
export function mostlyUtf8(problems: { readonly count: number; readonly multiByte: number }): boolean {
  return problems.count === 0 || problems.multiByte >= UTF8_EVIDENCE_RATIO * problems.count;
}

/**
 * The text of bytes that are valid UTF-8 (a byte-order mark kept as U+FEFF), or null when they are
 * not: decoded in chunks cut at character boundaries (separate calls are several times faster
 * than one streaming decoder). The text is returned so that a reader of the same bytes need not
 * decode them again.
 */
function validUtf8Text(bytes: Uint8Array): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  try {
    for (let at = 0; at < bytes.length; ) {
      let end = Math.min(bytes.length, at + VALIDATE_CHUNK);
      // A sequence is at most 4 bytes: back up over at most 3 continuation bytes.
      for (let k = 0; k < 3 && end < bytes.length && (bytes[end]! & 0xc0) === 0x80; k++) end--;
      const chunk = bytes.subarray(at, end);
      // An invalid sequence always decodes to U+FFFD (the lenient decoder is the faster one);
      // only a chunk holding one is checked strictly.
      const part = lenient.decode(chunk);
      text += part.includes('\uFFFD') ? decoder.decode(chunk) : part;
      at = end;
    }
    return text;
  } catch {
    return null;
  }
}

const VALIDATE_CHUNK = 1 << 20;

/** How bytes are to be read: the encoding, where the text starts, and any invalid UTF-8. */
interface Classified {
  readonly encoding: TextEncodingName;
  /** Bytes of the byte-order mark skipped. */
  readonly start: number;
  readonly invalid?: NonNullable<DecodedText['invalid']>;
  /** The decoded body (BOM skipped; a second one kept), when it was valid UTF-8. */
  readonly text?: string;
}

/**
 * Settle bytes assumed UTF-8 (`body`, `start` bytes into the input): UTF-8, with its invalid
 * sequences located, when it is valid or mostly UTF-8 (always after a UTF-8 BOM); else Windows-1252.
 */
function settleUtf8(body: Uint8Array, encoding: TextEncodingName, start: number): Classified {
  const text = validUtf8Text(body);
  if (text !== null) return { encoding, start, text };
  const problems = utf8Problems(body);
  if (encoding !== 'utf-8-bom' && !mostlyUtf8(problems)) return { encoding: 'windows-1252', start };
  return {
    encoding,
    start,
    invalid: { offsets: problems.offsets.map((o) => o + start), count: problems.count },
  };
}

/** The encoding known from the first bytes alone (BOM, UTF-16), or a UTF-8 candidate still to check. */
function classifyStart(bytes: Uint8Array): Classified & { readonly checked: boolean } {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8-bom', start: 3, checked: false };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', start: 2, checked: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', start: 2, checked: true };
  const order = sniffUtf16(bytes);
  if (order !== null) return { encoding: order === 'le' ? 'utf-16le' : 'utf-16be', start: 0, checked: true };
  return { encoding: 'utf-8', start: 0, checked: false };
}

/** The encoding decision of {@link decodeBytes}, without decoding. */
function classify(bytes: Uint8Array): Classified {
  const c = classifyStart(bytes);
  return c.checked ? c : settleUtf8(bytes.subarray(c.start), c.encoding, c.start);
}

/** The text of classified bytes. */
function decodeClassified(bytes: Uint8Array, c: Classified): string {
  const body = bytes.subarray(c.start);
  if (c.encoding === 'utf-16le' || c.encoding === 'utf-16be')
    return decodeUtf16(body, c.encoding === 'utf-16le');
  if (c.encoding === 'windows-1252') return decodeWindows1252(body);
  return new TextDecoder('utf-8').decode(body);
}

const withInvalid = (c: Classified) => (c.invalid === undefined ? {} : { invalid: c.invalid });

/**
 * Decode the bytes of a text file, detecting its encoding:
 * 1. UTF-8 BOM -> 'utf-8-bom' (BOM removed; invalid sequences become U+FFFD and are located in
 *    `invalid`);
 * 2. UTF-16 LE/BE BOM -> 'utf-16le' / 'utf-16be' (BOM removed);
 * 3. BOM-less UTF-16 (a NUL in most odd or most even bytes of the first 4 KiB);
 * 4. valid UTF-8 -> 'utf-8';
 * 5. UTF-8 with a few invalid sequences (at least 4 valid multi-byte ones per invalid one) -> 'utf-8',
 *    the invalid ones U+FFFD and located in `invalid` (byte offsets in `bytes`), so one bad byte
 *    does not turn every accented letter of a UTF-8 file into two Windows-1252 characters;
 * 6. anything else -> 'windows-1252' (never fails: every byte maps to a character).
 *
 * Cost: O(bytes). Never throws. The input is not modified.
 *
 * @param bytes - the raw file content
 * @returns the text (without BOM), the encoding that was used and the invalid UTF-8 sequences, if any
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])); // => { text: 'a', encoding: 'utf-8-bom' }
 * decodeBytes(new Uint8Array([0x92])); // => { text: '’', encoding: 'windows-1252' }
 * decodeBytes(new Uint8Array([0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9, 0x2c, 0xe9]));
 * // => { text: 'éééé,\uFFFD', encoding: 'utf-8', invalid: { offsets: [9], count: 1 } }
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const c = classify(bytes);
  // The text validation decoded is the text, unless it starts with a second BOM (which
  // decodeClassified drops).
  const text = c.text !== undefined && c.text.charCodeAt(0) !== 0xfeff ? c.text : decodeClassified(bytes, c);
  return { text, encoding: c.encoding, ...withInvalid(c) };
}

/** UTF-8 bytes of a file's text, as the CSV reader takes them. */
export interface Utf8Input {
  /** The text as UTF-8, without byte-order mark (the input itself when it was UTF-8 bytes). */
  readonly bytes: Uint8Array;
  readonly encoding: TextEncodingName;
  /** Invalid UTF-8 sequences of UTF-8 input (byte offsets in the input), as in {@link DecodedText}. */
  readonly invalid?: NonNullable<DecodedText['invalid']>;
  /**
   * `bytes` decoded (a leading U+FEFF kept), when validating them as UTF-8 decoded them anyway:
   * the CSV reader then need not decode them again.
   */
  readonly text?: string;
}

/**
 * UTF-8 bytes whose encoding may still be unchecked: what {@link utf8Candidate} returns and
 * {@link checkUtf8} settles.
 */
export interface Utf8Candidate extends Utf8Input {
  /** False while the bytes are only assumed to be UTF-8 (they may turn out Windows-1252). */
  readonly checked: boolean;
  /** Bytes of the input before `bytes` (a byte-order mark). */
  readonly start: number;
}

/**
 * Step 1 of {@link toUtf8Bytes}, cheap: strings are encoded, UTF-16 (BOM or sniffed) decoded and
 * encoded; any other input is passed on as it is, assumed UTF-8 (`checked: false`), so that limits
 * can be checked on it before the whole file is validated or converted.
 *
 * @example
 * utf8Candidate(new Uint8Array([0x61, 0xe9])).checked; // => false
 */
export function utf8Candidate(input: string | Uint8Array): Utf8Candidate {
  if (typeof input === 'string') {
    const { text, encoding } = decodeInput(input);
    return { bytes: new TextEncoder().encode(text), encoding, checked: true, start: 0 };
  }
  const c = classifyStart(input);
  if (c.checked) {
    const bytes = new TextEncoder().encode(decodeClassified(input, c));
    return { bytes, encoding: c.encoding, checked: true, start: c.start };
  }
  return { bytes: input.subarray(c.start), encoding: c.encoding, checked: false, start: c.start };
}

/**
 * Step 2 of {@link toUtf8Bytes}: validate an unchecked candidate as UTF-8; keep it (with its
 * invalid sequences located) when it is mostly UTF-8, else decode it as Windows-1252 and encode
 * that as UTF-8.
 *
 * @example
 * new TextDecoder().decode(checkUtf8(utf8Candidate(new Uint8Array([0x92]))).bytes); // => '’'
 */
export function checkUtf8(candidate: Utf8Candidate): Utf8Input {
  const { bytes, encoding, start } = candidate;
  if (candidate.checked) return { bytes, encoding };
  const c = settleUtf8(bytes, encoding, start);
  if (c.encoding === 'windows-1252') {
    return { bytes: new TextEncoder().encode(decodeWindows1252(bytes)), encoding: 'windows-1252' };
  }
  return c.text === undefined ? { bytes, encoding, ...withInvalid(c) } : { bytes, encoding, text: c.text };
}

/**
 * The input as UTF-8 bytes, decided as {@link decodeBytes} decides: UTF-8 input is passed on as it
 * is (no copy, no string of the whole file), other encodings are decoded and encoded as UTF-8,
 * strings are encoded (a leading U+FEFF removed).
 *
 * @example
 * toUtf8Bytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).encoding; // => 'utf-8-bom'
 * new TextDecoder().decode(toUtf8Bytes(new Uint8Array([0x92])).bytes); // => '’'
 */
export function toUtf8Bytes(input: string | Uint8Array): Utf8Input {
  return checkUtf8(utf8Candidate(input));
}

/**
 * The first characters of UTF-8 bytes, for sniffing (delimiter, binary content, `sep=` line):
 * about `chars` characters, never a character cut in two.
 *
 * @example
 * textPrefix(new TextEncoder().encode('naam;land\nOxfam;NL\n'), 4); // => 'naam'
 */
export function textPrefix(bytes: Uint8Array, chars: number): string {
  if (bytes.length <= chars) return new TextDecoder().decode(bytes);
  // A byte gives at most one UTF-16 unit, so `chars` bytes are enough when the text is mostly
  // ASCII; only when they give fewer characters are up to 4 bytes per character decoded. Both
  // cuts fall on a character start, so the characters before them decode the same.
  const short = decodeUpTo(bytes, chars);
  return (short.length >= chars ? short : decodeUpTo(bytes, 4 * chars)).slice(0, chars);
}

/** The bytes before `limit`, cut back to the start of a character, decoded. */
function decodeUpTo(bytes: Uint8Array, limit: number): string {
  let end = Math.min(bytes.length, limit);
  while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
  return new TextDecoder().decode(bytes.subarray(0, end));
}

/**
 * Decode bytes with decodeBytes, or take a string as it is; a leading U+FEFF (BOM) is
 * removed from strings too (reported as 'utf-8-bom'; other strings as 'utf-8').
 *
 * @param input - file content as bytes, or text already decoded
 * @example
 * decodeInput('\uFEFFa,b'); // => { text: 'a,b', encoding: 'utf-8-bom' }
 * decodeInput('a,b');       // => { text: 'a,b', encoding: 'utf-8' }
 */
export function decodeInput(input: string | Uint8Array): DecodedText {
  if (typeof input !== 'string') return decodeBytes(input);
  if (input.charCodeAt(0) === 0xfeff) return { text: input.slice(1), encoding: 'utf-8-bom' };
  return { text: input, encoding: 'utf-8' };
}
