/**
 * The shared back half of the importers: de-duplicate organisation spellings, aggregate the
 * activities of each organisation and write the four long CSV texts.
 * @module
 */
import { foldText } from '../normalise/fold.js';
import { clusterOrgNames, type OrgCluster, type OrgSpelling, orgNameKey } from '../normalise/orgNames.js';
import { CSV_LIST_SEPARATOR, formatCsv } from '../report/csv.js';
import type { MemberType, NetworkKind, PresenceKind } from '../schema/records.js';
import { levelFromShare } from './levels.js';
import type { ImportedFiles, OrgMerge } from './types.js';

/** A distinct organisation spelling with what the importer knows about it. */
export interface SpellingInfo extends OrgSpelling {
  /** Member type from the source's type column, or null when unknown. */
  readonly type: MemberType | null;
  /** The source's type text (IATI code, 3W label), for the `source_type` column. */
  readonly sourceType: string;
  /** Headquarters country (alpha-2) when the source implies one, else null. */
  readonly country: string | null;
}

/** One place (country) an activity happens in. */
export interface ActivityPlace {
  readonly country: string;
  /** Named partner organisations (IATI implementing organisations) in that activity. */
  readonly partners: readonly string[];
  /** Start year of the activity, or null. */
  readonly year: number | null;
  /** Admin-1 area name (3W), or null. */
  readonly adm1: string | null;
}

/** One activity (IATI) or row (3W) of one organisation spelling. */
export interface ImportActivity {
  /** Index into the spellings. */
  readonly spelling: number;
  /** Canonical theme ids (duplicates are ignored). */
  readonly themes: readonly string[];
  /** Sector ids (duplicates are ignored). */
  readonly sectors: readonly string[];
  readonly places: readonly ActivityPlace[];
}

/** Options of {@link assembleImport}. */
export interface AssembleOptions {
  readonly kind: 'iati' | '3w';
  readonly presence: PresenceKind;
  readonly network: NetworkKind;
  readonly fuzzyThreshold: number;
  readonly acronymThreshold: number;
  readonly merge: Readonly<Record<string, string>>;
}

/** What {@link assembleImport} returns. */
export interface Assembled {
  readonly files: ImportedFiles;
  readonly merges: readonly OrgMerge[];
  readonly members: number;
  readonly expertise: number;
  readonly geography: number;
  readonly sectors: number;
  /** Organisations kept apart under the same name; written as "Name (id)". */
  readonly renamed: readonly { readonly name: string; readonly ids: readonly string[] }[];
}

const MEMBERS_HEADER = ['id', 'name', 'type', 'country', 'role', 'org_acronym', 'source_type', 'activities'];
const EXPERTISE_HEADER = ['member', 'theme', 'level', 'activities'];
const GEOGRAPHY_HEADER = ['member', 'country', 'presence', 'partners', 'since', 'activities'];
const SECTORS_HEADER = ['member', 'sector', 'network', 'strength', 'companies', 'activities'];

/** Separator of multi-value cells (partners, adm1) in the written CSVs: the report's list separator. */
export const MULTI_SEPARATOR = CSV_LIST_SEPARATOR;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/** The value with the highest total weight (ties: smaller string); null when none. */
function topWeighted(pairs: readonly (readonly [string | null, number])[]): string | null {
  const totals = new Map<string, number>();
  for (const [v, w] of pairs) if (v !== null && v !== '') totals.set(v, (totals.get(v) ?? 0) + w);
  let best: string | null = null;
  let bestWeight = -1;
  for (const [v, w] of [...totals].sort((a, b) => cmp(a[0], b[0]))) {
    if (w > bestWeight) {
      best = v;
      bestWeight = w;
    }
  }
  return best;
}

/**
 * The key under which the library's members reader treats two ids (or two names) as the same
 * member: lowercase, accents removed.
 */
function readerKey(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Member ids: IATI uses the ref, 3W the acronym; otherwise a slug; made unique with -2, -3, ... */
function assignIds(clusters: readonly OrgCluster[], kind: 'iati' | '3w'): string[] {
  const taken = new Set<string>();
  return clusters.map((c) => {
    const preferred = (kind === 'iati' ? c.ref : c.acronym) ?? slugOf(c.canonical);
    const base = preferred.trim() === '' ? slugOf(c.canonical) : preferred.trim();
    let id = base;
    for (let n = 2; taken.has(readerKey(id)); n++) id = `${base}-${n}`;
    taken.add(readerKey(id));
    return id;
  });
}

/**
 * Display names, with " (id)" appended to every organisation whose name the members reader
 * would take for another's (same name up to case and accents: organisations the clusterer kept
 * apart, e.g. two different IATI refs). Returns the names and the groups that were renamed.
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

interface PlaceAgg {
  activities: number;
  readonly partners: Map<string, string>;
  since: number | null;
  readonly adm1: Map<string, string>;
}

/**
 * Cluster the spellings into organisations, aggregate their activities and write members,
 * expertise, geography and sectors CSV texts (see ImportedFiles for the columns). Levels and
 * strengths come from {@link levelFromShare} over each organisation's activity count.
 *
 * @example
 * const out = assembleImport(
 *   [{ name: 'Oxfam', count: 2, type: 'ngo', sourceType: 'INGO', country: null }],
 *   [
 *     { spelling: 0, themes: ['health'], sectors: [], places: [{ country: 'KE', partners: [], year: null, adm1: null }] },
 *     { spelling: 0, themes: ['wash'], sectors: [], places: [{ country: 'KE', partners: [], year: null, adm1: null }] },
 *   ],
 *   { kind: '3w', presence: 'programme', network: 'association', fuzzyThreshold: 0.1, acronymThreshold: 0.35, merge: {} },
 * );
 * out.files['expertise.csv']; // => 'member,theme,level,activities\noxfam,health,3,1\noxfam,wash,3,1\n'
 */
export function assembleImport(
  spellings: readonly SpellingInfo[],
  activities: readonly ImportActivity[],
  options: AssembleOptions,
): Assembled {
  const { kind, presence, network, fuzzyThreshold, acronymThreshold, merge } = options;
  const clusters = clusterOrgNames(spellings, { fuzzyThreshold, acronymThreshold, merge });
  const ids = assignIds(clusters, kind);
  const { names, renamed } = assignNames(clusters, ids);
  const clusterOf = new Map<number, number>();
  clusters.forEach((c, ci) => {
    for (const s of c.members) clusterOf.set(s, ci);
  });

  const totals = clusters.map(() => 0);
  const themeCounts = clusters.map(() => new Map<string, number>());
  const sectorCounts = clusters.map(() => new Map<string, number>());
  const places = clusters.map(() => new Map<string, PlaceAgg>());
  const ownNames = clusters.map((c) => new Set(c.spellings.map((s) => orgNameKey(s))));
  const foldCache = new Map<string, string>();
  const fold = (s: string): string => {
    let f = foldCache.get(s);
    if (f === undefined) {
      f = foldText(s);
      foldCache.set(s, f);
    }
    return f;
  };
  const keyCache = new Map<string, string>();
  const nameKey = (s: string): string => {
    let k = keyCache.get(s);
    if (k === undefined) {
      k = orgNameKey(s);
      keyCache.set(s, k);
    }
    return k;
  };
  for (const act of activities) {
    const ci = clusterOf.get(act.spelling);
    if (ci === undefined) continue;
    totals[ci]!++;
    for (const theme of new Set(act.themes))
      themeCounts[ci]!.set(theme, (themeCounts[ci]!.get(theme) ?? 0) + 1);
    for (const sector of new Set(act.sectors)) {
      sectorCounts[ci]!.set(sector, (sectorCounts[ci]!.get(sector) ?? 0) + 1);
    }
    const own = ownNames[ci]!;
    const seenCountries = new Set<string>();
    for (const place of act.places) {
      let agg = places[ci]!.get(place.country);
      if (!agg) {
        agg = { activities: 0, partners: new Map(), since: null, adm1: new Map() };
        places[ci]!.set(place.country, agg);
      }
      if (!seenCountries.has(place.country)) {
        agg.activities++;
        seenCountries.add(place.country);
      }
      for (const partner of place.partners) {
        const key = fold(partner);
        if (key === '' || agg.partners.has(key) || own.has(nameKey(partner))) continue;
        agg.partners.set(key, partner.replace(/\s+/g, ' ').trim());
      }
      if (place.year !== null && (agg.since === null || place.year < agg.since)) agg.since = place.year;
      if (place.adm1 !== null) {
        const key = fold(place.adm1);
        if (key !== '' && !agg.adm1.has(key)) agg.adm1.set(key, place.adm1.replace(/\s+/g, ' ').trim());
      }
    }
  }

  const memberRows = clusters.map((c, ci) => {
    const infos = c.members.map((i) => spellings[i]!);
    const type = topWeighted(infos.map((s) => [s.type, s.count] as const)) ?? 'other';
    const country = topWeighted(infos.map((s) => [s.country, s.count] as const));
    const sourceType = topWeighted(infos.map((s) => [s.sourceType.trim(), s.count] as const));
    return [ids[ci]!, names[ci]!, type, country, 'member', c.acronym, sourceType, totals[ci]!];
  });

  const expertiseRows: (string | number)[][] = [];
  const sectorRows: (string | number | null)[][] = [];
  const geographyRows: (string | number | null)[][] = [];
  clusters.forEach((_, ci) => {
    const id = ids[ci]!;
    const total = totals[ci]!;
    for (const [theme, count] of [...themeCounts[ci]!].sort((a, b) => cmp(a[0], b[0]))) {
      expertiseRows.push([id, theme, levelFromShare(count, total), count]);
    }
    for (const [sector, count] of [...sectorCounts[ci]!].sort((a, b) => cmp(a[0], b[0]))) {
      sectorRows.push([id, sector, network, levelFromShare(count, total), '', count]);
    }
    for (const [country, agg] of [...places[ci]!].sort((a, b) => cmp(a[0], b[0]))) {
      const partners = [...agg.partners.values()].sort((a, b) => cmp(foldText(a), foldText(b)) || cmp(a, b));
      const row: (string | number | null)[] = [
        id,
        country,
        presence,
        partners.join(MULTI_SEPARATOR),
        agg.since,
        agg.activities,
      ];
      if (kind === '3w') {
        const adm1 = [...agg.adm1.values()].sort((a, b) => cmp(foldText(a), foldText(b)) || cmp(a, b));
        row.push(adm1.join(MULTI_SEPARATOR));
      }
      geographyRows.push(row);
    }
  });

  const merges: OrgMerge[] = [];
  clusters.forEach((c, ci) => {
    if (c.reason === null) return;
    merges.push({
      canonical: names[ci]!,
      variants: c.spellings.slice(1),
      id: ids[ci]!,
      acronyms: c.acronyms,
      reason: c.reason,
    });
  });

  return {
    files: {
      'members.csv': formatCsv([MEMBERS_HEADER, ...memberRows]),
      'expertise.csv': formatCsv([EXPERTISE_HEADER, ...expertiseRows]),
      'geography.csv': formatCsv([
        kind === '3w' ? [...GEOGRAPHY_HEADER, 'adm1'] : GEOGRAPHY_HEADER,
        ...geographyRows,
      ]),
      'sectors.csv': formatCsv([SECTORS_HEADER, ...sectorRows]),
    },
    merges,
    members: clusters.length,
    renamed,
    expertise: expertiseRows.length,
    geography: geographyRows.length,
    sectors: sectorRows.length,
  };
}
