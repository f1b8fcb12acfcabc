/**
 * The ISO 3166-1 data of i18n-iso-countries, read from its data files: the code table
 * (alpha-2, alpha-3, numeric) and the English and Dutch names. Its `index.js` is not imported: it
 * brings `diacritics` (7 kB minified) for name lookups this library does itself (countries.ts,
 * with foldText), and registers locales in module state. The answers are the ones its
 * `getAlpha2Codes`, `alpha2ToAlpha3`, `alpha2ToNumeric` and `getNames(lang, { select: 'all' })`
 * give (tests/normalise/isoCountries.test.ts compares them).
 * @module
 */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import type { Lang } from '../lang.js';

/** One row of codes.json: alpha-2, alpha-3, numeric (and the ISO 3166-2 reference). */
type CodeRow = readonly [alpha2: string, alpha3: string, numeric: string, ...rest: string[]];

const ROWS = codes as unknown as readonly CodeRow[];
const ALPHA3 = new Map(ROWS.map((r) => [r[0], r[1]]));
const NUMERIC = new Map(ROWS.map((r) => [r[0], r[2]]));
const LOCALES: Readonly<Record<Lang, Readonly<Record<string, string | readonly string[]>>>> = {
  en: en.countries,
  nl: nl.countries,
};

/**
 * Every alpha-2 code of the table (ISO 3166-1 plus XK for Kosovo), in its order.
 *
 * @example
 * isoAlpha2Codes().includes('XK'); // => true
 */
export function isoAlpha2Codes(): string[] {
  return [...ALPHA3.keys()];
}

/**
 * The alpha-3 code of an alpha-2 code (exact case), or undefined.
 *
 * @example
 * isoAlpha3('CI'); // => 'CIV'
 */
export function isoAlpha3(alpha2: string): string | undefined {
  return ALPHA3.get(alpha2);
}

/**
 * The three-digit numeric code of an alpha-2 code (exact case), or undefined.
 *
 * @example
 * isoNumeric('NL'); // => '528'
 */
export function isoNumeric(alpha2: string): string | undefined {
  return NUMERIC.get(alpha2);
}

/**
 * Every name of every country in one language, official name first: alpha-2 -> names.
 *
 * @example
 * isoNames('nl').get('KE'); // => ['Republiek Kenia', 'Kenia']
 */
export function isoNames(lang: Lang): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const [code, names] of Object.entries(LOCALES[lang])) {
    out.set(code, typeof names === 'string' ? [names] : names);
  }
  return out;
}
