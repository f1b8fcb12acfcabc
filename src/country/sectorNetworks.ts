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
  return (ids, country) => {
    const nets = new Map<number, Net>();
    const net = (o: number) => {
      let e = nets.get(o);
      if (e === undefined) {
        e = { sector: sectorIds[o]!, members: [], linked: [] };
        nets.set(o, e);
      }
      return e;
    };
    // `ids` are in member order, so these lists need no sorting.
    for (const id of ids) for (const o of anywhere.get(id) ?? []) net(o).members.push(id);
    for (const r of linkedIn.get(country) ?? []) {
      const e = net(ordinal.get(r.sector)!);
      e.members.push(r.member);
      e.linked.push(r.member);
    }
    // Lists copied at their length; most members first, then sector id (ordinals follow ids).
    return [...nets]
      .map(([o, e]) => ({
        o,
        e:
          e.linked.length === 0
            ? { sector: e.sector, members: e.members.slice(), linked: [] }
            : { sector: e.sector, members: unique(e.members), linked: unique(e.linked) },
      }))
      .sort((x, y) => y.e.members.length - x.e.members.length || x.o - y.o)
      .map((x) => x.e);
  };
}
