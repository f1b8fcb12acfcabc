/**
 * The ISO 3166-1 data of i18n-iso-countries: the code table (alpha-2, alpha-3, numeric) and the
 * English and Dutch names, read from src/normalise/isoTable.ts, which
 * scripts/build-iso-countries.ts writes from the library's data files in a compact form (8.0 ->
 * 5.0 kB gzipped in the browser core). The answers are the ones its `getAlpha2Codes`,
 * `alpha2ToAlpha3`, `alpha2ToNumeric` and `getNames(lang, { select: 'all' })` give
 * (tests/normalise/isoCountries.test.ts compares them).
 * @module
 */
import type { Lang } from '../lang.js';
import { ISO_TABLE } from './isoTable.js';

/** One country of the table. */
interface IsoCountry {
  readonly alpha3: string;
  readonly numeric: string;
  readonly names: Readonly<Record<Lang, readonly string[]>>;
}

/** A row's codes: alpha-2, then alpha-3 as one lower-case letter or in full, then the numeric difference. */
const CODES = /^([A-Z]{2})([a-z]|[A-Z]{3})(-?\d+)$/;

let table: ReadonlyMap<string, IsoCountry> | undefined;

/** The table by alpha-2 code, in its order (decoded once). */
function countries(): ReadonlyMap<string, IsoCountry> {
  if (table) return table;
  const out = new Map<string, IsoCountry>();
  let numeric = 0;
  for (const row of ISO_TABLE.split('|')) {
    const [codes = '', nl = '', en = ''] = row.split('~');
    const [, alpha2 = '', alpha3 = '', step = ''] = CODES.exec(codes) ?? [];
    numeric += Number(step);
    out.set(alpha2, {
      alpha3: alpha3.length === 1 ? alpha2 + alpha3.toUpperCase() : alpha3,
      numeric: String(numeric).padStart(3, '0'),
      names: { en: en.split(';'), nl: nl.split(';') },
    });
  }
  table = out;
  return out;
}

/**
 * Every alpha-2 code of the table (ISO 3166-1 plus XK for Kosovo), in its order.
 *
 * @example
 * isoAlpha2Codes().includes('XK'); // => true
 */
export function isoAlpha2Codes(): string[] {
  return [...countries().keys()];
}

/**
 * The alpha-3 code of an alpha-2 code (exact case), or undefined.
 *
 * @example
 * isoAlpha3('CI'); // => 'CIV'
 */
export function isoAlpha3(alpha2: string): string | undefined {
  return countries().get(alpha2)?.alpha3;
}

/**
 * The three-digit numeric code of an alpha-2 code (exact case), or undefined.
 *
 * @example
 * isoNumeric('NL'); // => '528'
 */
export function isoNumeric(alpha2: string): string | undefined {
  return countries().get(alpha2)?.numeric;
}

/**
 * Every name of every country in one language, official name first: alpha-2 -> names, in the
 * order of the code table.
 *
 * @example
 * isoNames('nl').get('KE'); // => ['Republiek Kenia', 'Kenia']
 */
export function isoNames(lang: Lang): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const [code, country] of countries()) out.set(code, country.names[lang]);
  return out;
}
