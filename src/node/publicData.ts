/**
 * A humanitarian coordinator runs `partner-synergy baseline afg-3w.csv --out report` on the 3W
 * table itself, not on partnership files. Nothing in it is a partnership file, so no member would
 * be read; instead the table is imported in memory, exactly as `import 3w` would write it, and
 * the baseline is built from that (with a note saying so and how to see the import's files).
 */

import { findColumn, parseHxlTag } from '../import/columns.js';
import { importIatiXml } from '../import/iatiXml.js';
import { import3w } from '../import/import3w.js';
import { THREE_W_COLUMNS } from '../import/threeWColumns.js';
import { choose3wSheet, looksLike3w, type NamedSheet } from '../import/threeWSheet.js';
import type { ImportResult } from '../import/types.js';
import { detectFileKind, matchHeaders } from '../ingest/headers.js';
import { parseTable } from '../ingest/parseTable.js';
import type { Limits, RawTable } from '../ingest/types.js';
import type { Lang } from '../lang.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import type { IngestResult, InputFile } from '../normalise/parsePartnership.js';
import type { IngestIssue } from '../schema/issues.js';
import { isWorkbookFile } from '../workbook/detect.js';
import { readWorkbookSheets } from '../workbook/sheetRecords.js';
import { looksLikeXml } from './importFile.js';
import { zlibInflateRaw } from './readFiles.js';

/** A 3W table or IATI activity file read in place of partnership files. */
export interface PublicImport {
  /** Which importer read it. */
  readonly kind: '3w' | 'iati';
  /** The input file (and sheet) that was imported. */
  readonly file: string;
  readonly sheet: string | null;
  /** The files `import 3w` would write (members.csv, expertise.csv, ...), as input files. */
  readonly files: readonly InputFile[];
  readonly result: ImportResult;
}

/** Whether a table is a partnership file: a kind its name or header names, with every required column. */
function isPartnershipTable(name: string, header: readonly string[]): boolean {
  const kind = detectFileKind(name, header);
  return kind !== null && matchHeaders(header, kind).missing.length === 0;
}

/** Whether a table has the HXL hashtags of a 3W table: an organisation and a sector. */
function hasHxl3w(table: RawTable): boolean {
  const tags = (table.hxlTags ?? []).map(parseHxlTag);
  return tags.some((t) => t?.tag === '#org') && tags.some((t) => t?.tag === '#sector');
}

/**
 * Whether a table is a 3W table and not the partnership's own: it carries the 3W hashtags (no
 * partnership file has an HXL row), or it has the columns of a 3W table and is no complete
 * partnership file (a 3W table's organisation column also reads as a members file's name).
 */
function isThreeW(name: string, table: RawTable): boolean {
  if (hasHxl3w(table)) return true;
  if (!looksLike3w(table)) return false;
  const kind = detectFileKind(name, table.header);
  if (kind === 'members') return hasSector(table); // a members file has a name, maybe a country; no sector
  return kind === null || matchHeaders(table.header, kind).missing.length > 0;
}

/** Whether a table has a sector or cluster column (by header or HXL tag). */
function hasSector(table: RawTable): boolean {
  return findColumn(table, THREE_W_COLUMNS.sector) >= 0 || findColumn(table, THREE_W_COLUMNS.sectorCode) >= 0;
}

/** The 3W table of a file (for a workbook: the sheet choose3wSheet picks), or null. */
function threeWTable(file: InputFile, lang: Lang, limits: Limits | undefined): NamedSheet | null {
  const limited = limits === undefined ? {} : { limits };
  if (typeof file.content !== 'string' && isWorkbookFile(file.name, file.content)) {
    const book = readWorkbookSheets(file.content, {
      name: file.name,
      lang,
      inflateRaw: zlibInflateRaw,
      ...limited,
    });
    const own = book.sheets.filter(
      (s) => isPartnershipTable(s.sheet, s.table.header) && !isThreeW(s.sheet, s.table),
    );
    if (own.length > 0) return null;
    try {
      const chosen = choose3wSheet(book.sheets, file.name, undefined, lang);
      return isThreeW(chosen.sheet, chosen.table) ? chosen : null;
    } catch {
      return null; // no sheet looks like a 3W table: the partnership reader's messages stand
    }
  }
  const table: RawTable = parseTable(file.content, { file: file.name, lang, ...limited });
  return isThreeW(file.name, table) ? { sheet: '', table } : null;
}

/** The files an import writes, as input files. */
function asFiles(result: ImportResult): InputFile[] {
  return Object.entries(result.files).map(([name, content]) => ({ name, content }));
}

/** Whether a file is an IATI activity file in XML: XML whose first 4 KiB name `iati-activities`. */
function isIatiXml(content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content.slice(0, 4096)) : content;
  if (!looksLikeXml(bytes)) return false;
  return new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .includes('<iati-activities');
}

/**
 * When the input is one file that is an OCHA 3W table (CSV or workbook) and not a partnership
 * file, or an IATI activity file in XML: its import, as `import 3w` or `import iati` would write
 * it; else null.
 *
 * @param files - the input files, as read from the path the user gave
 * @param options - language and limits of the reading
 */
export function importPublicInput(
  files: readonly InputFile[],
  options: { readonly lang: Lang; readonly limits?: Limits },
): PublicImport | null {
  if (files.length !== 1) return null;
  const [file] = files as [InputFile];
  const limited = options.limits === undefined ? {} : { limits: options.limits };
  if (isIatiXml(file.content)) {
    const result = importIatiXml(file.content, { file: file.name, lang: options.lang, ...limited });
    return result.stats.members === 0
      ? null
      : { kind: 'iati', file: file.name, sheet: null, files: asFiles(result), result };
  }
  const found = threeWTable(file, options.lang, options.limits);
  if (found === null) return null;
  const result = import3w(found.table, { file: found.table.file, lang: options.lang, ...limited });
  if (result.stats.members === 0) return null;
  const sheet = found.sheet === '' ? null : found.sheet;
  return { kind: '3w', file: file.name, sheet, files: asFiles(result), result };
}

/**
 * The sentence that says a 3W table was read in place of partnership files, with the command
 * that writes the import's files for checking and editing.
 */
export function publicImportNote(imported: PublicImport, lang: Lang): string {
  const source = imported.sheet === null ? imported.file : `${imported.file} (${imported.sheet})`;
  const folder = lang === 'nl' ? 'map' : 'folder';
  const count = imported.result.stats.members;
  return toolMessage(lang, imported.kind === 'iati' ? 'import.read_as_iati' : 'import.read_as_3w', {
    file: source,
    members: toolMessage(lang, count === 1 ? 'import.orgs.one' : 'import.orgs.many', { count }),
    command: `partner-synergy import ${imported.kind} ${imported.file} --out <${folder}>`,
  });
}

/** Whether the partnership reader found nothing but a members table (or nothing at all). */
export function onlyMembers(ingest: IngestResult): boolean {
  return ingest.files.every((f) => f.kind === 'members' || f.kind === 'unknown');
}

/**
 * The partnership read from the input, or, when the input is one OCHA 3W table (read by the
 * partnership reader as nothing, or as a members file only), the partnership read from its
 * import, with a warning at line 0 that says so.
 *
 * @param files - the input files
 * @param ingest - what the partnership reader made of them
 * @param read - the partnership reader, to read the import's files with the same options
 * @param options - language and limits of the reading
 */
export function withPublicDataFallback(
  files: readonly InputFile[],
  ingest: IngestResult,
  read: (files: readonly InputFile[]) => IngestResult,
  options: { readonly lang: Lang; readonly limits?: Limits },
): { readonly ingest: IngestResult; readonly imported: PublicImport | null } {
  // Only a lone file read as nothing but members (or nothing at all) can be a 3W table.
  const lone = files.length === 1 && (ingest.partnership.members.length === 0 || onlyMembers(ingest));
  if (!lone) return { ingest, imported: null };
  const imported = importPublicInput(files, options);
  if (imported === null) return { ingest, imported: null };
  const again = read(imported.files);
  const note: IngestIssue = {
    file: imported.file,
    line: 0,
    column: null,
    value: null,
    code: 'unknown_file',
    message: publicImportNote(imported, options.lang),
    suggestion: null,
  };
  return { ingest: { ...again, warnings: [note, ...again.warnings] }, imported };
}
