/**
 * partner-synergy/workbook: Excel workbooks in and out. Read an .xlsx workbook (sheets recognised
 * by name or header, values typed the Excel way, every issue located by its cell) into the same
 * normalised partnership as a folder of CSV files; build the data-collection template (a workbook
 * with drop-down lists, or CSV files with a README). Browser-safe, like the core; kept out of the
 * core entry so the core bundle does not carry the zip and XML readers.
 * @packageDocumentation
 * @module partner-synergy/workbook
 */

export { isWorkbookFile, WORKBOOK_EXTENSIONS } from './detect.js';
export { withCellReferences } from './locate.js';
export { parseInputFiles, parseWorkbook, type WorkbookParseOptions } from './parseFiles.js';
export { type ReadWorkbookOptions, readWorkbookTables, type WorkbookTables } from './readWorkbook.js';
export { readWorkbookSheets, type WorkbookSheets } from './sheetRecords.js';
export {
  buildTemplateCsv,
  buildTemplateWorkbook,
  type TemplateOptions,
  templateListSizes,
} from './template/buildTemplate.js';
export type { TemplateCategories } from './template/vocabulary.js';
export type { RawInflater } from './zip.js';
