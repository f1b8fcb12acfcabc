/**
 * The Node side of reading a 3W table or IATI file given in place of partnership files
 * (fallbackToPublicData of partner-synergy/import): workbooks read with node:zlib, IATI XML
 * with the saxes-based importer.
 */
import { importIatiXml } from '../import/iatiXml.js';
import { fallbackToPublicData, type PublicImport, type PublicInputReaders } from '../import/publicInput.js';
import type { Limits } from '../ingest/types.js';
import type { Lang } from '../lang.js';
import type { IngestResult, InputFile } from '../normalise/parsePartnership.js';
import { readWorkbookSheets } from '../workbook/sheetRecords.js';
import { zlibInflateRaw } from './readFiles.js';

/** The readers of the Node entry, in `lang` and within `limits`. */
export function nodeReaders(lang: Lang, limits: Limits | undefined): PublicInputReaders {
  const limited = limits === undefined ? {} : { limits };
  return {
    readSheets: (bytes, name) =>
      readWorkbookSheets(bytes, { name, lang, inflateRaw: zlibInflateRaw, ...limited }).sheets,
    importXml: (content, file) => importIatiXml(content, { file, lang, ...limited }),
  };
}

/**
 * fallbackToPublicData with the Node readers: the partnership read from the input, or, when the
 * input is one 3W table or IATI XML file, the partnership read from its import (first warning says so).
 */
export function withPublicDataFallback(
  files: readonly InputFile[],
  ingest: IngestResult,
  read: (files: readonly InputFile[]) => IngestResult,
  options: { readonly lang: Lang; readonly limits?: Limits },
): { readonly ingest: IngestResult; readonly imported: PublicImport | null } {
  return fallbackToPublicData(files, ingest, read, {
    ...options,
    ...nodeReaders(options.lang, options.limits),
  });
}
