/**
 * Importer of IATI activity exports (CSV, one row per activity), as written by IATI tools and
 * the IATI Datastore.
 * @module
 */
import { parseTable } from '../ingest/parseTable.js';
import { foldText } from '../normalise/fold.js';
import { cleanName, orgNameKey } from '../normalise/orgNames.js';
import { DEFAULT_SECTORS } from '../normalise/taxonomy.js';
import type { MemberType, NetworkKind } from '../schema/records.js';
import type { TaxonomyEntry } from '../schema/taxonomy.js';
import { type ActivityPlace, assembleImport, type ImportActivity, type SpellingInfo } from './assemble.js';
import { type ColumnSpec, cellText, findColumn, locateColumns } from './columns.js';
import { classifyDacCode, dacSectorIndex, dacTheme, sectorCodeFromName } from './dac.js';
import { memberTypeFromIati } from './orgTypes.js';
import { countryFromOrgRef, countryFromText, isoAlpha2 } from './places.js';
import { themeCanonicaliser, themeMapLookup } from './themes.js';
import { type CommonImportOptions, DEFAULT_IMPORT_OPTIONS, type ImportResult } from './types.js';

/**
 * Options of {@link importIati}. Defaults in {@link DEFAULT_IATI_OPTIONS} and DEFAULT_IMPORT_OPTIONS.
 * @example
 * const csv = 'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
 *   'NL-1-A,NL-KVK-41160054,Cordaid,KE; UG,12220\nNL-1-B,NL-KVK-41160054,Stichting Cordaid,KE,15180\n';
 * const options: ImportIatiOptions = { orgPrefix: 'NL-', countries: ['UG'], network: 'companies' };
 * const { files } = importIati(csv, options);
 * files['geography.csv']; // => 'member,country,presence,partners,since,activities\nNL-KVK-41160054,UG,programme,,,1\n'
 * files['sectors.csv']; // => 'member,sector,network,strength,companies,activities\nNL-KVK-41160054,health,companies,3,,1\n'
 */
export interface ImportIatiOptions extends CommonImportOptions {
  /**
   * Keep only these reporting organisations: refs ('NL-KVK-41160054') or names (compared
   * folded, "Stichting"/legal forms ignored). Default: every organisation.
   */
  readonly orgs?: readonly string[];
  /**
   * Keep only reporting organisations whose ref starts with this prefix (case-insensitive), or
   * one of these prefixes, e.g. 'NL-' for Dutch publishers. Applied together with `orgs` (an
   * organisation must pass both). Default: no prefix filter.
   */
  readonly orgPrefix?: string | readonly string[];
  /**
   * Keep only these recipient countries (alpha-2) in geography.csv. Expertise and sectors still
   * count every activity. Default: every country.
   */
  readonly countries?: readonly string[];
  /**
   * Organisation types by ref (or name): an IATI OrganisationType code ('21') or name
   * ('International NGO'), or a library member type ('ngo'). Used when the file has no
   * reporting-org type column or the cell is empty; see orgTypesFromCodelist. Default none:
   * organisations without a type are 'other' (with a warning).
   */
  readonly orgTypes?: Readonly<Record<string, string>>;
  /** Network kind written in sectors.csv (IATI does not say which networks an organisation has). Default 'association'. */
  readonly network?: NetworkKind;
  /** Sector taxonomy whose `dac` codes map activities to sectors. Default DEFAULT_SECTORS. */
  readonly sectors?: readonly TaxonomyEntry[];
  /** Theme taxonomy the DAC theme ids are resolved through. Default DEFAULT_THEMES. */
  readonly themes?: readonly TaxonomyEntry[];
}

/**
 * Defaults of {@link ImportIatiOptions}.
 *
 * @example
 * const csv = 'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
 *   'NL-1-A,NL-KVK-41160054,Cordaid,KE; UG,12220\nNL-1-B,NL-KVK-41160054,Stichting Cordaid,KE,15180\n';
 * DEFAULT_IATI_OPTIONS; // => { file: 'iati.csv', network: 'association' }
 * importIati(csv, { network: DEFAULT_IATI_OPTIONS.network, orgPrefix: 'NL-' }).stats.members; // => 1
 */
export const DEFAULT_IATI_OPTIONS = Object.freeze({
  file: 'iati.csv',
  network: 'association' as NetworkKind,
});

/**
 * Column aliases of IATI exports (IATI tools' snake_case and the Datastore's hyphenated names).
 *
 * @example
 * IATI_COLUMNS.countries.headers.includes('recipient-country-code'); // => true
 */
export const IATI_COLUMNS = Object.freeze({
  id: { headers: ['iati identifier', 'iati-identifier', 'activity identifier', 'activity id'] },
  ref: {
    headers: [
      'reporting org ref',
      'reporting-org-ref',
      'reporting-org/@ref',
      'reporting org identifier',
      'reporting organisation ref',
      'reporting organisation identifier',
    ],
  },
  name: {
    headers: [
      'reporting org name',
      'reporting-org',
      'reporting org',
      'reporting-org-name',
      'reporting-org/narrative',
      'reporting org narrative',
      'reporting organisation',
      'reporting organization',
      'reporting organisation name',
    ],
  },
  type: {
    headers: [
      'reporting org type code',
      'reporting-org-type-code',
      'reporting org type',
      'reporting-org-type',
      'reporting-org/@type',
      'reporting organisation type',
    ],
  },
  countries: {
    headers: [
      'country codes',
      'country code',
      'recipient country code',
      'recipient-country-code',
      'recipient country codes',
      'recipient-country/@code',
      'recipient country',
      'recipient-country',
      'countries',
    ],
  },
  sectors: {
    headers: [
      'sector codes',
      'sector code',
      'sector-code',
      'sector/@code',
      'dac sector codes',
      'dac codes',
      'sector',
      'sectors',
      'sector names',
    ],
  },
  sectorVocabulary: {
    headers: ['sector vocabulary', 'sector-vocabulary', 'sector vocabulary code', 'sector-vocabulary-code'],
  },
  implementing: {
    headers: [
      'implementing partners',
      'implementing org names',
      'implementing organisations',
      'implementing organizations',
      'participating org implementing',
      'participating-org (Implementing)',
      'participating org (implementing)',
    ],
  },
  actualStart: {
    headers: [
      'actual start date',
      'start actual',
      'start-actual',
      'activity date start actual',
      'actual start',
    ],
  },
  plannedStart: {
    headers: [
      'planned start date',
      'start planned',
      'start-planned',
      'activity date start planned',
      'planned start',
    ],
  },
} satisfies Record<string, ColumnSpec>);

/** Sector vocabularies that hold DAC codes: 1 (DAC 5-digit), 2 (DAC 3-digit); empty = assumed DAC. */
const DAC_VOCABULARIES = new Set(['', '1', '2', 'dac', 'dac 3']);
const YEAR = /^\s*(19[5-9]\d|20\d\d)\b/;
/** A plausible IATI identifier: no spaces. */
const REF_SHAPE = /^[^\s;,]+$/;
const MEMBER_TYPES: ReadonlySet<string> = new Set([
  'ngo',
  'union',
  'company',
  'knowledge',
  'government',
  'other',
]);

/**
 * Split a multi-value IATI cell into trimmed non-empty items.
 *
 * @example
 * splitIatiList('12181; 12230;'); // => ['12181', '12230']
 */
export function splitIatiList(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Import an IATI activity export (CSV text or bytes, one row per activity; multi-value cells
 * separated by ";") into the four long CSV texts of the library. Columns are found by folded
 * aliases (IATI_COLUMNS): `reporting_org_ref` / `reporting-org-ref`, `reporting_org_name` /
 * `reporting-org`, `country_codes` / `recipient-country-code`, `sector_codes` / `sector-code`,
 * `implementing_partners` / `participating-org (Implementing)`, start dates, ...
 *
 * - members: the reporting organisations (filtered by `orgs` / `orgPrefix`), de-duplicated
 *   (same ref always merges; names without refs by spelling, acronym and near-typo); id = the
 *   org ref (else a slug of the name); type from the reporting-org type column or `orgTypes`
 *   (IATI codes 21/22/23/24 -> ngo, 10/11/15 -> government, 70-73 -> company, 80 -> knowledge,
 *   else other); country = the ref's prefix when it is an ISO code ('NL-KVK-...' -> NL); role
 *   member; extra column `activities`.
 * - geography: one row per organisation x recipient country, presence `programme` for all (option
 *   `presence`); `activities` = how many of its activities name the country; `since` = the
 *   earliest start year (actual, else planned; years 1950-2099); `partners` = the implementing
 *   organisations of those activities other than itself ("; "-separated; a partner of a
 *   multi-country activity is listed for each of its countries).
 * - expertise: DAC codes -> themes (DAC_CODE_THEMES, then DAC_CATEGORY_THEMES), resolved through
 *   the theme taxonomy; level = 1 + round(4 x share of the organisation's activities with the
 *   theme), clamped 1-5. Codes of other vocabularies (SDG targets, publisher codes) are ignored.
 * - sectors: DAC codes listed in a sector's `dac` (sectors.json); network `association` (IATI says
 *   nothing about networks: read it as "active in this sector"), strength from the activity
 *   share like the level, companies empty.
 *
 * A repeated activity identifier is counted once ('duplicate_row' warning).
 * stats.rows = usedRows + skippedRows.
 *
 * @param input - an IATI activity export (IATI tools or Datastore CSV) as text or bytes
 * @param options - organisation and country filters, types, network kind and taxonomies; defaults in {@link DEFAULT_IATI_OPTIONS} and {@link DEFAULT_IMPORT_OPTIONS}
 * @throws LimitError when the input exceeds a parser limit
 * @example
 * const csv = 'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
 *   'NL-1-A,NL-KVK-41160054,Cordaid,KE; UG,12220\nNL-1-B,NL-KVK-41160054,Stichting Cordaid,KE,15180\n';
 * const { files } = importIati(csv, { orgPrefix: 'NL-' });
 * files['expertise.csv'];
 * // => 'member,theme,level,activities\nNL-KVK-41160054,gbv,3,1\nNL-KVK-41160054,health,3,1\n'
 */
export function importIati(input: string | Uint8Array, options: ImportIatiOptions = {}): ImportResult {
  const {
    file = DEFAULT_IATI_OPTIONS.file,
    orgs,
    orgPrefix,
    countries,
    orgTypes = {},
    network = DEFAULT_IATI_OPTIONS.network,
    sectors = DEFAULT_SECTORS,
    themes,
    merge = {},
    fuzzyThreshold = DEFAULT_IMPORT_OPTIONS.fuzzyThreshold,
    acronymThreshold = DEFAULT_IMPORT_OPTIONS.acronymThreshold,
    presence = DEFAULT_IMPORT_OPTIONS.presence,
    themeMap,
    limits,
  } = options;
  const { table, warnings, col, header } = locateColumns(input, file, limits, IATI_COLUMNS);
  if (table.header.length > 0 && col.ref < 0 && col.name < 0) {
    warnings.add(
      table.headerLine,
      'missing_column',
      null,
      null,
      'No reporting-organisation column found (reporting_org_ref, reporting_org_name, reporting-org, ...); no member could be read.',
    );
  }

  const prefixes = (typeof orgPrefix === 'string' ? [orgPrefix] : (orgPrefix ?? [])).map((p) =>
    p.trim().toLowerCase(),
  );
  const wantedRefs = new Set((orgs ?? []).map((o) => o.trim().toLowerCase()));
  const wantedNames = new Set((orgs ?? []).map((o) => orgNameKey(o)));
  const keepCountries = countries ? new Set(countries.map((c) => c.trim().toUpperCase())) : null;
  const typeByKey = new Map<string, string>();
  for (const key of Object.keys(orgTypes)) {
    typeByKey.set(key.trim().toLowerCase(), orgTypes[key]!);
    typeByKey.set(`name:${orgNameKey(key)}`, orgTypes[key]!);
  }
  const canonical = themeCanonicaliser(themes);
  const userTheme = themeMapLookup(themeMap);
  const sectorsOf = dacSectorIndex(sectors);

  const spellingIndex = new Map<string, number>();
  const spellings: { name: string; ref: string | null; count: number; typeText: string }[] = [];
  const activities: ImportActivity[] = [];
  const seenActivities = new Set<string>();
  const unmapped: Record<string, number> = Object.create(null);
  let skipped = table.rejected.filter((i) => i.line > 0).length;
  let filtered = 0;

  for (const { cells, line } of table.rows) {
    const rawRef = cellText(cells, col.ref);
    const ref = rawRef !== '' && REF_SHAPE.test(rawRef) ? rawRef : null;
    const name = cleanName(cellText(cells, col.name)) || ref || cleanName(rawRef);
    if (name === '') {
      skipped++;
      warnings.add(
        line,
        'missing_value',
        header(col.name),
        null,
        'Activity without a reporting organisation; skipped.',
      );
      continue;
    }
    if (prefixes.length > 0 && !(ref && prefixes.some((p) => ref.toLowerCase().startsWith(p)))) {
      skipped++;
      filtered++;
      continue;
    }
    if (
      wantedRefs.size > 0 &&
      !((ref && wantedRefs.has(ref.toLowerCase())) || wantedNames.has(orgNameKey(name)))
    ) {
      skipped++;
      filtered++;
      continue;
    }
    const activityId = cellText(cells, col.id);
    if (activityId !== '') {
      if (seenActivities.has(activityId)) {
        skipped++;
        warnings.add(
          line,
          'duplicate_row',
          header(col.id),
          activityId,
          `Activity "${activityId}" occurs again; counted once.`,
        );
        continue;
      }
      seenActivities.add(activityId);
    }

    const key = `${ref ?? ''}\u0000${name}`;
    let si = spellingIndex.get(key);
    if (si === undefined) {
      si = spellings.length;
      spellingIndex.set(key, si);
      spellings.push({ name, ref, count: 0, typeText: '' });
    }
    const spelling = spellings[si]!;
    spelling.count++;
    const typeText = cellText(cells, col.type);
    if (typeText !== '' && spelling.typeText === '') spelling.typeText = typeText;

    // Themes and sectors from DAC codes.
    const vocabularies = splitIatiList(cellText(cells, col.sectorVocabulary));
    const rowThemes = new Set<string>();
    const rowSectors = new Set<string>();
    splitIatiList(cellText(cells, col.sectors)).forEach((token, i) => {
      const vocabulary = foldText(vocabularies[i] ?? '');
      if (vocabularies.length > 0 && !DAC_VOCABULARIES.has(vocabulary)) return;
      const code = classifyDacCode(token)?.code ?? sectorCodeFromName(token);
      const user = userTheme(code === null ? [token] : [code, token]);
      if (code === null) {
        if (user) rowThemes.add(canonical(user));
        return;
      }
      const theme = user !== undefined ? user : dacTheme(code);
      if (theme !== null) rowThemes.add(canonical(theme));
      const sectorIds = sectorsOf(code);
      for (const s of sectorIds) rowSectors.add(s);
      if (theme === null && sectorIds.length === 0 && user === undefined)
        unmapped[code] = (unmapped[code] ?? 0) + 1;
    });

    // Places.
    const yearText = cellText(cells, col.actualStart) || cellText(cells, col.plannedStart);
    const yearMatch = YEAR.exec(yearText);
    const year = yearMatch ? Number(yearMatch[1]) : null;
    const partners = splitIatiList(cellText(cells, col.implementing)).map(cleanName);
    const places: ActivityPlace[] = [];
    const rowCountries = new Set<string>();
    for (const token of splitIatiList(cellText(cells, col.countries))) {
      const code = isoAlpha2(token) ?? (token.length > 3 ? countryFromText(token) : null);
      if (code === null) {
        warnings.add(
          line,
          'unknown_country',
          header(col.countries),
          token,
          `Unknown recipient country "${token}"; ignored.`,
        );
        continue;
      }
      if (rowCountries.has(code) || (keepCountries && !keepCountries.has(code))) continue;
      rowCountries.add(code);
      places.push({ country: code, partners, year, adm1: null });
    }
    activities.push({ spelling: si, themes: [...rowThemes], sectors: [...rowSectors], places });
  }

  const unmappedCodes = Object.keys(unmapped).sort(cmp);
  if (unmappedCodes.length > 0) {
    warnings.add(
      table.headerLine,
      'unknown_theme',
      header(col.sectors),
      null,
      `${unmappedCodes.length} DAC code(s) map to no theme and no sector and were not used: ${unmappedCodes.join(', ')}. Map them with the themeMap option.`,
    );
  }
  const infos: SpellingInfo[] = spellings.map((s) => {
    const given =
      s.typeText ||
      (s.ref ? typeByKey.get(s.ref.toLowerCase()) : undefined) ||
      typeByKey.get(`name:${orgNameKey(s.name)}`) ||
      '';
    const type = typeOf(given);
    if (type === null) {
      warnings.add(
        0,
        'missing_value',
        header(col.type),
        s.ref ?? s.name,
        given === ''
          ? `No organisation type for "${s.name}"; typed "other". Pass orgTypes (see orgTypesFromCodelist).`
          : `Unknown organisation type "${given}" for "${s.name}"; typed "other".`,
      );
    }
    return {
      name: s.name,
      ref: s.ref,
      count: s.count,
      type,
      sourceType: given,
      country: s.ref ? countryFromOrgRef(s.ref) : null,
    };
  });
  const assembled = assembleImport(infos, activities, {
    kind: 'iati',
    presence,
    network,
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
      `${group.ids.length} organisations named "${group.name}" were kept apart (different organisation refs: ${group.ids.join(', ')}); they are written as "${group.name} (id)". Merge them with the merge option if they are one organisation.`,
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
      filteredRows: filtered,
      spellings: spellings.length,
      members: assembled.members,
      expertise: assembled.expertise,
      geography: assembled.geography,
      sectors: assembled.sectors,
      unmappedThemes: { ...unmapped },
    },
  };
}

/** An IATI type code/name or a library member type word -> member type; null when unknown. */
function typeOf(text: string): MemberType | null {
  const iati = memberTypeFromIati(text);
  if (iati !== null) return iati;
  const word = text.trim().toLowerCase();
  return MEMBER_TYPES.has(word) ? (word as MemberType) : null;
}

/**
 * Organisation types by ref from the IATI ReportingOrganisation codelist CSV (columns `code` and
 * `codeforiati:organisation-type-code`), for the `orgTypes` option of {@link importIati}. Rows
 * without a type code are left out.
 *
 * @param input - the IATI ReportingOrganisation codelist as CSV text or bytes (columns code and an organisation-type code)
 * @example
 * orgTypesFromCodelist('code,name,codeforiati:organisation-type-code\nNL-KVK-41160054,Cordaid,21\n');
 * // => { 'NL-KVK-41160054': '21' }
 */
export function orgTypesFromCodelist(input: string | Uint8Array): Record<string, string> {
  const table = parseTable(input, { file: 'ReportingOrganisation.csv' });
  const codeCol = findColumn(table, { headers: ['code', 'ref', 'organisation identifier'] });
  const typeCol = findColumn(table, {
    headers: [
      'codeforiati:organisation-type-code',
      'organisation type code',
      'organisation-type-code',
      'type code',
    ],
  });
  const out: Record<string, string> = Object.create(null);
  if (codeCol < 0 || typeCol < 0) return { ...out };
  for (const { cells } of table.rows) {
    const code = cellText(cells, codeCol);
    const type = cellText(cells, typeCol);
    if (code !== '' && type !== '') out[code] = type;
  }
  return { ...out };
}
