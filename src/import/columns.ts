/**
 * Locating the columns of public-data tables by HXL hashtag (when the file has an HXL row) or
 * by folded header aliases.
 * @module
 */
import { parseTable } from '../ingest/parseTable.js';
import type { Limits, RawTable } from '../ingest/types.js';
import { foldText } from '../normalise/fold.js';
import { WarningCollector } from './warnings.js';

/** A parsed HXL tag: '#org +acronym' -> { tag: '#org', attributes: ['acronym'] }. */
export interface HxlTag {
  readonly tag: string;
  readonly attributes: readonly string[];
}

/**
 * Parse one HXL hashtag cell (spaces ignored, lowercase). Returns null for an empty cell or one
 * that does not start with '#'.
 *
 * @example
 * parseHxlTag('#org +acronym');      // => { tag: '#org', attributes: ['acronym'] }
 * parseHxlTag('#sector+cluster+name'); // => { tag: '#sector', attributes: ['cluster', 'name'] }
 * parseHxlTag('');                   // => null
 */
export function parseHxlTag(cell: string): HxlTag | null {
  const compact = cell.replace(/\s+/g, '').toLowerCase();
  if (!compact.startsWith('#') || compact.length < 2) return null;
  const [tag, ...attributes] = compact.split('+');
  return { tag: tag!, attributes: attributes.filter((a) => a !== '') };
}

/** How to find one column: HXL patterns first (in order), then header aliases (in order). */
export interface ColumnSpec {
  /** HXL patterns: the hashtag, attributes it must have, attributes it must not have. */
  readonly hxl?: readonly {
    readonly tag: string;
    readonly with?: readonly string[];
    readonly without?: readonly string[];
  }[];
  /** Header aliases, compared folded (case, accents, punctuation, `_`/`-` ignored). */
  readonly headers?: readonly string[];
}

/**
 * The index of the column a spec names, or -1. HXL patterns are tried first, in order, each
 * against every column (leftmost wins); then the header aliases, in order.
 *
 * @example
 * const t = { header: ['Org. Acronym', 'Organization'], hxlTags: ['#org +acronym', '#org'] } as RawTable;
 * findColumn(t, { hxl: [{ tag: '#org', without: ['acronym', 'type'] }] }); // => 1
 * findColumn(t, { headers: ['org acronym'] }); // => 0
 */
export function findColumn(table: Pick<RawTable, 'header' | 'hxlTags'>, spec: ColumnSpec): number {
  const tags = (table.hxlTags ?? []).map(parseHxlTag);
  for (const pattern of spec.hxl ?? []) {
    const index = tags.findIndex(
      (t) =>
        t !== null &&
        t.tag === pattern.tag &&
        (pattern.with ?? []).every((a) => t.attributes.includes(a)) &&
        !(pattern.without ?? []).some((a) => t.attributes.includes(a)),
    );
    if (index >= 0) return index;
  }
  const folded = table.header.map(foldText);
  for (const alias of spec.headers ?? []) {
    const index = folded.indexOf(foldText(alias));
    if (index >= 0) return index;
  }
  return -1;
}

/** Cell values that mean "no value" in exported spreadsheets. */
const EMPTY_MARKERS = new Set([
  '',
  '#n/a',
  'n/a',
  'na',
  '#na',
  '-',
  '--',
  'nan',
  'null',
  'none',
  '#value!',
  '#ref!',
]);

/**
 * A cell's text, trimmed, with spreadsheet "no value" markers (#N/A, N/A, -, null, ...) read as ''.
 *
 * @example
 * cellText(['  SIF ', '#N/A'], 0); // => 'SIF'
 * cellText(['  SIF ', '#N/A'], 1); // => ''
 * cellText(['x'], -1);             // => ''
 */
export function cellText(cells: readonly string[], index: number): string {
  if (index < 0) return '';
  const value = (cells[index] ?? '').trim();
  return EMPTY_MARKERS.has(value.toLowerCase()) ? '' : value;
}

/** A parsed import table with its columns located and a warning collector started. */
export interface LocatedTable<K extends string> {
  readonly table: RawTable;
  readonly warnings: WarningCollector;
  /** Column index of each field (-1 when absent). */
  readonly col: Readonly<Record<K, number>>;
  /** The header text of a column index, or null. */
  readonly header: (i: number) => string | null;
}

/** Whether an importer's input is a table already read (a workbook sheet), not text or bytes. */
export function isRawTable(input: string | Uint8Array | RawTable): input is RawTable {
  return typeof input === 'object' && !(input instanceof Uint8Array);
}

/**
 * Parse an export (or take a table already read, such as a workbook sheet), locate every column of a column table (by HXL tag or header alias) and start
 * a warning collector seeded with the parser's problems: the shared first step of the IATI and
 * 3W importers.
 *
 * @example
 * const { col } = locateColumns('org,sector\nA,Health\n', 'x.csv', undefined, { org: { headers: ['org'] } });
 * col.org; // => 0
 */
export function locateColumns<K extends string>(
  input: string | Uint8Array | RawTable,
  file: string,
  limits: Limits | undefined,
  columns: Readonly<Record<K, ColumnSpec>>,
  lang: 'en' | 'nl' = 'en',
): LocatedTable<K> {
  const table = isRawTable(input)
    ? input
    : parseTable(input, { file, ...(limits === undefined ? {} : { limits }), lang });
  const warnings = new WarningCollector(file, lang);
  warnings.addIssues([...table.rejected, ...table.warnings]);
  const col = Object.fromEntries(
    (Object.keys(columns) as K[]).map((field) => [field, findColumn(table, columns[field])]),
  ) as Record<K, number>;
  const header = (i: number): string | null => (i >= 0 ? (table.header[i] ?? null) : null);
  return { table, warnings, col, header };
}
