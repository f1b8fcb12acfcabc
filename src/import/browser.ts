/**
 * The browser chunk of the 3W importer (dist/browser/partner-synergy.import.js), loaded by the
 * dashboard only when a dropped file is not partnership files: an OCHA 3W table (CSV, or a
 * workbook read with the workbook chunk) is read as `import 3w` would write it.
 */
export { fallbackToPublicData, publicImportNote } from './publicInput.js';
