/**
 * Telling a workbook from a CSV file, by name or by its first bytes.
 */
import { isOleFile, isZipFile } from './zip.js';

/**
 * File endings of workbooks (.xlsx, and .xlsm with macros, which are not run).
 *
 * @example
 * WORKBOOK_EXTENSIONS; // => ['.xlsx', '.xlsm']
 */
export const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm'];

/**
 * Whether a file is a workbook: its name ends in .xlsx or .xlsm, or its bytes start like a zip or
 * an OLE file (a password-protected workbook, an old .xls), which no CSV file does.
 *
 * @param name - the file name
 * @param content - its bytes (text is never a workbook unless the name says so)
 * @example
 * isWorkbookFile('leden.csv', 'id,naam\n');                 // => false
 * isWorkbookFile('partnership.xlsx', new Uint8Array(0));    // => true
 */
export function isWorkbookFile(name: string, content: string | Uint8Array): boolean {
  const lower = name.toLowerCase();
  if (WORKBOOK_EXTENSIONS.some((ext) => lower.endsWith(ext))) return true;
  return typeof content !== 'string' && (isZipFile(content) || isOleFile(content));
}
