/**
 * What an IATI activity is about and where: DAC sector codes to themes and sectors, recipient
 * countries and location areas to places, start dates to a year.
 * @module
 */
import { foldText } from '../normalise/fold.js';
import { areaPath, compactCode } from './areas.js';
import { classifyDacCode, dacTheme, sectorCodeFromName } from './dac.js';
import type { IatiActivity, IatiLocation, IatiSector } from './iatiActivity.js';
import { countryFromPcode, countryFromText, isoAlpha2 } from './places.js';

/** Sector vocabularies that hold DAC codes: 1 (DAC 5-digit), 2 (DAC 3-digit); empty = assumed DAC. */
const DAC_VOCABULARIES = new Set(['', '1', '2', 'dac', 'dac 3']);
const YEAR = /^\s*(19[5-9]\d|20\d\d)\b/;

/** How sector codes are looked up (built once per import). */
export interface ThemeLookups {
  /** The user's theme map over labels (undefined: not mapped, null: ignore). */
  readonly userTheme: (labels: readonly string[]) => string | null | undefined;
  /** Theme id -> the taxonomy's id. */
  readonly canonical: (id: string) => string;
  /** DAC code -> sector ids. */
  readonly sectorsOf: (code: string) => readonly string[];
}

/**
 * Themes and sectors of an activity from its DAC sector codes (vocabularies 1 and 2, or none);
 * codes of other vocabularies (SDG targets, publisher codes) are ignored. `unmapped` lists DAC
 * codes that gave neither a theme nor a sector.
 *
 * @example
 * const lookups = { userTheme: () => undefined, canonical: (id: string) => id, sectorsOf: () => [] };
 * activityThemes([{ code: '12220', vocabulary: '1' }, { code: '3.8', vocabulary: '99' }], lookups);
 * // => { themes: ['health'], sectors: [], unmapped: [] }
 */
export function activityThemes(
  sectors: readonly IatiSector[],
  lookups: ThemeLookups,
): { themes: string[]; sectors: string[]; unmapped: string[] } {
  const themes = new Set<string>();
  const sectorIds = new Set<string>();
  const unmapped: string[] = [];
  for (const { code: token, vocabulary } of sectors) {
    if (!DAC_VOCABULARIES.has(foldText(vocabulary))) continue;
    const code = classifyDacCode(token)?.code ?? sectorCodeFromName(token);
    const user = lookups.userTheme(code === null ? [token] : [code, token]);
    if (code === null) {
      if (user) themes.add(lookups.canonical(user));
      continue;
    }
    const theme = user !== undefined ? user : dacTheme(code);
    if (theme !== null) themes.add(lookups.canonical(theme));
    const ids = lookups.sectorsOf(code);
    for (const s of ids) sectorIds.add(s);
    if (theme === null && ids.length === 0 && user === undefined) unmapped.push(code);
  }
  return { themes: [...themes], sectors: [...sectorIds], unmapped };
}

/**
 * The start year of an activity: actual start, else planned start (years 1950-2099); null when
 * neither is a date.
 *
 * @example
 * startYear({ actualStart: '', plannedStart: '2021-01-01' }); // => 2021
 */
export function startYear(a: Pick<IatiActivity, 'actualStart' | 'plannedStart'>): number | null {
  const m = YEAR.exec(a.actualStart) ?? YEAR.exec(a.plannedStart);
  return m ? Number(m[1]) : null;
}

/** A recipient-country token to alpha-2: a code, or a name of more than three letters. */
function countryCode(token: string): string | null {
  return isoAlpha2(token) ?? (token.trim().length > 3 ? countryFromText(token) : null);
}

/** A location's administrative levels that name areas: levels 1 and 2, without country-level codes. */
function areaLevels(loc: IatiLocation): IatiLocation['administrative'] {
  return loc.administrative
    .filter((a) => a.code.trim() !== '' && a.vocabulary.toUpperCase() !== 'A4' && a.level !== 0)
    .sort((a, b) => (a.level ?? 99) - (b.level ?? 99))
    .slice(0, 2);
}

/**
 * Names of administrative codes from the activity's locations that are administrative regions
 * (location class 1): their name names their deepest code.
 */
function regionNames(locations: readonly IatiLocation[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const loc of locations) {
    const levels = areaLevels(loc);
    if (loc.locationClass.trim() !== '1' || loc.name.trim() === '' || levels.length === 0) continue;
    const code = compactCode(levels[levels.length - 1]!.code);
    if (!names.has(code)) names.set(code, loc.name);
  }
  return names;
}

/**
 * The area of an activity location: its administrative codes (levels 1 and 2, `Parent > Child`),
 * each named when a location of the activity that is an administrative region (location class
 * 1) names it; the name alone for such a region without codes; null otherwise (a point or a
 * facility without codes). Country-level codes (vocabulary A4, level 0) are left out.
 *
 * @param names - code (compacted) -> name, from the activity's region locations
 * @example
 * locationArea({ name: 'Turkana', locationClass: '1', administrative: [{ level: 1, code: 'KE-23', vocabulary: 'A9' }] });
 * // => 'Turkana (KE23)'
 * locationArea({ name: 'Lodwar clinic', locationClass: '3', administrative: [{ level: 1, code: 'KE-23', vocabulary: 'A9' }] }, new Map([['KE23', 'Turkana']]));
 * // => 'Turkana (KE23)'
 */
export function locationArea(
  loc: IatiLocation,
  names: ReadonlyMap<string, string> = regionNames([loc]),
): string | null {
  const levels = areaLevels(loc);
  if (levels.length === 0) {
    return loc.locationClass.trim() === '1' && loc.name.trim() !== ''
      ? areaPath({ name: loc.name, code: '' }, null)
      : null;
  }
  const parts = levels.map((a) => ({ name: names.get(compactCode(a.code)) ?? '', code: a.code }));
  return areaPath(parts[0]!, parts[1] ?? null);
}

/** The country an area code names ('KE-23' ISO 3166-2, 'AF01', 'NGA008' p-codes), or null. */
function areaCountry(loc: IatiLocation): string | null {
  for (const a of loc.administrative) {
    const iso = /^([A-Za-z]{2})-/.exec(a.code.trim());
    const country = iso ? isoAlpha2(iso[1]!) : countryFromPcode(a.code);
    if (country !== null) return country;
  }
  return null;
}

/** One place of an activity (before partners are attached). */
export interface IatiPlace {
  readonly country: string;
  readonly area: string | null;
}

/**
 * The places of an activity: each recipient country (filtered by `keep`), with the areas of its
 * locations in that country (a location's country is the activity's only country, else the one
 * its codes name); a country without areas is one place with area null. `unknown` lists the
 * country tokens that are no country.
 *
 * @example
 * activityPlaces({ countries: ['KE', 'XX'], locations: [{ name: 'Turkana', locationClass: '1', administrative: [] }] }, null);
 * // => { places: [{ country: 'KE', area: 'Turkana' }], unknown: ['XX'] }
 */
export function activityPlaces(
  a: Pick<IatiActivity, 'countries' | 'locations'>,
  keep: ReadonlySet<string> | null,
): { places: IatiPlace[]; unknown: string[]; spread: number } {
  const unknown: string[] = [];
  const countries: string[] = [];
  for (const token of a.countries) {
    const code = countryCode(token);
    if (code === null) unknown.push(token);
    else if (!countries.includes(code)) countries.push(code);
  }
  const areas = new Map<string, Set<string>>(countries.map((c) => [c, new Set()]));
  const names = regionNames(a.locations);
  for (const loc of a.locations) {
    const area = locationArea(loc, names);
    const country = countries.length === 1 ? countries[0]! : areaCountry(loc);
    if (area !== null && country !== null) areas.get(country)?.add(area);
  }
  const places: IatiPlace[] = [];
  for (const country of countries) {
    if (keep && !keep.has(country)) continue;
    const list = [...areas.get(country)!];
    if (list.length === 0) places.push({ country, area: null });
    else for (const area of list) places.push({ country, area });
  }
  return { places, unknown, spread: countries.length };
}
