/**
 * Small text helpers shared by the Markdown and HTML renderers.
 * @module
 */
import { DECIMAL_SEPARATORS, formatNumber } from '../output/format.js';
import type { Lang } from './i18n.js';

/**
 * A number for a human-readable report: fixed `decimals`, the language's
 * decimal separator (`0.42` in English, `0,42` in Dutch).
 *
 * @example
 * formatReportNumber('nl', 0.4167, 2); // => '0,42'
 */
export function formatReportNumber(lang: Lang, x: number, decimals: number): string {
  return formatNumber(x, decimals, { decimalSeparator: DECIMAL_SEPARATORS[lang] });
}

/**
 * A level or count shown without trailing zeros (`4` stays `4`, `3.5` stays `3,5` in Dutch).
 *
 * @example
 * formatReportLevel('en', 4); // => '4'
 */
export function formatReportLevel(lang: Lang, x: number): string {
  return formatNumber(x, 2, { trimZeros: true, decimalSeparator: DECIMAL_SEPARATORS[lang] });
}

/**
 * How a CSV delimiter is shown to people: `tab` for a tab character, otherwise the character itself.
 *
 * @example
 * describeDelimiter('\t'); // => 'tab'
 */
export function describeDelimiter(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}

const COLLATORS = new Map<Lang, Intl.Collator>();

/**
 * Compares display names the way a reader of `lang` expects them sorted (Intl.Collator of the
 * language: "Côte d'Ivoire" between Colombia and Cuba, case and accents second), and by code
 * units where the collator sees no difference, so the order is total and stable.
 *
 * @example
 * ['Kenia', 'Cambodja', 'Ethiopië'].sort(compareNames('nl')); // => ['Cambodja', 'Ethiopië', 'Kenia']
 * ['Zambia', "Côte d'Ivoire", 'Cuba'].sort(compareNames('en')); // => ["Côte d'Ivoire", 'Cuba', 'Zambia']
 */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  let collator = COLLATORS.get(lang);
  if (collator === undefined) {
    collator = new Intl.Collator(lang, { numeric: true });
    COLLATORS.set(lang, collator);
  }
  const c = collator;
  return (a, b) => c.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
