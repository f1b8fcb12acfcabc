/**
 * Which themes a member works on where: expertise records that say where (a country, areas)
 * count there; records that do not say where count everywhere the member is present (its
 * geography records), as before the link existed.
 * @module
 */
import type { ExpertiseRecord, Partnership } from '../schema/records.js';

/**
 * A member's themes in one place: theme -> the highest rated level (1-5) of the records that
 * count there, or null when the member is only observed working on it there (no rating).
 * Themes rated 0 ("none") are left out.
 */
export type ThemesHere = ReadonlyMap<string, number | null>;

/**
 * {@link ThemesHere} by theme ordinal (the position of the theme in {@link ThemePlaces.themeIds}):
 * pairs `ordinal, level`, level 0 when the member is only observed working on the theme. Levels
 * are whole numbers (the expertise record schema's 0-5; 0 is left out of ThemesHere).
 */
export type ThemeCodes = Int32Array;

/**
 * Read-only lookups of the themes members work on per country and area. Build it with
 * {@link indexThemePlaces}.
 */
export interface ThemePlaces {
  /**
   * The themes `member` works on in `country`, or in area `area` of it when given (an area id as
   * the geography records use it).
   */
  themesIn(member: string, country: string, area?: string | null): ThemesHere;
  /** {@link ThemePlaces.themesIn} as theme ordinals and levels (see {@link ThemeCodes}). */
  codesIn(member: string, country: string, area?: string | null): ThemeCodes;
  /** Every theme of the expertise records, sorted in code-unit order: the ordinals of codesIn. */
  readonly themeIds: readonly string[];
  /** Whether some expertise record of the member says where (has a country). */
  linked(member: string): boolean;
  /** Whether some expertise record of the partnership says where. */
  readonly anyLinked: boolean;
}

/** A member's themes in one place, with their codes once asked for. */
interface Here {
  readonly themes: ThemesHere;
  codes?: ThemeCodes;
}

/** How deep an area path goes at most (admin-1 > ... > admin-4), with room to spare. */
const MAX_DEPTH = 8;

/** A member's records split by where they count, and where it is present. */
interface MemberRecords {
  /** Records that do not say where. */
  readonly anywhere: ExpertiseRecord[];
  /** country -> records that name it. */
  readonly byCountry: Map<string, ExpertiseRecord[]>;
  /** country where the member is present (a geography record) -> the area ids it names there. */
  readonly present: Map<string, Set<string>>;
  /**
   * Its themes in a whole country where it is present and no record names that country: the same
   * in every such country, so built once (on first use).
   */
  everywhere?: Here;
}

/**
 * The records of each member split by where they count, where each member is present, the
 * parent of each area (`country\0area` -> parent id) and the themes with their ordinals.
 */
function indexRecords(partnership: Pick<Partnership, 'expertise' | 'geography'>) {
  const records = new Map<string, MemberRecords>();
  let anyLinked = false;
  const ordinal = new Map<string, number>();
  for (const r of partnership.expertise) {
    ordinal.set(r.theme, 0);
    let m = records.get(r.member);
    if (!m) {
      m = { anywhere: [], byCountry: new Map(), present: new Map() };
      records.set(r.member, m);
    }
    if (r.country === undefined) {
      m.anywhere.push(r);
      continue;
    }
    anyLinked = true;
    const list = m.byCountry.get(r.country) ?? [];
    list.push(r);
    m.byCountry.set(r.country, list);
  }
  const parents = new Map<string, string | null>();
  for (const g of partnership.geography) {
    const present = records.get(g.member)?.present;
    let set = present?.get(g.country);
    if (present !== undefined && set === undefined) {
      set = new Set<string>();
      present.set(g.country, set);
    }
    for (const a of g.areas ?? []) {
      set?.add(a.id);
      parents.set(`${g.country}\u0000${a.id}`, a.parent);
    }
  }
  const themeIds = [...ordinal.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < themeIds.length; i++) ordinal.set(themeIds[i]!, i);
  return { records, anyLinked, parents, themeIds, ordinal };
}

/**
 * Index a partnership's expertise by place. A record counts in a place when:
 * - it names no country: the member is present there (a geography record of the country; for an
 *   area, the member's record names that area);
 * - it names the country and no areas: the place is the country, or an area of it where the
 *   member is present;
 * - it names areas: the place is the country or one of those areas (the levels of a written
 *   path are all named), or an area below the most specific ones it names (not below a level it
 *   names only as the path to another) where the member is present.
 * So a theme counts in a district when the row names the district, or names its province (or only
 * the country, or no place) and the member is present in the district. Cost O(records + area
 * entries) to build; `themesIn` is O(records of the member counted there + area depth).
 *
 * @param partnership - the expertise and geography records (area ids as unified by the reader)
 * @example
 * const places = indexThemePlaces({
 *   expertise: [
 *     { member: 'a', theme: 'health', level: null, evidence: 'observed', country: 'AF', areas: ['AF24'], sources: [] },
 *     { member: 'a', theme: 'gbv', level: 4, sources: [] },
 *   ],
 *   geography: [{ member: 'a', country: 'AF', presence: 'programme', partners: [], since: null, sources: [],
 *     areas: [{ id: 'AF24', name: 'Kandahar', parent: null, presence: 'programme', partners: [] },
 *             { id: 'AF30', name: 'Hilmand', parent: null, presence: 'programme', partners: [] }] }],
 * });
 * [...places.themesIn('a', 'AF', 'AF24')]; // => [['health', null], ['gbv', 4]]
 * [...places.themesIn('a', 'AF', 'AF30')]; // => [['gbv', 4]]
 */
export function indexThemePlaces(partnership: Pick<Partnership, 'expertise' | 'geography'>): ThemePlaces {
  const { records, anyLinked, parents, themeIds, ordinal } = indexRecords(partnership);
  const above = (country: string, area: string): string[] => {
    const out: string[] = [];
    let at = parents.get(`${country}\u0000${area}`);
    for (let depth = 0; at !== null && at !== undefined && depth < MAX_DEPTH; depth++) {
      out.push(at);
      at = parents.get(`${country}\u0000${at}`);
    }
    return out;
  };
  // The most specific areas a record names: a written path names its upper levels too, and a
  // row about Spin Boldak (Kandahar > Spin Boldak) says nothing about Kandahar's other districts.
  const leaves = new WeakMap<ExpertiseRecord, readonly string[]>();
  const leavesOf = (r: ExpertiseRecord & { country: string }): readonly string[] => {
    let out = leaves.get(r);
    if (out === undefined) {
      const named = r.areas ?? [];
      const upper = new Set(named.flatMap((a) => above(r.country, a)));
      out = named.filter((a) => !upper.has(a));
      leaves.set(r, out);
    }
    return out;
  };
  const counts = (r: ExpertiseRecord, country: string, area: string | null, here: boolean): boolean => {
    if (r.country === undefined) return here;
    const named = r.areas ?? [];
    if (area === null || named.includes(area)) return true;
    if (!here) return false;
    if (named.length === 0) return true;
    const own = leavesOf(r as ExpertiseRecord & { country: string });
    return above(country, area).some((a) => own.includes(a));
  };
  const collect = (
    lists: readonly (readonly ExpertiseRecord[])[],
    country: string,
    area: string | null,
    here: boolean,
  ): Map<string, number | null> => {
    const out = new Map<string, number | null>();
    const rated = new Map<string, number>();
    for (const list of lists) {
      for (const r of list) {
        if (!counts(r, country, area, here)) continue;
        if (r.level === null) {
          if (!out.has(r.theme)) out.set(r.theme, null);
        } else rated.set(r.theme, Math.max(rated.get(r.theme) ?? 0, r.level));
      }
    }
    // A rating wins over an observation; a theme rated 0 ("none") is not worked on.
    for (const [theme, level] of rated) {
      if (level >= 1) out.set(theme, level);
      else out.delete(theme);
    }
    return out;
  };
  const codesOf = (themes: ThemesHere): ThemeCodes => {
    const out = new Int32Array(2 * themes.size);
    let k = 0;
    themes.forEach((level, theme) => {
      out[k++] = ordinal.get(theme)!;
      out[k++] = level ?? 0;
    });
    return out;
  };
  /** The member's themes in the place (`codes` kept with the themes kept in `everywhere`). */
  const themesHere = (member: string, country: string, area: string | null): Here | undefined => {
    const m = records.get(member);
    if (!m) return undefined;
    const areas = m.present.get(country);
    const here = areas !== undefined && (area === null || areas.has(area));
    const own = m.byCountry.get(country);
    if (area === null && here && own === undefined) {
      m.everywhere ??= { themes: collect([m.anywhere], country, null, true) };
      return m.everywhere;
    }
    return { themes: collect([m.anywhere, own ?? []], country, area, here) };
  };
  return {
    anyLinked,
    themeIds,
    linked: (member) => (records.get(member)?.byCountry.size ?? 0) > 0,
    themesIn(member, country, area = null) {
      return themesHere(member, country, area)?.themes ?? new Map();
    },
    codesIn(member, country, area = null) {
      const found = themesHere(member, country, area);
      if (found === undefined) return new Int32Array(0);
      found.codes ??= codesOf(found.themes);
      return found.codes;
    },
  };
}

const cache = new WeakMap<object, ThemePlaces>();

/**
 * Whether `member` works on `theme` in `country` (and in area `area` of it, when given): some
 * expertise record of it on the theme counts there (see {@link indexThemePlaces}) with a rated
 * level of 1 or more, or observed. Pass the index, or the partnership (its index is built once and
 * kept for later calls with the same partnership object).
 *
 * @param where - a {@link ThemePlaces} index, or the partnership (expertise and geography records)
 * @param member - member id
 * @param theme - theme id
 * @param country - ISO alpha-2 code
 * @param area - an area id of the country (as geography records use it); omit for the whole country
 * @example
 * worksOnThemeIn(partnership, 'FTA', 'living-wage', 'BD'); // => true
 * worksOnThemeIn(partnership, 'FTA', 'living-wage', 'KE'); // => false
 */
export function worksOnThemeIn(
  where: ThemePlaces | Pick<Partnership, 'expertise' | 'geography'>,
  member: string,
  theme: string,
  country: string,
  area?: string | null,
): boolean {
  let index: ThemePlaces;
  if ('themesIn' in where) index = where;
  else {
    index = cache.get(where) ?? indexThemePlaces(where);
    cache.set(where, index);
  }
  return index.themesIn(member, country, area ?? null).has(theme);
}
