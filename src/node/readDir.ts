import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { LimitError, PartnerSynergyError } from '../errors.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import type { InputFile } from '../normalise/parsePartnership.js';
import { WORKBOOK_EXTENSIONS } from '../workbook/detect.js';

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
 * Read every CSV/TSV file and workbook of a directory (not recursive; hidden files and Excel's
 * ~$ lock files skipped) as bytes, in name order. A single file path is read on its own. Checks the byte-size limit before reading.
 *
 * @param path - a directory (its files with an {@link INPUT_EXTENSIONS} ending) or one file
 * @param options - `maxBytes` per file; default {@link DEFAULT_LIMITS}.maxBytes
 * @example
 * const files = readInputFiles('data/sample-partnership');
 * files.map((f) => f.name); // => ['companies.csv', 'expertise.csv', 'geography.csv', 'members.csv', 'sectors.csv']
 * files[0]?.content instanceof Uint8Array; // => true
 */
export function readInputFiles(path: string, options: { maxBytes?: number } = {}): InputFile[] {
  const { maxBytes = DEFAULT_LIMITS.maxBytes } = options;
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new PartnerSynergyError('E_IO', `Cannot read "${path}": no such file or directory.`);
  }
  const paths = stat.isDirectory()
    ? readdirSync(path)
        .filter(isInputName)
        .sort()
        .map((n) => join(path, n))
    : [path];
  if (paths.length === 0) {
    throw new PartnerSynergyError(
      'E_IO',
      `No CSV files or workbooks in "${path}": expected members.csv and optionally expertise.csv, geography.csv, sectors.csv, companies.csv, or an .xlsx workbook (partner-synergy template makes one).`,
    );
  }
  return paths.map((p) => {
    const size = statSync(p).size;
    if (size > maxBytes) {
      throw new LimitError(
        'maxBytes',
        maxBytes,
        size,
        `${basename(p)} is ${size} bytes, more than the limit of ${maxBytes}; raise it with limits.maxBytes (CLI: --max-bytes).`,
      );
    }
    return { name: basename(p), content: new Uint8Array(readFileSync(p)) };
  });
}
