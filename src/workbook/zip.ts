/**
 * The zip container of an .xlsx workbook, read defensively: the central directory first (names,
 * declared sizes, compression), then only the parts asked for, each inflated into a buffer of its
 * declared size and checked against its CRC. Nothing is expanded before its size has been checked
 * against the limits, and a part that inflates to more than it declares is refused.
 */
import { Inflate } from 'fflate';
import { isOleFile, isZipFile } from './detect.js';

/** One file of the zip as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 (stored) or 8 (deflated). */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
  readonly localOffset: number;
}

/** Why a file cannot be read as a workbook; the reader turns it into a one-line rejection. */
export class UnreadableWorkbook extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail = '',
  ) {
    super(reason);
  }
}

/** The kinds of unreadable file, each with its own message (see messages.ts). */
export type UnreadableReason =
  | 'encrypted'
  | 'truncated'
  | 'not_zip'
  | 'zip64'
  | 'zip_encrypted'
  | 'bad_entry'
  | 'corrupt_part'
  | 'lying_part'
  | 'missing_part'
  | 'bad_xml';

/**
 * More than this many files in one zip is not a workbook of partnership data (Excel writes about
 * ten plus one per sheet); the central directory is not read further.
 */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * Largest expansion accepted for a part of more than {@link RATIO_GRACE_BYTES} (uncompressed /
 * compressed). Apache POI's default for the same check is 100 (ZipSecureFile.MIN_INFLATE_RATIO
 * 0.01); real sheet XML compresses 5-30 times, a zip bomb about 1,000 times.
 */
export const MAX_EXPANSION_RATIO = 100;

/** Parts smaller than this (1 MiB) may expand more: a tiny styles part compresses very well. */
export const RATIO_GRACE_BYTES = 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** Offset of the end-of-central-directory record, searched from the end (it may carry a comment). */
function findEocd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && u32(bytes, at) === EOCD) return at;
  }
  return -1;
}

const utf8 = new TextDecoder();

/**
 * Read the central directory: every entry's name, method, sizes and CRC, without inflating
 * anything.
 *
 * @throws UnreadableWorkbook for an OLE file (encrypted workbook or .xls), a file that is not a
 *   zip, a truncated zip, ZIP64, zip encryption, or a directory entry out of bounds
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  if (isOleFile(bytes)) throw new UnreadableWorkbook('encrypted');
  const eocd = findEocd(bytes);
  if (eocd < 0) throw new UnreadableWorkbook(isZipFile(bytes) ? 'truncated' : 'not_zip');
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new UnreadableWorkbook('zip64');
  if (offset + size > eocd) throw new UnreadableWorkbook('truncated');
  if (count > MAX_ZIP_ENTRIES) throw new UnreadableWorkbook('bad_entry', `${count} files`);
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || u32(bytes, at) !== CENTRAL) throw new UnreadableWorkbook('truncated');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > offset + size) throw new UnreadableWorkbook('truncated');
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new UnreadableWorkbook('zip_encrypted');
    const entry: ZipEntry = {
      name,
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    if (entries.has(name)) throw new UnreadableWorkbook('bad_entry', name);
    entries.set(name, entry);
    at = next;
  }
  return entries;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (the zip polynomial) of bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * Inflates raw DEFLATE data into at most `size` bytes; returns null when the data holds more (and
 * should stop as soon as it knows), throws when the data is not valid DEFLATE.
 *
 * @example
 * const stored: RawInflater = (data, size) => (data.length <= size ? data : null);
 * stored(new Uint8Array(3), 2); // => null
 */
export type RawInflater = (data: Uint8Array, size: number) => Uint8Array | null;

/**
 * Compressed bytes handed to the inflater at a time (64 KiB): a part that lies about its size is
 * stopped within one step, which DEFLATE's maximum ratio (1032:1) bounds to 66 MB.
 */
const INFLATE_STEP = 64 * 1024;

/**
 * The browser-safe {@link RawInflater}: fflate's streaming inflater, fed a step at a time, so a
 * part that holds more than it declares costs at most one step of work and memory.
 */
export const inflateBounded: RawInflater = (data, size) => {
  const out = new Uint8Array(size);
  let length = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > size) {
      over = true;
      throw new RangeError('larger than declared');
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_STEP) {
      inflater.push(data.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (e) {
    if (over) return null;
    throw e;
  }
  return out.subarray(0, length);
};

/**
 * Inflate one part, stopping as soon as it grows past its declared size (a part that lies about
 * its size costs at most one step of work), and check its length and CRC.
 *
 * @throws UnreadableWorkbook when the local header is missing, the data runs past the end, the
 *   method is not stored/deflate, the part is larger or smaller than declared, or the CRC does not match
 */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  inflate: RawInflater = inflateBounded,
): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL)
    throw new UnreadableWorkbook('truncated', entry.name);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new UnreadableWorkbook('truncated', entry.name);
  const data = bytes.subarray(start, end);
  let out: Uint8Array | null;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      out = inflate(data, entry.size);
    } catch {
      throw new UnreadableWorkbook('corrupt_part', entry.name);
    }
  } else throw new UnreadableWorkbook('corrupt_part', entry.name);
  if (out === null) throw new UnreadableWorkbook('lying_part', entry.name);
  if (out.length !== entry.size || crc32(out) !== entry.crc)
    throw new UnreadableWorkbook('corrupt_part', entry.name);
  return out;
}
