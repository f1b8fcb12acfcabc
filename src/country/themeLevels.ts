/**
 * Every member's level on a theme in a country or area view, derived from baseline.json's
 * records: the detail version 4 views leave out (version 3 listed it as `themes[].rated`).
 * @module
 */
import type { BaselineJson } from '../schema/baseline.js';
import { memberOrder } from './memberOrder.js';
import { indexThemePlaces, type ThemePlaces } from './themePlaces.js';

/**
 * A member rating a theme in a place, with its level (1-5).
 * @example
 * const top: MemberLevel | undefined = themeLevelsFromRecords(json)('BD', null, 'gbv')?.[0];
 * top; // => { id: 'VAW', level: 5 }
 */
export interface MemberLevel {
  readonly id: string;
  readonly level: number;
}

/**
 * Every member present in `country` (or in area `area` of it) rating `theme`, with its level,
 * strongest first, then member order: exactly what a version 3 view listed as `rated`. Members
 * observed working on it without a rating are in the view's `observed`. Undefined when the
 * baseline has no records, or no such country or area view.
 * @example
 * const levels: ThemeLevels = themeLevelsFromRecords(json);
 * levels('BD', null, 'gbv')?.map((m) => `${m.id}:${m.level}`).join('; '); // => 'VAW:5; SSF:3'
 */
export type ThemeLevels = (
  country: string,
  area: string | null,
  theme: string,
) => readonly MemberLevel[] | undefined;

const made = new WeakMap<object, ThemeLevels>();

/**
 * Each member's level per theme in the country and area views of a baseline.json, from its
 * `records` (expertise and geography): the members of a view that are not there with contacts
 * only, their themes there as the views count them (see `indexThemePlaces`). A view's themes are
 * computed on its first lookup and kept, and so is the function per baseline object.
 *
 * @param json - baseline.json data (members, records, countries)
 * @example
 * const levels = themeLevelsFromRecords(json);
 * levels('BD', null, 'freedom-of-association'); // => [{ id: 'UWS', level: 5 }, { id: 'SSF', level: 4 }]
 * levels('XX', null, 'gbv'); // => undefined
 */
export function themeLevelsFromRecords(
  json: Pick<BaselineJson, 'members' | 'records' | 'countries'>,
): ThemeLevels {
  const known = made.get(json);
  if (known !== undefined) return known;
  const records = json.records;
  const memberCmp = memberOrder(json.members);
  let places: ThemePlaces | undefined;
  // country or country\0area -> theme -> its members' levels (sorted on first lookup)
  const byPlace = new Map<string, Map<string, { sorted: boolean; list: MemberLevel[] }>>();
  const levels: ThemeLevels = (country, area, theme) => {
    if (records === undefined || !Object.hasOwn(json.countries, country)) return undefined;
    const key = area === null ? country : `${country}\u0000${area}`;
    let themes = byPlace.get(key);
    if (themes === undefined) {
      const view = json.countries[country]!;
      const group = area === null ? view.members : view.areas?.find((a) => a.area === area)?.members;
      if (group === undefined) return undefined;
      places ??= indexThemePlaces({ expertise: records.expertise, geography: records.geography });
      themes = new Map();
      // The members counted as the views count them (contacts only are not), in member order.
      const ids = group
        .filter((m) => m.presence !== 'network')
        .map((m) => m.id)
        .sort(memberCmp);
      for (const id of ids) {
        for (const [t, level] of places.themesIn(id, country, area)) {
          if (level === null) continue;
          let entry = themes.get(t);
          if (entry === undefined) {
            entry = { sorted: false, list: [] };
            themes.set(t, entry);
          }
          entry.list.push({ id, level });
        }
      }
      byPlace.set(key, themes);
    }
    const entry = themes.get(theme);
    if (entry === undefined) return [];
    if (!entry.sorted) {
      // Strongest first; the sort is stable, so member order within a level (as `rated` was).
      entry.list.sort((x, y) => y.level - x.level);
      entry.sorted = true;
    }
    return entry.list;
  };
  made.set(json, levels);
  return levels;
}
