/**
 * Country resolution: any English or Dutch name, ISO 3166 alpha-2 / alpha-3 /
 * numeric code or common variant -> ISO alpha-2, and code -> display name.
 */
import { OptionsError } from '../errors.js';
import { message } from '../messages/catalogue.js';
import { foldText } from './fold.js';
import { createMatcher, type Matcher, type MatcherStats, type MatchOptions } from './fuzzy.js';
import { isoAlpha2Codes, isoAlpha3, isoNames, isoNumeric } from './isoCountries.js';
import type { MatchResult } from './types.js';

/**
 * Curated country spellings -> ISO 3166 alpha-2, on top of the English and Dutch names of
 * i18n-iso-countries. They win over library names (so they can settle a name the library
 * gives to two countries); 'Congo' alone stays ambiguous between CD and CG. Kosovo uses the
 * user-assigned code XK. Keys are compared folded (case, accents, punctuation ignored).
 *
 * @example
 * COUNTRY_VARIANTS['Ivoorkust']; // => 'CI'
 */
export const COUNTRY_VARIANTS: Readonly<Record<string, string>> = Object.freeze({
  'Ivory Coast': 'CI',
  "Côte d'Ivoire": 'CI',
  "Cote d'Ivoire": 'CI',
  Ivoorkust: 'CI',
  DRC: 'CD',
  'DR Congo': 'CD',
  'D.R. Congo': 'CD',
  'DRC Congo': 'CD',
  'Congo DRC': 'CD',
  'Congo-Kinshasa': 'CD',
  'Democratic Republic of Congo': 'CD',
  'Democratic Republic of the Congo': 'CD',
  'Congo, Democratic Republic of the': 'CD',
  'Congo, The Democratic Republic of the': 'CD',
  'Congo (the Democratic Republic of the)': 'CD',
  'Congo, Dem. Rep.': 'CD',
  'DR Kongo': 'CD',
  Zaire: 'CD',
  'Congo-Brazzaville': 'CG',
  'Republic of Congo': 'CG',
  'Republic of the Congo': 'CG',
  'Congo, Republic of the': 'CG',
  'Congo, Rep.': 'CG',
  'Congo (the)': 'CG',
  Burma: 'MM',
  Birma: 'MM',
  Myanmar: 'MM',
  'the Netherlands': 'NL',
  Netherlands: 'NL',
  'Kingdom of the Netherlands': 'NL',
  Nederland: 'NL',
  Holland: 'NL',
  NL: 'NL',
  UK: 'GB',
  'U.K.': 'GB',
  'Great Britain': 'GB',
  Britain: 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  Engeland: 'GB',
  'Groot-Brittannië': 'GB',
  USA: 'US',
  US: 'US',
  'U.S.': 'US',
  'U.S.A.': 'US',
  'United States': 'US',
  'United States of America': 'US',
  VS: 'US',
  Turkey: 'TR',
  Türkiye: 'TR',
  Turkije: 'TR',
  'Viet Nam': 'VN',
  Vietnam: 'VN',
  'South Korea': 'KR',
  'Korea, South': 'KR',
  'Korea (South)': 'KR',
  'Korea, Republic of': 'KR',
  'Korea (the Republic of)': 'KR',
  'Korea, Rep.': 'KR',
  'North Korea': 'KP',
  'Korea, North': 'KP',
  'Korea (North)': 'KP',
  DPRK: 'KP',
  "Korea, Democratic People's Republic of": 'KP',
  "Korea (the Democratic People's Republic of)": 'KP',
  Tanzania: 'TZ',
  'Tanzania, United Republic of': 'TZ',
  'Tanzania, the United Republic of': 'TZ',
  Bolivia: 'BO',
  'Bolivia (Plurinational State of)': 'BO',
  'Bolivia, Plurinational State of': 'BO',
  Laos: 'LA',
  Lao: 'LA',
  'Lao PDR': 'LA',
  Russia: 'RU',
  'Russian Federation': 'RU',
  'Russian Federation (the)': 'RU',
  Syria: 'SY',
  'Syrian Arab Republic': 'SY',
  Iran: 'IR',
  'Iran (Islamic Republic of)': 'IR',
  'Iran, Islamic Republic of': 'IR',
  Palestine: 'PS',
  'Palestine, State of': 'PS',
  'State of Palestine': 'PS',
  'Palestinian Territories': 'PS',
  'Palestinian Territory': 'PS',
  'Occupied Palestinian Territory': 'PS',
  'Occupied Palestinian Territories': 'PS',
  oPt: 'PS',
  'West Bank and Gaza': 'PS',
  'Gaza Strip': 'PS',
  Palestina: 'PS',
  'Palestijnse Gebieden': 'PS',
  Swaziland: 'SZ',
  Eswatini: 'SZ',
  'Cape Verde': 'CV',
  'Cabo Verde': 'CV',
  Kaapverdië: 'CV',
  Czechia: 'CZ',
  'Czech Republic': 'CZ',
  Kosovo: 'XK',
  Moldova: 'MD',
  'Republic of Moldova': 'MD',
  'Moldova (the Republic of)': 'MD',
  Macedonia: 'MK',
  'North Macedonia': 'MK',
  'Republic of North Macedonia': 'MK',
  FYROM: 'MK',
  'Macedonia, the former Yugoslav Republic of': 'MK',
  Macedonië: 'MK',
  Micronesia: 'FM',
  'Micronesia (Federated States of)': 'FM',
  Vatican: 'VA',
  'Vatican City': 'VA',
  'Holy See': 'VA',
  Brunei: 'BN',
  'East Timor': 'TL',
  'Timor-Leste': 'TL',
  'Oost-Timor': 'TL',
  Venezuela: 'VE',
  'Venezuela (Bolivarian Republic of)': 'VE',
  'Venezuela, Bolivarian Republic of': 'VE',
  'The Gambia': 'GM',
  Gambia: 'GM',
  'The Bahamas': 'BS',
  Bahamas: 'BS',
  'Guinea Bissau': 'GW',
  PNG: 'PG',
  'Sao Tome': 'ST',
  'Sao Tome and Principe': 'ST',
  'St Lucia': 'LC',
  'St Vincent': 'VC',
  'St Kitts and Nevis': 'KN',
  UAE: 'AE',
  'U.A.E.': 'AE',
  'United Arab Emirates': 'AE',
  KSA: 'SA',
  'Kyrgyz Republic': 'KG',
  'Slovak Republic': 'SK',
  'Hong Kong SAR': 'HK',
  Macau: 'MO',
  'Taiwan, Province of China': 'TW',
  Curacao: 'CW',
  Bonaire: 'BQ',
  'Sint Maarten': 'SX',
  'Falkland Islands (Malvinas)': 'FK',
  'Virgin Islands (British)': 'VG',
  'Virgin Islands (U.S.)': 'VI',
  'South Sudan': 'SS',
  'Saint Helena, Ascension and Tristan da Cunha': 'SH',
  'Falkland Islands (the) [Malvinas]': 'FK',
  'Zuid-Soedan': 'SS',
});

/** Options of {@link createCountryResolver}. */
export interface CountryResolverOptions {
  /** Extra spellings -> alpha-2 codes, added to (and winning over) COUNTRY_VARIANTS. Default none. */
  readonly variants?: Readonly<Record<string, string>>;
  /** Fuzzy matching thresholds. Default DEFAULT_MATCH_OPTIONS. */
  readonly match?: MatchOptions;
}

/** A memoised country resolver built by {@link createCountryResolver}. */
export interface CountryResolver {
  /** Resolve a label to an ISO 3166 alpha-2 code (see {@link resolveCountry}). */
  resolve(label: string): MatchResult<string>;
  /** Work counters of the underlying matcher. */
  readonly stats: MatcherStats;
}

import type { Lang } from '../lang.js';

const LANGS: readonly Lang[] = ['en', 'nl'];

/** Alpha-2 codes known to the library (ISO 3166-1 plus XK), sorted. */
function knownCodes(): string[] {
  return isoAlpha2Codes().sort();
}

const LEADING_THE = /^\s*the\s+/iu;

/** Drops a leading English article ("the Netherlands"); a trailing "(the)" is handled by the matcher. */
function dropArticle(label: string): string {
  const stripped = label.replace(LEADING_THE, '');
  return stripped.trim() === '' ? label : stripped;
}

/**
 * Build a memoised country resolver, optionally with extra local spellings.
 *
 * @param options - extra variants and match thresholds
 * @throws OptionsError (from createMatcher) when a match threshold is invalid
 * @example
 * const r = createCountryResolver({ variants: { 'Oost-Congo': 'CD' } });
 * r.resolve('Oost-Congo'); // => { kind: 'exact', value: 'CD' }
 */
export function createCountryResolver(options: CountryResolverOptions = {}): CountryResolver {
  const { variants = {}, match = {} } = options;
  const codes = knownCodes();
  const keysOf = new Map<string, Set<string>>();
  const originalOf = new Map<string, string>();
  const add = (key: string, code: string) => {
    const folded = foldText(dropArticle(key));
    if (folded === '') return;
    if (!originalOf.has(folded)) originalOf.set(folded, key);
    let set = keysOf.get(folded);
    if (!set) {
      set = new Set();
      keysOf.set(folded, set);
    }
    set.add(code);
  };
  const names = LANGS.map(isoNames);
  for (const code of codes) {
    add(code, code);
    const alpha3 = isoAlpha3(code);
    if (alpha3) add(alpha3, code);
    const numeric = isoNumeric(code);
    if (numeric) add(numeric, code);
    for (const byCode of names) for (const name of byCode.get(code) ?? []) add(name, code);
  }
  const known = new Set(codes);
  for (const table of [COUNTRY_VARIANTS, variants]) {
    for (const key of Object.keys(table)) {
      const code = table[key]?.trim().toUpperCase();
      if (!code || !known.has(code)) continue;
      const folded = foldText(dropArticle(key));
      if (folded === '') continue;
      keysOf.set(folded, new Set([code]));
      originalOf.set(folded, key);
    }
  }
  const entries: { keys: string[]; value: string }[] = [];
  for (const [folded, set] of keysOf) {
    const original = originalOf.get(folded) ?? folded;
    for (const code of [...set].sort()) entries.push({ keys: [original], value: code });
  }
  // Values are registered in sorted code order so ambiguous candidates come out sorted.
  entries.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const matcher: Matcher<string> = createMatcher(entries, match);
  return {
    resolve(label: string): MatchResult<string> {
      return matcher.match(typeof label === 'string' ? dropArticle(label) : '');
    },
    get stats(): MatcherStats {
      return matcher.stats;
    },
  };
}

let defaultResolver: CountryResolver | undefined;

/**
 * Resolve a country label to its ISO 3166 alpha-2 code. Accepts alpha-2 ('bd'), alpha-3
 * ('BGD'), numeric ('050'), every English and Dutch name of i18n-iso-countries (official and
 * short forms), and {@link COUNTRY_VARIANTS} ('Ivory Coast', 'DRC', 'Holland', 'Türkiye', ...);
 * a leading "the" is ignored and IATI-style "Bahamas (the)" resolves by the part before the
 * parentheses. Typos resolve 'fuzzy' ('Bangaldesh' -> BD);
 * 'Niger' and 'Nigeria', 'Guinea' and 'Guinea-Bissau' are distinct exact names. 'Congo' alone
 * is 'ambiguous' (CD, CG). Memoised per distinct label.
 *
 * @param label - a country as written: English or Dutch name, common variant, ISO alpha-2 or alpha-3 code
 * @example
 * resolveCountry('Nederland');  // => { kind: 'exact', value: 'NL' }
 * resolveCountry('Bangaldesh'); // => { kind: 'fuzzy', value: 'BD', matched: 'Bangladesh', score: 0.1 }
 * resolveCountry('Atlantis');   // => { kind: 'none', suggestion: null }
 */
export function resolveCountry(label: string): MatchResult<string> {
  defaultResolver ??= createCountryResolver();
  return defaultResolver.resolve(label);
}

/** Display names where the library's shortest unambiguous name is not the usual one. */
const DISPLAY_OVERRIDES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = Object.freeze({
  en: Object.freeze({
    GB: 'United Kingdom',
    CI: "Côte d'Ivoire",
    TR: 'Türkiye',
    LA: 'Laos',
    SY: 'Syria',
    MD: 'Moldova',
    FM: 'Micronesia',
    VA: 'Vatican City',
    BN: 'Brunei',
    BO: 'Bolivia',
    VE: 'Venezuela',
    XK: 'Kosovo',
  }),
  nl: Object.freeze({}),
});

let displayNames: Record<Lang, Map<string, string>> | undefined;

function buildDisplayNames(): Record<Lang, Map<string, string>> {
  const result = { en: new Map<string, string>(), nl: new Map<string, string>() };
  for (const lang of LANGS) {
    const byCode = isoNames(lang);
    const owners = new Map<string, Set<string>>();
    for (const [code, names] of byCode) {
      for (const name of names) {
        const folded = foldText(name);
        const set = owners.get(folded) ?? new Set<string>();
        set.add(code);
        owners.set(folded, set);
      }
    }
    for (const [code, names] of byCode) {
      const override = DISPLAY_OVERRIDES[lang][code];
      if (override !== undefined) {
        result[lang].set(code, override);
        continue;
      }
      // Shortest name that is not an abbreviation and names only this country.
      const usable = names.filter((n) => n !== n.toUpperCase() && owners.get(foldText(n))?.size === 1);
      const pick = [...(usable.length > 0 ? usable : names)].sort((a, b) => a.length - b.length)[0];
      if (pick !== undefined) result[lang].set(code, pick);
    }
  }
  return result;
}

/**
 * The display name of an ISO alpha-2 code in English or Dutch ('NL' -> 'Netherlands' /
 * 'Nederland'). Case-insensitive; an unknown code is returned as given (trimmed).
 *
 * @param code - an ISO 3166 alpha-2 code
 * @param lang - 'en' or 'nl'
 * @example
 * countryName('CD', 'en'); // => 'Democratic Republic of the Congo'
 * countryName('CD', 'nl'); // => 'Congo-Kinshasa'
 * countryName('ZZ', 'en'); // => 'ZZ'
 */
export function countryName(code: string, lang: 'en' | 'nl'): string {
  displayNames ??= buildDisplayNames();
  const trimmed = typeof code === 'string' ? code.trim() : '';
  const table = displayNames[lang === 'nl' ? 'nl' : 'en'];
  return table.get(trimmed.toUpperCase()) ?? trimmed;
}

/**
 * Resolve a country label to its ISO alpha-2 code (exact or confident fuzzy match).
 *
 * @param label - a country name (English or Dutch), variant or ISO code
 * @param option - the option path named by the error, e.g. 'request.country'
 * @param lang - language of the error message ('en' or 'nl'); default 'en'
 * @throws OptionsError for an unknown (with "did you mean") or ambiguous country
 * @example
 * resolveCountryOption('Bangladesh', 'request.country'); // => 'BD'
 * resolveCountryOption('bd', 'request.country');         // => 'BD'
 */
export function resolveCountryOption(label: string, option: string, lang: Lang = 'en'): string {
  const text = typeof label === 'string' ? label.trim() : '';
  const what = message(lang, 'noun.country');
  if (text === '') throw new OptionsError(option, message(lang, 'option.empty', { what }));
  const match = resolveCountry(text);
  if (match.kind === 'exact' || match.kind === 'fuzzy') return match.value;
  if (match.kind === 'ambiguous') {
    const options = match.candidates.join(', ');
    throw new OptionsError(option, message(lang, 'option.ambiguous', { what, value: text, options }));
  }
  const hint = match.suggestion
    ? message(lang, 'option.hint_country', {
        label: countryName(match.suggestion, lang),
        id: match.suggestion,
      })
    : '';
  throw new OptionsError(option, message(lang, 'option.unknown', { what, value: text, hint }));
}

/** Folded country names (English, Dutch, common variants; no codes) -> alpha-2, for {@link countryNamedIn}. */
let namesInText: Map<string, string> | undefined;

function buildNamesInText(): Map<string, string> {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, code: string) => {
    const folded = foldText(dropArticle(name));
    if (folded.length < 4) return;
    const set = byName.get(folded) ?? new Set<string>();
    set.add(code);
    byName.set(folded, set);
  };
  for (const table of LANGS.map(isoNames))
    for (const [code, names] of table) for (const n of names) add(n, code);
  for (const [name, code] of Object.entries(COUNTRY_VARIANTS)) if (name.length >= 4) add(name, code);
  const out = new Map<string, string>();
  for (const [name, set] of byName) if (set.size === 1) out.set(name, [...set][0]!);
  return out;
}

/**
 * The one country an organisation's name names ("Kenya Legal and Ethical Issues Network" ->
 * KE, "NCD Alliance Association of Thailand" -> TH), by whole words, longest name first; null
 * when it names none or more than one. Codes are not read ("Save the Children UK" names none),
 * nor names shorter than four letters.
 *
 * @example
 * countryNamedIn('Kenya Legal and Ethical Issues Network'); // => 'KE'
 * countryNamedIn('Papua New Guinea Red Cross'); // => 'PG'
 * countryNamedIn('Royal University of Phnom Penh'); // => null
 */
export function countryNamedIn(text: string): string | null {
  const found = new Set(countryNameSpans(foldText(text).split(' ')).map((s) => s.code));
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * A folded text without the country names in it ('save the children netherlands' -> 'save the
 * children'), by the same reading as {@link countryNamedIn}.
 *
 * @example
 * withoutCountryNames('snv rwanda'); // => 'snv'
 */
export function withoutCountryNames(folded: string): string {
  const words = folded.split(' ');
  const drop = new Set<number>();
  for (const span of countryNameSpans(words)) for (let k = 0; k < span.length; k++) drop.add(span.start + k);
  return words.filter((_, i) => !drop.has(i)).join(' ');
}

/** The country names among folded words: whole words, longest name first, at most six words. */
function countryNameSpans(words: readonly string[]): { code: string; start: number; length: number }[] {
  namesInText ??= buildNamesInText();
  const spans: { code: string; start: number; length: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let len = Math.min(6, words.length - i); len >= 1; len--) {
      const code = namesInText.get(words.slice(i, i + len).join(' '));
      if (code === undefined) continue;
      spans.push({ code, start: i, length: len });
      i += len - 1;
      break;
    }
  }
  return spans;
}
