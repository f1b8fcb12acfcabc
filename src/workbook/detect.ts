/**
 * Telling a workbook from a CSV file, by name or by its first bytes. Imports nothing, so the
 * CLI can tell whether it needs the workbook reader (fflate, saxes) before loading it.
 */

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip local file header's signature, "PK\x03\x04". */
const LOCAL = [0x50, 0x4b, 0x03, 0x04];

/** Whether bytes start like an OLE compound file (an encrypted workbook, or an old .xls). */
export function isOleFile(bytes: Uint8Array): boolean {
  return OLE.every((b, i) => bytes[i] === b);
}

/** Whether bytes start like a zip file (a local file header). */
export function isZipFile(bytes: Uint8Array): boolean {
  return LOCAL.every((b, i) => bytes[i] === b);
}

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
