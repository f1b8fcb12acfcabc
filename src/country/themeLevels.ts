/**
 * Every member's level on a theme in a country or area view, derived from baseline.json's
 * records: the detail version 4 views leave out (version 3 listed it as `themes[].rated`).
 * @module
 */
import type { BaselineJson } from '../schema/baseline.js';
import { memberOrder } from './memberOrder.js';
import { indexThemePlaces, type ThemeCodes, type ThemePlaces } from './themePlaces.js';

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

/** One place's levels: its members (in member order) and, per theme, who rates it how strongly. */
interface PlaceLevels {
  /** The members counted here, in member order. */
  readonly ids: readonly string[];
  /**
   * Per theme ordinal t (see ThemePlaces.themeIds), `codes[start[t]]` to `codes[start[t + 1] - 1]`
   * are codes `8 * i + level` (i: position in `ids`), strongest first, then member order: numbers
   * in two typed arrays, so a place of any size makes no object per member and theme.
   */
  readonly start: Int32Array;
  readonly codes: Int32Array;
}

/** What one baseline object's levels are built from and kept in. */
interface LevelsIndex {
  /** The place's levels; undefined without records or such a country or area view. */
  readonly place: (country: string, area: string | null) => PlaceLevels | undefined;
  /** A theme's ordinal in the places' codes, undefined when no record names it. */
  readonly ordinal: (theme: string) => number | undefined;
  /** One shared `{ id, level }` per member and level. */
  readonly level: (id: string, level: number) => MemberLevel;
}

const made = new WeakMap<object, LevelsIndex>();
const lookups = new WeakMap<object, ThemeLevels>();
const cells = new WeakMap<object, ThemeLevelCells>();

/**
 * The levels of one place from its members' theme codes there: a counting sort by theme, then
 * level (strongest first); members come in member order and keep it within a level. Members only
 * observed on a theme (level 0) are left out. `count` is scratch of at least 8 * themes + 1
 * zeros, left as zeros.
 */
function placeLevels(
  ids: readonly string[],
  codesIn: (id: string) => ThemeCodes,
  count: Int32Array,
): PlaceLevels {
  const themes = (count.length - 1) >> 3;
  const lists = ids.map(codesIn);
  // key 8 * theme + (7 - level): ascending keys are themes in order, each strongest first.
  let total = 0;
  for (const c of lists) {
    for (let j = 0; j < c.length; j += 2) {
      const level = c[j + 1]!;
      if (level === 0) continue;
      count[8 * c[j]! + 7 - level + 1]! += 1;
      total++;
    }
  }
  const start = new Int32Array(themes + 1);
  for (let k = 0; k < 8 * themes; k++) {
    count[k + 1]! += count[k]!;
    if ((k & 7) === 7) start[(k >> 3) + 1] = count[k + 1]!;
  }
  const codes = new Int32Array(total);
  for (let i = 0; i < lists.length; i++) {
    const c = lists[i]!;
    for (let j = 0; j < c.length; j += 2) {
      const level = c[j + 1]!;
      if (level !== 0) codes[count[8 * c[j]! + 7 - level]!++] = 8 * i + level;
    }
  }
  count.fill(0);
  return { ids, start, codes };
}

function levelsIndex(json: Pick<BaselineJson, 'members' | 'records' | 'countries'>): LevelsIndex {
  const known = made.get(json);
  if (known !== undefined) return known;
  const records = json.records;
  const memberCmp = memberOrder(json.members);
  let places: ThemePlaces | undefined;
  let ordinals: Map<string, number> | undefined;
  let count: Int32Array | undefined;
  const placesOf = (r: NonNullable<typeof records>) => {
    places ??= indexThemePlaces({ expertise: r.expertise, geography: r.geography });
    return places;
  };
  // country or country\0area -> its levels (built on first lookup)
  const byPlace = new Map<string, PlaceLevels>();
  const shared = new Map<string, MemberLevel[]>();
  const index: LevelsIndex = {
    place(country, area) {
      if (records === undefined || !Object.hasOwn(json.countries, country)) return undefined;
      const key = area === null ? country : `${country}\u0000${area}`;
      let found = byPlace.get(key);
      if (found === undefined) {
        const view = json.countries[country]!;
        const group = area === null ? view.members : view.areas?.find((a) => a.area === area)?.members;
        if (group === undefined) return undefined;
        const at = placesOf(records);
        // The members counted as the views count them (contacts only are not), in member order.
        const ids: string[] = [];
        for (const m of group) if (m.presence !== 'network') ids.push(m.id);
        ids.sort(memberCmp);
        count ??= new Int32Array(8 * at.themeIds.length + 1);
        found = placeLevels(ids, (id) => at.codesIn(id, country, area), count);
        byPlace.set(key, found);
      }
      return found;
    },
    ordinal(theme) {
      if (records === undefined) return undefined;
      if (ordinals === undefined) {
        const ids = placesOf(records).themeIds;
        ordinals = new Map();
        for (let i = 0; i < ids.length; i++) ordinals.set(ids[i]!, i);
      }
      return ordinals.get(theme);
    },
    level(id, level) {
      let list = shared.get(id);
      if (list === undefined) {
        list = [];
        shared.set(id, list);
      }
      list[level] ??= { id, level };
      return list[level];
    },
  };
  made.set(json, index);
  return index;
}

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
  const known = lookups.get(json);
  if (known !== undefined) return known;
  const index = levelsIndex(json);
  const lists = new Map<PlaceLevels, (readonly MemberLevel[])[]>();
  const levels: ThemeLevels = (country, area, theme) => {
    const place = index.place(country, area);
    if (place === undefined) return undefined;
    const t = index.ordinal(theme);
    if (t === undefined) return [];
    let kept = lists.get(place);
    if (kept === undefined) {
      kept = [];
      lists.set(place, kept);
    }
    let list = kept[t];
    if (list === undefined) {
      const made: MemberLevel[] = [];
      for (let k = place.start[t]!; k < place.start[t + 1]!; k++) {
        const c = place.codes[k]!;
        made.push(index.level(place.ids[c >> 3]!, c & 7));
      }
      list = made;
      kept[t] = list;
    }
    return list;
  };
  lookups.set(json, levels);
  return levels;
}

/**
 * The levels of a theme in a place as one CSV list cell: `id:level` of each member rating it,
 * strongest first, joined with `'; '` ('' when nobody rates it). Undefined as
 * {@link ThemeLevels}.
 */
export type ThemeLevelCells = (country: string, area: string | null, theme: string) => string | undefined;

/**
 * {@link themeLevelsFromRecords} as list cell text, made without an object per member and level
 * (the CSV exports write every level of every theme). Kept per baseline object, sharing the
 * index with {@link themeLevelsFromRecords}.
 *
 * @param json - baseline.json data (members, records, countries)
 * @example
 * themeLevelCellsFromRecords(json)('BD', null, 'freedom-of-association'); // => 'UWS:5; SSF:4'
 */
export function themeLevelCellsFromRecords(
  json: Pick<BaselineJson, 'members' | 'records' | 'countries'>,
): ThemeLevelCells {
  const known = cells.get(json);
  if (known !== undefined) return known;
  const index = levelsIndex(json);
  const texts = new Map<PlaceLevels, string[]>();
  const cell: ThemeLevelCells = (country, area, theme) => {
    const place = index.place(country, area);
    if (place === undefined) return undefined;
    const t = index.ordinal(theme);
    if (t === undefined) return '';
    let text = texts.get(place);
    if (text === undefined) {
      text = [];
      texts.set(place, text);
    }
    const from = place.start[t]!;
    let out = '';
    for (let k = from; k < place.start[t + 1]!; k++) {
      const c = place.codes[k]!;
      let item = text[c];
      if (item === undefined) {
        item = `${place.ids[c >> 3]!}:${c & 7}`;
        text[c] = item;
      }
      out = k === from ? item : `${out}; ${item}`;
    }
    return out;
  };
  cells.set(json, cell);
  return cell;
}
