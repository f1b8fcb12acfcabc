/**
 * CSV exports of a baseline: one file per matrix plus countries, themes per
 * country, recommendations, rejected rows and warnings, for spreadsheets and
 * other tools.
 * @module
 */

import { type BaselineMatrixName, readBaselineMatrix } from '../baseline/matrixReader.js';
import { asBaselineJson, type BaselineOrJson } from '../baseline/toJson.js';
import { type ThemeLevelCells, themeLevelCellsFromRecords } from '../country/themeLevels.js';
import { CSV_LIST_SEPARATOR, type CsvExportOptions, type CsvWriter, csvWriter } from '../output/csv.js';
import type { BaselineJson, CountryView } from '../schema/baseline.js';
import type { IngestIssue } from '../schema/issues.js';
import type { Dimension } from '../schema/records.js';
import { checkIdMatrix } from './matrix.js';
import { formatWhere } from './model.js';

/** The file names {@link toCsvExports} returns, in order. */
export const CSV_EXPORT_FILES = [
  'members.csv',
  'expertise-overlap.csv',
  'expertise-complementarity.csv',
  'geography-overlap.csv',
  'geography-complementarity.csv',
  'sectors-overlap.csv',
  'sectors-complementarity.csv',
  'synergy.csv',
  'duplication.csv',
  'countries.csv',
  'country-themes.csv',
  'recommendations.csv',
  'rejected.csv',
  'warnings.csv',
  'areas.csv',
  'area-themes.csv',
  'funding.csv',
] as const;

/**
 * One of the file names in `CSV_EXPORT_FILES`: the keys of what {@link toCsvExports} returns.
 * @example
 * const name: CsvExportFile = 'synergy.csv';
 * name in toCsvExports(json); // => true
 */
export type CsvExportFile = (typeof CSV_EXPORT_FILES)[number];

/**
 * A full matrix as a grid; a top-partners matrix as long rows member, partner, value (best first).
 * Rows are written as they are made.
 */
function matrixCsv(baseline: BaselineJson, name: BaselineMatrixName, out: CsvWriter): string[] {
  const m = readBaselineMatrix(baseline, name);
  if (m.shape === 'full') {
    const matrix = m.full;
    checkIdMatrix(matrix, name);
    out.row(['member', ...matrix.ids]);
    matrix.ids.forEach((id, i) => {
      out.row([id, ...matrix.values[i]!]);
    });
    return out.pieces();
  }
  out.row(['member', 'partner', 'value']);
  m.ids.forEach((id, i) => {
    for (const p of m.partners(i, m.k ?? 0)) out.row([id, m.ids[p.j]!, p.value]);
  });
  return out.pieces();
}

function issueCsv(issues: readonly IngestIssue[], out: CsvWriter): string[] {
  out.row(['file', 'line', 'column', 'value', 'code', 'message', 'suggestion']);
  for (const x of issues) out.row([x.file, x.line, x.column, x.value, x.code, x.message, x.suggestion]);
  return out.pieces();
}

function list(values: readonly string[]): string {
  return values.join(CSV_LIST_SEPARATOR);
}

/**
 * Exports a baseline as CSV files, keyed by file name (see
 * `CSV_EXPORT_FILES`):
 *
 * - `members.csv`: id, name, type, country (headquarters), role;
 * - `<dimension>-overlap.csv` and `<dimension>-complementarity.csv` for
 *   expertise, geography and sectors, `synergy.csv`, `duplication.csv`: for a
 *   baseline with full matrices a grid (first column `member`, header = the
 *   member ids, one row per id); for one with each member's top partners (large
 *   partnerships) long rows `member,partner,value`, each member's partners best
 *   first. In the complementarity files the value for (member, partner) is what
 *   the partner adds to the member (row gains from column);
 * - `countries.csv` (long): country, member, presence, partners;
 * - `country-themes.csv`: one row per theme: country, theme, status (`covered` = worked on
 *   here, `duplicated` = by two or more members present at the duplication level, `missing` = a
 *   focus theme no member present covers, with the level it has here if any), max_level, members
 *   (at max_level), evidence_kind (`rated`, `observed`, `both`; empty for a theme nobody works on
 *   here), levels (every member working on it: `id:level` or `id:observed`);
 * - `recommendations.csv`: rank, id, kind, score, members, country, sector,
 *   themes, rationale, evidence (`file:line; ...`), areas (area ids in the country);
 * - `rejected.csv`, `warnings.csv`: file, line, column, value, code, message, suggestion;
 * - `areas.csv` (long): country, area, name, parent, member, presence, partners (header only
 *   without areas);
 * - `area-themes.csv`: country, area, theme, status (`covered`, `duplicated`, `missing` =
 *   covered elsewhere in the country, not here), max_level, members, evidence_kind, levels;
 * - `funding.csv`: funder, ref, type, roles, members, countries, activities (who funds the
 *   members; header only without funders.csv). Not named funders.csv, so an output directory
 *   never overwrites an input funders.csv.
 *
 * Lists inside a cell are joined with `'; '`. Countries are in code order,
 * recommendations in baseline (rank) order. Every text cell is protected
 * against formula injection (see {@link csvCell}); computed numbers are not.
 * Pure and deterministic. Cost O(n²) for n members (O(n k) in the top shape).
 *
 * @param input - The baseline: the live `Baseline` from buildBaseline or its JSON (baseline.json data); the same bytes either way.
 * @param options - See {@link CsvExportOptions}; defaults in {@link DEFAULT_CSV_EXPORT_OPTIONS}.
 * @returns File name -> CSV text.
 * @throws {OptionsError} for invalid options; `PartnerSynergyError` `E_SCHEMA` for a malformed matrix.
 * @example
 * const files = toCsvExports(json, { delimiter: ';', bom: true });
 * files['synergy.csv']?.split('\n')[0]; // => '\uFEFFmember;AER;FTA;GHB;HDN;KMK;MWK;SEW;SJH;SRR;SSF;UWS;VAW'
 * Object.keys(files).length; // => 17
 */
export function toCsvExports(
  input: BaselineOrJson,
  options: CsvExportOptions = {},
): Record<CsvExportFile, string> {
  const pieces = csvExportPieces(input, options);
  const out = {} as Record<CsvExportFile, string>;
  for (const name of CSV_EXPORT_FILES) out[name] = pieces[name].join('');
  return out;
}

/**
 * {@link toCsvExports} with each file as pieces of text (joined, exactly that file's text): the
 * file writer encodes them one by one, never copying a file of megabytes into one string first.
 *
 * @example
 * csvExportPieces(json)['synergy.csv'].join('') === toCsvExports(json)['synergy.csv']; // => true
 */
export function csvExportPieces(
  input: BaselineOrJson,
  options: CsvExportOptions = {},
): Record<CsvExportFile, string[]> {
  const baseline = asBaselineJson(input);
  const writer = () => csvWriter(options);
  // Checks the options before anything else is done, as for every file below.
  const members = writer();
  const dimension = (d: Dimension, kind: 'overlap' | 'complementarity') =>
    matrixCsv(baseline, `${d}.${kind}`, writer());
  const codes = Object.keys(baseline.countries).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  // Each member's level per theme: a version 3 file lists them (`rated`), version 4 has them in records.
  const levels = themeLevelCellsFromRecords(baseline);

  const countries = writer();
  countries.row(['country', 'member', 'presence', 'partners']);
  const themes = writer();
  themes.row(['country', 'theme', 'status', 'max_level', 'members', 'evidence_kind', 'levels']);
  const areas = writer();
  areas.row(['country', 'area', 'name', 'parent', 'member', 'presence', 'partners']);
  const areaThemes = writer();
  areaThemes.row(['country', 'area', 'theme', 'status', 'max_level', 'members', 'evidence_kind', 'levels']);
  for (const code of codes) {
    const view = baseline.countries[code]!;
    for (const m of view.members) countries.row([view.country, m.id, m.presence, list(m.partners)]);
    themeRows(view, view.country, null, themes, levels);
    for (const area of view.areas ?? []) {
      for (const m of area.members) {
        areas.row([view.country, area.area, area.name, area.parent, m.id, m.presence, list(m.partners)]);
      }
      themeRows(area, view.country, area.area, areaThemes, levels);
    }
  }
  const funding = writer();
  funding.row(['funder', 'ref', 'type', 'roles', 'members', 'countries', 'activities']);
  for (const f of baseline.funders ?? []) {
    funding.row([f.funder, f.ref, f.type, list(f.roles), list(f.members), list(f.countries), f.activities]);
  }

  const recommendations = writer();
  recommendations.row([
    'rank',
    'id',
    'kind',
    'score',
    'members',
    'country',
    'sector',
    'themes',
    'rationale',
    'evidence',
    'areas',
  ]);
  baseline.recommendations.forEach((r, i) => {
    recommendations.row([
      i + 1,
      r.id,
      r.kind,
      r.score,
      list(r.members),
      r.country,
      r.sector,
      list(r.themes),
      r.rationale,
      list(r.evidence.map((e) => formatWhere(e.file, e.line))),
      list(r.areas ?? []),
    ]);
  });

  members.row(['id', 'name', 'type', 'country', 'role']);
  for (const m of baseline.members) members.row([m.id, m.name, m.type, m.country, m.role]);
  return {
    'members.csv': members.pieces(),
    'expertise-overlap.csv': dimension('expertise', 'overlap'),
    'expertise-complementarity.csv': dimension('expertise', 'complementarity'),
    'geography-overlap.csv': dimension('geography', 'overlap'),
    'geography-complementarity.csv': dimension('geography', 'complementarity'),
    'sectors-overlap.csv': dimension('sectors', 'overlap'),
    'sectors-complementarity.csv': dimension('sectors', 'complementarity'),
    'synergy.csv': matrixCsv(baseline, 'synergy', writer()),
    'duplication.csv': matrixCsv(baseline, 'duplication', writer()),
    'countries.csv': countries.pieces(),
    'country-themes.csv': themes.pieces(),
    'recommendations.csv': recommendations.pieces(),
    'rejected.csv': issueCsv(baseline.ingest.rejected, writer()),
    'warnings.csv': issueCsv(baseline.ingest.warnings, writer()),
    'areas.csv': areas.pieces(),
    'area-themes.csv': areaThemes.pieces(),
    'funding.csv': funding.pieces(),
  };
}

/**
 * Theme rows of a country or area view, one per theme: theme, status, max_level, members,
 * evidence, levels. A theme worked on here below the coverage level that is missing (a focus
 * theme of a country; a theme covered elsewhere in the country, for an area) is `missing` with
 * the level it has here; a missing theme nobody works on here has no level.
 */
function themeRows(
  view: {
    readonly themes: CountryView['themes'];
    readonly duplicated: readonly string[];
    readonly missing: readonly string[];
  },
  country: string,
  area: string | null,
  out: CsvWriter,
  levelsOf: ThemeLevelCells,
): void {
  const duplicated = new Set(view.duplicated);
  const missing = new Set(view.missing);
  const listed = missing.size === 0 ? undefined : new Set<string>();
  for (const th of view.themes) {
    listed?.add(th.theme);
    const status = missing.has(th.theme) ? 'missing' : duplicated.has(th.theme) ? 'duplicated' : 'covered';
    const members = list(th.members);
    const evidence = th.evidence ?? 'rated';
    const levels = levelList(th, country, area, levelsOf);
    out.row(
      area === null
        ? [country, th.theme, status, th.maxLevel, members, evidence, levels]
        : [country, area, th.theme, status, th.maxLevel, members, evidence, levels],
    );
  }
  for (const theme of view.missing) {
    if (listed?.has(theme)) continue;
    out.row(
      area === null
        ? [country, theme, 'missing', null, '', null, '']
        : [country, area, theme, 'missing', null, '', null, ''],
    );
  }
}

/** `id:level` of each rated member, then `id:observed` of each observed one, as one list cell. */
function levelList(
  th: CountryView['themes'][number],
  country: string,
  area: string | null,
  levelsOf: ThemeLevelCells,
): string {
  const rated = th.rated
    ? list(th.rated.map((r) => `${r.id}:${r.level}`))
    : (levelsOf(country, area, th.theme) ?? '');
  const observed = th.observed ?? [];
  if (observed.length === 0) return rated;
  const items = observed.map((id) => `${id}:observed`);
  return rated === '' ? list(items) : `${rated}${CSV_LIST_SEPARATOR}${list(items)}`;
}
