import type { DecodedText } from './types.js';

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

/**
 * Decode the bytes of a text file, detecting its encoding:
 * 1. UTF-8 BOM -> 'utf-8-bom' (BOM removed; invalid sequences become U+FFFD);
 * 2. UTF-16 LE/BE BOM -> 'utf-16le' / 'utf-16be' (BOM removed);
 * 3. BOM-less UTF-16 (a NUL in most odd or most even bytes of the first 4 KiB);
 * 4. valid UTF-8 -> 'utf-8';
 * 5. anything else -> 'windows-1252' (never fails: every byte maps to a character).
 *
 * Cost: O(bytes). Never throws. The input is not modified.
 *
 * @param bytes - the raw file content
 * @returns the text (without BOM) and the encoding that was used
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])); // => { text: 'a', encoding: 'utf-8-bom' }
 * decodeBytes(new Uint8Array([0x92])); // => { text: '’', encoding: 'windows-1252' }
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16be' };
  const order = sniffUtf16(bytes);
  if (order !== null) {
    const text = decodeUtf16(bytes, order === 'le');
    return { text, encoding: order === 'le' ? 'utf-16le' : 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
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
