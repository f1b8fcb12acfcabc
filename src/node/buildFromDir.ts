import { type Baseline, type BaselineOptions, buildBaseline } from '../baseline/buildBaseline.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { type IngestResult, type ParseOptions, parsePartnership } from '../normalise/parsePartnership.js';
import { readInputFiles } from './readDir.js';

/**
 * Read and normalise every CSV file of a directory (or one file).
 *
 * @example
 * const result = readPartnershipDir('data/sample-partnership');
 * result.files.map((f) => `${f.file}: ${f.accepted}/${f.rows}`);
 */
export function readPartnershipDir(dir: string, options: ParseOptions = {}): IngestResult {
  const files = readInputFiles(dir, { maxBytes: options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes });
  return parsePartnership(files, options);
}

/**
 * Build the synergy baseline of the partnership in a directory.
 *
 * @example
 * const baseline = buildBaselineFromDir('data/sample-partnership');
 * baseline.recommendations[0]?.rationale;
 */
export function buildBaselineFromDir(dir: string, options: BaselineOptions = {}): Baseline {
  return buildBaseline(readPartnershipDir(dir, options), options);
}

/**
 * Alias of {@link buildBaselineFromDir}: read a partnership directory into a baseline.
 *
 * @example
 * const baseline = readBaseline('data/sample-partnership', { lang: 'nl' });
 */
export const readBaseline = buildBaselineFromDir;
