import { inflateRawSync } from 'node:zlib';
import type { IngestResult, InputFile } from '../normalise/parsePartnership.js';
import { parseInputFiles, type WorkbookParseOptions } from '../workbook/parseFiles.js';
import type { RawInflater } from '../workbook/zip.js';

/**
 * node:zlib's raw inflater, bounded: it stops (and returns null) as soon as a part outgrows the
 * size its zip directory declares. Several times faster than the browser-safe default.
 */
export const zlibInflateRaw: RawInflater = (data, size) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw e;
  }
};

/**
 * parseInputFiles (partner-synergy/workbook) with node:zlib inflating the workbooks: CSV files and
 * .xlsx workbooks read from disk -> one normalised partnership.
 */
export function parseFilesFromDisk(
  files: readonly InputFile[],
  options: WorkbookParseOptions = {},
): IngestResult {
  return parseInputFiles(files, { inflateRaw: zlibInflateRaw, ...options });
}
