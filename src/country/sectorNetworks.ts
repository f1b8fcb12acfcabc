/**
 * The sector networks of each country view: which members have a network in which sector there.
 * @module
 */
import type { CountryView } from '../schema/baseline.js';
import type { Partnership } from '../schema/records.js';

/** The sector networks of one country: see {@link sectorNetworkIndex}. */
export type SectorNetworks = (ids: readonly string[], country: string) => CountryView['sectors'];

const NONE = new Int32Array(0);

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
  const ordinal = new Map<string, number>();
  for (const r of partnership.sectors) ordinal.set(r.sector, 0);
  const sectorIds = [...ordinal.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < sectorIds.length; i++) ordinal.set(sectorIds[i]!, i);
  // member -> its sectors of rows naming no country; country -> rows naming it (in row order)
  const listed = new Map<string, number[]>();
  const linkedIn = new Map<string, { member: string; sector: number }[]>();
  for (const r of partnership.sectors) {
    const sector = ordinal.get(r.sector)!;
    if (r.countries === undefined) {
      const list = listed.get(r.member);
      if (list === undefined) listed.set(r.member, [sector]);
      else list.push(sector);
      continue;
    }
    for (const c of r.countries) {
      const list = linkedIn.get(c);
      if (list === undefined) linkedIn.set(c, [{ member: r.member, sector }]);
      else list.push({ member: r.member, sector });
    }
  }
  const anywhere = new Map<string, Int32Array>();
  for (const [member, list] of listed) {
    const sorted = Int32Array.from(list).sort();
    let k = 0;
    for (let i = 0; i < sorted.length; i++)
      if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[k++] = sorted[i]!;
    anywhere.set(member, sorted.slice(0, k));
  }
  const stamp = new Int32Array(sectorIds.length);
  const slot = new Int32Array(sectorIds.length);
  // Per sector of the country (by slot): its ordinal, members and linked members counted, then filled.
  const ords = new Int32Array(sectorIds.length);
  const sizes = new Int32Array(sectorIds.length);
  const linkedSizes = new Int32Array(sectorIds.length);
  let call = 0;
  let used = 0;
  const unique = (list: string[]) => [...new Set(list)].sort(memberCmp);
  const slotOf = (sector: number): number => {
    if (stamp[sector] !== call) {
      stamp[sector] = call;
      slot[sector] = used;
      ords[used] = sector;
      sizes[used] = 0;
      linkedSizes[used] = 0;
      used++;
    }
    return slot[sector]!;
  };
  return (ids, country) => {
    call++;
    used = 0;
    const linked = linkedIn.get(country) ?? [];
    for (const id of ids) {
      const sectors = anywhere.get(id) ?? NONE;
      for (let i = 0; i < sectors.length; i++) sizes[slotOf(sectors[i]!)]! += 1;
    }
    for (const r of linked) {
      const k = slotOf(r.sector);
      sizes[k]! += 1;
      linkedSizes[k]! += 1;
    }
    // Lists made at their final length and filled by position (no spare room left in them).
    const entries: Net[] = new Array(used);
    for (let k = 0; k < used; k++) {
      entries[k] = {
        sector: sectorIds[ords[k]!]!,
        members: new Array(sizes[k]!),
        linked: linkedSizes[k] === 0 ? [] : new Array(linkedSizes[k]!),
      };
      sizes[k] = 0;
      linkedSizes[k] = 0;
    }
    // `ids` are in member order, so these lists need no sorting.
    for (const id of ids) {
      const sectors = anywhere.get(id) ?? NONE;
      for (let i = 0; i < sectors.length; i++) {
        const k = slot[sectors[i]!]!;
        entries[k]!.members[sizes[k]!++] = id;
      }
    }
    for (const r of linked) {
      const k = slot[r.sector]!;
      entries[k]!.members[sizes[k]!++] = r.member;
      entries[k]!.linked[linkedSizes[k]!++] = r.member;
    }
    for (let k = 0; k < used && linked.length > 0; k++) {
      const e = entries[k]!;
      if (e.linked.length > 0) entries[k] = { ...e, members: unique(e.members), linked: unique(e.linked) };
    }
    // Most members first, then sector id (ordinals follow ids).
    const order = Int32Array.from(entries.keys()).sort(
      (a, b) => entries[b]!.members.length - entries[a]!.members.length || ords[a]! - ords[b]!,
    );
    const out: Net[] = new Array(used);
    for (let k = 0; k < used; k++) out[k] = entries[order[k]!]!;
    return out;
  };
}
