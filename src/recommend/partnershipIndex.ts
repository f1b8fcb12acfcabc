import { PRESENCE_WEIGHTS, presenceRank } from '../country/presence.js';
import { clipDisplay } from '../displayText.js';
import { cmp } from '../normalise/issue.js';
import type {
  EvidenceKind,
  GeographyRecord,
  MemberType,
  NetworkKind,
  Partnership,
  PresenceKind,
  Scope,
  SectorRecord,
  SourceRef,
} from '../schema/records.js';
import { type AreaIndex, indexAreas } from './areaIndex.js';
import { mergeEvidence } from './evidence.js';
import { memberSupport } from './support.js';

/** A member's networks in one sector, merged over network kinds. */
export interface SectorNetwork {
  /** Highest strength (1-5) over the member's networks in the sector. */
  readonly strength: number;
  /** Network kinds, sorted. */
  readonly kinds: readonly NetworkKind[];
  /** Named companies over all kinds, de-duplicated, sorted. */
  readonly companies: readonly string[];
  /** Companies named in networks of kind 'companies' only, or the strength of that kind (0 if none). */
  readonly companyStrength: number;
  /** True when every record is `observed` (work seen in the sector, no network named or rated). */
  readonly observed: boolean;
  /** Source rows. */
  readonly sources: readonly SourceRef[];
}

/** A member's presence in one country, merged over records. */
export interface CountryPresence {
  readonly presence: PresenceKind;
  /** The presence weight (office 1, local_partner 0.75, programme 0.5, network 0.25). */
  readonly weight: number;
  readonly sources: readonly SourceRef[];
}

/**
 * Read-only lookups over a partnership, built once per recommend run. Every list
 * is sorted by id, so whatever the record order, iteration order is the same.
 */
export interface PartnershipIndex {
  /** Member ids of partnership.members plus any id only seen in records, sorted. */
  readonly memberIds: readonly string[];
  /** Every theme id with a record, sorted. */
  readonly themes: readonly string[];
  /** Every country code with a presence, sorted. */
  readonly countries: readonly string[];
  /** Every sector id with a network, sorted. */
  readonly sectors: readonly string[];
  /** True when the id is a partnership member. */
  isMember(id: string): boolean;
  /** The member's display name (partnership.members name, else the id). */
  name(member: string): string;
  /** The member's type and scope (null when not known or not a member). */
  kindOf(member: string): { readonly type: MemberType | null; readonly scope: Scope | null };
  /** Rated expertise level 0-5 (0 when no rating: no record, or only observed activity). */
  level(member: string, theme: string): number;
  /** Whether the member works on the theme: rated level >= 1, or observed activity. */
  works(member: string, theme: string): boolean;
  /** What the member's record on the theme rests on: 'rated', 'observed' (no rating), or null (none). */
  evidence(member: string, theme: string): EvidenceKind | null;
  /**
   * Whether the member's expertise on the theme counts in the country: a record of it names that
   * country, or one names no country (it then counts wherever the member is present). Presence is
   * not checked here; false when the member has no record on the theme.
   */
  worksIn(member: string, theme: string, country: string): boolean;
  /** Whether any expertise record names a country (when not, {@link worksIn} is true for every record). */
  readonly namesExpertiseCountries: boolean;
  /** Activities observed for the member on the theme (0 when none counted): volume, never a rating. */
  activities(member: string, theme: string): number;
  /**
   * What backs the member when scores tie: the activities observed for it over its themes; -1
   * when it is known only by a registry code (see memberSupport); 0 for rated data without counts.
   */
  support(member: string): number;
  /** The member's themes with rated level >= 1, sorted by theme id. */
  themesOf(member: string): readonly (readonly [string, number])[];
  /** Every theme the member works on (rated >= 1 or observed), sorted by theme id. */
  workedThemesOf(member: string): readonly string[];
  /**
   * Source rows of the member's expertise records on the theme; with a country, the rows that
   * count there (rows naming that country or none: see {@link worksIn}), else all of them.
   */
  expertiseSources(member: string, theme: string, country?: string): readonly SourceRef[];
  /** The member's presence in the country, if any. */
  presence(member: string, country: string): CountryPresence | undefined;
  /**
   * The geography records placing the member in the country, in input order ([] when none): what
   * evidence of a place reads (see placeSources), so it can cite the rows of an area or a partner.
   */
  placeRecords(member: string, country: string): readonly GeographyRecord[];
  /** Whether any geography record names `works_with` (when not, {@link worksWith} is always false). */
  readonly namesWorksWith: boolean;
  /** Whether a and b already work together in the country (either names the other in `works_with` there). */
  worksWith(a: string, b: string, country: string): boolean;
  /** Countries the member is present in, sorted. */
  countriesOf(member: string): readonly string[];
  /** Members present in the country, sorted by id. */
  membersIn(country: string): readonly string[];
  /** The member's networks in the sector, if any. */
  network(member: string, sector: string): SectorNetwork | undefined;
  /** Sectors the member has a network in, sorted. */
  sectorsOf(member: string): readonly string[];
  /** Members with a network in the sector, sorted by id. */
  membersInSector(sector: string): readonly string[];
  /** The areas below each country (from the geography records' areas). */
  readonly areas: AreaIndex;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Build the lookups the recommendation generators read. Duplicate records are
 * merged (highest level, strongest presence, highest strength; sources united).
 * Never mutates the partnership.
 *
 * Cost: O(records * log records).
 *
 * @example
 * const index = indexPartnership(partnership);
 * index.level('flu', 'living-wage'); // => 5
 */
export function indexPartnership(partnership: Partnership): PartnershipIndex {
  const names = new Map<string, string>();
  // Names as rationales show them (clipped: a name repeats in many sentences).
  for (const m of partnership.members) if (!names.has(m.id)) names.set(m.id, clipDisplay(m.name));

  const kinds = new Map<string, { type: MemberType | null; scope: Scope | null }>();
  for (const m of partnership.members) {
    if (!kinds.has(m.id)) kinds.set(m.id, { type: m.type, scope: m.scope ?? null });
  }

  const expertise = indexExpertise(partnership.expertise);
  const { geography, byCountry } = indexGeography(partnership.geography);
  const { sectorsByMember, bySector } = indexSectors(partnership.sectors);

  const memberIds = [
    ...new Set([
      ...names.keys(),
      ...expertise.byMember.keys(),
      ...geography.keys(),
      ...sectorsByMember.keys(),
    ]),
  ].sort(cmp);
  const themes = [...new Set(partnership.expertise.map((r) => r.theme))].sort(cmp);
  const countries = [...byCountry.keys()].sort(cmp);
  const sectors = [...bySector.keys()].sort(cmp);
  for (const list of byCountry.values()) list.sort(cmp);
  for (const list of bySector.values()) list.sort(cmp);

  const entry = (member: string, theme: string) => expertise.byMember.get(member)?.get(theme);
  const activities = (member: string, theme: string) => entry(member, theme)?.activities ?? 0;
  const workedThemesOf = (member: string) => expertise.workedOf.get(member) ?? [];
  let support: Map<string, number> | undefined;
  let placed: Map<string, GeographyRecord[]> | undefined;
  const together = indexWorksWith(partnership.geography);
  const countriesOf = new Map<string, string[]>();
  for (const [member, byC] of geography) countriesOf.set(member, [...byC.keys()].sort(cmp));
  const sectorsOf = new Map<string, string[]>();
  for (const [member, byS] of sectorsByMember) sectorsOf.set(member, [...byS.keys()].sort(cmp));

  const index: PartnershipIndex = {
    memberIds,
    themes,
    countries,
    sectors,
    isMember: (id) => names.has(id),
    name: (member) => names.get(member) ?? member,
    kindOf: (member) => kinds.get(member) ?? { type: null, scope: null },
    level: (member, theme) => entry(member, theme)?.level ?? 0,
    works: (member, theme) => {
      const e = entry(member, theme);
      return e !== undefined && (e.level >= 1 || !e.rated);
    },
    evidence: (member, theme) => {
      const e = entry(member, theme);
      return e === undefined ? null : e.rated ? 'rated' : 'observed';
    },
    worksIn: (member, theme, country) => {
      const e = entry(member, theme);
      if (e === undefined) return false;
      const where = e.where;
      return where === null || where === country || (typeof where !== 'string' && where.includes(country));
    },
    namesExpertiseCountries: expertise.namesCountries,
    activities,
    support: (member) => {
      support ??= memberSupport(partnership.members, workedThemesOf, activities);
      return support.get(member) ?? 0;
    },
    themesOf: (member) => expertise.themesOf.get(member) ?? [],
    workedThemesOf,
    expertiseSources: (member, theme, country) => {
      const e = entry(member, theme);
      if (e === undefined) return [];
      if (country !== undefined && e.countries !== undefined) {
        const here = e.groups.filter((_, i) => e.countries?.[i] === country || e.countries?.[i] === null);
        if (here.length > 0 && here.length < e.groups.length) return mergeEvidence(...here);
      }
      e.merged ??= mergeEvidence(...e.groups);
      return e.merged;
    },
    presence: (member, country) => geography.get(member)?.get(country),
    placeRecords: (member, country) => {
      // Built on first read: only the evidence of the recommendations kept asks.
      placed ??= recordsByPlace(partnership.geography);
      return placed.get(`${member}\u0000${country}`) ?? [];
    },
    // Most partnerships name no works_with: no key is built per candidate then.
    namesWorksWith: together.size > 0,
    worksWith: (a, b, country) =>
      together.size > 0 && (together.get(`${country}\u0000${a}`)?.has(b) ?? false),
    countriesOf: (member) => countriesOf.get(member) ?? [],
    membersIn: (country) => byCountry.get(country) ?? [],
    network: (member, sector) => sectorsByMember.get(member)?.get(sector),
    sectorsOf: (member) => sectorsOf.get(member) ?? [],
    membersInSector: (sector) => bySector.get(sector) ?? [],
    areas: indexAreas(partnership.geography),
  };
  expertiseOfIndex.set(index, expertise.byMember);
  return index;
}

/** The merged expertise records behind each index built here (see {@link forEachExpertise}). */
const expertiseOfIndex = new WeakMap<
  PartnershipIndex,
  ReadonlyMap<string, ReadonlyMap<string, ThemeEntry>>
>();

/**
 * Call `f` for every (member, theme) with an expertise record: its level (as `index.level`) and
 * whether it is rated (as `index.evidence`), in no particular order. Read from the records an
 * index of {@link indexPartnership} merged (one pass over them, for the dense lookups); false
 * when the index was built another way (the caller then asks the index member by member).
 */
export function forEachExpertise(
  index: PartnershipIndex,
  f: (member: string, theme: string, level: number, rated: boolean) => void,
): boolean {
  const byMember = expertiseOfIndex.get(index);
  if (byMember === undefined) return false;
  for (const [member, byTheme] of byMember)
    for (const [theme, e] of byTheme) f(member, theme, e.level, e.rated);
  return true;
}

/**
 * Source rows merged on first read (mergeEvidence of the records' lists), not while indexing:
 * most are never read (only the evidence of the recommendations kept is). Classes, so every
 * entry shares one shape and one getter.
 */
class LazySources {
  readonly #first: readonly SourceRef[];
  /** The further records' lists; most entries have one record, so no list is made for it. */
  #more: (readonly SourceRef[])[] | undefined;
  #merged: readonly SourceRef[] | undefined;
  constructor(first: readonly SourceRef[]) {
    this.#first = first;
  }
  /** One more record's sources (before the first read). */
  protected addSources(sources: readonly SourceRef[]): void {
    if (this.#more === undefined) this.#more = [sources];
    else this.#more.push(sources);
  }
  get sources(): readonly SourceRef[] {
    this.#merged ??=
      this.#more === undefined ? mergeEvidence(this.#first) : mergeEvidence(this.#first, ...this.#more);
    return this.#merged;
  }
}

/** A member's presence in a country, merged record by record (the strongest presence). */
class Presence extends LazySources implements CountryPresence {
  presence: PresenceKind;
  weight: number;
  constructor(r: GeographyRecord) {
    super(r.sources);
    this.presence = r.presence;
    this.weight = PRESENCE_WEIGHTS[r.presence];
  }
  add(r: GeographyRecord): void {
    if (presenceRank(this.presence) > presenceRank(r.presence)) {
      this.presence = r.presence;
      this.weight = PRESENCE_WEIGHTS[r.presence];
    }
    this.addSources(r.sources);
  }
}

/** A member's networks in a sector, merged record by record; `done` sorts kinds and companies. */
class Network extends LazySources implements SectorNetwork {
  strength = 0;
  kinds: NetworkKind[] = [];
  companies: string[] = [];
  companyStrength = 0;
  observed = true;
  constructor(r: SectorRecord) {
    super(r.sources);
    this.#merge(r);
  }
  add(r: SectorRecord): void {
    this.#merge(r);
    this.addSources(r.sources);
  }
  #merge(r: SectorRecord): void {
    this.strength = Math.max(this.strength, r.strength);
    this.observed &&= r.evidence === 'observed';
    if (!this.kinds.includes(r.network)) this.kinds.push(r.network);
    for (const c of r.companies) {
      const name = c.trim();
      if (name && !this.companies.includes(name)) this.companies.push(name);
    }
    this.companyStrength = Math.max(this.companyStrength, r.network === 'companies' ? r.strength : 0);
  }
  done(): void {
    this.kinds.sort(cmp);
    this.companies.sort(cmp);
  }
}

/** Presence by member and country (strongest presence, sources united) and members by country. */
function indexGeography(records: Partnership['geography']): {
  geography: Map<string, Map<string, Presence>>;
  byCountry: Map<string, string[]>;
} {
  const geography = new Map<string, Map<string, Presence>>();
  const byCountry = new Map<string, string[]>();
  for (const r of records) {
    let byC = geography.get(r.member);
    if (!byC) {
      byC = new Map();
      geography.set(r.member, byC);
    }
    const prev = byC.get(r.country);
    if (prev) prev.add(r);
    else {
      pushTo(byCountry, r.country, r.member);
      byC.set(r.country, new Presence(r));
    }
  }
  return { geography, byCountry };
}

/** The geography records per member and country ("member\0country"), in input order. */
function recordsByPlace(records: Partnership['geography']): Map<string, GeographyRecord[]> {
  const out = new Map<string, GeographyRecord[]>();
  for (const r of records) pushTo(out, `${r.member}\u0000${r.country}`, r);
  return out;
}

/** Per country and member ("country\0member"), the members it works with there, both ways. */
function indexWorksWith(records: Partnership['geography']): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (country: string, a: string, b: string) => {
    const key = `${country}\u0000${a}`;
    const set = out.get(key);
    if (set) set.add(b);
    else out.set(key, new Set([b]));
  };
  for (const r of records) {
    for (const other of r.worksWith ?? []) {
      if (other === r.member) continue;
      add(r.country, r.member, other);
      add(r.country, other, r.member);
    }
  }
  return out;
}

/** Networks by member and sector (merged over records, sources united) and members by sector. */
function indexSectors(records: Partnership['sectors']): {
  sectorsByMember: Map<string, Map<string, Network>>;
  bySector: Map<string, string[]>;
} {
  const sectorsByMember = new Map<string, Map<string, Network>>();
  const bySector = new Map<string, string[]>();
  for (const r of records) {
    let byS = sectorsByMember.get(r.member);
    if (!byS) {
      byS = new Map();
      sectorsByMember.set(r.member, byS);
    }
    const prev = byS.get(r.sector);
    if (prev) prev.add(r);
    else {
      pushTo(bySector, r.sector, r.member);
      byS.set(r.sector, new Network(r));
    }
  }
  for (const byS of sectorsByMember.values()) for (const n of byS.values()) n.done();
  return { sectorsByMember, bySector };
}

/** A member's merged expertise on one theme. */
interface ThemeEntry {
  level: number;
  rated: boolean;
  activities: number;
  /** The records' source lists; merged on first read into `merged`. */
  readonly groups: (readonly SourceRef[])[];
  merged?: readonly SourceRef[];
  /** Countries the records name: one, several, or null when one names none (everywhere present). */
  where: string | string[] | null;
  /** The country of each record in `groups` (null: none named); absent while no record names one. */
  countries?: (string | null)[];
}

/** The countries of two records on one theme together (null, everywhere, absorbs). */
function joinWhere(where: string | string[] | null, country: string | null): string | string[] | null {
  if (where === null || country === null) return null;
  if (typeof where === 'string') return where === country ? where : [where, country];
  if (!where.includes(country)) where.push(country);
  return where;
}

/**
 * Expertise by member and theme (highest rated level, whether any record rates it, highest
 * activity count, sources united), plus per member the rated themes (level >= 1) with their
 * levels and every theme it works on (rated >= 1 or observed), sorted by theme id.
 */
function indexExpertise(records: Partnership['expertise']): {
  byMember: Map<string, Map<string, ThemeEntry>>;
  themesOf: Map<string, (readonly [string, number])[]>;
  workedOf: Map<string, string[]>;
  namesCountries: boolean;
} {
  const byMember = new Map<string, Map<string, ThemeEntry>>();
  let namesCountries = false;
  for (const r of records) {
    namesCountries ||= r.country !== undefined;
    let byTheme = byMember.get(r.member);
    if (!byTheme) {
      byTheme = new Map();
      byMember.set(r.member, byTheme);
    }
    const prev = byTheme.get(r.theme);
    if (prev === undefined) {
      byTheme.set(r.theme, {
        level: Math.max(0, r.level ?? 0),
        rated: r.level !== null,
        activities: Math.max(0, r.activities ?? 0),
        groups: [r.sources],
        where: r.country ?? null,
        ...(r.country === undefined ? {} : { countries: [r.country] }),
      });
    } else {
      prev.where = joinWhere(prev.where, r.country ?? null);
      prev.level = Math.max(prev.level, r.level ?? 0);
      prev.rated ||= r.level !== null;
      prev.activities = Math.max(prev.activities, r.activities ?? 0);
      if (prev.countries !== undefined || r.country !== undefined) {
        prev.countries ??= prev.groups.map(() => null);
        prev.countries.push(r.country ?? null);
      }
      prev.groups.push(r.sources);
    }
  }
  const themesOf = new Map<string, (readonly [string, number])[]>();
  const workedOf = new Map<string, string[]>();
  for (const [member, byTheme] of byMember) {
    const entries = [...byTheme.entries()].sort((a, b) => cmp(a[0], b[0]));
    themesOf.set(
      member,
      entries.filter(([, e]) => e.level >= 1).map(([t, e]) => [t, e.level] as const),
    );
    workedOf.set(
      member,
      entries.filter(([, e]) => e.level >= 1 || !e.rated).map(([t]) => t),
    );
  }
  return { byMember, themesOf, workedOf, namesCountries };
}
