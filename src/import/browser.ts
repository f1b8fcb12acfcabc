/**
 * The browser chunk of the 3W importer (dist/browser/partner-synergy.import.js), loaded by the
 * dashboard only when a dropped file is not partnership files: an OCHA 3W table (CSV, or a
 * workbook's sheets read as plain tables) is read as `import 3w` would write it. The plain-table
 * sheet reader lives here, not in the workbook chunk every dropped workbook loads.
 */
export { readWorkbookSheets } from '../workbook/sheetRecords.js';
export { fallbackToPublicData, publicImportNote } from './publicInput.js';
