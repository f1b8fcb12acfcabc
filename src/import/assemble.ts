/**
 * The shared back half of the importers: de-duplicate organisation spellings (members, local
 * partners and funders alike), aggregate the activities of each member and write the five long
 * CSV texts. Observed evidence only: activity counts, never an invented level or strength.
 * @module
 */
import { foldText } from '../normalise/fold.js';
import { clusterOrgNames } from '../normalise/orgClusters.js';
import { mostUsed, type OrgCluster, type OrgSpelling } from '../normalise/orgNames.js';
import { CSV_LIST_SEPARATOR, formatCsv } from '../output/csv.js';
import type { NetworkKind, PresenceKind } from '../schema/records.js';
import { unifyAreaSpellings } from './areas.js';
import { calmCapitals } from './nameCase.js';
import {
  type CommonImportOptions,
  DEFAULT_IMPORT_OPTIONS,
  type FunderRole,
  type ImportedFiles,
  type ImportMemberType,
  type ImportOrigins,
  type ImportResult,
  type ImportStats,
  type OrgMerge,
  type OrgScope,
} from './types.js';
import type { WarningCollector } from './warnings.js';

/** A distinct organisation spelling with what the importer knows about it. */
export interface SpellingInfo extends OrgSpelling {
  /** Type from the source's type column or code, or null when unknown. */
  readonly type: ImportMemberType | null;
  /** Scope from the source's type column or code, or null when it does not say. */
  readonly scope: OrgScope | null;
  /** The source's type text (IATI code, 3W label), for the `source_type` column. */
  readonly sourceType: string;
  /** Headquarters country (alpha-2) when the source implies one, else null. */
  readonly country: string | null;
  /** The source's own id of the organisation (the IATI3W stub): the member id when it has no ref. */
  readonly key?: string | null;
}

/** One place (country, and area when known) an activity happens in. */
export interface ActivityPlace {
  readonly country: string;
  /** The area in the contract's form (`Name (PCODE)`, `Parent > Child`), or null for the whole country. */
  readonly area: string | null;
  /** Spelling indexes of the local partners named for this member's activity there. */
  readonly partners: readonly number[];
  /** Spelling indexes of the other members doing the same activity there (IATI: its implementers). */
  readonly together?: readonly number[];
  /** Start year of the activity, or null. */
  readonly year: number | null;
}

/** An organisation that funds, extends or is accountable for a member's activity. */
export interface ActivityFunder {
  /** Index into the spellings. */
  readonly spelling: number;
  readonly role: FunderRole;
}

/** One activity (IATI) or row (3W) of one member spelling. */
export interface ImportActivity {
  /** Index into the spellings: the member doing the activity. */
  readonly spelling: number;
  /** Canonical theme ids (duplicates are ignored). */
  readonly themes: readonly string[];
  /** Sector ids (duplicates are ignored). */
  readonly sectors: readonly string[];
  readonly places: readonly ActivityPlace[];
  readonly funders: readonly ActivityFunder[];
  /** The input line it was read from (a 3W row, an IATI activity), for {@link ImportOrigins}. */
  readonly line?: number;
}

/** One place of a {@link MemberSummary}: its activities, partners and the members it works with there. */
export interface SummaryPlace {
  readonly country: string;
  /** The area in the contract's form, or null for the whole country. */
  readonly area: string | null;
  readonly activities: number;
  /** Spelling indexes of its local partners there. */
  readonly partners: readonly number[];
  /** Spelling indexes of the other members it works with there. */
  readonly together: readonly number[];
}

/**
 * One member of an aggregated source (the IATI3W organisation index), its counts already added
 * up: what {@link ImportActivity} records add up to in assembleImport.
 */
export interface MemberSummary {
  /** Index into the spellings: the member. */
  readonly spelling: number;
  /** Its activities in all. */
  readonly activities: number;
  /** Activities per theme and country ('' for none); the theme is not placed in an area. */
  readonly themes: readonly {
    readonly theme: string;
    readonly country: string;
    readonly activities: number;
  }[];
  readonly places: readonly SummaryPlace[];
  /** Organisations that fund it: spelling index, country, role and activities. */
  readonly funders: readonly {
    readonly spelling: number;
    readonly country: string;
    readonly role: FunderRole;
    readonly activities: number;
  }[];
}

/** Options of {@link assembleImport}. */
export interface AssembleOptions {
  /** The source: member ids are IATI refs (iati), acronyms (3w), or refs else the source's keys (iati3w). */
  readonly kind: 'iati' | '3w' | 'iati3w';
  readonly presence: PresenceKind;
  readonly network: NetworkKind;
  readonly fuzzyThreshold: number;
  readonly acronymThreshold: number;
  readonly merge: Readonly<Record<string, string>>;
  /** Official names by ref (see ClusterOptions.officialNames). Default none. */
  readonly officialNames?: Readonly<Record<string, string>>;
}

/** Sources without sector-network information (3W tables, the IATI3W index) write sectors.csv with its header only. */
export const NO_NETWORK: NetworkKind = 'association';

/**
 * The options the shared back half needs, from an importer's options and their defaults.
 *
 * @example
 * importAssembleOptions('3w', NO_NETWORK, {}).fuzzyThreshold; // => 0.1
 */
export function importAssembleOptions(
  kind: AssembleOptions['kind'],
  network: NetworkKind,
  options: CommonImportOptions,
): AssembleOptions {
  return {
    kind,
    presence: options.presence ?? DEFAULT_IMPORT_OPTIONS.presence,
    network,
    fuzzyThreshold: options.fuzzyThreshold ?? DEFAULT_IMPORT_OPTIONS.fuzzyThreshold,
    acronymThreshold: options.acronymThreshold ?? DEFAULT_IMPORT_OPTIONS.acronymThreshold,
    merge: options.merge ?? {},
  };
}

/** What {@link assembleImport} returns. */
export interface Assembled
  extends Pick<
    ImportStats,
    'members' | 'expertise' | 'geography' | 'sectors' | 'funderRows' | 'funders' | 'areas' | 'partners'
  > {
  readonly files: ImportedFiles;
  /** The input lines behind each written row (absent when the activities carry no lines). */
  readonly lines?: ImportOrigins['rows'];
  readonly merges: readonly OrgMerge[];
  /** Organisations kept apart under the same name; written as "Name (id)". */
  readonly renamed: readonly { readonly name: string; readonly ids: readonly string[] }[];
}

/** The headers of the five files (English names of the input formats). */
export const IMPORT_HEADERS = Object.freeze({
  'members.csv': [
    'id',
    'name',
    'type',
    'scope',
    'country',
    'role',
    'org_acronym',
    'source_type',
    'activities',
  ],
  'expertise.csv': ['member', 'theme', 'level', 'evidence', 'activities', 'country', 'area'],
  'geography.csv': ['member', 'country', 'area', 'presence', 'partners', 'since', 'activities'],
  'sectors.csv': ['member', 'sector', 'network', 'companies', 'activities'],
  'funders.csv': ['funder', 'funder_ref', 'funder_type', 'member', 'country', 'role', 'activities'],
} satisfies Record<keyof ImportedFiles, readonly string[]>);

/** Separator of multi-value cells (partners) in the written CSVs: the report's list separator. */
export const MULTI_SEPARATOR = CSV_LIST_SEPARATOR;

type Cell = string | number | null;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Folded order, then code-unit order: how names and areas are listed. */
function byFolded(a: string, b: string): number {
  return cmp(foldText(a), foldText(b)) || cmp(a, b);
}

/**
 * Kebab-case slug of a name; 'org' when it has no letters or digits.
 *
 * @example
 * slugOf('Action Contre la Faim'); // => 'action-contre-la-faim'
 */
export function slugOf(name: string): string {
  const slug = foldText(name).replace(/ /g, '-');
  return slug === '' ? 'org' : slug;
}

/** The key under which the members reader treats two ids (or names) as the same: lowercase, no accents. */
function readerKey(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/** The source key (IATI3W stub) of a cluster: that of its most used spelling that has one. */
function clusterKey(c: OrgCluster, spellings: readonly SpellingInfo[]): string | null {
  return mostUsed(c.members.map((i) => [spellings[i]!.key ?? null, spellings[i]!.count] as const));
}

/** Member ids: IATI uses the ref, 3W the acronym, IATI3W the ref else the stub; otherwise a slug; made unique with -2, -3, ... */
function assignIds(
  clusters: readonly OrgCluster[],
  kind: AssembleOptions['kind'],
  spellings: readonly SpellingInfo[],
): string[] {
  const taken = new Set<string>();
  return clusters.map((c) => {
    const own = kind === 'iati' ? c.ref : kind === '3w' ? c.acronym : (c.ref ?? clusterKey(c, spellings));
    const preferred = own ?? slugOf(c.canonical);
    const base = preferred.trim() === '' ? slugOf(c.canonical) : preferred.trim();
    let id = base;
    for (let n = 2; taken.has(readerKey(id)); n++) id = `${base}-${n}`;
    taken.add(readerKey(id));
    return id;
  });
}

/**
 * Display names, with " (id)" appended to every member whose name the members reader would take
 * for another's (same name up to case and accents: organisations the clusterer kept apart, e.g.
 * two different IATI refs). Returns the names and the groups that were renamed.
 */
function assignNames(
  clusters: readonly OrgCluster[],
  ids: readonly string[],
): { names: string[]; renamed: { name: string; ids: string[] }[] } {
  const byKey = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    const key = readerKey(c.canonical);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const names = clusters.map((c) => c.canonical);
  const renamed: { name: string; ids: string[] }[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    renamed.push({ name: clusters[list[0]!]!.canonical, ids: list.map((i) => ids[i]!) });
    for (const i of list) names[i] = `${clusters[i]!.canonical} (${ids[i]!})`;
  }
  return { names, renamed };
}

/** Every organisation after de-duplication, with the members among them named and numbered. */
interface Orgs {
  readonly clusters: readonly OrgCluster[];
  /** Spelling index -> cluster index. */
  readonly clusterOf: ReadonlyMap<number, number>;
  /** Cluster indexes of the members, in cluster order. */
  readonly members: readonly number[];
  /** Cluster index -> member position, for members only. */
  readonly memberAt: ReadonlyMap<number, number>;
  readonly ids: readonly string[];
  /** Display name per cluster (members possibly "Name (id)"). */
  readonly names: readonly string[];
  readonly renamed: readonly { readonly name: string; readonly ids: readonly string[] }[];
}

function identifyOrgs(
  spellings: readonly SpellingInfo[],
  doers: readonly number[],
  options: AssembleOptions,
): Orgs {
  const { fuzzyThreshold, acronymThreshold, merge, officialNames = {} } = options;
  // Names typed in capitals only are written in title case (ids are made from them the same way).
  const clusters = clusterOrgNames(spellings, { fuzzyThreshold, acronymThreshold, merge, officialNames }).map(
    (c) => ({ ...c, canonical: calmCapitals(c.canonical) }),
  );
  const clusterOf = new Map<number, number>();
  clusters.forEach((c, ci) => {
    for (const s of c.members) clusterOf.set(s, ci);
  });
  const isMember = new Set(doers.map((s) => clusterOf.get(s)!));
  const members = clusters.map((_, ci) => ci).filter((ci) => isMember.has(ci));
  const memberClusters = members.map((ci) => clusters[ci]!);
  const ids = assignIds(memberClusters, options.kind, spellings);
  const named = assignNames(memberClusters, ids);
  const names = clusters.map((c) => c.canonical);
  members.forEach((ci, m) => {
    names[ci] = named.names[m]!;
  });
  // An organisation that is not a member but has a member's name (another ref) says which it is.
  const memberNames = new Set(members.map((ci) => readerKey(clusters[ci]!.canonical)));
  clusters.forEach((c, ci) => {
    if (!isMember.has(ci) && memberNames.has(readerKey(c.canonical)))
      names[ci] = `${c.canonical} (${c.ref ?? 'not a member'})`;
  });
  return {
    clusters,
    clusterOf,
    members,
    memberAt: new Map(members.map((ci, m) => [ci, m])),
    ids,
    names,
    renamed: named.renamed,
  };
}

interface PlaceAgg {
  readonly country: string;
  readonly area: string | null;
  activities: number;
  since: number | null;
  /** Partner cluster indexes. */
  readonly partners: Set<number>;
  /** Cluster indexes of the other members doing an activity of this member here. */
  readonly together: Set<number>;
  /** Input lines of its activities here. */
  readonly lines: number[];
}

/** Where one member works on one theme: activities and areas per country. */
interface ThemePlace {
  activities: number;
  /** Areas (the contract's form) of the activities on the theme there; none: the whole country. */
  readonly areas: Set<string>;
  /** Input lines of its activities on the theme there. */
  readonly lines: number[];
}

/** What the activities of one member add up to. */
interface MemberAgg {
  activities: number;
  /** theme -> country ('' for activities that name none) -> where. */
  readonly themes: Map<string, Map<string, ThemePlace>>;
  readonly sectors: Map<string, number>;
  /** sector -> input lines of its activities in it. */
  readonly sectorLines: Map<string, number[]>;
  /** Input lines of its activities. */
  readonly lines: number[];
  /** country + area -> place. */
  readonly places: Map<string, PlaceAgg>;
  /** funder cluster, country, role -> activities. */
  readonly funders: Map<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The place of a member aggregate, created empty when new. */
function placeOf(agg: MemberAgg, country: string, area: string | null): PlaceAgg {
  const key = `${country}\u0000${area ?? ''}`;
  let p = agg.places.get(key);
  if (!p) {
    p = { country, area, activities: 0, since: null, partners: new Set(), together: new Set(), lines: [] };
    agg.places.set(key, p);
  }
  return p;
}

/** Add one activity's places to its member: one count per country and area, partners, earliest year. */
function addPlaces(agg: MemberAgg, act: ImportActivity, orgs: Orgs, self: number): void {
  const seen = new Set<string>();
  for (const place of act.places) {
    const key = `${place.country}\u0000${place.area ?? ''}`;
    const p = placeOf(agg, place.country, place.area);
    if (!seen.has(key)) {
      p.activities++;
      if (act.line !== undefined) p.lines.push(act.line);
      seen.add(key);
    }
    for (const s of place.partners) {
      const ci = orgs.clusterOf.get(s);
      if (ci !== undefined && ci !== self) p.partners.add(ci);
    }
    for (const s of place.together ?? []) {
      const ci = orgs.clusterOf.get(s);
      if (ci !== undefined && ci !== self && orgs.memberAt.has(ci)) p.together.add(ci);
    }
    if (place.year !== null && (p.since === null || place.year < p.since)) p.since = place.year;
  }
}

/**
 * Add one activity's themes where it happens: one count per theme and country (each row of a 3W
 * table is one organisation, cluster and area; an IATI activity crosses its sectors with its
 * countries), with the areas of the activity in that country. An activity that names no country
 * counts under ''.
 */
function addThemes(agg: MemberAgg, act: ImportActivity): void {
  const countries = new Map<string, string[]>();
  for (const place of act.places) {
    const areas = countries.get(place.country) ?? [];
    if (place.area !== null) areas.push(place.area);
    countries.set(place.country, areas);
  }
  if (countries.size === 0) countries.set('', []);
  for (const theme of new Set(act.themes)) {
    let byCountry = agg.themes.get(theme);
    if (!byCountry) {
      byCountry = new Map();
      agg.themes.set(theme, byCountry);
    }
    for (const [country, areas] of countries) {
      let where = byCountry.get(country);
      if (!where) {
        where = { activities: 0, areas: new Set(), lines: [] };
        byCountry.set(country, where);
      }
      where.activities++;
      if (act.line !== undefined) where.lines.push(act.line);
      for (const area of areas) where.areas.add(area);
    }
  }
}

/** Add one activity's funders: one count per funder, country of the activity (or none) and role. */
function addFunders(agg: MemberAgg, act: ImportActivity, orgs: Orgs, self: number): void {
  const countries = [...new Set(act.places.map((p) => p.country))];
  const seen = new Set<string>();
  for (const f of act.funders) {
    const ci = orgs.clusterOf.get(f.spelling);
    if (ci === undefined || ci === self) continue;
    for (const country of countries.length > 0 ? countries : ['']) {
      const key = `${ci}\u0000${country}\u0000${f.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      bump(agg.funders, key);
    }
  }
}

/** One empty aggregate per member. */
function emptyAggs(orgs: Orgs): MemberAgg[] {
  return orgs.members.map(() => ({
    activities: 0,
    themes: new Map(),
    sectors: new Map(),
    sectorLines: new Map(),
    lines: [],
    places: new Map(),
    funders: new Map(),
  }));
}

/** The activity's line, to its member and to each of its sectors. */
function addLines(agg: MemberAgg, line: number, sectors: readonly string[]): void {
  agg.lines.push(line);
  for (const sector of new Set(sectors)) {
    const lines = agg.sectorLines.get(sector);
    if (lines) lines.push(line);
    else agg.sectorLines.set(sector, [line]);
  }
}

function aggregate(activities: readonly ImportActivity[], orgs: Orgs): MemberAgg[] {
  const aggs = emptyAggs(orgs);
  for (const act of activities) {
    const ci = orgs.clusterOf.get(act.spelling)!;
    const agg = aggs[orgs.memberAt.get(ci)!]!;
    agg.activities++;
    addThemes(agg, act);
    for (const sector of new Set(act.sectors)) bump(agg.sectors, sector);
    if (act.line !== undefined) addLines(agg, act.line, act.sectors);
    addPlaces(agg, act, orgs, ci);
    addFunders(agg, act, orgs, ci);
  }
  return aggs;
}

/** Add up member summaries (two summaries of one organisation, e.g. two stubs merged by name, add up). */
function aggregateSummaries(summaries: readonly MemberSummary[], orgs: Orgs): MemberAgg[] {
  const aggs = emptyAggs(orgs);
  const cluster = (s: number) => orgs.clusterOf.get(s);
  for (const summary of summaries) {
    const self = cluster(summary.spelling)!;
    const agg = aggs[orgs.memberAt.get(self)!]!;
    agg.activities += summary.activities;
    for (const t of summary.themes) {
      const byCountry = agg.themes.get(t.theme) ?? new Map<string, ThemePlace>();
      agg.themes.set(t.theme, byCountry);
      const where = byCountry.get(t.country) ?? { activities: 0, areas: new Set<string>(), lines: [] };
      byCountry.set(t.country, where);
      where.activities += t.activities;
    }
    for (const place of summary.places) {
      const p = placeOf(agg, place.country, place.area);
      p.activities += place.activities;
      for (const ci of place.partners.map(cluster)) if (ci !== undefined && ci !== self) p.partners.add(ci);
      for (const ci of place.together.map(cluster)) {
        if (ci !== undefined && ci !== self && orgs.memberAt.has(ci)) p.together.add(ci);
      }
    }
    for (const f of summary.funders) {
      const ci = cluster(f.spelling);
      if (ci === undefined || ci === self) continue;
      const key = `${ci}\u0000${f.country}\u0000${f.role}`;
      agg.funders.set(key, (agg.funders.get(key) ?? 0) + f.activities);
    }
  }
  return aggs;
}

/** members.csv rows: type and scope are the most used among the member spellings that carry one. */
function memberRows(
  spellings: readonly SpellingInfo[],
  orgs: Orgs,
  aggs: readonly MemberAgg[],
  doers: ReadonlySet<number>,
): Cell[][] {
  return orgs.members.map((ci, m) => {
    const c = orgs.clusters[ci]!;
    // The spellings met as members describe the member (a spelling met only as a funder may carry a donor's type).
    const own = c.members.filter((i) => doers.has(i));
    const infos = (own.length > 0 ? own : c.members).map((i) => spellings[i]!);
    const type = mostUsed(infos.map((s) => [s.type, s.count] as const)) ?? 'other';
    const scope = mostUsed(infos.map((s) => [s.scope, s.count] as const));
    const country = mostUsed(infos.map((s) => [s.country, s.count] as const));
    const sourceType = mostUsed(infos.map((s) => [s.sourceType.trim(), s.count] as const));
    return [
      orgs.ids[m]!,
      orgs.names[ci]!,
      type,
      scope,
      country,
      'member',
      c.acronym,
      sourceType,
      aggs[m]!.activities,
    ];
  });
}

function sortedCounts(map: ReadonlyMap<string, number>): [string, number][] {
  return [...map].sort((a, b) => cmp(a[0], b[0]));
}

/**
 * expertise.csv (observed, no level; one row per theme and country with the areas joined, so
 * the model knows which theme a member works on where), sectors.csv (no strength) and
 * geography.csv rows. The areas of a theme are those of the activities on it that name an area;
 * when none does, the cell is empty (the whole country).
 */
function dimensionRows(orgs: Orgs, aggs: readonly MemberAgg[], options: AssembleOptions): DimensionRows {
  const expertise: Cell[][] = [];
  const sectors: Cell[][] = [];
  const geography: Cell[][] = [];
  const lines = { expertise: [] as number[][], sectors: [] as number[][], geography: [] as number[][] };
  aggs.forEach((agg, m) => {
    const id = orgs.ids[m]!;
    for (const [theme, byCountry] of [...agg.themes].sort((a, b) => cmp(a[0], b[0]))) {
      for (const [country, where] of [...byCountry].sort((a, b) => cmp(a[0], b[0]))) {
        const areas = [...where.areas].sort(byFolded).join(MULTI_SEPARATOR);
        expertise.push([id, theme, '', 'observed', where.activities, country, areas]);
        lines.expertise.push(where.lines);
      }
    }
    for (const [sector, count] of sortedCounts(agg.sectors)) {
      sectors.push([id, sector, options.network, '', count]);
      lines.sectors.push(agg.sectorLines.get(sector) ?? []);
    }
    const places = [...agg.places.values()].sort(
      (a, b) => cmp(a.country, b.country) || byFolded(a.area ?? '', b.area ?? ''),
    );
    for (const p of places) {
      const partners = [...p.partners].map((ci) => orgs.names[ci]!).sort(byFolded);
      const together = [...p.together].map((ci) => orgs.ids[orgs.memberAt.get(ci)!]!).sort(cmp);
      geography.push([
        id,
        p.country,
        p.area,
        options.presence,
        partners.join(MULTI_SEPARATOR),
        p.since,
        p.activities,
        ...(options.kind === '3w' ? [] : [together.join(MULTI_SEPARATOR)]),
      ]);
      lines.geography.push(p.lines);
    }
  });
  return { expertise, sectors, geography, lines };
}

/** The rows of the three dimension files, with the input lines behind each row. */
interface DimensionRows {
  readonly expertise: Cell[][];
  readonly sectors: Cell[][];
  readonly geography: Cell[][];
  readonly lines: {
    readonly expertise: number[][];
    readonly sectors: number[][];
    readonly geography: number[][];
  };
}

/** geography.csv's header: an IATI or IATI3W import adds `works_with` (a 3W table does not say who works with whom). */
function geographyHeader(options: AssembleOptions): readonly string[] {
  const base = IMPORT_HEADERS['geography.csv'];
  return options.kind === '3w' ? base : [...base, 'works_with'];
}

/** funders.csv rows, sorted by member, funder name, country and role. */
function funderRows(spellings: readonly SpellingInfo[], orgs: Orgs, aggs: readonly MemberAgg[]): Cell[][] {
  const rows: Cell[][] = [];
  aggs.forEach((agg, m) => {
    const entries = [...agg.funders].map(([key, count]) => {
      const [ci, country, role] = key.split('\u0000') as [string, string, string];
      return { ci: Number(ci), country, role, count };
    });
    entries.sort(
      (a, b) =>
        byFolded(orgs.names[a.ci]!, orgs.names[b.ci]!) || cmp(a.country, b.country) || cmp(a.role, b.role),
    );
    for (const e of entries) {
      const c = orgs.clusters[e.ci]!;
      const type = mostUsed(c.members.map((i) => [spellings[i]!.type, spellings[i]!.count] as const));
      rows.push([orgs.names[e.ci]!, c.ref, type, orgs.ids[m]!, e.country, e.role, e.count]);
    }
  });
  return rows;
}

/** The de-duplication report: every member or funder written under more than one spelling or acronym. */
function mergeReport(orgs: Orgs, funders: ReadonlySet<number>): OrgMerge[] {
  const merges: OrgMerge[] = [];
  orgs.clusters.forEach((c, ci) => {
    const m = orgs.memberAt.get(ci);
    if (c.reason === null || (m === undefined && !funders.has(ci))) return;
    merges.push({
      canonical: orgs.names[ci]!,
      variants: c.spellings.slice(1),
      id: m === undefined ? (c.ref ?? '') : orgs.ids[m]!,
      acronyms: c.acronyms,
      reason: c.reason,
    });
  });
  return merges;
}

/**
 * Cluster the spellings into organisations, aggregate the members' activities and write the
 * members, expertise, geography, sectors and funders CSV texts (see ImportedFiles for the
 * columns). A member is an organisation with at least one activity; partner and funder
 * spellings are clustered with the members, so a partner or funder that is also a member carries
 * the member's name. Expertise rows are `observed` with the activity count and no level;
 * sectors rows have no strength.
 *
 * @example
 * const out = assembleImport(
 *   [{ name: 'Oxfam', count: 2, type: 'ngo', scope: 'international', sourceType: 'INGO', country: null }],
 *   [
 *     { spelling: 0, themes: ['health'], sectors: [], funders: [], places: [{ country: 'KE', area: 'Turkana', partners: [], year: null }] },
 *     { spelling: 0, themes: ['wash'], sectors: [], funders: [], places: [{ country: 'KE', area: null, partners: [], year: null }] },
 *   ],
 *   { kind: '3w', presence: 'programme', network: 'association', fuzzyThreshold: 0.1, acronymThreshold: 0.35, merge: {} },
 * );
 * out.files['expertise.csv']; // => 'member,theme,level,evidence,activities,country,area\noxfam,health,,observed,1,KE,Turkana\noxfam,wash,,observed,1,KE,\n'
 * out.files['geography.csv']; // => 'member,country,area,presence,partners,since,activities\noxfam,KE,,programme,,,1\noxfam,KE,Turkana,programme,,,1\n'
 */
export function assembleImport(
  spellings: readonly SpellingInfo[],
  activities: readonly ImportActivity[],
  options: AssembleOptions,
): Assembled {
  const doers = activities.map((a) => a.spelling);
  const placed = unifyAreaSpellings(activities);
  return assembleWith(spellings, doers, (orgs) => aggregate(placed, orgs), options);
}

/** The members' spellings (`doers`) clustered, their aggregates (`aggsOf`) written as the five files. */
function assembleWith(
  spellings: readonly SpellingInfo[],
  doers: readonly number[],
  aggsOf: (orgs: Orgs) => MemberAgg[],
  options: AssembleOptions,
): Assembled {
  const orgs = identifyOrgs(spellings, doers, options);
  const aggs = aggsOf(orgs);
  const members = memberRows(spellings, orgs, aggs, new Set(doers));
  const { expertise, sectors, geography, lines } = dimensionRows(orgs, aggs, options);
  const funders = funderRows(spellings, orgs, aggs);
  const funderClusters = new Set(
    aggs.flatMap((a) => [...a.funders.keys()].map((k) => Number(k.split('\u0000')[0]))),
  );
  const areas = new Set(geography.filter((r) => r[2] !== null).map((r) => `${r[1]}\u0000${r[2]}`));
  const partners = new Set(aggs.flatMap((a) => [...a.places.values()].flatMap((p) => [...p.partners])));
  return {
    files: {
      'members.csv': formatCsv([IMPORT_HEADERS['members.csv'], ...members]),
      'expertise.csv': formatCsv([IMPORT_HEADERS['expertise.csv'], ...expertise]),
      'geography.csv': formatCsv([geographyHeader(options), ...geography]),
      'sectors.csv': formatCsv([IMPORT_HEADERS['sectors.csv'], ...sectors]),
      'funders.csv': formatCsv([IMPORT_HEADERS['funders.csv'], ...funders]),
    },
    ...(aggs.some((a) => a.lines.length > 0)
      ? {
          lines: {
            'members.csv': aggs.map((a) => a.lines),
            'expertise.csv': lines.expertise,
            'geography.csv': lines.geography,
            'sectors.csv': lines.sectors,
          },
        }
      : {}),
    merges: mergeReport(orgs, funderClusters),
    members: orgs.members.length,
    renamed: orgs.renamed,
    expertise: expertise.length,
    geography: geography.length,
    sectors: sectors.length,
    funderRows: funders.length,
    funders: funderClusters.size,
    areas: areas.size,
    partners: partners.size,
  };
}

/** What an importer counted while reading, for {@link finishImport}. */
export interface ReadCounts {
  /** Data rows (or activities) read. */
  readonly rows: number;
  /** Rows skipped (each with a warning or counted as filtered). */
  readonly skipped: number;
  /** Of the skipped rows, those left out by the user's filters. */
  readonly filtered: number;
  /** Input labels that mapped to no theme, with their row counts. */
  readonly unmapped: Readonly<Record<string, number>>;
}

/**
 * The shared tail of the importers: assemble the files, warn about organisations kept apart
 * under one name, and put the result and its counts together.
 *
 * @param why - the message key of why same-named organisations were kept apart, for the warning
 * @example
 * const w = new WarningCollector('3w.csv');
 * const spellings = [{ name: 'Oxfam', count: 1, type: null, scope: null, sourceType: '', country: null }];
 * const activities = [{ spelling: 0, themes: [], sectors: [], funders: [], places: [{ country: 'KE', area: null, partners: [], year: null }] }];
 * const options = { kind: '3w', presence: 'programme', network: 'association', fuzzyThreshold: 0.1, acronymThreshold: 0.35, merge: {} } as const;
 * finishImport(spellings, activities, options, w, { rows: 1, skipped: 0, filtered: 0, unmapped: {} }, 'import.why_acronyms').stats.members; // => 1
 */
export function finishImport(
  spellings: readonly SpellingInfo[],
  activities: readonly ImportActivity[],
  options: AssembleOptions,
  warnings: WarningCollector,
  counts: ReadCounts,
  why: 'import.why_refs' | 'import.why_acronyms',
): ImportResult {
  const assembled = assembleImport(spellings, activities, options);
  return finishAssembled(assembled, new Set(activities.map((a) => a.spelling)).size, warnings, counts, why);
}

/**
 * {@link finishImport} for an aggregated source (the IATI3W organisation index): the members
 * come as {@link MemberSummary} records with their counts already added up; organisation
 * spellings are de-duplicated and the files written the same way.
 *
 * @example
 * const w = new WarningCollector('org-index.json');
 * const spellings = [
 *   { name: 'Save Somali Women and Children', acronym: 'SSWC', count: 1, type: 'ngo', scope: 'national', sourceType: '', country: 'SO', key: 'sswc' },
 * ];
 * const summaries = [{ spelling: 0, activities: 61, funders: [],
 *   themes: [{ theme: 'protection', country: 'SO', activities: 12 }],
 *   places: [{ country: 'SO', area: null, activities: 61, partners: [], together: [] }] }];
 * const options = { kind: 'iati3w', presence: 'programme', network: 'association', fuzzyThreshold: 0.1, acronymThreshold: 0.35, merge: {} } as const;
 * const result = finishSummaryImport(spellings, summaries, options, w, { rows: 1, skipped: 0, filtered: 0, unmapped: {} }, 'import.why_refs');
 * result.files['expertise.csv']; // => 'member,theme,level,evidence,activities,country,area\nsswc,protection,,observed,12,SO,\n'
 */
export function finishSummaryImport(
  spellings: readonly SpellingInfo[],
  summaries: readonly MemberSummary[],
  options: AssembleOptions,
  warnings: WarningCollector,
  counts: ReadCounts,
  why: 'import.why_refs' | 'import.why_acronyms',
): ImportResult {
  const doers = summaries.map((s) => s.spelling);
  const assembled = assembleWith(spellings, doers, (orgs) => aggregateSummaries(summaries, orgs), options);
  return finishAssembled(assembled, new Set(doers).size, warnings, counts, why);
}

/** Warn about organisations kept apart under one name; put the result and its counts together. */
function finishAssembled(
  assembled: Assembled,
  spellingCount: number,
  warnings: WarningCollector,
  counts: ReadCounts,
  why: 'import.why_refs' | 'import.why_acronyms',
): ImportResult {
  for (const group of assembled.renamed) {
    warnings.add(
      0,
      'duplicate_member',
      null,
      group.name,
      warnings.t('import.kept_apart', {
        count: group.ids.length,
        name: group.name,
        why: warnings.t(why),
        ids: group.ids.join(', '),
      }),
    );
  }
  return {
    files: assembled.files,
    ...(assembled.lines === undefined ? {} : { origins: { file: warnings.file, rows: assembled.lines } }),
    merges: assembled.merges,
    warnings: warnings.list(),
    stats: {
      rows: counts.rows,
      usedRows: counts.rows - counts.skipped,
      skippedRows: counts.skipped,
      filteredRows: counts.filtered,
      spellings: spellingCount,
      members: assembled.members,
      expertise: assembled.expertise,
      geography: assembled.geography,
      sectors: assembled.sectors,
      funderRows: assembled.funderRows,
      funders: assembled.funders,
      areas: assembled.areas,
      partners: assembled.partners,
      unmappedThemes: { ...counts.unmapped },
    },
  };
}
