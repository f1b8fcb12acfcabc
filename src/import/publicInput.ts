/**
 * A humanitarian coordinator gives the 3W table itself (`partner-synergy baseline afg-3w.csv`, or
 * drops it on the dashboard) where partnership files are expected. Nothing in it is a
 * partnership file, so no member would be read; instead the table is imported in memory, exactly
 * as `import 3w` would write it, and the baseline is built from that, with a note saying so and
 * how to see the import's files. Browser-safe: the workbook reader and the IATI XML importer are
 * passed in (see {@link PublicInputReaders}).
 * @module
 */

import { detectFileKind, matchHeaders } from '../ingest/headers.js';
import { parseTable } from '../ingest/parseTable.js';
import type { Limits, RawTable } from '../ingest/types.js';
import type { Lang } from '../lang.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import type { IngestResult, InputFile } from '../normalise/parsePartnership.js';
import type { IngestIssue } from '../schema/issues.js';
import { isWorkbookFile } from '../workbook/detect.js';
import { findColumn, parseHxlTag } from './columns.js';
import { IATI_COLUMNS } from './iatiCsv.js';
import { import3w } from './import3w.js';
import { importIati } from './importIati.js';
import { sourcesInTable } from './tableSources.js';
import { THREE_W_COLUMNS } from './threeWColumns.js';
import { choose3wSheet, looksLike3w, type NamedSheet } from './threeWSheet.js';
import type { ImportResult } from './types.js';
import { looksLikeXml } from './xmlSniff.js';

/**
 * The readers the caller supplies, so this module stays small and browser-safe.
 *
 * @example
 * const readers: PublicInputReaders = {}; // CSV 3W tables only
 * importPublicInput([{ name: '3w.csv', content: 'Organisation,Cluster,Country\nACF,WASH,Mali\n' }], { lang: 'en', ...readers })?.kind; // => '3w'
 */
export interface PublicInputReaders {
  /** A workbook's sheets as plain tables (readWorkbookSheets of partner-synergy/workbook). Default: workbooks are not looked into. */
  readonly readSheets?: (bytes: Uint8Array, name: string) => readonly NamedSheet[];
  /** The IATI XML importer (importIatiXml of partner-synergy/node). Default: XML files are not read. */
  readonly importXml?: (content: string | Uint8Array, file: string) => ImportResult;
}

/**
 * Language and limits of the reading, and the readers.
 *
 * @example
 * const options: PublicInputOptions = { lang: 'nl', limits: { maxBytes: 10_000_000 } };
 * options.lang; // => 'nl'
 */
export interface PublicInputOptions extends PublicInputReaders {
  readonly lang: Lang;
  /** Parser size limits. Default DEFAULT_LIMITS of the ingest module. */
  readonly limits?: Limits;
}

/**
 * A 3W table or IATI activity file read in place of partnership files.
 *
 * @example
 * const imported: PublicImport | null = importPublicInput([{ name: '3w.csv', content: 'Organisation,Cluster,Country\nACF,WASH,Mali\n' }], { lang: 'en' });
 * imported?.files.map((f) => f.name)[0]; // => 'members.csv'
 */
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
  // A members or geography file has an organisation and maybe a country or area, never a sector.
  if (kind === 'members' || kind === 'geography') return hasSector(table);
  return kind === null || matchHeaders(table.header, kind).missing.length > 0;
}

/** Whether a table has a sector or cluster column (by header or HXL tag). */
function hasSector(table: RawTable): boolean {
  return findColumn(table, THREE_W_COLUMNS.sector) >= 0 || findColumn(table, THREE_W_COLUMNS.sectorCode) >= 0;
}

/** The 3W sheet of a workbook (the sheet choose3wSheet picks), or null when it holds partnership sheets or none. */
function workbookThreeW(bytes: Uint8Array, name: string, options: PublicInputOptions): NamedSheet | null {
  if (options.readSheets === undefined) return null;
  const sheets = options.readSheets(bytes, name);
  const own = sheets.filter(
    (s) => isPartnershipTable(s.sheet, s.table.header) && !isThreeW(s.sheet, s.table),
  );
  if (own.length > 0) return null;
  try {
    const chosen = choose3wSheet(sheets, name, undefined, options.lang);
    return isThreeW(chosen.sheet, chosen.table) ? chosen : null;
  } catch {
    return null; // no sheet looks like a 3W table: the partnership reader's messages stand
  }
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
 * When the input is one file that is an OCHA 3W table (CSV, or a workbook with `readSheets`) and
 * not a partnership file, an IATI activity export in CSV, or an IATI activity file in XML (with
 * `importXml`): its import, as `import 3w` or `import iati` would write it; else null.
 *
 * @param files - the input files, as read from the path the user gave
 * @param options - language and limits of the reading, and the readers; see {@link PublicInputOptions}
 * @example
 * const csv = 'Organisation,Cluster,Region,Country\nACF,WASH,Gao,Mali\nIRC,Health,Gao,Mali\n';
 * importPublicInput([{ name: 'mali-3w.csv', content: csv }], { lang: 'en' })?.result.stats.members; // => 2
 * importPublicInput([{ name: 'members.csv', content: 'id,name\nA,Alpha\n' }], { lang: 'en' }); // => null
 */
export function importPublicInput(
  files: readonly InputFile[],
  options: PublicInputOptions,
): PublicImport | null {
  if (files.length !== 1) return null;
  const [file] = files as [InputFile];
  const { lang, limits } = options;
  const limited = limits === undefined ? {} : { limits };
  const iati = (result: ImportResult): PublicImport | null =>
    result.stats.members === 0
      ? null
      : { kind: 'iati', file: file.name, sheet: null, files: asFiles(result), result };
  if (options.importXml !== undefined && isIatiXml(file.content))
    return iati(options.importXml(file.content, file.name));
  let found: NamedSheet | null;
  if (typeof file.content !== 'string' && isWorkbookFile(file.name, file.content)) {
    found = workbookThreeW(file.content, file.name, options);
  } else {
    // One parse serves both questions: an IATI activity export (iati_identifier), or a 3W table.
    const table = parseTable(file.content, { file: file.name, lang, ...limited });
    if (findColumn(table, IATI_COLUMNS.id) >= 0 && !isPartnershipTable(file.name, table.header)) {
      return iati(importIati(file.content, { file: file.name, lang, ...limited }));
    }
    found = isThreeW(file.name, table) ? { sheet: '', table } : null;
  }
  if (found === null) return null;
  const result = import3w(found.table, { file: found.table.file, lang, ...limited });
  if (result.stats.members === 0) return null;
  const sheet = found.sheet === '' ? null : found.sheet;
  return { kind: '3w', file: file.name, sheet, files: asFiles(result), result };
}

/**
 * The sentence that says a 3W table (or IATI file) was read in place of partnership files, with
 * the command that writes the import's files for checking and editing.
 *
 * @param imported - what importPublicInput returned
 * @param lang - language of the sentence
 * @example
 * const imported = importPublicInput([{ name: 'mali-3w.csv', content: 'Organisation,Cluster,Country\nACF,WASH,Mali\n' }], { lang: 'en' })!;
 * publicImportNote(imported, 'en').startsWith('mali-3w.csv is an OCHA 3W table, not partnership files'); // => true
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

/** The code of the note fallbackToPublicData puts first among the warnings (line 0). */
const NOTE_CODE = 'unknown_file';

/**
 * The note fallbackToPublicData put first among the warnings (a 3W table or IATI file read in
 * place of partnership files), or null: what the commands print before their output.
 *
 * @param warnings - the warnings of a partnership read with the fallback
 * @example
 * const files = [{ name: 'mali-3w.csv', content: 'Organisation,Cluster,Country\nACF,WASH,Mali\n' }];
 * const read = (input: readonly InputFile[]) => parsePartnership(input);
 * publicImportNoteOf(fallbackToPublicData(files, read(files), read, { lang: 'en' }).ingest.warnings)?.startsWith('mali-3w.csv is'); // => true
 * publicImportNoteOf(parsePartnership([{ name: 'members.csv', content: 'id,name\nA,Alpha\n' }]).warnings); // => null
 */
export function publicImportNoteOf(warnings: readonly IngestIssue[]): string | null {
  const first = warnings[0];
  return first !== undefined && first.code === NOTE_CODE && first.line === 0 ? first.message : null;
}

/**
 * Whether the partnership reader found nothing but a members table (or nothing at all).
 *
 * @param ingest - what the partnership reader returned
 * @example
 * onlyMembers(parsePartnership([{ name: 'members.csv', content: 'id,name\nA,Alpha\n' }])); // => true
 */
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
 * @param options - language and limits of the reading, and the readers; see {@link PublicInputOptions}
 * @example
 * const files = [{ name: 'mali-3w.csv', content: 'Organisation,Cluster,Country\nACF,WASH,Mali\nIRC,Health,Mali\n' }];
 * const read = (input: readonly InputFile[]) => parsePartnership(input);
 * const { ingest, imported } = fallbackToPublicData(files, read(files), read, { lang: 'en' });
 * [ingest.partnership.members.length, imported?.kind, ingest.warnings[0]?.code]; // => [2, '3w', 'unknown_file']
 */
export function fallbackToPublicData(
  files: readonly InputFile[],
  ingest: IngestResult,
  read: (files: readonly InputFile[]) => IngestResult,
  options: PublicInputOptions,
): { readonly ingest: IngestResult; readonly imported: PublicImport | null } {
  // Only a lone file read as nothing but members (or nothing at all) can be a 3W table.
  const lone = files.length === 1 && (ingest.partnership.members.length === 0 || onlyMembers(ingest));
  if (!lone) return { ingest, imported: null };
  const imported = importPublicInput(files, options);
  if (imported === null) return { ingest, imported: null };
  // Evidence names the table's own rows, not lines of files that were never written.
  const read1 = read(imported.files);
  const again =
    imported.result.origins === undefined ? read1 : sourcesInTable(read1, imported.result.origins);
  const note: IngestIssue = {
    file: imported.file,
    line: 0,
    column: null,
    value: null,
    code: NOTE_CODE,
    message: publicImportNote(imported, options.lang),
    suggestion: null,
  };
  // The import writes every file, some with a header only (a 3W table has no sector networks):
  // "sectors.csv has no data rows" would name a file the user never gave.
  const written = new Set(imported.files.map((f) => f.name));
  const warnings = again.warnings.filter((w) => !(w.code === 'empty_file' && written.has(w.file)));
  return { ingest: { ...again, warnings: [note, ...warnings] }, imported };
}
