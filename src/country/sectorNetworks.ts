/**
 * The sector networks of each country view: which members have a network in which sector there.
 * @module
 */
import type { CountryView } from '../schema/baseline.js';
import type { Partnership } from '../schema/records.js';

/** The sector networks of one country: see {@link sectorNetworkIndex}. */
export type SectorNetworks = (ids: readonly string[], country: string) => CountryView['sectors'];

/** One sector's networks in a country as they are gathered. */
interface Net {
  readonly sector: string;
  members: string[];
  linked: string[];
}

/**
 * Index the sectors rows of a partnership for the country views. The networks of a country are
 * those of the members present whose sectors row names no country, and those of any member whose
 * row names this country (`linked`; such a network is there even when its member has no geography
 * row there). Members in member order; sectors most members first, then sector id. Sectors are
 * counted by ordinal in typed arrays made once, and each member's sectors (rows naming no
 * country) are listed once, so a country costs O(its members' sectors + linked rows) plus the
 * sort of its sectors.
 *
 * @param partnership - the sectors rows
 * @param memberCmp - the display order of members
 * @returns the networks of a country from its members present, given in member order
 * @example
 * const networks = sectorNetworkIndex({ sectors: [
 *   { member: 'a', sector: 'garment', network: 'unions', strength: 2, companies: [], sources: [] },
 *   { member: 'b', sector: 'garment', network: 'unions', strength: 1, companies: [], sources: [], countries: ['BD'] },
 * ] }, (x, y) => (x < y ? -1 : x > y ? 1 : 0));
 * networks(['a'], 'BD'); // => [{ sector: 'garment', members: ['a', 'b'], linked: ['b'] }]
 */
export function sectorNetworkIndex(
  partnership: Pick<Partnership, 'sectors'>,
  memberCmp: (a: string, b: string) => number,
): SectorNetworks {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sectorIds = [...new Set(partnership.sectors.map((r) => r.sector))].sort(cmp);
  const ordinal = new Map(sectorIds.map((id, i) => [id, i]));
  // member -> its sectors of rows naming no country (each once); country -> rows naming it
  const anywhere = new Map<string, number[]>();
  const linkedIn = new Map<string, { member: string; sector: string }[]>();
  for (const r of partnership.sectors) {
    if (r.countries === undefined) {
      const list = anywhere.get(r.member) ?? [];
      const o = ordinal.get(r.sector)!;
      if (!list.includes(o)) list.push(o);
      anywhere.set(r.member, list);
    } else {
      for (const c of r.countries) {
        const list = linkedIn.get(c);
        if (list === undefined) linkedIn.set(c, [r]);
        else list.push(r);
      }
    }
  }
  const unique = (list: string[]) => [...new Set(list)].sort(memberCmp);
  // Per sector ordinal, valid where stamp equals the current call (no reset between countries):
  // how many members it has here and its network, whose lists are made at their final length.
  const stamp = new Int32Array(sectorIds.length);
  const size = new Int32Array(sectorIds.length);
  const nets: Net[] = [];
  let call = 0;
  return (ids, country) => {
    call++;
    const used: number[] = [];
    const count = (o: number) => {
      if (stamp[o] !== call) {
        stamp[o] = call;
        size[o] = 0;
        used.push(o);
      }
      size[o]!++;
    };
    const own = ids.map((id) => anywhere.get(id) ?? []);
    const linked = linkedIn.get(country) ?? [];
    for (const list of own) for (const o of list) count(o);
    for (const r of linked) count(ordinal.get(r.sector)!);
    for (const o of used) {
      nets[o] = { sector: sectorIds[o]!, members: new Array(size[o]!), linked: [] };
      size[o] = 0;
    }
    // `ids` are in member order, so these lists need no sorting.
    for (let i = 0; i < ids.length; i++) for (const o of own[i]!) nets[o]!.members[size[o]!++] = ids[i]!;
    for (const r of linked) {
      const o = ordinal.get(r.sector)!;
      nets[o]!.members[size[o]!++] = r.member;
      nets[o]!.linked.push(r.member);
    }
    for (const o of used) {
      const e = nets[o]!;
      if (e.linked.length > 0)
        nets[o] = { sector: e.sector, members: unique(e.members), linked: unique(e.linked) };
    }
    // Most members first, then sector id (ordinals follow ids).
    used.sort((x, y) => nets[y]!.members.length - nets[x]!.members.length || x - y);
    return used.map((o) => nets[o]!);
  };
}
