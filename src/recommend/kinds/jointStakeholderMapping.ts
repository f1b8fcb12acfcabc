import { type DenseIndex, denseIndex, sectorStrengths } from '../denseIndex.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import { placeSources } from '../placeSources.js';
import type { RecommendationKindDefinition } from '../types.js';
import { meanAreaWeight, mostSpecific } from './areas.js';
import { cmp, type GroupMember, mean, presentWeights, strongestMembers, v } from './util.js';

/**
 * joint-stakeholder-mapping: two or more members present in the same country
 * with a network in the same sector map that sector's stakeholders there
 * together (seed 000: "mapping stakeholders together gives additional
 * opportunities for engagement). Where the country has areas, the members
 * present in the same area with a network in the sector (2 to maxMembers, 5)
 * map it there: one recommendation per group, naming the most specific areas
 * they share (the country-level one with the same members is then left out). A country-level
 * group is at most maxMembers too: the members with the strongest networks in the sector, then
 * the strongest presence (a mapping of 90 organisations is no joint activity).
 *
 * score = meanPresenceWeight(members, country or areas) * meanStrength(members, sector) / 5.
 */
export const jointStakeholderMapping: RecommendationKindDefinition = {
  id: 'joint-stakeholder-mapping',
  title: { en: 'Joint stakeholder mapping', nl: 'Gezamenlijke stakeholderanalyse' },
  eligibility: {
    en: 'Two or more members present in the same country with a network in the same sector.',
    nl: 'Twee of meer leden die in hetzelfde land actief zijn en een netwerk hebben in dezelfde sector.',
  },
  formula: 'score = meanPresenceWeight(members, country) * meanStrength(members, sector) / 5',
  weight: 1,
  params: { maxMembers: 5 },
  rationale: {
    default: {
      en: '{members} are present in {country} and have networks in the {sector} sector, so they can map the stakeholders of this sector there together.',
      nl: '{members} zijn actief in {country} en hebben een netwerk in de sector {sector}, dus ze kunnen samen de stakeholders van deze sector daar in kaart brengen.',
    },
    inAreas: {
      en: '{members} are present in {areas}, {country}, and have networks in the {sector} sector, so they can map the stakeholders of this sector there together.',
      nl: '{members} zijn actief in {areas}, {country}, en hebben een netwerk in de sector {sector}, dus ze kunnen samen de stakeholders van deze sector daar in kaart brengen.',
    },
    observed: {
      en: '{members} are present in {country} and work in the {sector} sector (seen in their activities, no network named), so they can map the stakeholders of this sector there together.',
      nl: '{members} zijn actief in {country} en werken in de sector {sector} (gezien in hun activiteiten, geen netwerk genoemd), dus ze kunnen samen de stakeholders van deze sector daar in kaart brengen.',
    },
    observedInAreas: {
      en: '{members} are present in {areas}, {country}, and work in the {sector} sector (seen in their activities, no network named), so they can map the stakeholders of this sector there together.',
      nl: '{members} zijn actief in {areas}, {country}, en werken in de sector {sector} (gezien in hun activiteiten, geen netwerk genoemd), dus ze kunnen samen de stakeholders van deze sector daar in kaart brengen.',
    },
  },
  fragments: {},
  *generate(ctx) {
    const { index, params } = ctx;
    const maxMembers = Math.max(2, params.maxMembers ?? 5);
    const strength = (members: readonly string[], sector: string) =>
      mean(members.map((m) => index.network(m, sector)?.strength ?? 0));
    const maxStrength = ctx.partnership.sectors.reduce((max, r) => Math.max(max, r.strength), 0);
    // A member only seen working in the sector has no named network: the rationale says so.
    const seenOnly = (members: readonly string[], sector: string) =>
      members.some((m) => index.network(m, sector)?.observed === true);
    const dense = denseIndex(index);
    const present = new Float64Array(dense.members.length).fill(-1);
    const scratch = topScratch(maxMembers, dense.members.length);
    for (const country of Object.keys(ctx.countryViews).sort(cmp)) {
      const view = ctx.countryViews[country];
      if (!view) continue;
      const weights = presentWeights(index, view);
      // Without areas every candidate here scores at most the strongest presence x the strongest network / 5.
      const bound = (Math.max(0, ...weights.values()) * maxStrength) / 5 + 1e-12;
      const noAreas = index.areas.list(country).length === 0;
      if (noAreas && ctx.floor?.cannotMake(bound)) continue;
      const floor = noAreas ? ctx.floor : undefined;
      if (floor) setPresence(present, dense, weights, true);
      for (const { sector, members: raw } of view.sectors) {
        // Without areas, a sector whose group cannot make the floor is left before any group is built.
        if (floor) {
          const best = sectorGroupScore(index, dense, present, raw, sector, scratch);
          if (best < 0 || floor.cannotMake(best)) continue;
        }
        let members = presentSorted(raw, (m) => index.isMember(m) && weights.has(m));
        if (members.length < 2) continue;
        const placed = areaGroupsInSector(index, country, sector, maxMembers);
        for (const [key, areaIds] of placed) {
          const group = key.split('\u0000');
          const areas = mostSpecific(index, country, areaIds);
          yield {
            members: group,
            country,
            areas,
            sector,
            score: (meanAreaWeight(index, country, group, areas) * strength(group, sector)) / 5,
            get evidence() {
              return [
                ...group.flatMap((m) => placeSources(index, m, country)),
                ...group.flatMap((m) => index.network(m, sector)?.sources ?? []),
              ];
            },
            template: seenOnly(group, sector) ? 'observedInAreas' : 'inAreas',
            vars: {
              members: v.tagged(group),
              country: v.country(country),
              areas: v.areas(country, areas),
              sector: v.sector(sector),
            },
          };
        }
        if (placed.size > 0 && placed.has(members.join('\u0000'))) continue;
        if (members.length > maxMembers) {
          const keyed = members.map((id) => ({
            id,
            strength: index.network(id, sector)?.strength ?? 0,
            weight: weights.get(id) ?? 0,
          }));
          if (ctx.floor?.cannotMake(scoreBound(keyed))) continue;
          members = strongestMembers(keyed, maxMembers);
        }
        const score = (mean(members.map((m) => weights.get(m) ?? 0)) * strength(members, sector)) / 5;
        if (ctx.floor?.cannotMake(score)) continue;
        yield {
          members,
          country,
          sector,
          score,
          get evidence() {
            return [
              ...members.flatMap((m) => placeSources(index, m, country)),
              ...members.flatMap((m) => index.network(m, sector)?.sources ?? []),
            ];
          },
          ...(seenOnly(members, sector) ? { template: 'observed' } : {}),
          vars: { members: v.members(members), country: v.country(country), sector: v.sector(sector) },
        };
      }
      if (floor) setPresence(present, dense, weights, false);
    }
  },
};

/** Mark (or unmark, to -1) the presence weights of a country's members in `present`, by member ordinal. */
function setPresence(
  present: Float64Array,
  dense: DenseIndex,
  weights: ReadonlyMap<string, number>,
  on: boolean,
): void {
  for (const [id, weight] of weights) {
    const m = dense.memberOrd(id);
    if (m !== undefined) present[m] = on ? weight : -1;
  }
}

/**
 * The ids that pass `keep`, unique and sorted (= [...new Set(ids)].filter(keep).sort(cmp)); a
 * view lists them sorted already, so the set and the sort are made only when it does not.
 */
function presentSorted(ids: readonly string[], keep: (id: string) => boolean): string[] {
  const out = ids.filter(keep);
  for (let i = 1; i < out.length; i++) {
    if (!(out[i - 1]! < out[i]!)) return [...new Set(out)].sort(cmp);
  }
  return out;
}

/** Per group of 2..maxMembers members with a network in the sector present in the same area: the areas. */
function areaGroupsInSector(
  index: PartnershipIndex,
  country: string,
  sector: string,
  maxMembers: number,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const area of index.areas.list(country)) {
    const members = index.areas
      .membersIn(country, area.id)
      .filter((m) => index.isMember(m) && index.network(m, sector) !== undefined);
    if (members.length < 2 || members.length > maxMembers) continue;
    const key = members.join('\u0000');
    out.set(key, [...(out.get(key) ?? []), area.id]);
  }
  return out;
}

/**
 * At least the score of any group chosen from `keyed`: mean weight * mean strength / 5 is at most
 * the largest weight times the largest strength / 5 (plus 1e-12 for rounding in the means).
 */
function scoreBound(keyed: readonly GroupMember[]): number {
  let weight = 0;
  let strength = 0;
  for (const k of keyed) {
    weight = Math.max(weight, k.weight);
    strength = Math.max(strength, k.strength);
  }
  return (weight * strength) / 5 + 1e-12;
}

/** Scratch of {@link sectorGroupScore}: the strongest members kept so far, at most maxMembers. */
interface TopScratch {
  readonly top: Int32Array;
  readonly topStrength: Float64Array;
  readonly topWeight: Float64Array;
}

function topScratch(maxMembers: number, memberCount: number): TopScratch {
  const n = Math.min(Math.floor(maxMembers), memberCount) || 0;
  return { top: new Int32Array(n), topStrength: new Float64Array(n), topWeight: new Float64Array(n) };
}

/**
 * The score of the country-level group of the members in `raw` present in the country (`present`
 * >= 0) and in the partnership, as generate computes it without areas: all of them, or the
 * `maxMembers` strongest (the length of `scratch`; strength, then weight, then id; see strongestMembers), means taken in id
 * order. -1 when fewer than two; NaN when `raw` is not sorted by id (then generate decides). Only
 * ordinals and one small array are used: most sectors end here.
 */
function sectorGroupScore(
  index: PartnershipIndex,
  dense: DenseIndex,
  present: Float64Array,
  raw: readonly string[],
  sector: string,
  scratch: TopScratch,
): number {
  const strengths = sectorStrengths(index);
  const s = strengths.sectorOrd(sector);
  const S = strengths.sectorCount;
  const table = strengths.strength;
  const { isMember } = dense;
  // The strongest kept so far, best first (strength desc, weight desc, ordinal asc): ordinals and
  // keys in scratch arrays of maxMembers (no list grown or spliced per sector).
  const { top, topStrength, topWeight } = scratch;
  // Whole members only (a fractional cap keeps its floor); never more than there are members.
  const cap = top.length;
  let size = 0;
  let kept = 0;
  let last = -1;
  for (const id of raw) {
    const m = dense.memberOrd(id);
    if (m === undefined || isMember[m] === 0) continue;
    const weight = present[m]!;
    if (weight < 0) continue;
    if (m <= last) return Number.NaN;
    last = m;
    kept++;
    const strength = s === undefined ? 0 : table[m * S + s]!;
    // Ordinals come ascending, so a tie on strength and weight goes after the ones kept.
    let at = size;
    while (
      at > 0 &&
      (strength > topStrength[at - 1]! || (strength === topStrength[at - 1]! && weight > topWeight[at - 1]!))
    )
      at--;
    if (at < cap) {
      for (let i = Math.min(size, cap - 1); i > at; i--) {
        top[i] = top[i - 1]!;
        topStrength[i] = topStrength[i - 1]!;
        topWeight[i] = topWeight[i - 1]!;
      }
      top[at] = m;
      topStrength[at] = strength;
      topWeight[at] = weight;
      size = Math.min(size + 1, cap);
    }
  }
  if (kept < 2) return -1;
  const chosen = top.subarray(0, size).sort();
  let weight = 0;
  let strength = 0;
  for (const m of chosen) weight += present[m]!;
  for (const m of chosen) strength += s === undefined ? 0 : table[m * S + s]!;
  return ((weight / size) * (strength / size)) / 5;
}
