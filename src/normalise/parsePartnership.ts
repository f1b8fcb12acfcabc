import type { Lang } from '../country/labels.js';
import { InputRejectedError } from '../errors.js';
import { detectFileKind, type HeaderMatch, matchHeaders } from '../ingest/headers.js';
import { parseTable } from '../ingest/parseTable.js';
import type { Limits, RawRow, RawTable } from '../ingest/types.js';
import { message } from '../messages/catalogue.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { FileReport, IngestIssue } from '../schema/issues.js';
import type {
  CompanyRecord,
  ExpertiseRecord,
  FileKind,
  FocusRecord,
  FunderRecord,
  GeographyArea,
  GeographyRecord,
  Partnership,
  SectorRecord,
} from '../schema/records.js';
import { unifyPlaces } from './areas.js';
import {
  type DimensionContext,
  readCompanyRow,
  readExpertiseRow,
  readFocusRow,
  readFunderRow,
  readGeographyRow,
  readSectorRow,
} from './dimensionRows.js';
import { cmp, makeIssue, sortIssues } from './issue.js';
import { type MemberCandidate, settleMembers } from './memberMerge.js';
import { createMemberIndex, readMemberRow } from './members.js';
import { mergeExpertise, mergeFocus, mergeFunders, mergeGeography, mergeSectors, placeKey } from './merge.js';
import { checkExpertisePlaces } from './places.js';
import { RowReader, RowRejection, type TableContext } from './rowReader.js';
import { createTaxonomy, DEFAULT_SECTORS, DEFAULT_THEMES, type Taxonomy } from './taxonomy.js';
import type { TaxonomyEntry } from './types.js';
import { readWideDimensions } from './wideRows.js';

/**
 * One input file: a name (used in every located message) and its bytes or text.
 * @example
 * const file: InputFile = { name: 'leden.txt', content: 'naam;soort\nAlpha;ngo\n', kind: 'members' };
 * parsePartnership([file]).files[0];
 * // => { file: 'leden.txt', kind: 'members', encoding: 'utf-8', delimiter: ';', rows: 1, accepted: 1, rejected: 0 }
 */
export interface InputFile {
  readonly name: string;
  readonly content: string | Uint8Array;
  /** Force the file kind instead of detecting it from the name and header. */
  readonly kind?: FileKind;
}

/**
 * A table parsed elsewhere (a workbook sheet, read by `partner-synergy/workbook`): its rows are
 * normalised like the rows of a CSV file. `name` is the table's name in every located message
 * (the same as `table.file`).
 * @example
 * const members: InputTable = { name: 'leden', table: parseTable('naam\nAlpha\n', { file: 'leden' }) };
 * parsePartnership([members]).partnership.members.map((m) => m.name); // => ['Alpha']
 */
export interface InputTable {
  readonly name: string;
  readonly table: RawTable;
  /** The file kind; null when nothing recognises it (its rows are rejected). Default: detected. */
  readonly kind?: FileKind | null;
}

/**
 * Input: a list of files (or parsed tables), or an object mapping file names to contents.
 * @example
 * const asObject: PartnershipInput = { 'members.csv': 'id,name\nA,Alpha\n' };
 * const asList: PartnershipInput = [{ name: 'members.csv', content: new TextEncoder().encode('id,name\nA,Alpha\n') }];
 * parsePartnership(asList).partnership; // => parsePartnership(asObject).partnership
 */
export type PartnershipInput =
  | readonly (InputFile | InputTable)[]
  | Readonly<Record<string, string | Uint8Array>>;

/**
 * Options of {@link parsePartnership}.
 * @example
 * const options: ParseOptions = { strict: true, limits: { maxRows: 10_000 } };
 * const strict = parsePartnership(messy, options);
 * // fuzzy matches and duplicates are rejected too
 * [strict.rejected.length, parsePartnership(messy).rejected.length]; // => [10, 5]
 */
export interface ParseOptions {
  /** Turn every row-level warning (fuzzy match, custom category, duplicate) into a rejection. Default false. */
  readonly strict?: boolean;
  /** Size limits; see DEFAULT_LIMITS. */
  readonly limits?: Limits;
  /** Extra theme taxonomy entries (added to the shipped ones). Default none. */
  readonly themes?: readonly TaxonomyEntry[];
  /** Extra sector taxonomy entries (added to the shipped ones). Default none. */
  readonly sectors?: readonly TaxonomyEntry[];
  /** Force the delimiter instead of detecting it. Default: detected per file (`,` `;` tab `|`). */
  readonly delimiter?: string;
  /** Language of the issue messages (the codes stay the same). Default 'en'. */
  readonly lang?: Lang;
}

/**
 * The outcome of reading a partnership: the normalised data plus every problem, located.
 * @example
 * const read: IngestResult = parsePartnership(messy);
 * read.files.map((f) => f.encoding); // => ['windows-1252', 'windows-1252', 'windows-1252', 'windows-1252', 'windows-1252', 'utf-8-bom']
 * [read.rejected.length, read.warnings.length]; // => [5, 28]
 * read.themes.label('living-wage', 'nl'); // => 'Leefbaar loon'
 */
export interface IngestResult {
  readonly partnership: Partnership;
  /** Per file: encoding, delimiter, rows, accepted, rejected (rows = accepted + rejected). */
  readonly files: readonly FileReport[];
  /** One issue per rejected row (plus file-level problems at line 0). */
  readonly rejected: readonly IngestIssue[];
  /** Recoverable problems: fuzzy matches, custom categories, merged duplicates, unknown columns. */
  readonly warnings: readonly IngestIssue[];
  /** The theme taxonomy used, including custom themes met in the input. */
  readonly themes: Taxonomy;
  /** The sector taxonomy used, including custom sectors met in the input. */
  readonly sectors: Taxonomy;
}

/** Every option key of {@link ParseOptions} (the compiler keeps the list complete). */
export const PARSE_OPTION_KEYS: readonly string[] = Object.keys({
  delimiter: true,
  lang: true,
  limits: true,
  sectors: true,
  strict: true,
  themes: true,
} satisfies Record<keyof ParseOptions, true>);

/**
 * Default parse options.
 * @example
 * DEFAULT_PARSE_OPTIONS; // => { strict: false }
 */
export const DEFAULT_PARSE_OPTIONS = Object.freeze({ strict: false });

interface LoadedTable {
  readonly table: RawTable;
  readonly kind: FileKind | null;
  readonly ctx: TableContext | null;
  accepted: number;
  rejected: number;
}

const KIND_ORDER: Readonly<Record<FileKind, number>> = {
  members: 0,
  wide: 1,
  expertise: 2,
  geography: 3,
  sectors: 4,
  companies: 5,
  funders: 6,
  focus: 7,
};

function toFiles(input: PartnershipInput): (InputFile | InputTable)[] {
  const list: (InputFile | InputTable)[] = Array.isArray(input)
    ? [...(input as readonly (InputFile | InputTable)[])]
    : Object.keys(input).map((name) => ({
        name,
        content: (input as Record<string, string | Uint8Array>)[name]!,
      }));
  return list.sort((a, b) => cmp(a.name, b.name));
}

/**
 * Read a partnership from CSV files (text or bytes): detect encoding, delimiter and file kind,
 * map English/Dutch headers, normalise every value (members by id or name, countries to ISO
 * alpha-2, themes and sectors to taxonomy ids) and account for every row: each is accepted or
 * rejected with file, line, column, value, code, message and a suggestion. Never throws for bad
 * rows (see {@link parsePartnershipOrThrow}); throws LimitError when a limit is exceeded.
 *
 * Records are sorted (members by id; records by member, then category) so output does not
 * depend on row order.
 *
 * @param input - CSV files as `{ name: content }` or a list of {@link InputFile}; content as text or bytes
 * @param options - strictness, limits, extra taxonomy entries, delimiter; defaults on {@link ParseOptions}
 * @example
 * const result = parsePartnership({
 *   'members.csv': 'id,name,type,country,role\nFTA,Fair Threads Alliance,ngo,NL,lead\n',
 *   'expertise.csv': 'member,theme,level\nFTA,living wage,5\n',
 * });
 * result.partnership.expertise[0];
 * // => { member: 'FTA', theme: 'living-wage', level: 5, evidence: 'rated', activities: null, sources: [{ file: 'expertise.csv', line: 2 }] }
 * result.rejected; // => []
 */
export function parsePartnership(input: PartnershipInput, options: ParseOptions = {}): IngestResult {
  checkOptionKeys(options, PARSE_OPTION_KEYS);
  const { strict = DEFAULT_PARSE_OPTIONS.strict, lang = 'en' } = options;
  const themes = createTaxonomy(DEFAULT_THEMES, options.themes);
  const sectors = createTaxonomy(DEFAULT_SECTORS, options.sectors);
  const issues: Issues = { rejected: [], warnings: [], lang };
  const { rejected, warnings } = issues;
  const loaded = loadTables(input, options, strict, issues);
  const settled = readMembers(loaded, strict, issues);
  const { members } = settled;
  const dim: DimensionContext = {
    members: createMemberIndex(members, settled.rejectedMembers),
    themes,
    sectors,
  };
  const { expertise, geography, sectorRecords, companies, funders, focus, expertiseAreas } =
    readDimensionRows(loaded, dim, settled.wideMembers, issues);
  const places = unifyPlaces(geography, expertise, expertiseAreas);
  warnings.push(...checkExpertisePlaces(places.expertise, places.geography, places.areaName, lang));
  const partnership = canonicalise({
    members,
    expertise: mergeExpertise(places.expertise, warnings, lang),
    geography: mergeGeography(places.geography, warnings, lang),
    sectors: mergeSectors(sectorRecords, warnings, lang),
    companies,
    funders: mergeFunders(funders, warnings, lang),
    ...(focus.length === 0 ? {} : { focus: mergeFocus(focus, warnings, lang) }),
  });
  const files: FileReport[] = [...loaded]
    .map((t) => ({
      file: t.table.file,
      kind: t.kind ?? 'unknown',
      encoding: t.table.encoding,
      delimiter: t.table.delimiter,
      rows: t.table.totalRows,
      accepted: t.accepted,
      rejected: t.rejected,
    }))
    .sort((a, b) => cmp(a.file, b.file));
  return {
    partnership,
    files,
    rejected: sortIssues(rejected),
    warnings: sortIssues(warnings),
    themes,
    sectors,
  };
}

/** Issues collected while reading: rejected rows and warnings. */
interface Issues {
  readonly rejected: IngestIssue[];
  readonly warnings: IngestIssue[];
  /** Language of the messages. */
  readonly lang: Lang;
}

/**
 * Parse every input file, detect its kind, match its header (files of no known kind or with a
 * missing column have every row rejected), in kind order then file name.
 */
function loadTables(
  input: PartnershipInput,
  options: ParseOptions,
  strict: boolean,
  issues: Issues,
): LoadedTable[] {
  const { limits, delimiter } = options;
  const { rejected, warnings } = issues;
  const loaded: LoadedTable[] = toFiles(input).map((f) => {
    const table =
      'table' in f
        ? f.table
        : parseTable(f.content, {
            file: f.name,
            ...(delimiter === undefined ? {} : { delimiter }),
            ...(limits === undefined ? {} : { limits }),
            lang: issues.lang,
          });
    rejected.push(...table.rejected);
    warnings.push(...table.warnings);
    const kind = f.kind !== undefined ? f.kind : detectFileKind(f.name, table.header);
    let ctx: TableContext | null = null;
    if (kind === null) {
      if (table.rows.length > 0)
        rejectAll(
          table,
          table.rows,
          rejected,
          message(issues.lang, 'unknown_file.name', { name: f.name }),
          'unknown_file',
        );
    } else {
      const match = matchHeaders(table.header, kind);
      if (match.missing.length > 0) {
        const cols = match.missing.join(', ');
        rejectAll(
          table,
          table.rows,
          rejected,
          message(issues.lang, 'missing_column.file', {
            kind: message(issues.lang, `fileKind.${kind}`),
            columns: cols,
            header: table.header.join(', '),
          }),
          'missing_column',
        );
      } else {
        ctx = {
          file: f.name,
          header: table.header,
          match,
          strict,
          allowComma: table.delimiter !== ',',
          lang: issues.lang,
        };
        reportUnknownColumns(table, kind, match, warnings, issues.lang);
      }
    }
    return {
      table,
      kind,
      ctx,
      accepted: 0,
      rejected: table.rejected.filter((i) => i.line > 0).length + (ctx ? 0 : table.rows.length),
    };
  });
  loaded.sort(
    (a, b) =>
      KIND_ORDER[a.kind ?? 'companies'] - KIND_ORDER[b.kind ?? 'companies'] ||
      cmp(a.table.file, b.table.file),
  );
  return loaded;
}

/**
 * Step 1. Members: every members-file and survey-export row read first, then settled together so
 * that row and file order never change the outcome.
 */
function readMembers(loaded: readonly LoadedTable[], strict: boolean, issues: Issues) {
  const { rejected, warnings } = issues;
  const candidates: MemberCandidate<{ t: LoadedTable; row: RawRow }>[] = [];
  for (const t of loaded) {
    if (!t.ctx || (t.kind !== 'members' && t.kind !== 'wide')) continue;
    const ctx = t.ctx;
    for (const row of t.table.rows) {
      const r = new RowReader(ctx, row);
      try {
        const member = readMemberRow(r, t.kind === 'members' ? ctx.match.extras : []);
        candidates.push({ member, wide: t.kind === 'wide', row: { t, row }, warnings: r.warnings });
      } catch (e) {
        if (!(e instanceof RowRejection)) throw e;
        rejected.push(e.issue);
        tally(t, false);
      }
    }
  }
  const settled = settleMembers(candidates, strict, issues.lang);
  rejected.push(...settled.rejected);
  warnings.push(...settled.warnings);
  const wideMembers = new Map<RawRow, string>();
  for (const c of candidates) {
    const id = settled.rowMember.get(c.row);
    tally(c.row.t, id !== undefined);
    if (id !== undefined && c.wide) wideMembers.set(c.row.row, id);
  }
  const members = settled.members;
  if (members.length === 0) {
    rejected.push(
      makeIssue(
        { file: message(issues.lang, 'file.input'), line: 0 },
        'missing_column',
        message(issues.lang, 'missing_value.no_members'),
      ),
    );
  }
  return { members, rejectedMembers: settled.rejectedMembers, wideMembers };
}

/** Step 2. Dimension files and the dimension part of survey-export rows. */
function readDimensionRows(
  loaded: readonly LoadedTable[],
  dim: DimensionContext,
  wideMembers: ReadonlyMap<RawRow, string>,
  issues: Issues,
) {
  const expertise: ExpertiseRecord[] = [];
  const geography: GeographyRecord[] = [];
  const sectorRecords: SectorRecord[] = [];
  const companies: CompanyRecord[] = [];
  const funders: FunderRecord[] = [];
  const focus: FocusRecord[] = [];
  const expertiseAreas = new Map<ExpertiseRecord, readonly GeographyArea[]>();
  const keepAreas = (record: ExpertiseRecord, areas: readonly GeographyArea[]) =>
    expertiseAreas.set(record, areas);
  for (const t of loaded) {
    const ctx = t.ctx;
    if (!ctx || t.kind === 'members') continue;
    // One converter per file, not a closure per row.
    const kind = t.kind;
    const read = (r: RowReader) => {
      if (kind === 'expertise') expertise.push(readExpertiseRow(r, dim, keepAreas));
      else if (kind === 'geography') geography.push(readGeographyRow(r, dim));
      else if (kind === 'sectors') sectorRecords.push(readSectorRow(r, dim));
      else if (kind === 'funders') funders.push(readFunderRow(r, dim));
      else if (kind === 'focus') focus.push(...readFocusRow(r, dim));
      else companies.push(readCompanyRow(r, dim));
      return true;
    };
    for (const row of t.table.rows) {
      if (t.kind === 'wide') {
        const member = wideMembers.get(row);
        if (member === undefined) continue; // already counted as rejected in step 1
        const ok = readRow(issues, ctx, row, (r) => {
          const recs = readWideDimensions(r, dim, member);
          expertise.push(...recs.expertise);
          geography.push(...recs.geography);
          sectorRecords.push(...recs.sectors);
          return true;
        });
        if (ok === null) t.accepted -= 1; // strict mode: a bad item rejects the whole row
        if (ok === null) t.rejected += 1;
        continue;
      }
      tally(t, readRow(issues, ctx, row, read) !== null);
    }
  }
  return { expertise, geography, sectorRecords, companies, funders, focus, expertiseAreas };
}

/** Read one row with `read`; a RowRejection becomes a rejected issue (null), warnings are kept. */
function readRow<T>(issues: Issues, ctx: TableContext, row: RawRow, read: (r: RowReader) => T): T | null {
  const r = new RowReader(ctx, row);
  try {
    const value = read(r);
    if (r.warnings.length > 0) issues.warnings.push(...r.warnings);
    return value;
  } catch (e) {
    if (!(e instanceof RowRejection)) throw e;
    issues.rejected.push(e.issue);
    return null;
  }
}

/**
 * Like {@link parsePartnership} but throws InputRejectedError (carrying every issue) when any
 * row was rejected.
 *
 * @param input - as for {@link parsePartnership}
 * @param options - as for {@link parsePartnership}
 * @example
 * const { partnership: read } = parsePartnershipOrThrow({ 'members.csv': 'id,name\nA,Alpha\n' });
 * read.members.map((m) => m.name); // => ['Alpha']
 * parsePartnershipOrThrow(messy); // throws InputRejectedError
 */
export function parsePartnershipOrThrow(input: PartnershipInput, options: ParseOptions = {}): IngestResult {
  const result = parsePartnership(input, options);
  if (result.rejected.length > 0) throw new InputRejectedError(result.rejected);
  return result;
}

function tally(t: LoadedTable, ok: boolean): void {
  if (ok) t.accepted += 1;
  else t.rejected += 1;
}

function rejectAll(
  table: RawTable,
  rows: readonly RawRow[],
  rejected: IngestIssue[],
  message: string,
  code: 'unknown_file' | 'missing_column',
): void {
  for (const row of rows) rejected.push(makeIssue({ file: table.file, line: row.line }, code, message));
}

function reportUnknownColumns(
  table: RawTable,
  kind: FileKind,
  match: HeaderMatch,
  warnings: IngestIssue[],
  lang: Lang,
): void {
  if (kind === 'members' || match.extras.length === 0) return;
  const names = match.extras.map((e) => e.name).filter((n) => n !== '');
  if (names.length === 0) return;
  warnings.push(
    makeIssue(
      { file: table.file, line: table.headerLine },
      'unknown_column',
      message(lang, 'unknown_column.not_used', {
        kind: message(lang, `fileKind.${kind}`),
        columns: names.join(', '),
      }),
      {
        value: names.join(', '),
      },
    ),
  );
}

/** Whether sortedUnique would give the same list (most lists have 0 or 1 item): no copy then. */
function isSortedUnique(values: readonly string[]): boolean {
  for (let i = 1; i < values.length; i++) if (cmp(values[i - 1]!, values[i]!) >= 0) return false;
  return true;
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(cmp);
}

/** Sort everything deterministically so output never depends on row or file order. */
function canonicalise(p: Partnership): Partnership {
  const order = (a: { member: string }, b: { member: string }) => cmp(a.member, b.member);
  return {
    members: [...p.members].sort((a, b) => cmp(a.id, b.id)),
    expertise: [...p.expertise].sort(
      (a, b) => order(a, b) || cmp(a.theme, b.theme) || cmp(placeKey(a), placeKey(b)),
    ),
    geography: p.geography
      .map((g) => (isSortedUnique(g.partners) ? g : { ...g, partners: sortedUnique(g.partners) }))
      .sort((a, b) => order(a, b) || cmp(a.country, b.country)),
    sectors: p.sectors
      .map((s) => (isSortedUnique(s.companies) ? s : { ...s, companies: sortedUnique(s.companies) }))
      .sort((a, b) => order(a, b) || cmp(a.sector, b.sector) || cmp(a.network, b.network)),
    companies: [...p.companies].sort(
      (a, b) =>
        cmp(a.company, b.company) ||
        cmp(a.sources[0]?.file ?? '', b.sources[0]?.file ?? '') ||
        (a.sources[0]?.line ?? 0) - (b.sources[0]?.line ?? 0),
    ),
    funders: [...(p.funders ?? [])].sort(
      (a, b) =>
        cmp(a.funder, b.funder) ||
        order(a, b) ||
        cmp(a.country ?? '', b.country ?? '') ||
        cmp(a.role, b.role),
    ),
    ...(p.focus === undefined
      ? {}
      : {
          focus: [...p.focus].sort((a, b) => cmp(a.country ?? '', b.country ?? '') || cmp(a.theme, b.theme)),
        }),
  };
}
