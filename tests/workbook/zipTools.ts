/**
 * Tools to make damaged and hostile workbooks for the tests: swap a part (fflate's zip, not the
 * reader's), or patch the fields a zip's central directory and local headers declare.
 */
import { unzipSync, zipSync } from 'fflate';

/** The workbook with some parts replaced (or added); `null` removes a part. `level`: deflate level (1 is fast). */
export function withParts(
  bytes: Uint8Array,
  parts: Record<string, string | Uint8Array | null>,
  level: 1 | 6 = 6,
): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(bytes);
  for (const [name, data] of Object.entries(parts)) {
    if (data === null) delete files[name];
    else files[name] = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  }
  return zipSync(files, { level, mtime: new Date(1980, 0, 1) });
}

/** Offsets of a part's central-directory entry and local header. */
function locate(bytes: Uint8Array, name: string): { central: number; local: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const found = bytes.subarray(at + 46, at + 46 + length);
    if (length === wanted.length && found.every((b, i) => b === wanted[i])) {
      return { central: at, local: view.getUint32(at + 42, true) };
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}

/** A copy with the declared sizes, flags or CRC of one part changed (central directory and local header). */
export function patchEntry(
  bytes: Uint8Array,
  name: string,
  fields: { size?: number; compressedSize?: number; flags?: number; crc?: number },
): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const { central, local } = locate(out, name);
  if (fields.size !== undefined) {
    view.setUint32(central + 24, fields.size, true);
    view.setUint32(local + 22, fields.size, true);
  }
  if (fields.compressedSize !== undefined) {
    view.setUint32(central + 20, fields.compressedSize, true);
    view.setUint32(local + 18, fields.compressedSize, true);
  }
  if (fields.flags !== undefined) {
    view.setUint16(central + 8, fields.flags, true);
    view.setUint16(local + 6, fields.flags, true);
  }
  if (fields.crc !== undefined) {
    view.setUint32(central + 16, fields.crc, true);
    view.setUint32(local + 14, fields.crc, true);
  }
  return out;
}

/** The first bytes of an OLE compound file: what an encrypted (password-protected) .xlsx or an .xls is. */
export function oleFile(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  // Minor/major version 3e 00 03 00 and the byte order mark FE FF, as in a real compound file header.
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff], 24);
  // The stream names of Office encryption, in UTF-16, where a directory sector would hold them.
  const names = ['EncryptionInfo', 'EncryptedPackage'];
  let at = 1024;
  for (const n of names) {
    for (const ch of n) {
      bytes[at] = ch.charCodeAt(0);
      at += 2;
    }
    at = (at + 127) & ~127;
  }
  return bytes;
}
