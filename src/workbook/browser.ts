/**
 * The browser chunk of the workbook reader (dist/browser/partner-synergy.workbook.js), loaded by
 * the dashboard only when a workbook is dropped: workbook bytes -> tables for the core's
 * parsePartnership, and the cell references of the issues afterwards. It holds no part of the
 * core, so the core bundle and its size budget are unchanged.
 */
export { isWorkbookFile } from './detect.js';
export { withCellReferences } from './locate.js';
export { readWorkbookTables } from './readWorkbook.js';
