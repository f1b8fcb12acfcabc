/**
 * Lookups over the areas below each country, for the recommendation kinds that say where.
 * @module
 */
import { PRESENCE_WEIGHTS, presenceRank } from '../country/presence.js';
import { cmp } from '../normalise/issue.js';
import type { GeographyRecord, PresenceKind } from '../schema/records.js';

/** An area of a country as the kinds see it. */
export interface AreaInfo {
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  /** 0 for a top-level area (admin-1), 1 below it (admin-2), ... */
  readonly depth: number;
}

/** A member's presence in an area. */
export interface AreaPresence {
  readonly presence: PresenceKind;
  /** The presence weight (office 1, local_partner 0.75, programme 0.5, network 0.25). */
  readonly weight: number;
  readonly partners: readonly string[];
}

/** Read-only lookups over the areas of a partnership; every list sorted by id. */
export interface AreaIndex {
  /** Countries where some member names an area, sorted. */
  readonly countries: readonly string[];
  /** The areas of a country, sorted by id ([] when it has none). */
  list(country: string): readonly AreaInfo[];
  /** One area of a country. */
  info(country: string, area: string): AreaInfo | undefined;
  /** Members present in the area, sorted by id. */
  membersIn(country: string, area: string): readonly string[];
  /** The member's presence in the area, if any. */
  presence(member: string, country: string, area: string): AreaPresence | undefined;
  /** Areas of the country the member names, sorted by id. */
  areasOf(member: string, country: string): readonly string[];
}

/**
 * Index the areas of a partnership's geography records. Duplicate entries keep the strongest
 * presence and the union of partners. Cost O(area entries * log).
 *
 * @example
 * const areas = indexAreas([{ member: 'a', country: 'AF', presence: 'programme', partners: [], since: null, sources: [],
 *   areas: [{ id: 'AF24', name: 'Kandahar', parent: null, presence: 'office', partners: [] }] }]);
 * [areas.countries, areas.membersIn('AF', 'AF24'), areas.presence('a', 'AF', 'AF24')?.weight]; // => [['AF'], ['a'], 1]
 */
export function indexAreas(geography: readonly GeographyRecord[]): AreaIndex {
  const infos = new Map<string, Map<string, { name: string; parent: string | null }>>();
  const present = new Map<string, Map<string, AreaPresence>>(); // "country\0area" -> member -> presence
  const ofMember = new Map<string, Set<string>>(); // "member\0country" -> area ids
  for (const g of geography) {
    for (const a of g.areas ?? []) {
      const byId = infos.get(g.country) ?? new Map();
      if (!byId.has(a.id)) byId.set(a.id, { name: a.name, parent: a.parent });
      infos.set(g.country, byId);
      const key = `${g.country}\u0000${a.id}`;
      const members = present.get(key) ?? new Map<string, AreaPresence>();
      const prev = members.get(g.member);
      const presence =
        prev && presenceRank(prev.presence) <= presenceRank(a.presence) ? prev.presence : a.presence;
      members.set(g.member, {
        presence,
        weight: PRESENCE_WEIGHTS[presence],
        partners: [...new Set([...(prev?.partners ?? []), ...a.partners])].sort(cmp),
      });
      present.set(key, members);
      const mk = `${g.member}\u0000${g.country}`;
      const set = ofMember.get(mk) ?? new Set<string>();
      set.add(a.id);
      ofMember.set(mk, set);
    }
  }
  const lists = new Map<string, AreaInfo[]>();
  for (const [country, byId] of infos) {
    const depthOf = (id: string, seen: number): number => {
      const parent = byId.get(id)?.parent ?? null;
      return parent === null || seen > 8 || !byId.has(parent) ? 0 : 1 + depthOf(parent, seen + 1);
    };
    lists.set(
      country,
      [...byId.entries()]
        .map(([id, x]) => ({ id, name: x.name, parent: x.parent, depth: depthOf(id, 0) }))
        .sort((a, b) => cmp(a.id, b.id)),
    );
  }
  const byKey = new Map<string, AreaInfo>();
  for (const [country, list] of lists) for (const a of list) byKey.set(`${country}\u0000${a.id}`, a);
  const membersIn = new Map<string, string[]>();
  for (const [key, members] of present) membersIn.set(key, [...members.keys()].sort(cmp));
  const areasOf = new Map<string, string[]>();
  for (const [key, set] of ofMember) areasOf.set(key, [...set].sort(cmp));
  return {
    countries: [...lists.keys()].sort(cmp),
    list: (country) => lists.get(country) ?? [],
    info: (country, area) => byKey.get(`${country}\u0000${area}`),
    membersIn: (country, area) => membersIn.get(`${country}\u0000${area}`) ?? [],
    presence: (member, country, area) => present.get(`${country}\u0000${area}`)?.get(member),
    areasOf: (member, country) => areasOf.get(`${member}\u0000${country}`) ?? [],
  };
}
