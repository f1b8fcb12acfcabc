/**
 * Importer of IATI activity data (CSV exports of IATI tools and the IATI Datastore; the
 * standard's XML through importIatiXml): members, their places, themes and local partners, and
 * their funders.
 * @module
 */
import { parseTable } from '../ingest/parseTable.js';
import { countryNamedIn } from '../normalise/countries.js';
import { mostUsed, orgNameKey } from '../normalise/orgNames.js';
import { DEFAULT_SECTORS } from '../normalise/taxonomy.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { NetworkKind } from '../schema/records.js';
import type { TaxonomyEntry } from '../schema/taxonomy.js';
import {
  type ActivityFunder,
  type ActivityPlace,
  finishImport,
  type ImportActivity,
  importAssembleOptions,
} from './assemble.js';
import { cellText, findColumn } from './columns.js';
import { dacSectorIndex } from './dac.js';
import type { IatiActivity, IatiOrg } from './iatiActivity.js';
import { activityPlaces, activityThemes, startYear, type ThemeLookups } from './iatiContent.js';
import { type IatiRead, readIatiCsv } from './iatiCsv.js';
import { type ActivityOrg, activityCast, namesPartners } from './iatiRoles.js';
import { kindFromRefOrName, looksLikeFundingVehicle, type OrgKind, orgKindFromIati } from './orgTypes.js';
import { countryFromOrgRef } from './places.js';
import { SpellingTable } from './spellings.js';
import { themeCanonicaliser, themeMapLookup } from './themes.js';
import {
  COMMON_IMPORT_OPTION_KEYS,
  type CommonImportOptions,
  DEFAULT_IMPORT_OPTIONS,
  type ImportResult,
} from './types.js';

export { IATI_COLUMNS, splitIatiList } from './iatiCsv.js';

/**
 * Options of {@link importIati}. Defaults in {@link DEFAULT_IATI_OPTIONS} and DEFAULT_IMPORT_OPTIONS.
 * @example
 * const csv = 'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
 *   'NL-1-A,NL-KVK-41160054,Cordaid,KE; UG,12220\nNL-1-B,NL-KVK-41160054,Stichting Cordaid,KE,15180\n';
 * const options: ImportIatiOptions = { orgPrefix: 'NL-', countries: ['UG'], network: 'companies' };
 * const { files } = importIati(csv, options);
 * files['geography.csv']; // => 'member,country,area,presence,partners,since,activities,works_with\nNL-KVK-41160054,UG,,programme,,,1,\n'
 * files['sectors.csv']; // => 'member,sector,network,companies,activities\nNL-KVK-41160054,health,companies,,1\n'
 */
export interface ImportIatiOptions extends CommonImportOptions {
  /**
   * Keep only these members: refs ('NL-KVK-41160054') or names (compared folded,
   * "Stichting"/legal forms ignored). Funders and partners are still listed. Default: every
   * member.
   */
  readonly orgs?: readonly string[];
  /**
   * Keep only members whose ref starts with this prefix (case-insensitive), or one of these
   * prefixes, e.g. 'NL-' for Dutch organisations. Applied together with `orgs` (a member must
   * pass both). Default: no prefix filter.
   */
  readonly orgPrefix?: string | readonly string[];
  /**
   * Keep only these recipient countries (alpha-2) in geography.csv. Expertise and sectors still
   * count every activity. Default: every country.
   */
  readonly countries?: readonly string[];
  /**
   * Organisation types by ref (or name): an IATI OrganisationType code ('21') or name
   * ('International NGO'), or a members.csv type word ('ngo', 'un'). Used for organisations the
   * file gives no type for; see orgTypesFromCodelist. Default none: such organisations are
   * typed from their ref or name when it names a government body (a ministry, an embassy, a
   * bilateral donor's ref such as 'XM-DAC-7' or 'CA-3') or a UN agency, else 'other' (one
   * warning lists them).
   */
  readonly orgTypes?: Readonly<Record<string, string>>;
  /**
   * Official display names by organisation ref, e.g. from the IATI ReportingOrganisation
   * codelist (see orgNamesFromCodelist): an organisation whose ref is listed is named so instead
   * of its most used spelling in the file ("United Nations World Food Programme (WFP)" rather
   * than "Programme alimentaire mondial"). A `merge` override wins. Default none.
   */
  readonly orgNames?: Readonly<Record<string, string>>;
  /** Network kind written in sectors.csv (IATI does not say which networks an organisation has). Default 'association'. */
  readonly network?: NetworkKind;
  /** Sector taxonomy whose `dac` codes map activities to sectors. Default DEFAULT_SECTORS. */
  readonly sectors?: readonly TaxonomyEntry[];
  /** Theme taxonomy the DAC theme ids are resolved through. Default DEFAULT_THEMES. */
  readonly themes?: readonly TaxonomyEntry[];
  /**
   * Make funders members too: every organisation of an activity becomes a member (funders are
   * still listed in funders.csv). Default false: government bodies and organisations that only
   * fund or extend an activity are funders, not members (see isActivityMember).
   */
  readonly fundersAsMembers?: boolean;
  /**
   * CSV exports only: a table of the activities' organisations (columns activity_id, org_ref,
   * org_name, role, org_type, as the IATI Datastore's organisations export), used instead of the
   * role columns for the activities it lists, with the organisation types. Default none.
   */
  readonly organisations?: string | Uint8Array;
  /** File name of `organisations` in warnings. Default 'organisations.csv'. */
  readonly organisationsFile?: string;
}

/** Every option key of {@link ImportIatiOptions}. */
export const IMPORT_IATI_OPTION_KEYS: readonly string[] = [
  ...COMMON_IMPORT_OPTION_KEYS,
  ...Object.keys({
    countries: true,
    fundersAsMembers: true,
    network: true,
    orgPrefix: true,
    orgTypes: true,
    orgNames: true,
    organisations: true,
    organisationsFile: true,
    orgs: true,
    sectors: true,
    themes: true,
  } satisfies Record<Exclude<keyof ImportIatiOptions, keyof CommonImportOptions>, true>),
];

/**
 * Defaults of {@link ImportIatiOptions}.
 *
 * @example
 * const csv = 'iati_identifier,reporting_org_ref,reporting_org_name,country_codes,sector_codes\n' +
 *   'NL-1-A,NL-KVK-41160054,Cordaid,KE; UG,12220\nNL-1-B,NL-KVK-41160054,Stichting Cordaid,KE,15180\n';
 * DEFAULT_IATI_OPTIONS; // => { file: 'iati.csv', network: 'association', fundersAsMembers: false }
 * importIati(csv, { network: DEFAULT_IATI_OPTIONS.network, orgPrefix: 'NL-' }).stats.members; // => 1
 */
export const DEFAULT_IATI_OPTIONS = Object.freeze({
  file: 'iati.csv',
  network: 'association' as NetworkKind,
  fundersAsMembers: false,
});

/** How the organisations of an import are typed: the file's codes, then `orgTypes`, then the name. */
/** Type text for an organisation ('' when none) and its kind (null when unknown). */
type TypeResolver = (ref: string | null, name: string) => { text: string; kind: OrgKind | null };

/**
 * One type per organisation for the whole file: the type code most used with its ref (else
 * with its name) in the file, else `orgTypes`, else government or UN agency when the ref or
 * name says so.
 */
function typeResolver(
  activities: readonly IatiActivity[],
  orgTypes: Readonly<Record<string, string>>,
): TypeResolver {
  const byRef = new Map<string, Map<string, number>>();
  const byName = new Map<string, Map<string, number>>();
  const count = (map: Map<string, Map<string, number>>, key: string, type: string) => {
    const m = map.get(key) ?? new Map<string, number>();
    m.set(type, (m.get(type) ?? 0) + 1);
    map.set(key, m);
  };
  for (const a of activities) {
    for (const o of a.orgs) {
      const type = o.type.trim();
      if (type === '' || orgKindFromIati(type) === null) continue;
      if (o.ref) count(byRef, o.ref.toLowerCase(), type);
      count(byName, orgNameKey(o.name), type);
    }
  }
  const given = new Map<string, string>();
  for (const key of Object.keys(orgTypes)) {
    given.set(key.trim().toLowerCase(), orgTypes[key]!);
    given.set(`name:${orgNameKey(key)}`, orgTypes[key]!);
  }
  const cache = new Map<string, { text: string; kind: OrgKind | null }>();
  return (ref, name) => {
    const cacheKey = `${ref ?? ''}\u0000${name}`;
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    const nameKey = orgNameKey(name);
    const text =
      (ref ? mostUsed(byRef.get(ref.toLowerCase()) ?? []) : null) ??
      (ref ? given.get(ref.toLowerCase()) : undefined) ??
      mostUsed(byName.get(nameKey) ?? []) ??
      given.get(`name:${nameKey}`) ??
      '';
    const kind = orgKindFromIati(text);
    const out = {
      text,
      kind: kind ?? kindFromRefOrName(ref, name),
    };
    cache.set(cacheKey, out);
    return out;
  };
}

/**
 * Whether an organisation is a funding vehicle: its name, or any name met with its ref in the
 * file, says so (a ref used as a name elsewhere does not hide a "Trust Fund").
 */
function vehicleResolver(activities: readonly IatiActivity[]): (ref: string | null, name: string) => boolean {
  const refs = new Set<string>();
  for (const a of activities) {
    for (const o of a.orgs) if (o.ref && looksLikeFundingVehicle(o.name)) refs.add(o.ref.toLowerCase());
  }
  return (ref, name) => (ref !== null && refs.has(ref.toLowerCase())) || looksLikeFundingVehicle(name);
}

/** Whether an organisation passes the `orgs` and `orgPrefix` filters. */
function memberFilter(options: ImportIatiOptions): (org: IatiOrg) => boolean {
  const { orgs, orgPrefix } = options;
  const prefixes = (typeof orgPrefix === 'string' ? [orgPrefix] : (orgPrefix ?? [])).map((p) =>
    p.trim().toLowerCase(),
  );
  const wantedRefs = new Set((orgs ?? []).map((o) => o.trim().toLowerCase()));
  const wantedNames = new Set((orgs ?? []).map((o) => orgNameKey(o)));
  return (org) => {
    const ref = org.ref?.toLowerCase() ?? null;
    if (prefixes.length > 0 && !(ref && prefixes.some((p) => ref.startsWith(p)))) return false;
    return (
      wantedRefs.size === 0 || (ref !== null && wantedRefs.has(ref)) || wantedNames.has(orgNameKey(org.name))
    );
  };
}

/** The state of one import while activities are turned into member activities. */
interface Conversion {
  readonly spellings: SpellingTable;
  readonly activities: ImportActivity[];
  readonly unmapped: Record<string, number>;
  skipped: number;
  filtered: number;
  /** Spellings of implementers left out of the countries of an activity that does not say who works where (placesOf). */
  readonly unplaced: Set<number>;
}

/** Count an organisation of the activity as a spelling (with its ref, type and implied country). */
function spellingOf(conv: Conversion, o: ActivityOrg, types: TypeResolver): number {
  const { org } = o;
  const typed = types(org.ref, org.name);
  return conv.spellings.add(org.name, {
    ref: org.ref,
    type: typed.text,
    country: org.ref ? countryFromOrgRef(org.ref) : null,
  });
}

/**
 * The most members an activity may have for them to count as working together (geography.csv
 * `works_with`): a consortium, not a framework programme with dozens of implementers in dozens of
 * countries, whose implementers need not know each other.
 */
const MAX_JOINT_MEMBERS = 15;

/**
 * Per member of an activity, the others it works with in it: all of them in an activity of at most
 * MAX_JOINT_MEMBERS members; in a larger one only the members that lead it (report it or are
 * accountable for it: UNEP with WHO, WMO and UNECE in an air-quality project with 22 implementers)
 * work with each other, while its implementers need not know each other.
 */
function togetherInActivity(members: readonly ActivityOrg[], spellings: readonly number[]): number[][] {
  const linked = members.length <= MAX_JOINT_MEMBERS ? members.map(() => true) : members.map(namesPartners);
  const count = linked.filter(Boolean).length;
  if (count < 2 || count > MAX_JOINT_MEMBERS) return members.map(() => []);
  return members.map((_, k) => (linked[k] ? spellings.filter((_, j) => j !== k && linked[j]) : []));
}

/** Turn one activity into one member activity per member (places with partners, the members doing it with it, funders). */
function convertActivity(
  a: IatiActivity,
  read: IatiRead,
  options: ImportIatiOptions,
  ctx: {
    types: TypeResolver;
    vehicles: (ref: string | null, name: string) => boolean;
    keep: (org: IatiOrg) => boolean;
    lookups: ThemeLookups;
    countries: ReadonlySet<string> | null;
  },
  conv: Conversion,
): void {
  const cast = activityCast(
    a.orgs,
    (org) => ctx.types(org.ref, org.name).kind,
    options.fundersAsMembers ?? false,
    (org) => ctx.vehicles(org.ref, org.name),
  );
  const members = cast.members.filter((m) => ctx.keep(m.org));
  if (members.length === 0) {
    conv.skipped++;
    if (cast.members.length > 0) conv.filtered++;
    else read.warnings.add(a.line, 'missing_value', null, null, read.warnings.t('import.activity_no_member'));
    return;
  }
  const { themes, sectors, unmapped } = activityThemes(a.sectors, ctx.lookups);
  for (const code of unmapped) conv.unmapped[code] = (conv.unmapped[code] ?? 0) + 1;
  const { places, unknown, spread } = activityPlaces(a, ctx.countries);
  for (const token of unknown)
    read.warnings.add(
      a.line,
      'unknown_country',
      'recipient-country',
      token,
      read.warnings.t('import.unknown_recipient', { value: token }),
    );
  const year = startYear(a);
  const funders: ActivityFunder[] = cast.funders.map((f) => ({
    spelling: spellingOf(conv, f.org, ctx.types),
    role: f.role,
  }));
  const implementers = cast.implementers.map((o) => ({
    o,
    spelling: spellingOf(conv, o, ctx.types),
    home: localHome(o.org, ctx.types),
  }));
  const countries = new Set(places.map((p) => p.country));
  const spellings = members.map(
    (member) => implementers.find((x) => x.o === member)?.spelling ?? spellingOf(conv, member, ctx.types),
  );
  const togetherOf = togetherInActivity(members, spellings);
  const implementing = members.filter((m) => !namesPartners(m)).length;
  members.forEach((member, k) => {
    const spelling = spellings[k]!;
    const others = namesPartners(member) ? implementers.filter((x) => x.o !== member) : [];
    const together = togetherOf[k]!;
    const placed = placesOf(member, places, countries, spread > MAX_SPREAD && implementing > MAX_SPREAD);
    if (placed.length === 0 && places.length > 0) conv.unplaced.add(spelling);
    const memberPlaces: ActivityPlace[] = placed.map((p) => ({
      ...p,
      partners: others.filter((x) => isLocalAt(x.home, p.country, countries)).map((x) => x.spelling),
      ...(together.length > 0 ? { together } : {}),
      year,
    }));
    conv.activities.push({ spelling, themes, sectors, places: memberPlaces, funders, line: a.line });
  });
}

/**
 * Above this many countries and this many implementing members, an activity does not say which
 * implementer works where: a framework such as FCDO's Evidence Fund with ten suppliers in 30
 * countries does not put each supplier in all 30.
 */
const MAX_SPREAD = 3;

/**
 * The places of a member in an activity: all of them, except for an organisation that only
 * implements a multi-country activity. One whose ref or name says it is based in one of the
 * activity's countries works there ("CTCP CENERGY VIET NAM" in a research programme in Viet Nam,
 * Uganda and Kenya works in Viet Nam); the others work in all of them, unless the activity is
 * `unsaid` (more than MAX_SPREAD recipient countries, before the `countries` filter, and more
 * than MAX_SPREAD implementing members): then none (the activity's themes still count for it).
 */
function placesOf(
  member: ActivityOrg,
  places: readonly Omit<ActivityPlace, 'partners' | 'year'>[],
  countries: ReadonlySet<string>,
  unsaid: boolean,
): readonly Omit<ActivityPlace, 'partners' | 'year'>[] {
  if (namesPartners(member)) return places;
  const home = homeOf(member.org);
  if (home !== null && countries.has(home)) return places.filter((p) => p.country === home);
  return unsaid ? [] : places;
}

/**
 * Where an implementing organisation is local: 'none' for a UN agency, an international or
 * government body (no local partner anywhere), else the country of its ref or the one its name
 * names, or null when neither says.
 */
function localHome(org: IatiOrg, types: TypeResolver): string | null | 'none' {
  const kind = types(org.ref, org.name).kind;
  if (kind?.type === 'un' || kind?.type === 'government' || kind?.scope === 'international') return 'none';
  return homeOf(org);
}

/** The country an organisation is based in by its ref's prefix, else the one its name names; null when neither says. */
function homeOf(org: IatiOrg): string | null {
  return (org.ref ? countryFromOrgRef(org.ref) : null) ?? countryNamedIn(org.name);
}

/**
 * Whether an implementer is a local partner in a country of the activity: its home is that
 * country, or its home is unknown and the activity is in that one country only (a partner of a
 * multi-country activity is not local in each of them: "Kenya Legal and Ethical Issues Network"
 * is no local partner in Tanzania).
 */
function isLocalAt(home: string | null | 'none', country: string, countries: ReadonlySet<string>): boolean {
  if (home === 'none') return false;
  return home === null ? countries.size === 1 : home === country;
}

/**
 * Turn IATI activities (read from CSV or XML) into the five CSV texts: who is a member, funder
 * or local partner in each activity (activityCast), the members' places, themes and partners,
 * and who funds them. A repeated activity identifier is counted once ('duplicate_row').
 *
 * @param read - activities and the warnings of reading them (readIatiCsv, readIatiXml)
 * @param options - filters, types, network kind and taxonomies; defaults in {@link DEFAULT_IATI_OPTIONS} and {@link DEFAULT_IMPORT_OPTIONS}
 * @example
 * const read = readIatiCsv('iati_identifier,reporting_org_ref,reporting_org_name,country_codes\nA,NL-KVK-41160054,Cordaid,KE\n', 'a.csv');
 * importIatiActivities(read, { orgTypes: { 'NL-KVK-41160054': '21' } }).stats.members; // => 1
 */
export function importIatiActivities(read: IatiRead, options: ImportIatiOptions = {}): ImportResult {
  const ctx = {
    types: typeResolver(read.activities, options.orgTypes ?? {}),
    vehicles: vehicleResolver(read.activities),
    keep: memberFilter(options),
    lookups: {
      userTheme: themeMapLookup(options.themeMap),
      canonical: themeCanonicaliser(options.themes),
      sectorsOf: dacSectorIndex(options.sectors ?? DEFAULT_SECTORS),
    },
    countries: options.countries ? new Set(options.countries.map((c) => c.trim().toUpperCase())) : null,
  };
  const conv: Conversion = {
    spellings: new SpellingTable(),
    activities: [],
    unmapped: Object.create(null),
    skipped: read.rejected,
    filtered: 0,
    unplaced: new Set(),
  };
  const seen = new Set<string>();
  for (const a of read.activities) {
    if (a.id !== '' && seen.has(a.id)) {
      conv.skipped++;
      read.warnings.add(
        a.line,
        'duplicate_row',
        'iati-identifier',
        a.id,
        read.warnings.t('import.activity_again', { value: a.id }),
      );
      continue;
    }
    if (a.id !== '') seen.add(a.id);
    convertActivity(a, read, options, ctx, conv);
  }
  warnUnmapped(read, conv.unmapped);
  const infos = conv.spellings.infos((_, e) => ctx.types(e.ref, e.name).kind);
  const memberSpellings = new Set(conv.activities.map((x) => x.spelling));
  warnUntyped(read, infos, memberSpellings);
  warnRefOnly(read, infos, memberSpellings, options.orgNames ?? {});
  warnNamesListed(
    read,
    'recipient-country',
    'import.not_placed',
    infos.filter((_, i) => conv.unplaced.has(i)).map((s) => s.name),
  );
  return finishImport(
    infos,
    conv.activities,
    {
      ...importAssembleOptions('iati', options.network ?? DEFAULT_IATI_OPTIONS.network, options),
      officialNames: options.orgNames ?? {},
    },
    read.warnings,
    { rows: read.rows, skipped: conv.skipped, filtered: conv.filtered, unmapped: conv.unmapped },
    'import.why_refs',
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One warning naming the DAC codes that mapped to nothing. */
function warnUnmapped(read: IatiRead, unmapped: Readonly<Record<string, number>>): void {
  const codes = Object.keys(unmapped).sort(cmp);
  if (codes.length === 0) return;
  read.warnings.add(
    read.headerLine,
    'unknown_theme',
    read.sectorColumn,
    null,
    read.warnings.t('import.dac_unmapped', { count: codes.length, codes: codes.join(', ') }),
  );
}

/** One warning naming the members without a known organisation type (they are typed "other"). */
function warnUntyped(
  read: IatiRead,
  infos: readonly { name: string; type: string | null }[],
  members: ReadonlySet<number>,
): void {
  const names = infos.filter((s, i) => members.has(i) && s.type === null).map((s) => s.name);
  warnNamesListed(read, 'type', 'import.untyped', names);
}

/**
 * One warning on the header line listing names (distinct, sorted, the first 10 quoted, then "and
 * N more"); none when the list is empty.
 */
function warnNamesListed(
  read: IatiRead,
  column: string,
  key: 'import.untyped' | 'import.ref_only' | 'import.not_placed',
  list: readonly string[],
): void {
  const names = [...new Set(list)].sort(cmp);
  if (names.length === 0) return;
  read.warnings.add(
    0,
    'missing_value',
    column,
    null,
    read.warnings.t(key, {
      count: names.length,
      names: names
        .slice(0, 10)
        .map((n) => `"${n}"`)
        .join(', '),
      more: names.length > 10 ? read.warnings.t('import.and_more', { count: names.length - 10 }) : '',
    }),
  );
}

/** One warning naming the members known only by their ref (the file gives no usable name). */
function warnRefOnly(
  read: IatiRead,
  infos: readonly { name: string; ref?: string | null }[],
  members: ReadonlySet<number>,
  orgNames: Readonly<Record<string, string>>,
): void {
  const named = new Set(Object.keys(orgNames).map((r) => r.trim().toLowerCase()));
  // A ref that some spelling gives a name (elsewhere in the file) is shown by that name.
  for (const s of infos) if (s.ref && s.name !== s.ref) named.add(s.ref.toLowerCase());
  // A ref with a digit reads as a registry code; "MEWA" or "Innovations_for_Poverty_Action" reads as a name.
  const refs = infos
    .filter(
      (s, i) =>
        members.has(i) && s.ref && s.name === s.ref && /\d/.test(s.ref) && !named.has(s.ref.toLowerCase()),
    )
    .map((s) => s.name);
  warnNamesListed(read, 'name', 'import.ref_only', refs);
}

/**
 * Import an IATI activity export (CSV text or bytes, one row per activity; multi-value cells
 * separated by ";") into the five long CSV texts of the library. Columns are found by folded
 * aliases (IATI_COLUMNS): `reporting_org_ref` / `reporting-org-ref`, `reporting_org_name` /
 * `reporting-org`, `country_codes` / `recipient-country-code`, `sector_codes` / `sector-code`,
 * the role columns `funding_agencies`, `accountable_orgs`, `extending_orgs`,
 * `implementing_partners` (and their `_refs` columns), start dates, ...; the optional
 * `organisations` table gives each activity's organisations with their roles and types.
 *
 * - members: the organisations that do the work (isActivityMember): implementing
 *   organisations, and reporting or accountable ones that are NGOs, knowledge institutes or
 *   companies, or that do not fund the activity; never government bodies. De-duplicated (same
 *   ref always merges; names by spelling, acronym and near-typo); id = the org ref (else a slug);
 *   type and scope from the IATI type code (21 -> ngo + international, 40 -> un, ...); country =
 *   the ref's prefix when it is an ISO code ('NL-KVK-...' -> NL); extra column `activities`.
 * - funders: the other organisations, per member they fund, country and role (funding,
 *   extending, accountable).
 * - geography: one row per member, recipient country and area; `partners` = the implementing
 *   organisations of the activities the member reports or is accountable for; `since` = the
 *   earliest start year; `activities` = how many of its activities are there.
 * - expertise: DAC codes -> themes (DAC_CODE_THEMES, then DAC_CATEGORY_THEMES), evidence
 *   `observed`, level empty, `activities` = activities with the theme.
 * - sectors: DAC codes listed in a sector's `dac` (sectors.json); network `association`; no
 *   strength; companies empty.
 *
 * stats.rows = usedRows + skippedRows (an activity without a member is skipped with a warning).
 *
 * @param input - an IATI activity export (IATI tools or Datastore CSV) as text or bytes
 * @param options - member filters, types, funders as members, network kind and taxonomies; defaults in {@link DEFAULT_IATI_OPTIONS} and {@link DEFAULT_IMPORT_OPTIONS}
 * @throws LimitError when the input exceeds a parser limit
 * @example
 * const csv = 'iati_identifier,reporting_org_ref,reporting_org_name,funding_agencies,implementing_partners,country_codes,sector_codes\n' +
 *   'NL-1-A,NL-KVK-41160054,Cordaid,Ministry of Foreign Affairs,Local Health NGO,KE,12220\n';
 * const { files } = importIati(csv, { orgTypes: { 'NL-KVK-41160054': '21' } });
 * files['geography.csv'].split('\n')[1]; // => 'NL-KVK-41160054,KE,,programme,Local Health NGO,,1,local-health-ngo'
 * files['funders.csv'].split('\n')[1]; // => 'Ministry of Foreign Affairs,,government,NL-KVK-41160054,KE,funding,1'
 */
export function importIati(input: string | Uint8Array, options: ImportIatiOptions = {}): ImportResult {
  checkOptionKeys(options, IMPORT_IATI_OPTION_KEYS);
  const read = readIatiCsv(input, options.file ?? DEFAULT_IATI_OPTIONS.file, {
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(options.organisations === undefined ? {} : { organisations: options.organisations }),
    ...(options.organisationsFile === undefined ? {} : { organisationsFile: options.organisationsFile }),
    ...(options.lang === undefined ? {} : { lang: options.lang }),
  });
  return importIatiActivities(read, options);
}

/** Column headers of the ReportingOrganisation codelist (and look-alike tables) by what they hold. */
const CODELIST_HEADERS = {
  code: ['code', 'ref', 'organisation identifier'],
  type: [
    'codeforiati:organisation-type-code',
    'organisation type code',
    'organisation-type-code',
    'type code',
  ],
  name: ['name', 'organisation name', 'narrative'],
} as const;

/** One value column of a codelist table by ref; rows without a ref or a value are left out. */
function codelistColumn(
  input: string | Uint8Array,
  value: keyof typeof CODELIST_HEADERS,
): Record<string, string> {
  const table = parseTable(input, { file: 'ReportingOrganisation.csv' });
  const codeCol = findColumn(table, { headers: CODELIST_HEADERS.code });
  const valueCol = findColumn(table, { headers: CODELIST_HEADERS[value] });
  const out: Record<string, string> = Object.create(null);
  if (codeCol < 0 || valueCol < 0) return { ...out };
  for (const { cells } of table.rows) {
    const code = cellText(cells, codeCol);
    const text = cellText(cells, valueCol);
    if (code !== '' && text !== '') out[code] = text;
  }
  return { ...out };
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
  return codelistColumn(input, 'type');
}

/**
 * Official organisation names by ref from the IATI ReportingOrganisation codelist CSV (columns
 * `code` and `name`), for the `orgNames` option of {@link importIati}: the registry's name of
 * each publisher, so one organisation reads the same in every report whatever spelling its
 * activities use. Rows without a name are left out.
 *
 * @param input - the IATI ReportingOrganisation codelist as CSV text or bytes (columns code and name)
 * @example
 * orgNamesFromCodelist('code,name\nXM-DAC-41140,United Nations World Food Programme (WFP)\n');
 * // => { 'XM-DAC-41140': 'United Nations World Food Programme (WFP)' }
 */
export function orgNamesFromCodelist(input: string | Uint8Array): Record<string, string> {
  return codelistColumn(input, 'name');
}
