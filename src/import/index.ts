/**
 * partner-synergy/import: public data importers (OCHA 3W tables, IATI activity exports as CSV,
 * the IATI3W organisation index)
 * that turn a file into the four long CSVs the core reads. Browser-safe; IATI XML (saxes) is in
 * `partner-synergy/node`. Kept out of the core entry so the core's browser bundle stays small.
 * Examples use the names listed on the `partner-synergy` page.
 * @packageDocumentation
 * @module partner-synergy/import
 */
export { DEFAULT_3W_OPTIONS, type Import3wOptions, import3w } from './import3w.js';
export {
  DEFAULT_IATI_OPTIONS,
  type ImportIatiOptions,
  importIati,
  orgNamesFromCodelist,
  orgTypesFromCodelist,
} from './importIati.js';
export {
  DEFAULT_IATI3W_OPTIONS,
  type ImportIati3wOptions,
  importIati3w,
  stubNamesFromCsv,
} from './importIati3w.js';
export {
  fallbackToPublicData,
  importPublicInput,
  onlyMembers,
  type PublicImport,
  type PublicInputOptions,
  type PublicInputReaders,
  publicImportNote,
  publicImportNoteOf,
} from './publicInput.js';
export { sourcesInTable } from './tableSources.js';
export { type ChosenSheet, choose3wSheet, looksLike3w, type NamedSheet } from './threeWSheet.js';
export {
  type CommonImportOptions,
  DEFAULT_IMPORT_OPTIONS,
  type ImportOrigins,
  type ImportResult,
  type OrgMerge,
} from './types.js';
