/**
 * Importer of the IATI3W organisation index ("who does what where in Somalia", IATI and OCHA 3W
 * combined by David Megginson's iati3w project): one record per organisation with its partners,
 * sector and location counts.
 * @module
 */
import { OptionsError } from '../errors.js';
import { parseTable } from '../ingest/parseTable.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import { foldText } from '../normalise/fold.js';
import { cleanName } from '../normalise/orgNames.js';
import { checkOptionKeys } from '../optionKeys.js';
import {
  finishSummaryImport,
  importAssembleOptions,
  type MemberSummary,
  NO_NETWORK,
  type SpellingInfo,
  type SummaryPlace,
} from './assemble.js';
import { cellText, findColumn } from './columns.js';
import { type IndexRecord, isObject, RecordReader, readIndexRecords } from './iati3wJson.js';
import { clusterSlugTheme, dacGroupTheme, NO_CLUSTER_SLUG } from './iati3wSectors.js';
import {
  isPlaceholderName,
  kindFromRefOrName,
  looksLikeFundingVehicle,
  type OrgKind,
  orgKindFromIati,
} from './orgTypes.js';
import { countryFromText } from './places.js';
import { themeCanonicaliser, themeMapLookup } from './themes.js';
import {
  COMMON_IMPORT_OPTION_KEYS,
  type CommonImportOptions,
  DEFAULT_IMPORT_OPTIONS,
  type ImportResult,
  type OrgScope,
} from './types.js';
import { WarningCollector } from './warnings.js';

/**
 * Options of {@link importIati3w}. Defaults in {@link DEFAULT_IATI3W_OPTIONS} and DEFAULT_IMPORT_OPTIONS.
 * @example
 * const options: ImportIati3wOptions = { file: 'org-index.json', names: { tass: 'Tadamun Social Society' } };
 * const index = { sswc: { info: { name: 'Save Somali Women and Children', scope: 'local' },
 *   partners: { all: { local: { tass: 2 } } }, activity_totals: { all: 61 } } };
 * importIati3w(JSON.stringify(index), options).files['geography.csv'].split('\n')[1]; // => 'sswc,SO,,programme,Tadamun Social Society,,61,'
 */
export interface ImportIati3wOptions extends CommonImportOptions {
  /** The country the index covers (alpha-2, alpha-3 or a name). Default 'SO' (Somalia). */
  readonly country?: string;
  /**
   * Names of partner stubs that are not records of the index (stub -> name), e.g. from the
   * curators' org-stubs.derived.csv via {@link stubNamesFromCsv}. Default none: such a local
   * partner is named from its stub ('nagaad-network' -> 'Nagaad Network').
   */
  readonly names?: Readonly<Record<string, string>>;
  /**
   * Make organisations that mostly fund (see {@link importIati3w}) members too, as the index lists
   * them. Default false: they are written to funders.csv.
   */
  readonly fundersAsMembers?: boolean;
}

/** Every option key of {@link ImportIati3wOptions}. */
export const IMPORT_IATI3W_OPTION_KEYS: readonly string[] = [
  ...COMMON_IMPORT_OPTION_KEYS,
  ...Object.keys({
    country: true,
    names: true,
    fundersAsMembers: true,
  } satisfies Record<Exclude<keyof ImportIati3wOptions, keyof CommonImportOptions>, true>),
];

/**
 * Defaults of {@link ImportIati3wOptions}.
 *
 * @example
 * DEFAULT_IATI3W_OPTIONS; // => { file: 'org-index.json', country: 'SO' }
 */
export const DEFAULT_IATI3W_OPTIONS = Object.freeze({ file: 'org-index.json', country: 'SO' });

type IndexScope = 'local' | 'regional' | 'international' | 'unknown';
const INDEX_SCOPES: Readonly<Record<IndexScope, OrgScope | null>> = Object.freeze({
  local: 'national',
  regional: 'international',
  international: 'international',
  unknown: null,
});

/** One organisation of the index, read. */
interface IndexOrg {
  readonly stub: string;
  readonly line: number;
  readonly name: string;
  readonly acronym: string | null;
  readonly scope: IndexScope;
  /** IATI organisation type code ('' when none). */
  readonly code: string;
  readonly iatiId: string | null;
  readonly roles: { readonly implementing: number; readonly programming: number; readonly funding: number };
  readonly total: number;
  /** Partner stub -> scope and shared activities. */
  readonly partners: ReadonlyMap<string, { readonly scope: string; readonly count: number }>;
  readonly clusters: ReadonlyMap<string, number>;
  readonly dac: ReadonlyMap<string, number>;
  readonly admin1: ReadonlyMap<string, number>;
  readonly admin2: ReadonlyMap<string, number>;
}

/** The index scope of a record, reported when it is none of the four. */
function readScope(r: RecordReader, t: WarningCollector['t']): IndexScope {
  const text = r.text(['info', 'scope']).toLowerCase();
  if (text === '' || Object.hasOwn(INDEX_SCOPES, text)) return (text || 'unknown') as IndexScope;
  r.warn('parse_error', ['info', 'scope'], t('import.iati3w_unknown_scope', { value: text }));
  return 'unknown';
}

/** Partner stubs of a record (`partners.all.<scope>`), the first scope listing a stub winning. */
function readPartners(r: RecordReader): Map<string, { scope: string; count: number }> {
  const out = new Map<string, { scope: string; count: number }>();
  const byScope = r.get(['partners', 'all']);
  if (byScope !== undefined && !isObject(byScope)) r.counts(['partners', 'all']);
  for (const scope of isObject(byScope) ? Object.keys(byScope) : []) {
    for (const [stub, count] of r.counts(['partners', 'all', scope])) {
      if (!out.has(stub)) out.set(stub, { scope, count });
    }
  }
  return out;
}

/**
 * A name written as "ACRONYM | Name |" (as some 3W names reach the index) split into its name and
 * acronym; any other name as it is (cleaned).
 *
 * @example
 * splitPipedName('HREC | Hiran Regional Education Committee'); // => { name: 'Hiran Regional Education Committee', acronym: 'HREC' }
 * splitPipedName('Save Somali Women and Children'); // => { name: 'Save Somali Women and Children', acronym: null }
 */
export function splitPipedName(text: string): { name: string; acronym: string | null } {
  const parts = text
    .split('|')
    .map(cleanName)
    .filter((p) => p !== '');
  if (parts.length === 2 && /^[\p{Lu}\p{N}&.-]{2,12}$/u.test(parts[0]!))
    return { name: parts[1]!, acronym: parts[0]! };
  return { name: cleanName(text), acronym: null };
}

/** Read one record; null (reported) when it is not an organisation record or has no name. */
function readOrg(record: IndexRecord, warnings: WarningCollector): IndexOrg | null {
  const r = new RecordReader(record, warnings);
  if (!isObject(record.value) || !isObject(record.value.info)) {
    r.warn('parse_error', isObject(record.value) ? ['info'] : [], warnings.t('import.iati3w_not_record'));
    return null;
  }
  const piped = splitPipedName(r.text(['info', 'name']));
  const name = piped.name;
  if (name === '') {
    r.warn('missing_value', ['info', 'name'], warnings.t('import.iati3w_no_name'));
    return null;
  }
  const shortname = piped.acronym ?? cleanName(r.text(['info', 'shortname']));
  const roles = {
    implementing: r.listLength(['activities', 'implementing']),
    programming: r.listLength(['activities', 'programming']),
    funding: r.listLength(['activities', 'funding']),
  };
  const total = r.counts(['activity_totals']).get('all');
  return {
    stub: record.stub,
    line: record.line,
    name,
    acronym: shortname !== '' && foldText(shortname) !== foldText(name) ? shortname : null,
    scope: readScope(r, warnings.t),
    code: r.text(['info', 'iati', 'codeforiati:organisation-type-code']),
    iatiId: r.text(['info', 'iati_id']) || null,
    roles,
    total: total ?? roles.implementing + roles.programming + roles.funding,
    partners: readPartners(r),
    clusters: r.counts(['sectors', 'all', 'humanitarian']),
    dac: r.counts(['sectors', 'all', 'dac']),
    admin1: r.counts(['locations', 'all', 'admin1']),
    admin2: r.counts(['locations', 'all', 'admin2']),
  };
}

/**
 * Type and scope of an organisation: the type from its IATI organisation type code, else from
 * its name (a ministry, a UN agency), else 'other'; the scope from the index (local -> national:
 * based in the country; regional and international -> international), else from the code.
 */
function orgKind(org: IndexOrg): OrgKind {
  const fromCode = org.code === '' ? null : orgKindFromIati(org.code);
  const fromName = kindFromRefOrName(org.iatiId, org.name);
  return {
    type: fromCode?.type ?? fromName?.type ?? 'other',
    scope: INDEX_SCOPES[org.scope] ?? fromCode?.scope ?? fromName?.scope ?? null,
  };
}

/** Whether an organisation mostly funds: more funding activities than implementing and programming ones, or a pooled fund by name. */
function mostlyFunds(org: IndexOrg): boolean {
  return (
    org.roles.funding > org.roles.implementing + org.roles.programming || looksLikeFundingVehicle(org.name)
  );
}

/**
 * A readable name for a stub without one: a short single word as an acronym ('tass' -> 'TASS'),
 * else its words capitalised ('nagaad-network' -> 'Nagaad Network').
 *
 * @example
 * stubName('nagaad-network'); // => 'Nagaad Network'
 * stubName('swsc'); // => 'SWSC'
 */
export function stubName(stub: string): string {
  const words = stub.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length === 1 && words[0]!.length <= 5) return words[0]!.toUpperCase();
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** What the mapping builds up besides the summaries. */
interface Reading {
  readonly warnings: WarningCollector;
  readonly unmapped: Record<string, number>;
  readonly canonical: (id: string) => string;
  readonly userTheme: ReturnType<typeof themeMapLookup>;
}

/** Count a label that mapped to no theme. */
function unmappedLabel(reading: Reading, label: string, count: number): void {
  reading.unmapped[label] = (reading.unmapped[label] ?? 0) + count;
}

/** A user theme map entry for a label: the canonical theme, null (ignore) or undefined (none). */
function userTheme(reading: Reading, label: string): string | null | undefined {
  const mapped = reading.userTheme([label]);
  return mapped === undefined || mapped === null ? mapped : reading.canonical(mapped);
}

/**
 * An organisation's themes with their activity counts: its humanitarian clusters; for activities
 * without a cluster, the DAC groups IATI3W does not count under a cluster, mapped where the DAC
 * table has a theme (else left out with a warning).
 */
function orgThemes(org: IndexOrg, reading: Reading): Map<string, number> {
  const out = new Map<string, number>();
  const add = (theme: string, n: number) => out.set(theme, (out.get(theme) ?? 0) + n);
  const { warnings } = reading;
  for (const [slug, n] of org.clusters) {
    if (slug === NO_CLUSTER_SLUG) continue;
    const user = userTheme(reading, slug);
    const theme = user === undefined ? clusterSlugTheme(slug) : user;
    if (user === null) continue;
    if (theme !== null) add(reading.canonical(theme), n);
    else {
      unmappedLabel(reading, slug, n);
      add(slug, n);
      const column = '$[*].sectors.all.humanitarian';
      warnings.add(
        org.line,
        'unknown_theme',
        column,
        slug,
        warnings.t('import.no_theme_cluster', { value: slug }),
      );
    }
  }
  if ((org.clusters.get(NO_CLUSTER_SLUG) ?? 0) === 0) return out;
  for (const [slug, n] of org.dac) {
    const group = dacGroupTheme(slug);
    if (group === 'skip') continue;
    const user = userTheme(reading, slug);
    const theme = user === undefined ? group : user;
    if (user === null) continue;
    if (theme !== null) add(reading.canonical(theme), n);
    else {
      unmappedLabel(reading, slug, n);
      const column = '$[*].sectors.all.dac';
      warnings.add(
        org.line,
        'unknown_theme',
        column,
        slug,
        warnings.t('import.iati3w_dac_unmapped', { value: slug }),
      );
    }
  }
  return out;
}

/** The name of an area slug ('lower-shabelle' -> 'Lower Shabelle'); '' when it has no letters or digits. */
function areaName(slug: string): string {
  return slug
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * The places of an organisation: the country with all its activities, local partners and the
 * members it works with; then each admin-1 and admin-2 area it has activities in, as areas of
 * their own (the index does not say which admin-1 an admin-2 lies in).
 */
function orgPlaces(org: IndexOrg, country: string, partners: number[], together: number[]): SummaryPlace[] {
  const places: SummaryPlace[] = [{ country, area: null, activities: org.total, partners, together }];
  const seen = new Set<string>();
  for (const level of [org.admin1, org.admin2]) {
    for (const [slug, activities] of level) {
      const area = areaName(slug);
      if (area === '' || seen.has(foldText(area))) continue;
      seen.add(foldText(area));
      places.push({ country, area, activities, partners: [], together: [] });
    }
  }
  return places;
}

/** The spelling of an index organisation. */
function orgSpelling(org: IndexOrg, country: string): SpellingInfo {
  const kind = orgKind(org);
  return {
    name: org.name,
    acronym: org.acronym,
    ref: org.iatiId,
    count: 1,
    type: kind.type,
    scope: kind.scope,
    sourceType: org.code === '' ? org.scope : org.code,
    country: kind.scope === 'national' || kind.scope === 'local' ? country : null,
    key: org.stub,
  };
}

/** Why a read organisation is not used (reported at its path), or null when it is. */
function unusable(org: IndexOrg, r: RecordReader, t: WarningCollector['t']): boolean {
  if (isPlaceholderName(org.name)) {
    r.warn('missing_value', ['info', 'name'], t('import.iati3w_category_org', { value: org.name }));
    return true;
  }
  if (org.total === 0) {
    r.warn('missing_value', ['activity_totals', 'all'], t('import.iati3w_no_activity'));
    return true;
  }
  return false;
}

/**
 * Read every record: the organisations kept (in file order) and how many were skipped, each
 * reported: no organisation record, no name, a name that is a kind of organisation, no activity.
 */
function readOrgs(
  records: readonly IndexRecord[],
  warnings: WarningCollector,
): { orgs: IndexOrg[]; skipped: number } {
  const orgs: IndexOrg[] = [];
  let skipped = 0;
  for (const record of records) {
    const org = readOrg(record, warnings);
    if (org === null || unusable(org, new RecordReader(record, warnings), warnings.t)) skipped++;
    else orgs.push(org);
  }
  return { orgs, skipped };
}

/** The organisations as spellings (members and funders first, in file order), with the roles. */
interface Cast {
  readonly spellings: SpellingInfo[];
  /** Stub -> spelling index of the organisations of the index. */
  readonly byStub: Map<string, number>;
  readonly funders: ReadonlySet<string>;
}

function castOrgs(orgs: readonly IndexOrg[], country: string, options: ImportIati3wOptions): Cast {
  const spellings = orgs.map((o) => orgSpelling(o, country));
  const byStub = new Map(orgs.map((o, i) => [o.stub, i]));
  const funders = new Set(
    options.fundersAsMembers === true ? [] : orgs.filter(mostlyFunds).map((o) => o.stub),
  );
  return { spellings, byStub, funders };
}

/** Partner links of every organisation: together (members), funders (both ways) and local partners. */
interface Links {
  readonly together: Map<string, number[]>;
  readonly partners: Map<string, number[]>;
  /** Member stub -> funder spelling -> activities. */
  readonly funders: Map<string, Map<number, number>>;
}

function addFunder(links: Links, member: string, funder: number, count: number): void {
  const map = links.funders.get(member) ?? new Map<number, number>();
  links.funders.set(member, map);
  map.set(funder, Math.max(map.get(funder) ?? 0, count));
}

/**
 * Sort every partner stub of every organisation: another organisation of the index works
 * together with it (a funder funds it); a local partner outside the index is its local partner
 * (named from `names`, else from the stub); other partners outside the index are counted, left out.
 */
function linkPartners(
  orgs: readonly IndexOrg[],
  cast: Cast,
  options: ImportIati3wOptions,
  w: WarningCollector,
): Links {
  const links: Links = { together: new Map(), partners: new Map(), funders: new Map() };
  const outside = new Map<string, Set<string>>();
  const localSpelling = new Map<string, number>();
  const unnamed: string[] = [];
  for (const org of orgs) {
    const together: number[] = [];
    const partners: number[] = [];
    const self = cast.byStub.get(org.stub)!;
    for (const [stub, { scope, count }] of org.partners) {
      const other = cast.byStub.get(stub);
      if (stub === org.stub) continue;
      if (other !== undefined) {
        if (cast.funders.has(org.stub) && !cast.funders.has(stub)) addFunder(links, stub, self, count);
        else if (cast.funders.has(stub) && !cast.funders.has(org.stub))
          addFunder(links, org.stub, other, count);
        else if (!cast.funders.has(stub)) together.push(other);
      } else if (scope === 'local' && !cast.funders.has(org.stub)) {
        let s = localSpelling.get(stub);
        if (s === undefined) {
          const named = splitPipedName(options.names?.[stub] ?? '').name;
          if (named === '') unnamed.push(stub);
          s = cast.spellings.length;
          cast.spellings.push(partnerSpelling(stub, named || stubName(stub)));
          localSpelling.set(stub, s);
        }
        partners.push(s);
      } else if (scope !== 'local') {
        const set = outside.get(scope) ?? new Set<string>();
        outside.set(scope, set.add(stub));
      }
    }
    links.together.set(org.stub, together);
    links.partners.set(org.stub, partners);
  }
  const funding = new Set([...links.funders.values()].flatMap((m) => [...m.keys()]));
  const alone = orgs.filter((o) => cast.funders.has(o.stub) && !funding.has(cast.byStub.get(o.stub)!));
  reportLeftOut(w, outside, alone, unnamed);
  return links;
}

/**
 * The warnings of what the partner lists leave out: partners outside the index per scope, funders
 * that fund no member, local partners named from their stub.
 */
function reportLeftOut(
  w: WarningCollector,
  outside: ReadonlyMap<string, ReadonlySet<string>>,
  alone: readonly IndexOrg[],
  unnamed: readonly string[],
): void {
  for (const [scope, stubs] of [...outside].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const message = w.t('import.iati3w_partners_outside', { count: stubs.size, scope });
    w.add(0, 'unknown_member', null, scope, message);
  }
  if (alone.length > 0) {
    const example = alone[0]!.name;
    const message = w.t('import.iati3w_funders_alone', { count: alone.length, example });
    w.add(0, 'unknown_member', null, example, message);
  }
  if (unnamed.length > 0) {
    const example = `${unnamed[0]} -> ${stubName(unnamed[0]!)}`;
    const message = w.t('import.iati3w_partner_names', { count: unnamed.length, example });
    w.add(0, 'unknown_member', null, unnamed[0]!, message);
  }
}

/** The spelling of a local partner outside the index. */
function partnerSpelling(stub: string, name: string): SpellingInfo {
  return {
    name,
    acronym: null,
    ref: null,
    count: 1,
    type: null,
    scope: null,
    sourceType: '',
    country: null,
    key: stub,
  };
}

/** The summary of each member: themes (country level), places with partners, funders. */
function summarise(
  orgs: readonly IndexOrg[],
  cast: Cast,
  links: Links,
  country: string,
  reading: Reading,
): MemberSummary[] {
  return orgs
    .filter((o) => !cast.funders.has(o.stub))
    .map((org) => ({
      spelling: cast.byStub.get(org.stub)!,
      activities: org.total,
      themes: [...orgThemes(org, reading)].map(([theme, activities]) => ({ theme, country, activities })),
      places: orgPlaces(org, country, links.partners.get(org.stub) ?? [], links.together.get(org.stub) ?? []),
      funders: [...(links.funders.get(org.stub) ?? [])].map(([spelling, activities]) => ({
        spelling,
        country,
        role: 'funding' as const,
        activities,
      })),
    }));
}

/**
 * Names by stub from a table with `stub` and `name` columns (the curators' org-stubs.derived.csv
 * of the IATI3W index), for the `names` option of {@link importIati3w}. Returns {} when the
 * table has no such columns.
 *
 * @param input - the table as CSV text or bytes
 * @example
 * stubNamesFromCsv('stub,name,shortname\nswsc,Somali Women Solidarity Centre,SWSC\n'); // => { swsc: 'Somali Women Solidarity Centre' }
 */
export function stubNamesFromCsv(input: string | Uint8Array): Record<string, string> {
  const table = parseTable(input, { file: 'org-stubs.csv' });
  const stubCol = findColumn(table, { headers: ['stub'] });
  const nameCol = findColumn(table, { headers: ['name'] });
  const out: Record<string, string> = Object.create(null);
  if (stubCol < 0 || nameCol < 0) return { ...out };
  for (const { cells } of table.rows) {
    const stub = cellText(cells, stubCol);
    const name = cellText(cells, nameCol);
    if (stub !== '' && name !== '') out[stub] = name;
  }
  return { ...out };
}

/** The `country` option as alpha-2. */
function indexCountry(options: ImportIati3wOptions): string {
  const text = options.country ?? DEFAULT_IATI3W_OPTIONS.country;
  const country = countryFromText(text);
  if (country === null) {
    throw new OptionsError(
      'country',
      toolMessage(options.lang ?? 'en', 'import.country_option', { value: text }),
    );
  }
  return country;
}

/**
 * Import the IATI3W organisation index (`org-index.json`: an object keyed by organisation stub)
 * into the five long CSV texts of the library. What the index says, and no more:
 *
 * - members: every organisation of the index (after name de-duplication, see merges), except
 *   those that mostly fund (more funding activities than implementing and programming ones, or a
 *   pooled fund by name), which go to funders.csv unless `fundersAsMembers`. id = the IATI
 *   organisation identifier when there is one, else the stub; acronym = the shortname when it
 *   differs from the name; type from the IATI organisation type code (IATI_ORG_TYPES), else from
 *   the name (a ministry, a UN agency), else 'other'; scope from the index (local -> national:
 *   based in the country, regional and international -> international), else from the code;
 *   country = the index's country for national ones; activities = `activity_totals.all`.
 * - expertise: one observed row (level empty) per organisation and theme, from
 *   `sectors.all.humanitarian` (cluster slugs through the 3W cluster table; 'fsc' ->
 *   food-security); activities without a cluster add the themes of the organisation's DAC groups
 *   that IATI3W counts as "no corresponding cluster" and that have a theme in the DAC table
 *   (environment protection -> environment); such groups without a theme (governance,
 *   agriculture, ...) are left out, counted in stats.unmappedThemes, with a warning. Groups
 *   IATI3W maps per 5-digit code (emergency response, disaster prevention) are not used: the
 *   index does not say which of their activities are under a cluster already. Rows are country-level (area empty): the index does
 *   not say which sector is where.
 * - geography: per organisation, a country row (presence `programme`, activities = all, its local
 *   partners, `works_with` = the other members it shares activities with) and one row per
 *   admin-1 and per admin-2 area it has activities in, with their counts. Admin-2 areas are
 *   written as areas of their own, not below an admin-1: the index gives no parent, and it cannot
 *   be found reliably from the organisations (most with an admin-2 name several admin-1s).
 *   `locations.*.unclassified` names (other countries, offices) are not used.
 * - partners: a partner stub that is an organisation of the index is a member it works with
 *   (works_with), or its funder / a member it funds (funders.csv, role funding, activities = the
 *   shared ones); a `local` partner outside the index is a local partner in the country, named
 *   from `names` (else from its stub, with a warning); partners of other scopes outside the index
 *   are left out, counted per scope in a warning.
 * - sectors: the index says nothing about sector networks: header only.
 *
 * Every record is used or reported at its JSON path (`$["care-uk"].info.name`): a record without
 * a name, whose name is a kind of organisation ("Partner country based NGO", "Anonymous Org
 * 7") or without any activity, is skipped with a warning (stats.rows = usedRows + skippedRows); a field of the wrong
 * shape is ignored with a warning. Malformed JSON gives one warning with its line and column and
 * no members.
 *
 * @param input - the index as JSON text or bytes
 * @param options - country, partner names, de-duplication and presence; defaults in {@link DEFAULT_IATI3W_OPTIONS} and {@link DEFAULT_IMPORT_OPTIONS}
 * @throws OptionsError when an option is unknown or `country` is not a country
 * @throws LimitError when the input exceeds limits.maxBytes or has more records than limits.maxRows
 * @example
 * const index = JSON.stringify({
 *   sswc: { info: { name: 'Save Somali Women and Children', shortname: 'SSWC', scope: 'local' },
 *     partners: { all: { international: { drc: 3 }, local: { tass: 2 } } },
 *     sectors: { all: { humanitarian: { protection: 12, 'water-sanitation-hygiene': 4 } } },
 *     locations: { all: { admin1: { bay: 40 }, admin2: { baydhaba: 36 } } }, activity_totals: { all: 61 } },
 *   drc: { info: { name: 'Danish Refugee Council', scope: 'international', iati_id: 'DK-CVR-20699310',
 *     iati: { 'codeforiati:organisation-type-code': '21' } }, activity_totals: { all: 372 } },
 * });
 * const { files } = importIati3w(index);
 * files['members.csv'].split('\n').slice(1, 3);
 * // => ['DK-CVR-20699310,Danish Refugee Council,ngo,international,,member,,21,372', 'sswc,Save Somali Women and Children,other,national,SO,member,SSWC,local,61']
 * files['expertise.csv'].split('\n').slice(1, 3); // => ['sswc,protection,,observed,12,SO,', 'sswc,wash,,observed,4,SO,']
 * files['geography.csv'].split('\n').slice(2, 5);
 * // => ['sswc,SO,,programme,TASS,,61,DK-CVR-20699310', 'sswc,SO,Bay,programme,,,40,', 'sswc,SO,Baydhaba,programme,,,36,']
 */
export function importIati3w(input: string | Uint8Array, options: ImportIati3wOptions = {}): ImportResult {
  checkOptionKeys(options, IMPORT_IATI3W_OPTION_KEYS);
  const country = indexCountry(options);
  const file = options.file ?? DEFAULT_IATI3W_OPTIONS.file;
  const warnings = new WarningCollector(file, options.lang, 'import.records_suffix');
  const records = readIndexRecords(input, file, options.limits ?? {}, warnings);
  const { orgs, skipped } = readOrgs(records, warnings);
  const cast = castOrgs(orgs, country, options);
  const links = linkPartners(orgs, cast, options, warnings);
  const reading: Reading = {
    warnings,
    unmapped: Object.create(null),
    canonical: themeCanonicaliser(),
    userTheme: themeMapLookup(options.themeMap),
  };
  const summaries = summarise(orgs, cast, links, country, reading);
  return finishSummaryImport(
    cast.spellings,
    summaries,
    importAssembleOptions('iati3w', NO_NETWORK, options),
    warnings,
    { rows: records.length, skipped, filtered: 0, unmapped: { ...reading.unmapped } },
    'import.why_refs',
  );
}
