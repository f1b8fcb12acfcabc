import {
  BASELINE_OPTION_KEYS,
  type Baseline,
  type BaselineOptions,
  buildBaseline,
} from '../baseline/buildBaseline.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { type IngestResult, type InputFile, PARSE_OPTION_KEYS } from '../normalise/parsePartnership.js';
import { checkOptionKeys, pickOptions } from '../optionKeys.js';
import type { WorkbookParseOptions } from '../workbook/parseFiles.js';
import { withPublicDataFallback } from './publicData.js';
import { readInputFiles } from './readDir.js';
import { parseFilesFromDisk } from './readFiles.js';

/**
 * Read and normalise every CSV file and workbook of a directory (or one file); a workbook is read
 * sheet by sheet (see parseInputFiles in partner-synergy/workbook) and its issues carry their cell.
 * When `dir` is one OCHA 3W table (CSV or workbook) and not partnership files, the table is read
 * as `import3w` imports it (the first warning, code 'unknown_file' at line 0, says so).
 *
 * @param dir - a partnership directory (or one CSV file or .xlsx workbook)
 * @param options - parsing options; defaults in `DEFAULT_PARSE_OPTIONS` (partner-synergy); `lang` for the workbook messages
 * @example
 * const result = readPartnershipDir('data/sample-partnership');
 * result.files.map((f) => `${f.file}: ${f.accepted}/${f.rows}`);
 * // => ['companies.csv: 5/5', 'expertise.csv: 77/77', 'geography.csv: 49/49', 'members.csv: 12/12', 'sectors.csv: 30/30']
 */
export function readPartnershipDir(dir: string, options: WorkbookParseOptions = {}): IngestResult {
  const files = readInputFiles(dir, {
    maxBytes: options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  });
  const read = (input: readonly InputFile[]) => parseFilesFromDisk(input, options);
  const limits = options.limits === undefined ? {} : { limits: options.limits };
  return withPublicDataFallback(files, read(files), read, { lang: options.lang ?? 'en', ...limits }).ingest;
}

/**
 * Build the synergy baseline of the partnership in a directory.
 *
 * @param dir - a partnership directory (or one CSV file or .xlsx workbook)
 * @param options - as for `buildBaseline` (partner-synergy)
 * @example
 * const fromDir = buildBaselineFromDir('data/sample-partnership');
 * // the same as buildBaseline on the files' contents
 * toBaselineJson(fromDir).recommendations; // => json.recommendations
 */
export function buildBaselineFromDir<const Custom extends string = never>(
  dir: string,
  options: BaselineOptions<Custom> = {},
): Baseline {
  checkOptionKeys(options, BASELINE_OPTION_KEYS); // before reading, against every baseline option
  return buildBaseline<Custom>(readPartnershipDir(dir, pickOptions(options, PARSE_OPTION_KEYS)), options);
}

/**
 * Alias of {@link buildBaselineFromDir}: read a partnership directory into a baseline.
 *
 * @example
 * const dutch = readBaseline('data/sample-partnership', { lang: 'nl' });
 * dutch.recommendations[0]?.rationale.includes(' openen deuren via hun netwerk'); // => true
 */
export const readBaseline = buildBaselineFromDir;
