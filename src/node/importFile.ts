import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LimitError, PartnerSynergyError } from '../errors.js';
import { type Import3wOptions, import3w } from '../import/import3w.js';
import { type ImportIatiOptions, importIati } from '../import/importIati.js';
import type { ImportResult } from '../import/types.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';

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
 * @param outDir - the output directory; created if missing
 * @param options - the options of {@link importIati} or {@link import3w}
 * @throws PartnerSynergyError E_IO when the file cannot be read; LimitError when it is larger
 *   than limits.maxBytes
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
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new PartnerSynergyError('E_IO', `Cannot read "${file}": no such file.`);
  }
  if (size > maxBytes) {
    throw new LimitError(
      'maxBytes',
      maxBytes,
      size,
      `${basename(file)} is ${size} bytes, more than the limit of ${maxBytes}; raise it with limits.maxBytes (CLI: --max-bytes).`,
    );
  }
  const bytes = new Uint8Array(readFileSync(file));
  const withFile = { file: basename(file), ...options };
  const result: ImportResult = kind === 'iati' ? importIati(bytes, withFile) : import3w(bytes, withFile);
  const outputs: Record<string, string> = {
    ...result.files,
    'merges.json': `${JSON.stringify(result.merges, null, 2)}\n`,
  };
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const name of Object.keys(outputs).sort()) {
    const path = join(outDir, name);
    writeFileSync(path, outputs[name]!);
    written.push(path);
  }
  return written;
}
