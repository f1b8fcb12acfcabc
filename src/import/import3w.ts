/**
 * Importer of OCHA 3W / 4W / 5W "who does what where" operational-presence tables.
 * @module
 */
import { OptionsError } from '../errors.js';
import type { RawTable } from '../ingest/types.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import { countryName } from '../normalise/countries.js';
import { foldText } from '../normalise/fold.js';
import { cleanName } from '../normalise/orgNames.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { TaxonomyEntry } from '../schema/taxonomy.js';
import { areaPath } from './areas.js';
import {
  type ActivityFunder,
  finishImport,
  type ImportActivity,
  importAssembleOptions,
  NO_NETWORK,
} from './assemble.js';
import { clusterTheme } from './clusterThemes.js';
import { cellText, type LocatedTable, locateColumns } from './columns.js';
import {
  isPlaceholderName,
  kindFromRefOrName,
  type OrgKind,
  orgKindFrom3w,
  redCrossScope,
} from './orgTypes.js';
import { countryFromPcode, countryFromText } from './places.js';
import { homeCountry, type SpellingEntry, SpellingTable } from './spellings.js';
import { themeCanonicaliser, themeMapLookup } from './themes.js';
import { THREE_W_COLUMNS } from './threeWColumns.js';
import {
  COMMON_IMPORT_OPTION_KEYS,
  type CommonImportOptions,
  DEFAULT_IMPORT_OPTIONS,
  type ImportResult,
} from './types.js';

export { THREE_W_COLUMNS } from './threeWColumns.js';

/**
 * Options of {@link import3w}. Defaults in {@link DEFAULT_3W_OPTIONS} and DEFAULT_IMPORT_OPTIONS.
 * @example
 * const text = 'Organisation,Acronym,Type,Cluster,State,State Pcode\n#org+name,#org+acronym,#org+type,#sector,#adm1+name,#adm1+code\n' +
 *   'Action Contre la Faim,ACF,INGO,Nutrition,Borno,NGA008\nAction contre la faim ,ACF,INGO,WASH,Borno,NGA008\n';
 * const options: Import3wOptions = { file: 'nigeria-3w.csv', presence: 'office', themeMap: { WASH: null } };
 * const { files } = import3w(text, options);
 * files['expertise.csv']; // => 'member,theme,level,evidence,activities,country,area\nACF,nutrition,,observed,1,NG,Borno (NGA008)\n'
 * files['geography.csv']?.split('\n')[1]; // => 'ACF,NG,Borno (NGA008),office,,,2'
 */
export interface Import3wOptions extends CommonImportOptions {
  /**
   * Country of rows without a country column (alpha-2, alpha-3 or a name), e.g. 'AF' for the
   * Afghanistan table. Default: detected per row from the admin-1 / admin-2 p-code or HLCIT code
   * ('AF01' -> AF, 'NGA008' -> NG, '524 2 05 ...' -> NP). A country column always wins.
   */
  readonly country?: string;
  /** Theme taxonomy the cluster theme ids are resolved through. Default DEFAULT_THEMES. */
  readonly themes?: readonly TaxonomyEntry[];
}

/** Every option key of {@link Import3wOptions}. */
export const IMPORT_3W_OPTION_KEYS: readonly string[] = [
  ...COMMON_IMPORT_OPTION_KEYS,
  ...Object.keys({
    country: true,
    themes: true,
  } satisfies Record<Exclude<keyof Import3wOptions, keyof CommonImportOptions>, true>),
];

/**
 * Defaults of {@link Import3wOptions}.
 *
 * @example
 * const text = 'Organisation,Acronym,Type,Cluster,State Pcode\n#org+name,#org+acronym,#org+type,#sector,#adm1+code\n' +
 *   'Action Contre la Faim,ACF,INGO,Nutrition,NGA008\nAction contre la faim ,ACF,INGO,WASH,NGA008\n';
 * DEFAULT_3W_OPTIONS; // => { file: '3w.csv' }
 * import3w(text).warnings[0]?.file; // => '3w.csv'
 */
export const DEFAULT_3W_OPTIONS = Object.freeze({ file: '3w.csv' });

const YEAR = /\b(19[5-9]\d|20\d\d)\b/;

/** Funder cells that mean "the organisation's own money". */
const OWN_FUNDS = new Set([
  'internal',
  'own',
  'own funds',
  'own fund',
  'self',
  'self funded',
  'fonds propres',
  'propres fonds',
]);

type Table = LocatedTable<keyof typeof THREE_W_COLUMNS>;

/** A row with its organisation and country found (pass 1). */
interface LocatedRow {
  readonly cells: readonly string[];
  readonly line: number;
  readonly name: string;
  readonly acronym: string;
  readonly country: string | null;
}

/** What pass 2 builds up. */
interface Reading {
  readonly spellings: SpellingTable;
  readonly activities: ImportActivity[];
  readonly unmapped: Record<string, number>;
  skipped: number;
}

/**
 * Pass 1: the organisation and country of every row (country column, else the `country` option,
 * else the row's p-code). Rows without an organisation are skipped with a warning.
 */
function locateRows(t: Table, defaultCountry: string | null, reading: Reading): LocatedRow[] {
  const { table, warnings, col, header } = t;
  const located: LocatedRow[] = [];
  for (const { cells, line } of table.rows) {
    const acronym = cleanName(cellText(cells, col.acronym));
    const name = cleanName(cellText(cells, col.name)) || acronym;
    if (name === '') {
      reading.skipped++;
      warnings.add(line, 'missing_value', header(col.name), null, warnings.t('import.no_org_name'));
      continue;
    }
    const countryText = cellText(cells, col.country);
    let country = countryText === '' ? null : countryFromText(countryText);
    if (countryText !== '' && country === null) {
      warnings.add(
        line,
        'unknown_country',
        header(col.country),
        countryText,
        warnings.t('import.unknown_country_option', { value: countryText }),
      );
    }
    country ??= defaultCountry;
    for (const c of [col.adm1Code, col.adm2Code, col.placeCode]) {
      if (country !== null) break;
      const code = cellText(cells, c);
      country = code === '' ? null : countryFromPcode(code);
    }
    located.push({ cells, line, name, acronym, country });
  }
  return located;
}

/** The row's themes from its cluster/sector cells (user map first, then the cluster table). */
function rowThemes(
  t: Table,
  row: LocatedRow,
  canonical: (id: string) => string,
  userTheme: ReturnType<typeof themeMapLookup>,
  reading: Reading,
): string[] {
  const { col, header, warnings } = t;
  const sectorName = cellText(row.cells, col.sector);
  const labels = [sectorName, cellText(row.cells, col.sectorCode)].filter((l) => l !== '');
  if (labels.length === 0) return [];
  const mapped = userTheme(labels);
  if (mapped !== undefined) return mapped === null ? [] : [canonical(mapped)];
  const theme = labels.map(clusterTheme).find((x) => x !== null) ?? null;
  if (theme !== null) return [canonical(theme)];
  const label = labels[0]!;
  reading.unmapped[label] = (reading.unmapped[label] ?? 0) + 1;
  warnings.add(
    row.line,
    'unknown_theme',
    header(sectorName !== '' ? col.sector : col.sectorCode),
    label,
    warnings.t('import.no_theme_cluster', { value: label }),
  );
  return [label];
}

/** The row's area: admin-1 > admin-2 names and p-codes, else its place (a Nepal VDC with its HLCIT code). */
function rowArea(t: Table, cells: readonly string[]): string | null {
  const { col } = t;
  const part = (name: number, code: number) => ({ name: cellText(cells, name), code: cellText(cells, code) });
  return (
    areaPath(part(col.adm1, col.adm1Code), part(col.adm2, col.adm2Code)) ??
    areaPath(part(col.placeName, col.placeCode), null)
  );
}

/** The row's funders (funder column, split on "/" and ";"; the organisation's own funds left out). */
function rowFunders(t: Table, row: LocatedRow, self: string, reading: Reading): ActivityFunder[] {
  const funders: ActivityFunder[] = [];
  for (const raw of cellText(row.cells, t.col.funder).split(/[/;]/)) {
    const name = cleanName(raw);
    const key = foldText(name);
    if (key === '' || OWN_FUNDS.has(key) || key === foldText(self)) continue;
    funders.push({ spelling: reading.spellings.add(name), role: 'funding' });
  }
  return funders;
}

/** Pass 2: one member activity per row that has an organisation and a country. */
function readRows(
  t: Table,
  located: readonly LocatedRow[],
  options: Import3wOptions,
  reading: Reading,
): void {
  const { warnings, col, header } = t;
  const detected = new Set(located.flatMap((r) => (r.country === null ? [] : [r.country])));
  // Rows without any country take the file's country when every located row agrees on one.
  const fileCountry = detected.size === 1 ? [...detected][0]! : null;
  const canonical = themeCanonicaliser(options.themes);
  const userTheme = themeMapLookup(options.themeMap);
  for (const row of located) {
    const country = row.country ?? fileCountry;
    if (country === null) {
      reading.skipped++;
      warnings.add(
        row.line,
        'unknown_country',
        null,
        null,
        detected.size > 1
          ? warnings.t('import.no_country_many', { count: detected.size })
          : warnings.t('import.no_country'),
      );
      continue;
    }
    if (isPlaceholderName(row.name)) {
      reading.skipped++;
      warnings.add(
        row.line,
        'missing_value',
        header(col.name),
        row.name,
        warnings.t('import.category_org', { value: row.name }),
      );
      continue;
    }
    const typeText = cellText(row.cells, col.type);
    if (typeText !== '' && orgKindFrom3w(typeText) === null) {
      warnings.add(
        row.line,
        'invalid_type',
        header(col.type),
        typeText,
        warnings.t('import.unknown_type', { value: typeText }),
      );
    }
    const yearMatch = YEAR.exec(cellText(row.cells, col.year));
    const spelling = reading.spellings.add(row.name, { acronym: row.acronym, type: typeText, country });
    reading.activities.push({
      spelling,
      themes: rowThemes(t, row, canonical, userTheme, reading),
      sectors: [],
      places: [
        { country, area: rowArea(t, row.cells), partners: [], year: yearMatch ? Number(yearMatch[1]) : null },
      ],
      funders: rowFunders(t, row, row.name, reading),
      line: row.line,
    });
  }
}

/** Type and scope of a 3W type label; a Red Cross / Red Crescent organisation's scope from its name. */
function kindOf(typeText: string, name: string, country: string | null): OrgKind {
  const found = orgKindFrom3w(typeText);
  if (found === null) return { type: 'other', scope: null };
  const redCross = /red cross|red crescent|croix rouge|croissant rouge|rcrc|mouv cr/.test(foldText(typeText));
  if (!redCross || country === null) return found;
  const names = [countryName(country, 'en'), countryName(country, 'nl')].filter((n): n is string => !!n);
  return { type: found.type, scope: redCrossScope(name, names) };
}

/** Kind of a spelling: its most used type label (a Red Cross society's scope from the country it works in); without one, what its name says (a UN agency, a government body). */
function spellingKind(typeText: string, entry: SpellingEntry): OrgKind | null {
  if (typeText === '') return kindFromRefOrName(null, entry.name);
  const country = [...entry.countries.keys()].sort()[0] ?? null;
  return orgKindFrom3w(typeText) === null
    ? { type: 'other', scope: null }
    : kindOf(typeText, entry.name, country);
}

/**
 * Import an OCHA 3W / 4W / 5W operational-presence table (CSV text or bytes; any encoding,
 * delimiter and line ending parseTable reads; with or without an HXL hashtag row) into the five
 * long CSV texts of the library. Columns are found by HXL hashtag first, then by English or
 * French header (THREE_W_COLUMNS).
 *
 * - members: one per organisation after name de-duplication (clusterOrgNames); id = the acronym
 *   when there is one (else a slug of the name, made unique); type and scope from the type
 *   column (THREE_W_TYPES: INGO -> ngo + international, NNGO -> ngo + national, UN agencies ->
 *   un + international, Govt -> government + national, Red Cross / Red Crescent -> other,
 *   national when its name names the table's country; unknown -> other with a warning);
 *   country = the table's country for national and local organisations; role member; extra
 *   columns org_acronym, source_type, activities (rows).
 * - geography: one row per organisation, country and area: `area` = `admin1 > admin2` with
 *   names and p-codes where the table has both levels (`Kandahar (AF24) > Spin Boldak (AF2405)`),
 *   one level where it has one, else the place (a Nepal VDC with its HLCIT code, spaces removed);
 *   presence `programme` (option `presence`); `activities` = rows there; `since` = the earliest
 *   year of a year / start-date column.
 * - expertise: one row per organisation and theme, evidence `observed`, level empty (a 3W says
 *   who works on what, not how well), `activities` = rows. Clusters map to themes with
 *   HUMANITARIAN_THEME_ALIASES (English, French, codes; "Operational Presence: X" and "X_OP"
 *   read as X); unmapped clusters are written as written with an 'unknown_theme' warning.
 * - funders: the funder / donor / source-agency column (Mali "Bailleur de fond", Nepal
 *   `src_ag`; several names split on "/" or ";", "Internal" left out), role `funding`.
 * - sectors: 3W tables say nothing about sector networks: header only.
 *
 * Every row is used or skipped with a warning (no organisation, no country):
 * stats.rows = usedRows + skippedRows.
 *
 * @param input - the 3W table as text or bytes (HXL hashtag row or English/French headers), or a
 *   table already read: a workbook sheet from readWorkbookSheets (choose3wSheet picks the sheet)
 * @param options - country, theme overrides, de-duplication and presence; defaults in {@link DEFAULT_3W_OPTIONS} and {@link DEFAULT_IMPORT_OPTIONS}
 * @throws OptionsError when `country` is given but is not a country
 * @throws LimitError when the input exceeds a parser limit
 * @example
 * const text = 'Organisation,Acronym,Type,Cluster,State Pcode\n#org+name,#org+acronym,#org+type,#sector,#adm1+code\n' +
 *   'Action Contre la Faim,ACF,INGO,Nutrition,NGA008\nAction contre la faim ,ACF,INGO,WASH,NGA008\n';
 * const { files, stats } = import3w(text);
 * files['members.csv']; // => 'id,name,type,scope,country,role,org_acronym,source_type,activities\nACF,Action Contre la Faim,ngo,international,,member,ACF,INGO,2\n'
 * stats.members; // => 1
 */
export function import3w(input: string | Uint8Array | RawTable, options: Import3wOptions = {}): ImportResult {
  checkOptionKeys(options, IMPORT_3W_OPTION_KEYS);
  const file = options.file ?? DEFAULT_3W_OPTIONS.file;
  let defaultCountry: string | null = null;
  if (options.country !== undefined) {
    defaultCountry = countryFromText(options.country);
    if (defaultCountry === null) {
      throw new OptionsError(
        'country',
        toolMessage(options.lang ?? 'en', 'import.country_option', { value: options.country }),
      );
    }
  }
  const t = locateColumns(input, file, options.limits, THREE_W_COLUMNS, options.lang);
  if (t.table.header.length > 0 && t.col.name < 0 && t.col.acronym < 0) {
    t.warnings.add(t.table.headerLine, 'missing_column', null, null, t.warnings.t('import.no_org_column'));
  }
  const reading: Reading = {
    spellings: new SpellingTable(),
    activities: [],
    unmapped: Object.create(null),
    skipped: t.table.rejected.filter((i) => i.line > 0).length,
  };
  readRows(t, locateRows(t, defaultCountry, reading), options, reading);
  return finishImport(
    reading.spellings.infos(spellingKind, homeCountry),
    reading.activities,
    importAssembleOptions('3w', NO_NETWORK, options),
    t.warnings,
    { rows: t.table.totalRows, skipped: reading.skipped, filtered: 0, unmapped: reading.unmapped },
    'import.why_acronyms',
  );
}
