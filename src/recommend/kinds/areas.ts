/**
 * Area helpers of the kinds that say where: the most specific of a list of areas, groups of
 * members sharing areas and themes, area presence weights, shared areas of a pair.
 * @module
 */
import type { PartnershipIndex } from '../partnershipIndex.js';
import { cmp, mean } from './util.js';

/**
 * The areas of a list that have no descendant in the list (Spin Boldak rather than Kandahar and
 * Spin Boldak), sorted by id.
 *
 * @example
 * mostSpecific(index, 'AF', ['AF24', 'AF2405', 'AF30']); // => ['AF2405', 'AF30']
 */
export function mostSpecific(index: PartnershipIndex, country: string, ids: Iterable<string>): string[] {
  const set = new Set(ids);
  const above = new Set<string>();
  for (const id of set) {
    let parent = index.areas.info(country, id)?.parent ?? null;
    for (let guard = 0; parent !== null && guard < 8; guard++) {
      above.add(parent);
      parent = index.areas.info(country, parent)?.parent ?? null;
    }
  }
  return [...set].filter((id) => !above.has(id)).sort(cmp);
}

/** Members who share themes in the areas of one country. */
export interface AreaGroup {
  /** Member ids, sorted. */
  readonly members: readonly string[];
  /** Theme ids, sorted. */
  readonly themes: readonly string[];
  /** The most specific areas where these members work on these themes together, sorted by id. */
  readonly areas: readonly string[];
}

/**
 * Groups of members working on the same themes in the same areas of a country. Per area and
 * theme, the members present there who pass `eligible(member, theme)` form a group when there are
 * minMembers to maxMembers of them (a larger group is left out: everyone doing one thing in one
 * place is a matter for the humanitarian cluster, not a joint activity; an area below it may
 * give a smaller group). The (area, theme) cells of the same members are then one group: the
 * areas where they are together (the most specific ones) and the themes they share there (every
 * member works on every theme listed), so two organisations meeting in three districts get one
 * recommendation, not three.
 *
 * Cost O(areas * themes * members present per area).
 *
 * @example
 * // A and B both work on nutrition in Kandahar and Hilmand, nobody else does
 * areaGroups(index, 'AF', (m, t) => index.works(m, t), 2, 5);
 * // => [{ members: ['A', 'B'], themes: ['nutrition'], areas: ['AF24', 'AF25'] }]
 */
export function areaGroups(
  index: PartnershipIndex,
  country: string,
  eligible: (member: string, theme: string) => boolean,
  minMembers: number,
  maxMembers: number,
): AreaGroup[] {
  // members -> area -> themes
  const cells = new Map<string, { members: string[]; areas: Map<string, string[]> }>();
  for (const area of index.areas.list(country)) {
    const here = index.areas.membersIn(country, area.id).filter((m) => index.isMember(m));
    if (here.length < minMembers) continue;
    for (const theme of index.themes) {
      const members = here.filter((m) => eligible(m, theme));
      if (members.length < minMembers || members.length > maxMembers) continue;
      const key = members.join('\u0000');
      const cell = cells.get(key) ?? { members, areas: new Map<string, string[]>() };
      const themes = cell.areas.get(area.id) ?? [];
      themes.push(theme);
      cell.areas.set(area.id, themes);
      cells.set(key, cell);
    }
  }
  const groups: AreaGroup[] = [];
  for (const { members, areas } of cells.values()) {
    const themes = [...new Set([...areas.values()].flat())].sort(cmp);
    groups.push({ members, themes, areas: mostSpecific(index, country, areas.keys()) });
  }
  return groups.sort(
    (a, b) =>
      cmp(a.members.join('\u0000'), b.members.join('\u0000')) ||
      cmp(a.themes.join('\u0000'), b.themes.join('\u0000')) ||
      cmp(a.areas.join('\u0000'), b.areas.join('\u0000')),
  );
}

/**
 * Mean presence weight of members over areas of a country (a member's weight in an area where it
 * is not present counts 0).
 *
 * @example
 * meanAreaWeight(index, 'AF', ['A', 'B'], ['AF24']); // => 0.5 (both run a programme there)
 */
export function meanAreaWeight(
  index: PartnershipIndex,
  country: string,
  members: readonly string[],
  areas: readonly string[],
): number {
  return mean(members.flatMap((m) => areas.map((a) => index.areas.presence(m, country, a)?.weight ?? 0)));
}

/**
 * The most specific areas of a country where both members are present, sorted by id.
 *
 * @example
 * sharedAreas(index, 'AF', 'A', 'B'); // => ['AF2405']
 */
export function sharedAreas(index: PartnershipIndex, country: string, a: string, b: string): string[] {
  const mine = new Set(index.areas.areasOf(a, country));
  return mostSpecific(
    index,
    country,
    index.areas.areasOf(b, country).filter((x) => mine.has(x)),
  );
}

/**
 * The size factor of a group: sqrt(2 / n), 1 for a pair, 0.82 for three, 0.63 for five: the
 * fewer organisations, the easier to act on.
 *
 * @example
 * sizeFactor(2); // => 1
 */
export function sizeFactor(n: number): number {
  return n <= 2 ? 1 : Math.sqrt(2 / n);
}
