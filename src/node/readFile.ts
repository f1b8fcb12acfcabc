/**
 * The one function that reads a file the CLI or the Node entry opens: regular files only, and a
 * byte limit enforced while reading.
 * @module
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  type Stats,
} from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../country/labels.js';
import { IoError, LimitError } from '../errors.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { checkOptionKeys } from '../optionKeys.js';
import { edgeMessages, type FoundKind } from './messages.js';

/**
 * Options of {@link readRegularFile}.
 * @example
 * const options: ReadFileOptions = { maxBytes: 1_000_000, lang: 'nl' };
 */
export interface ReadFileOptions {
  /** Largest number of bytes read; one more byte is a LimitError. Default DEFAULT_LIMITS.maxBytes (100 MiB). */
  readonly maxBytes?: number;
  /** Language of the error messages. Default 'en'. */
  readonly lang?: Lang;
  /** The CLI flag that raises maxBytes, named in the limit message. Default '--max-bytes'. */
  readonly flag?: string;
}

/** Bytes read per system call once the file's announced size is used up (or was 0). */
const CHUNK = 1 << 20;

/** What kind of file system object `stats` describes. */
export function foundKind(stats: Stats): FoundKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character-device';
  if (stats.isBlockDevice()) return 'block-device';
  return 'other';
}

/** The target of a dangling symbolic link at `path`, or null when `path` is not one. */
export function danglingTarget(path: string): string | null {
  try {
    if (!lstatSync(path).isSymbolicLink()) return null;
    return readlinkSync(path);
  } catch {
    return null;
  }
}

function openError(path: string, err: unknown, lang: Lang): IoError {
  const t = edgeMessages(lang);
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    const target = danglingTarget(path);
    return target === null
      ? new IoError(path, 'missing', t.missing(path))
      : new IoError(path, 'dangling_symlink', t.dangling(path, target));
  }
  if (code === 'EACCES' || code === 'EPERM') return new IoError(path, 'permission', t.permission(path));
  if (code === 'EISDIR') return new IoError(path, 'not_regular', t.notRegular(path, t.kinds.directory));
  if (code === 'ENOTDIR') return new IoError(path, 'missing', t.missing(path));
  const reason = err instanceof Error ? (code ?? err.message) : String(err);
  return new IoError(path, 'other', t.readFailed(path, reason));
}

/** Read from `fd` until end of file, growing the buffer; throw LimitError past maxBytes. */
function boundedRead(
  fd: number,
  sizeHint: number,
  maxBytes: number,
  onTooBig: (n: number) => Error,
): Uint8Array {
  // The announced size is a hint only (0 for /proc files, wrong for a file that grows): reading
  // stops at maxBytes + 1 bytes whatever it says.
  const cap = Math.min(maxBytes + 1, Number.MAX_SAFE_INTEGER);
  let buffer = Buffer.allocUnsafe(Math.min(cap, Math.max(sizeHint + 1, CHUNK)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= cap) throw onTooBig(length);
      const grown = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (length > maxBytes) throw onTooBig(length);
  }
  return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

/**
 * Read a regular file's bytes, refusing anything else with an {@link IoError} that says what was
 * found (a folder, a named pipe, a device, a socket, a dangling symbolic link, nothing). The file
 * is opened without blocking (a FIFO cannot hang the read) and checked on the open handle, so a
 * symbolic link to /dev/zero is refused as the device it is. The byte limit is enforced while
 * reading: a file that announces size 0 but never ends stops at maxBytes + 1 bytes.
 *
 * @param path - the file to read
 * @param options - byte limit, message language, the flag named in the limit message; see {@link ReadFileOptions}
 * @throws IoError when the path is not a readable regular file
 * @throws LimitError (limit 'maxBytes') when it holds more than maxBytes bytes
 * @example
 * readRegularFile('data/sample-partnership/members.csv').byteLength > 0; // => true
 * readRegularFile('/dev/zero'); // throws IoError
 */
export function readRegularFile(path: string, options: ReadFileOptions = {}): Uint8Array {
  checkOptionKeys(options, ['flag', 'lang', 'maxBytes'] satisfies (keyof ReadFileOptions)[]);
  const { maxBytes = DEFAULT_LIMITS.maxBytes, lang = 'en', flag = '--max-bytes' } = options;
  const t = edgeMessages(lang);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw openError(path, err, lang);
  }
  try {
    const stats = fstatSync(fd);
    const kind = foundKind(stats);
    if (kind !== 'file') throw new IoError(path, 'not_regular', t.notRegular(path, t.kinds[kind]));
    const tooBig = (n: number) =>
      new LimitError('maxBytes', maxBytes, n, t.tooBig(basename(path), maxBytes, n, flag));
    if (stats.size > maxBytes) throw tooBig(stats.size);
    try {
      return boundedRead(fd, stats.size, maxBytes, tooBig);
    } catch (err) {
      if (err instanceof LimitError) throw err;
      throw openError(path, err, lang);
    }
  } finally {
    closeSync(fd);
  }
}
