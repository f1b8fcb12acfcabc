/**
 * Small text helpers shared by the Markdown and HTML renderers.
 * @module
 */
import { remember } from '../normalise/memo.js';
import { DECIMAL_SEPARATORS, formatNumber } from '../output/format.js';
import { type Lang, t } from './i18n.js';

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

/**
 * A sorter of ids by display name in `lang` (then by id, both with {@link compareNames}), for
 * sorting many small sets drawn from the same ids: the `known` ids are put in order once, and a
 * set of them is then sorted by that rank (integers) instead of by the collator per comparison.
 * Ids outside `known` are sorted with the collator; the order is the same either way.
 *
 * @param lang - the language of the names
 * @param name - the display name of an id (asked once per id)
 * @param known - the ids most sets are drawn from
 * @returns sorts ids (duplicates kept) into `{ id, name }` objects, one shared object per id
 * @example
 * const sort = nameSorter('en', (c) => ({ CI: "Côte d'Ivoire", CU: 'Cuba', CO: 'Colombia' })[c] ?? c, ['CI', 'CU', 'CO']);
 * sort(['CU', 'CI']).map((c) => c.id); // => ['CI', 'CU']
 */
export function nameSorter(
  lang: Lang,
  name: (id: string) => string,
  known: Iterable<string>,
): (ids: Iterable<string>) => { readonly id: string; readonly name: string }[] {
  const byName = compareNames(lang);
  type Item = { readonly id: string; readonly name: string };
  const compare = (x: Item, y: Item) => byName(x.name, y.name) || byName(x.id, y.id);
  const made = new Map<string, Item>();
  const named = (id: string): Item => {
    let item = made.get(id);
    if (item === undefined) {
      item = { id, name: name(id) };
      made.set(id, item);
    }
    return item;
  };
  const rank = new Map<string, number>(
    [...new Set(known)]
      .map(named)
      .sort(compare)
      .map((item, i) => [item.id, i]),
  );
  const byRank = (x: Item, y: Item) => rank.get(x.id)! - rank.get(y.id)!;
  return (ids) => {
    const items: Item[] = [];
    let ranked = true;
    for (const id of ids) {
      items.push(named(id));
      if (ranked && !rank.has(id)) ranked = false;
    }
    return items.sort(ranked ? byRank : compare);
  };
}

/** Texts up to this length are remembered by {@link remembered}; longer ones are escaped each time. */
const REMEMBERED_LENGTH = 120;
/** At most this many texts are remembered per escape (later ones are escaped each time). */
const REMEMBERED_COUNT = 4096;

/**
 * An escape function that remembers what it gave for short texts: a report escapes the same
 * member names, levels and labels in every table and country section.
 *
 * @param escapeText - a pure function of its text
 * @returns the same function, remembering up to 4,096 texts of at most 120 characters
 * @example
 * const upper = remembered((s) => s.toUpperCase());
 * upper('a') === upper('a'); // => true
 */
export function remembered(escapeText: (s: string) => string): (s: string) => string {
  const known = new Map<string, string>();
  return (s) =>
    s.length > REMEMBERED_LENGTH ? escapeText(s) : remember(known, s, escapeText, REMEMBERED_COUNT);
}

/**
 * The note under the top pair lists when they were not simply the strongest pairs: each member in
 * at most N of them, members without expertise data left out; null when neither applies. It
 * ends with what the CSV files hold: every pair, or (`listed`: the top shape's k) each member's
 * k strongest partners.
 *
 * @example
 * topPairsNote('en', { perMember: 2, withoutExpertise: 0 }); // => 'Each member is in at most 2 pairs of this list, so that a few members do not fill the whole list. The CSV files hold every pair.'
 * topPairsNote('en', { perMember: 2, withoutExpertise: 0, listed: 10 }); // => 'Each member is in at most 2 pairs of this list, so that a few members do not fill the whole list. The CSV files hold each member’s 10 strongest partners; --matrices full writes every pair.'
 */
export function topPairsNote(
  lang: Lang,
  limits: {
    readonly perMember: number | null;
    readonly withoutExpertise: number;
    readonly listed?: number | null;
  },
): string | null {
  const parts: string[] = [];
  if (limits.perMember !== null) parts.push(t(lang, 'note.pairsCapped', { perMember: limits.perMember }));
  if (limits.withoutExpertise > 0) parts.push(t(lang, 'note.pairsNoExpertise'));
  const csv =
    limits.listed === undefined || limits.listed === null
      ? t(lang, 'note.pairsAll')
      : t(lang, 'note.pairsListed', { k: limits.listed });
  return parts.length === 0 ? null : [...parts, csv].join(' ');
}
