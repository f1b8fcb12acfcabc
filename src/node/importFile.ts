import { basename } from 'node:path';
import { PartnerSynergyError } from '../errors.js';
import { type Import3wOptions, import3w } from '../import/import3w.js';
import { type ImportIatiOptions, importIati } from '../import/importIati.js';
import type { ImportResult } from '../import/types.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { readRegularFile } from './readFile.js';
import { writeOutputFiles } from './writeFiles.js';

/**
 * Options of {@link importFileToDir}: the options of the chosen importer.
 * @example
 * const options: ImportFileOptions = { country: 'NG', file: 'nigeria-3w.csv' };
 * importFileToDir('3w', 'tests/fixtures/import/3w-hxl-bom.csv', `${outDir}/ng`, options).length; // => 5
 */
export type ImportFileOptions = ImportIatiOptions & Import3wOptions;

/**
 * Read a public-data file, import it with importIati ('iati') or import3w ('3w') and write
 * members.csv, expertise.csv, geography.csv, sectors.csv and merges.json (the name
 * de-duplication report) into `outDir` (created if missing). Returns the written paths, sorted.
 * The importer's `file` option defaults to the file's base name, so warnings name it.
 *
 * @param kind - 'iati' (an IATI activity export) or '3w' (an OCHA 3W table)
 * @param file - path of the file to import
 * @param outDir - the output directory; created if missing; refused when it holds `file`
 * @param options - the options of {@link importIati} or {@link import3w}
 * @throws IoError when the file is not a readable regular file or the output folder cannot be
 *   used (see writeOutputFiles); LimitError when the file is larger than limits.maxBytes
 * @example
 * const written = importFileToDir('3w', 'tests/fixtures/import/3w-hxl-bom.csv', `${outDir}/nigeria`);
 * written.map((p) => p.slice(outDir.length + 1));
 * // => ['nigeria/expertise.csv', 'nigeria/geography.csv', 'nigeria/members.csv', 'nigeria/merges.json', 'nigeria/sectors.csv']
 */
export function importFileToDir(
  kind: 'iati' | '3w',
  file: string,
  outDir: string,
  options: ImportFileOptions = {},
): string[] {
  if (kind !== 'iati' && kind !== '3w') {
    throw new PartnerSynergyError('E_USAGE', `Unknown import kind "${String(kind)}"; use "iati" or "3w".`);
  }
  const maxBytes = options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const bytes = readRegularFile(file, { maxBytes });
  const withFile = { file: basename(file), ...options };
  const result: ImportResult = kind === 'iati' ? importIati(bytes, withFile) : import3w(bytes, withFile);
  const outputs: Record<string, string> = {
    ...result.files,
    'merges.json': `${JSON.stringify(result.merges, null, 2)}\n`,
  };
  return writeOutputFiles(outDir, outputs, { inputs: [file] });
}
