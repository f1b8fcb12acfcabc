/**
 * Importer of OCHA 3W / 4W / 5W "who does what where" operational-presence tables.
 * @module
 */
import { OptionsError } from '../errors.js';
import { cleanName } from '../normalise/orgNames.js';
import type { NetworkKind } from '../schema/records.js';
import type { TaxonomyEntry } from '../schema/taxonomy.js';
import { assembleImport, type ImportActivity, type SpellingInfo } from './assemble.js';
import { clusterTheme } from './clusterThemes.js';
import { type ColumnSpec, cellText, locateColumns } from './columns.js';
import { isNational3wType, memberTypeFrom3w } from './orgTypes.js';
import { countryFromPcode, countryFromText } from './places.js';
import { themeCanonicaliser, themeMapLookup } from './themes.js';
import { type CommonImportOptions, DEFAULT_IMPORT_OPTIONS, type ImportResult } from './types.js';

/**
 * Options of {@link import3w}. Defaults in {@link DEFAULT_3W_OPTIONS} and DEFAULT_IMPORT_OPTIONS.
 * @example
 * const text = 'Organisation,Acronym,Type,Cluster,State Pcode\n#org+name,#org+acronym,#org+type,#sector,#adm1+code\n' +
 *   'Action Contre la Faim,ACF,INGO,Nutrition,NGA008\nAction contre la faim ,ACF,INGO,WASH,NGA008\n';
 * const options: Import3wOptions = { file: 'nigeria-3w.csv', presence: 'office', themeMap: { WASH: null } };
 * const { files } = import3w(text, options);
 * files['expertise.csv']; // => 'member,theme,level,activities\nACF,nutrition,3,1\n'
 * files['geography.csv']?.split('\n')[1]; // => 'ACF,NG,office,,,2,'
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

/** 3W has no sector-network information; sectors.csv is written with its header only. */
const NO_NETWORK: NetworkKind = 'association';

/**
 * The columns a 3W table is read from (HXL first, then English/French header aliases).
 *
 * @example
 * THREE_W_COLUMNS.name.headers.includes('impl ag'); // => true
 */
export const THREE_W_COLUMNS = Object.freeze({
  name: {
    hxl: [
      { tag: '#org', with: ['name'], without: ['type', 'acronym'] },
      { tag: '#org', without: ['acronym', 'type', 'code', 'id'] },
    ],
    headers: [
      'org name',
      'organisation name',
      'organization name',
      'nom organisation',
      "nom de l'organisation",
      'organisation',
      'organization',
      'organisme',
      'org',
      'impl ag',
      'implementing agency',
      'implementing organisation',
      'implementing organization',
      'implementing partner',
      'agency',
      'partner',
      'partenaire',
      'name',
    ],
  },
  acronym: {
    hxl: [{ tag: '#org', with: ['acronym'] }],
    headers: [
      'org acronym',
      'organisation acronym',
      'organization acronym',
      'organisation accronyme',
      'organisation acronyme',
      'acronym',
      'acronyme',
      'sigle',
      'abbreviation',
    ],
  },
  type: {
    hxl: [
      { tag: '#org', with: ['type'], without: ['code'] },
      { tag: '#org', with: ['type'] },
    ],
    headers: [
      'org type',
      'organisation type',
      'organization type',
      'type of organization',
      'type of organisation',
      'type organisation',
      "type d'organisation",
      'type',
    ],
  },
  sector: {
    hxl: [
      { tag: '#sector', with: ['name'] },
      { tag: '#sector', without: ['code'] },
    ],
    headers: [
      'cluster sector name',
      'cluster name',
      'sector name',
      'cluster',
      'sector',
      'project sector',
      'secteur',
      'cluster secteur',
      'action',
      'activity type',
    ],
  },
  sectorCode: {
    hxl: [{ tag: '#sector', with: ['code'] }],
    headers: ['cluster sector code', 'cluster code', 'sector code', 'code secteur'],
  },
  adm1: {
    hxl: [
      { tag: '#adm1', with: ['name'] },
      { tag: '#adm1', without: ['code'] },
    ],
    headers: ['adm1 name', 'admin1 name', 'admin1', 'adm1', 'province', 'state', 'region', 'etat'],
  },
  adm1Code: {
    hxl: [{ tag: '#adm1', with: ['code'] }],
    headers: [
      'adm1 pcode',
      'adm1 code',
      'admin1 pcode',
      'admin1pcod',
      'admin1 pcod',
      'prov code',
      'state pcode',
      'province code',
      'region pcode',
    ],
  },
  adm2Code: {
    hxl: [{ tag: '#adm2', with: ['code'] }],
    headers: ['adm2 pcode', 'adm2 code', 'admin2 pcode', 'admin2pcod', 'dist code', 'lga pcode'],
  },
  placeCode: { headers: ['hlcit', 'pcode', 'p code', 'location code', 'location pcode'] },
  country: {
    hxl: [{ tag: '#country', with: ['code'] }, { tag: '#country' }],
    headers: [
      'country code',
      'country iso3',
      'iso3',
      'country',
      'pays',
      'admin0',
      'adm0 name',
      'country name',
    ],
  },
  year: {
    hxl: [
      { tag: '#date', with: ['year'] },
      { tag: '#date', with: ['start'] },
    ],
    headers: ['year', 'annee', 'start year', 'date debut', 'date de debut', 'start date'],
  },
} satisfies Record<string, ColumnSpec>);

const YEAR = /\b(19[5-9]\d|20\d\d)\b/;

/**
 * Import an OCHA 3W / 4W / 5W operational-presence table (CSV text or bytes; any encoding,
 * delimiter and line ending parseTable reads; with or without an HXL hashtag row) into the four
 * long CSV texts of the library.
 *
 * - members: one per organisation after name de-duplication (see clusterOrgNames); id = the
 *   acronym when there is one (else a slug of the name, made unique); type from the type column
 *   (THREE_W_TYPE_ALIASES: NGOs -> ngo, Govt -> government, UN agencies / Red Cross -> other,
 *   unknown -> other with a warning); country = the table's country for national NGOs, else
 *   empty; role member; extra columns org_acronym, source_type, activities (rows).
 * - geography: one row per organisation x country, presence `programme` (option `presence`),
 *   `activities` = rows, `adm1` = the distinct admin-1 areas ("; "-separated), `since` = the
 *   earliest year of a year / start-date column when there is one.
 * - expertise: one row per organisation x theme; clusters map to themes with
 *   HUMANITARIAN_THEME_ALIASES (English, French, codes; "Operational Presence: X" and "X_OP"
 *   read as X), then resolve through the theme taxonomy; unmapped clusters are written as
 *   written (the reader keeps them as custom themes) with an 'unknown_theme' warning.
 *   level = 1 + round(4 x rows in the theme / rows of the organisation), clamped 1-5.
 * - sectors: 3W tables say nothing about sector networks, so sectors.csv has its header only.
 *
 * Country of a row: its country column; else the `country` option; else its admin-1 / admin-2
 * p-code or HLCIT code; else, when every other row agrees on one country, that country.
 * Every row is used or skipped (no organisation, no country); stats.rows = usedRows + skippedRows.
 *
 * @param input - the 3W table as text or bytes (HXL hashtag row or English/French headers)
 * @param options - country, theme overrides, de-duplication and presence; defaults in {@link DEFAULT_3W_OPTIONS} and {@link DEFAULT_IMPORT_OPTIONS}
 * @throws OptionsError when `country` is given but is not a country
 * @throws LimitError when the input exceeds a parser limit
 * @example
 * const text = 'Organisation,Acronym,Type,Cluster,State Pcode\n#org+name,#org+acronym,#org+type,#sector,#adm1+code\n' +
 *   'Action Contre la Faim,ACF,INGO,Nutrition,NGA008\nAction contre la faim ,ACF,INGO,WASH,NGA008\n';
 * const { files, stats } = import3w(text);
 * files['members.csv']; // => 'id,name,type,country,role,org_acronym,source_type,activities\nACF,Action Contre la Faim,ngo,,member,ACF,INGO,2\n'
 * stats.members; // => 1
 */
export function import3w(input: string | Uint8Array, options: Import3wOptions = {}): ImportResult {
  const {
    file = DEFAULT_3W_OPTIONS.file,
    country: defaultCountryText,
    merge = {},
    fuzzyThreshold = DEFAULT_IMPORT_OPTIONS.fuzzyThreshold,
    acronymThreshold = DEFAULT_IMPORT_OPTIONS.acronymThreshold,
    presence = DEFAULT_IMPORT_OPTIONS.presence,
    themeMap,
    themes,
    limits,
  } = options;
  let defaultCountry: string | null = null;
  if (defaultCountryText !== undefined) {
    defaultCountry = countryFromText(defaultCountryText);
    if (defaultCountry === null) {
      throw new OptionsError('country', `country "${defaultCountryText}" is not a country name or ISO code.`);
    }
  }
  const { table, warnings, col, header } = locateColumns(input, file, limits, THREE_W_COLUMNS);
  if (table.header.length > 0 && col.name < 0 && col.acronym < 0) {
    warnings.add(
      table.headerLine,
      'missing_column',
      null,
      null,
      'No organisation column found (HXL #org or a header such as "Organisation", "Org name", "impl_ag"); no member could be read.',
    );
  }
  const canonical = themeCanonicaliser(themes);
  const userTheme = themeMapLookup(themeMap);

  const spellingIndex = new Map<string, number>();
  const spellings: {
    name: string;
    acronym: string | null;
    count: number;
    types: Map<string, number>;
    countries: Map<string, number>;
  }[] = [];
  const activities: ImportActivity[] = [];
  const unmapped: Record<string, number> = Object.create(null);
  let skipped = table.rejected.filter((i) => i.line > 0).length;

  // Pass 1: the organisation and country of every row.
  const located: {
    cells: readonly string[];
    line: number;
    name: string;
    acronym: string;
    country: string | null;
  }[] = [];
  const detected = new Set<string>();
  for (const row of table.rows) {
    const { cells, line } = row;
    const acronym = cleanName(cellText(cells, col.acronym));
    const name = cleanName(cellText(cells, col.name)) || acronym;
    if (name === '') {
      skipped++;
      warnings.add(
        line,
        'missing_value',
        header(col.name),
        null,
        'Row without an organisation name; skipped.',
      );
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
        `Unknown country "${countryText}"; the country option or the row's p-code was used instead.`,
      );
    }
    if (country === null) country = defaultCountry;
    if (country === null) {
      for (const c of [col.adm1Code, col.adm2Code, col.placeCode]) {
        const code = cellText(cells, c);
        country = code === '' ? null : countryFromPcode(code);
        if (country !== null) break;
      }
    }
    if (country !== null) detected.add(country);
    located.push({ cells, line, name, acronym, country });
  }
  // Rows without any country take the file's country when every located row agrees on one.
  const fileCountry = detected.size === 1 ? [...detected][0]! : null;

  // Pass 2: spellings and activities.
  for (const { cells, line, name, acronym, country: rowCountry } of located) {
    const country = rowCountry ?? fileCountry;
    if (country === null) {
      skipped++;
      warnings.add(
        line,
        'unknown_country',
        null,
        null,
        detected.size > 1
          ? `No country for this row, and the file names ${detected.size} countries; skipped. Pass the \`country\` option.`
          : 'No country for this row (no country column, no p-code with a country prefix); skipped. Pass the `country` option.',
      );
      continue;
    }

    const key = `${name}\u0000${acronym}`;
    let si = spellingIndex.get(key);
    if (si === undefined) {
      si = spellings.length;
      spellingIndex.set(key, si);
      spellings.push({ name, acronym: acronym || null, count: 0, types: new Map(), countries: new Map() });
    }
    const spelling = spellings[si]!;
    spelling.count++;
    const typeText = cellText(cells, col.type);
    if (typeText !== '') {
      spelling.types.set(typeText, (spelling.types.get(typeText) ?? 0) + 1);
      if (memberTypeFrom3w(typeText) === null) {
        warnings.add(
          line,
          'invalid_type',
          header(col.type),
          typeText,
          `Unknown organisation type "${typeText}"; typed "other".`,
        );
      }
      if (isNational3wType(typeText))
        spelling.countries.set(country, (spelling.countries.get(country) ?? 0) + 1);
    }

    const sectorName = cellText(cells, col.sector);
    const sectorCode = cellText(cells, col.sectorCode);
    const labels = [sectorName, sectorCode].filter((l) => l !== '');
    const rowThemes: string[] = [];
    if (labels.length > 0) {
      const mapped = userTheme(labels);
      if (mapped !== undefined) {
        if (mapped !== null) rowThemes.push(canonical(mapped));
      } else {
        const theme = labels.map(clusterTheme).find((t) => t !== null) ?? null;
        if (theme !== null) {
          rowThemes.push(canonical(theme));
        } else {
          const label = labels[0]!;
          unmapped[label] = (unmapped[label] ?? 0) + 1;
          rowThemes.push(label);
          warnings.add(
            line,
            'unknown_theme',
            header(sectorName !== '' ? col.sector : col.sectorCode),
            label,
            `No theme for cluster/sector "${label}"; written as is (the reader keeps it as a custom theme). Map it with the themeMap option.`,
          );
        }
      }
    }
    const yearMatch = YEAR.exec(cellText(cells, col.year));
    const adm1 = cellText(cells, col.adm1);
    activities.push({
      spelling: si,
      themes: rowThemes,
      sectors: [],
      places: [{ country, partners: [], year: yearMatch ? Number(yearMatch[1]) : null, adm1: adm1 || null }],
    });
  }

  const infos: SpellingInfo[] = spellings.map((s) => {
    const typeText = top(s.types);
    return {
      name: s.name,
      acronym: s.acronym,
      count: s.count,
      type: typeText === null ? null : (memberTypeFrom3w(typeText) ?? 'other'),
      sourceType: typeText ?? '',
      country: top(s.countries),
    };
  });
  const assembled = assembleImport(infos, activities, {
    kind: '3w',
    presence,
    network: NO_NETWORK,
    fuzzyThreshold,
    acronymThreshold,
    merge,
  });
  for (const group of assembled.renamed) {
    warnings.add(
      0,
      'duplicate_member',
      null,
      group.name,
      `${group.ids.length} organisations named "${group.name}" were kept apart (ids ${group.ids.join(', ')}); they are written as "${group.name} (id)". Merge them with the merge option if they are one organisation.`,
    );
  }
  return {
    files: assembled.files,
    merges: assembled.merges,
    warnings: warnings.list(),
    stats: {
      rows: table.totalRows,
      usedRows: activities.length,
      skippedRows: skipped,
      filteredRows: 0,
      spellings: spellings.length,
      members: assembled.members,
      expertise: assembled.expertise,
      geography: assembled.geography,
      sectors: assembled.sectors,
      unmappedThemes: { ...unmapped },
    },
  };
}

/** The key with the highest count (ties: smaller key); null for an empty map. */
function top(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = -1;
  for (const [k, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (c > bestCount) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}
