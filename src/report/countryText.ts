/**
 * Phrases of the country sections both renderers write: a member with its level on a theme, a
 * missing focus theme with the highest level present, and the pairs shown out of all pairs.
 * Each takes the renderer's escaping of user text.
 * @module
 */

import { type Lang, t, tValue } from './i18n.js';
import type { CountryRow } from './model.js';
import { formatReportLevel } from './text.js';

type Escape = (text: string) => string;

/**
 * "Name (5)" for a rated member, "Name (observed)" for one observed working on the theme. `esc`
 * escapes the name (user text), `escText` the level (fixed text; default `esc`).
 *
 * @example
 * memberLevel('en', { member: { id: 'a', name: 'Alpha' }, level: null }, (s) => s); // => 'Alpha (observed)'
 */
export function memberLevel(
  lang: Lang,
  m: CountryRow['themes'][number]['all'][number],
  esc: Escape,
  escText: Escape = esc,
): string {
  const level = m.level === null ? tValue(lang, 'evidence', 'observed') : formatReportLevel(lang, m.level);
  return `${esc(m.member.name)} (${escText(level)})`;
}

/**
 * A focus theme not covered in a country, with the highest level a member present has on it.
 *
 * @example
 * missingTheme('en', { id: 'lw', name: 'Living wage', best: 2 }, (s) => s); // => 'Living wage (highest here: level 2)'
 */
export function missingTheme(
  lang: Lang,
  x: CountryRow['missing'][number],
  esc: Escape,
  escText: Escape = esc,
): string {
  const why =
    x.best === null
      ? t(lang, 'note.nobodyHere')
      : t(lang, 'note.bestHere', { level: formatReportLevel(lang, x.best) });
  return `${esc(x.name)} (${escText(why)})`;
}

/**
 * The label of a country's strongest pairs, with "3 of 21 pairs" when more pairs are present
 * than shown.
 *
 * @example
 * pairsLabel('en', 3, 21); // => 'Strongest pairs (3 of 21 pairs)'
 */
export function pairsLabel(lang: Lang, shown: number, total: number | null): string {
  const label = t(lang, 'col.pairs');
  return total !== null && total > shown ? `${label} (${t(lang, 'note.pairsOf', { shown, total })})` : label;
}

/**
 * The levels the country rules note states: those of the first country view (every view of a
 * baseline is built with the same levels).
 *
 * @example
 * countryRuleLevels([]); // => { coverage: 3, duplication: 4 }
 */
export function countryRuleLevels(countries: readonly CountryRow[]): {
  coverage: number;
  duplication: number;
} {
  return countries[0]?.levels ?? { coverage: 3, duplication: 4 };
}
