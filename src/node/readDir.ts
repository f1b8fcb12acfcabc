import { type Dirent, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Lang } from '../country/labels.js';
import { IoError } from '../errors.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import type { InputFile } from '../normalise/parsePartnership.js';
import { checkOptionKeys } from '../optionKeys.js';
import { WORKBOOK_EXTENSIONS } from '../workbook/detect.js';
import { edgeMessages } from './messages.js';
import { foundKind, readRegularFile } from './readFile.js';

/**
 * File endings read from a partnership directory (CSV text and, read sheet by sheet, workbooks).
 * @example
 * INPUT_EXTENSIONS; // => ['.csv', '.tsv', '.txt', '.xlsx', '.xlsm']
 */
export const INPUT_EXTENSIONS: readonly string[] = ['.csv', '.tsv', '.txt', ...WORKBOOK_EXTENSIONS];

/** Whether a directory entry is an input file: not hidden, not Excel's lock file (~$name.xlsx), a known ending. */
const isInputName = (n: string): boolean =>
  !n.startsWith('.') && !n.startsWith('~$') && INPUT_EXTENSIONS.includes(extname(n).toLowerCase());

/**
 * Options of {@link readInputFiles}.
 * @example
 * const options: ReadInputOptions = { maxBytes: 10_000_000, lang: 'nl' };
 * readInputFiles('data/sample-partnership', options).length; // => 5
 */
export interface ReadInputOptions {
  /** Largest file read, in bytes. Default DEFAULT_LIMITS.maxBytes (100 MiB). */
  readonly maxBytes?: number;
  /** Language of error messages. Default 'en'. */
  readonly lang?: Lang;
}

/** The files read and the paths they were read from (for the output writer's input check). */
export interface ReadInputs {
  readonly files: InputFile[];
  readonly paths: readonly string[];
}

/** The input-file paths of a folder: visible entries with an input ending, in name order. */
function listInputs(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .map((e) => e.name)
    .filter(isInputName)
    .sort()
    .map((n) => join(dir, n));
}

/**
 * {@link readInputFiles} that also returns the paths it read, so the CLI can refuse to write an
 * output over any of them.
 *
 * @example
 * readInputPaths('data/sample-partnership').paths[0]; // => 'data/sample-partnership/companies.csv'
 */
export function readInputPaths(path: string, options: ReadInputOptions = {}): ReadInputs {
  checkOptionKeys(options, ['lang', 'maxBytes'] satisfies (keyof ReadInputOptions)[]);
  const { maxBytes = DEFAULT_LIMITS.maxBytes, lang = 'en' } = options;
  const t = edgeMessages(lang);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // readRegularFile below says what is wrong (missing, dangling link, ...).
  }
  if (!isDir) {
    return {
      files: [{ name: basename(path), content: readRegularFile(path, { maxBytes, lang }) }],
      paths: [path],
    };
  }
  const paths = listInputs(path);
  if (paths.length === 0) throw new IoError(path, 'missing', t.noCsv(path));
  const files = paths.map((p) => {
    const name = basename(p);
    try {
      return { name, content: readRegularFile(p, { maxBytes, lang }) };
    } catch (err) {
      if (!(err instanceof IoError) || err.reason !== 'not_regular') throw err;
      throw new IoError(p, 'not_regular', t.inFolderNotRegular(name, path, t.kinds[foundKind(statSync(p))]));
    }
  });
  return { files, paths };
}

/**
 * Read every CSV/TSV file and workbook of a directory (not recursive; hidden files and Excel's
 * ~$ lock files skipped) as bytes, in name order. A single file path is read on its own. Only regular files are read (a folder, FIFO,
 * device or dangling symbolic link with a .csv name is an {@link IoError} naming what was found),
 * and the byte limit is enforced while reading (see {@link readRegularFile}).
 *
 * @param path - a directory (its files with an {@link INPUT_EXTENSIONS} ending) or one file
 * @param options - `maxBytes` per file (default DEFAULT_LIMITS.maxBytes) and the message language; see {@link ReadInputOptions}
 * @throws IoError when a path is missing or not a regular file; LimitError when a file is over maxBytes
 * @example
 * const files = readInputFiles('data/sample-partnership');
 * files.map((f) => f.name); // => ['companies.csv', 'expertise.csv', 'geography.csv', 'members.csv', 'sectors.csv']
 * files[0]?.content instanceof Uint8Array; // => true
 */
export function readInputFiles(path: string, options: ReadInputOptions = {}): InputFile[] {
  return readInputPaths(path, options).files;
}
