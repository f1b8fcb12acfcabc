/**
 * The one output writer: every file the CLI and the Node entry write goes through
 * {@link writeOutputFiles}, which never overwrites an input of the run, refuses an output folder
 * that holds the inputs, and turns every file-system problem into one {@link IoError} line.
 * @module
 */
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../country/labels.js';
import { IoError } from '../errors.js';
import { type EdgeMessages, edgeMessages } from './messages.js';
import { danglingTarget, foundKind } from './readFile.js';

/**
 * Options of {@link writeOutputFiles}.
 * @example
 * const options: WriteFilesOptions = { inputs: ['data/members.csv'], flag: '--out', lang: 'nl' };
 */
export interface WriteFilesOptions {
  /** Paths the run read: never overwritten, and a folder holding one is refused. Default none. */
  readonly inputs?: readonly string[];
  /** How the output folder is named in messages (the CLI flag). Default '--out'. */
  readonly flag?: string;
  /** Language of error messages. Default 'en'. */
  readonly lang?: Lang;
  /** Wraps the writing of each file (e.g. to time it). Default: writes directly. */
  readonly timed?: (name: string, write: () => void) => void;
}

/** Most path components created for one output folder (a guard; real paths are far shorter). */
const MAX_NEW_DEPTH = 64;

function errnoCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

function reasonText(t: EdgeMessages, err: unknown, writing = false): string {
  const code = errnoCode(err);
  if (writing && code === 'ENOENT') return t.reasons.noFiles;
  if (code === 'EACCES' || code === 'EPERM') return t.reasons.permission;
  if (code === 'EROFS') return t.reasons.readOnly;
  if (code === 'ENOSPC' || code === 'EDQUOT') return t.reasons.noSpace;
  if (code === 'ENOENT') return t.reasons.notCreatable;
  return code ?? (err instanceof Error ? err.message : String(err));
}

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return null;
  }
}

/** Create `dir` one component at a time from its deepest existing ancestor (never recursive mkdir). */
function createFolder(dir: string, flag: string, t: EdgeMessages): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    const stats = statOrNull(at, false);
    if (stats !== null) {
      const target = stats.isSymbolicLink() ? statOrNull(at, true) : stats;
      if (target === null) {
        throw new IoError(at, 'dangling_symlink', t.outDangling(flag, at, danglingTarget(at) ?? '?'));
      }
      if (!target.isDirectory()) {
        throw new IoError(at, 'not_folder', t.parentNotFolder(flag, dir, at, t.kinds[foundKind(target)]));
      }
      break;
    }
    const parent = dirname(at);
    if (parent === at || missing.length >= MAX_NEW_DEPTH) {
      throw new IoError(dir, 'other', t.cannotCreate(flag, dir, t.reasons.notCreatable));
    }
    missing.push(at);
    at = parent;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path);
    } catch (err) {
      if (errnoCode(err) === 'EEXIST' && statOrNull(path, true)?.isDirectory()) continue;
      const reason = errnoCode(err) === 'EACCES' || errnoCode(err) === 'EPERM' ? 'permission' : 'other';
      throw new IoError(dir, reason, t.cannotCreate(flag, dir, reasonText(t, err)));
    }
  }
}

/** Make sure `dir` is a folder (creating it when missing); say what is wrong otherwise. */
function prepareFolder(dir: string, flag: string, t: EdgeMessages): void {
  let stats: Stats;
  try {
    stats = lstatSync(dir);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') {
      createFolder(dir, flag, t);
      return;
    }
    throw new IoError(dir, 'other', t.cannotCreate(flag, dir, reasonText(t, err)));
  }
  if (stats.isSymbolicLink()) {
    const target = statOrNull(dir, true);
    if (target === null)
      throw new IoError(dir, 'dangling_symlink', t.outDangling(flag, dir, danglingTarget(dir) ?? '?'));
    stats = target;
  }
  if (!stats.isDirectory()) {
    throw new IoError(dir, 'not_folder', t.outIsNotFolder(flag, dir, t.kinds[foundKind(stats)]));
  }
}

/** Identity of a file (device and inode), following symbolic links; null when it does not exist. */
function identity(path: string): string | null {
  const stats = statOrNull(path, true);
  return stats === null ? null : `${stats.dev}:${stats.ino}`;
}

function realFolder(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Refuse an output folder that holds an input, and any output path that is an input. */
function checkInputs(
  dir: string,
  names: readonly string[],
  inputs: readonly string[],
  flag: string,
  t: EdgeMessages,
): void {
  if (inputs.length === 0) return;
  const out = realFolder(dir);
  const held = out === null ? [] : inputs.filter((p) => realFolder(dirname(p)) === out);
  if (held.length > 0) {
    const shown = [...new Set(held.map((p) => basename(p)))].sort().slice(0, 3).join(', ');
    const more = held.length > 3 ? ', ...' : '';
    throw new IoError(
      dir,
      'input_overlap',
      t.holdsInputs(flag, dir, `${shown}${more}`, join(dir, 'partner-synergy-output')),
    );
  }
  const read = new Set(inputs.map(identity).filter((x): x is string => x !== null));
  for (const name of names) {
    const path = join(dir, name);
    const id = identity(path);
    if (id !== null && read.has(id)) throw new IoError(path, 'input_overlap', t.wouldOverwrite(path));
  }
}

/** Refuse before writing anything when a folder or special file sits where an output goes. */
function checkTargets(dir: string, names: readonly string[], t: EdgeMessages): void {
  for (const name of names) {
    const path = join(dir, name);
    const stats = statOrNull(path, false);
    if (stats === null || stats.isFile() || stats.isSymbolicLink()) continue;
    throw new IoError(path, 'in_the_way', t.inTheWay(path, t.kinds[foundKind(stats)]));
  }
}

let tempCounter = 0;

/** Bytes gathered before each write of a file given in pieces. */
const WRITE_BUFFER_BYTES = 4 << 20;

/** Write text given whole or in pieces (never joined into one string) to an open file. */
function writeText(fd: number, content: string | Iterable<string>): void {
  const put = (bytes: Uint8Array, length: number) => {
    let at = 0;
    while (at < length) at += writeSync(fd, bytes, at, length - at);
  };
  const putText = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    put(bytes, bytes.length);
  };
  if (typeof content === 'string') {
    putText(content);
    return;
  }
  // Pieces are encoded straight into one buffer (a UTF-16 unit is at most 3 bytes of UTF-8).
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  for (const piece of content) {
    if (piece.length * 3 > WRITE_BUFFER_BYTES - used) {
      put(buffer, used);
      used = 0;
      if (piece.length * 3 > WRITE_BUFFER_BYTES) {
        putText(piece);
        continue;
      }
    }
    used += buffer.write(piece, used, 'utf8');
  }
  put(buffer, used);
}

/** Write one file through a temporary file in the same folder and rename it into place. */
function writeOne(path: string, content: string | Iterable<string>, flag: string, t: EdgeMessages): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${tempCounter++}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o666);
  } catch (err) {
    const reason = errnoCode(err) === 'EACCES' || errnoCode(err) === 'EPERM' ? 'permission' : 'other';
    throw new IoError(dirname(path), reason, t.cannotWrite(flag, dirname(path), reasonText(t, err, true)));
  }
  try {
    writeText(fd, content);
  } catch (err) {
    if (err instanceof Error && !('code' in err)) {
      closeSync(fd);
      unlinkQuietly(temp);
      throw err;
    }
    closeSync(fd);
    unlinkQuietly(temp);
    throw new IoError(dirname(path), 'other', t.cannotWrite(flag, dirname(path), reasonText(t, err, true)));
  }
  closeSync(fd);
  try {
    // rename replaces a symbolic link or a FIFO of the same name instead of writing through it.
    renameSync(temp, path);
  } catch (err) {
    unlinkQuietly(temp);
    const stats = statOrNull(path, false);
    if (stats !== null && !stats.isFile()) {
      throw new IoError(path, 'in_the_way', t.inTheWay(path, t.kinds[foundKind(stats)]));
    }
    throw new IoError(path, 'other', t.cannotWrite(flag, dirname(path), reasonText(t, err, true)));
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Write `files` (name -> text, UTF-8, whole or as an iterable of pieces that is never joined into
 * one string) into the folder `outDir` and return the written paths,
 * sorted. The folder is created when missing (one level at a time: a path that can never exist,
 * such as /proc/x, fails at once). Before anything is written it checks that the folder is a
 * folder (not a file, a device or a dangling symbolic link), that it does not hold an input of
 * the run (`inputs`), and that no output would replace an input or a folder; each problem is an
 * {@link IoError} whose message is one line saying what to do. Each file is written to a
 * temporary name and renamed into place, so a symbolic link or FIFO of the same name is replaced,
 * never written through.
 *
 * @param outDir - the output folder; created if missing
 * @param files - file name (no folders) -> content
 * @param options - the run's inputs, the flag and language of messages; see {@link WriteFilesOptions}
 * @throws IoError when the folder cannot be used or a file cannot be written
 * @example
 * writeOutputFiles(`${outDir}/notes`, { 'b.txt': 'B', 'a.txt': 'A' }).map((p) => p.slice(outDir.length + 1));
 * // => ['notes/a.txt', 'notes/b.txt']
 * writeOutputFiles('data/sample-partnership', { 'x.md': '' }, { inputs: ['data/sample-partnership/members.csv'] }); // throws IoError
 */
export function writeOutputFiles(
  outDir: string,
  files: Readonly<Record<string, string | Iterable<string>>>,
  options: WriteFilesOptions = {},
): string[] {
  const { inputs = [], flag = '--out', lang = 'en', timed = (_name, write) => write() } = options;
  const t = edgeMessages(lang);
  const names = Object.keys(files).sort();
  const dir = outDir === '' ? '.' : outDir;
  prepareFolder(dir, flag, t);
  checkInputs(dir, names, inputs, flag, t);
  checkTargets(dir, names, t);
  return names.map((name) => {
    const path = join(dir, name);
    timed(name, () => writeOne(path, files[name]!, flag, t));
    return path;
  });
}
