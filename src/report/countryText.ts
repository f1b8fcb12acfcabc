/**
 * Phrases of the country sections both renderers write: a member with its level on a theme, a
 * missing focus theme with the highest level present, and the pairs shown out of all pairs; and
 * one item of "More recommendations". Each takes the renderer's escaping of user text.
 * @module
 */

import { type Lang, t, tn, tValue } from './i18n.js';
import { type AreaRow, type CountryRow, DASH, type MoreRecommendationsRow, type Named } from './model.js';
import { formatReportLevel, formatReportNumber } from './text.js';

type Escape = (text: string) => string;

/**
 * "Name (5)" for a rated member, "Name (observed)" for one observed working on the theme (just
 * "Name" when `bare`: the report says once that every theme is observed). `esc` escapes the name
 * (user text), `escText` the level (fixed text; default `esc`).
 *
 * @example
 * memberLevel('en', { member: { id: 'a', name: 'Alpha' }, level: null }, (s) => s); // => 'Alpha (observed)'
 */
export function memberLevel(
  lang: Lang,
  m: CountryRow['themes']['items'][number]['all']['items'][number],
  esc: Escape,
  escText: Escape = esc,
  bare = false,
): string {
  if (bare && m.level === null) return esc(m.member.name);
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
 * pairsLabel('nl', 0, 1); // => 'Sterkste paren (0 van 1 paar)'
 */
export function pairsLabel(lang: Lang, shown: number, total: number | null): string {
  const label = t(lang, 'col.pairs');
  return total !== null && total > shown
    ? `${label} (${tn(lang, 'note.pairsOf', total, { shown, total })})`
    : label;
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

/** Members named in one item of "More recommendations"; the rest are counted. */
const MORE_ITEM_MEMBERS = 3;

/**
 * One item of "More recommendations": "A + B + C … and 4 more – Garment, Bangladesh (Score 0.79)"
 * (four members are all named).
 * `esc` escapes names (user text), `escText` the fixed words (default `esc`).
 *
 * @example
 * const item = { members: [{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Beta' }], where: [{ id: 'KE', name: 'Kenya' }], sector: null, score: 0.5 };
 * moreRecommendationItem('en', item, (s) => s); // => 'Alpha + Beta – Kenya (Score 0.50)'
 */
export function moreRecommendationItem(
  lang: Lang,
  item: MoreRecommendationsRow['first'][number],
  esc: Escape,
  escText: Escape = esc,
): string {
  // "… and 1 more" would take the place of the one name it hides: name it instead.
  const shown = item.members.length > MORE_ITEM_MEMBERS + 1 ? MORE_ITEM_MEMBERS : item.members.length;
  const left = item.members.length - shown;
  const who =
    item.members
      .slice(0, shown)
      .map((m) => esc(m.name))
      .join(' + ') + (left > 0 ? ` ${escText(t(lang, 'note.moreEvidence', { count: left }))}` : '');
  const about = [...(item.sector === null ? [] : [item.sector]), ...item.where].map((x) => esc(x.name));
  const score = escText(`${t(lang, 'col.score')} ${formatReportNumber(lang, item.score, 2)}`);
  return `${who}${about.length > 0 ? ` – ${about.join(', ')}` : ''} (${score})`;
}

/** How one report format writes the cells of an area row. */
export interface AreaCellFormat {
  /** User text (area, theme and partner names). */
  readonly text: Escape;
  /** The library's own sentences. */
  readonly sentence: Escape;
  /** An aside after a theme name, given "3; best level 4" (markdown: " (...)"). */
  readonly aside: (inner: string) => string;
  /** A list of members. */
  readonly names: (members: readonly Named[]) => string;
}

/**
 * The five cells of an area row in the reports' area tables: the area, who is present, the
 * themes worked on there (members; best level), the missing themes and the shared partners.
 *
 * @example
 * const md = (s: string) => s;
 * const f = { text: md, sentence: md, aside: (x: string) => ` (${x})`, names: (l: readonly Named[]) => l.map((m) => m.name).join(', ') };
 * areaCells('en', { id: 'a', name: 'Jere', members: [], themes: [], missing: [], sharedPartners: [] } as unknown as AreaRow, f)[0]; // => 'Jere'
 */
export function areaCells(lang: Lang, a: AreaRow, f: AreaCellFormat): string[] {
  return [
    f.text(a.name),
    a.members.length === 0
      ? DASH
      : `${a.members.length}: ${a.members.map((m) => f.text(m.member.name)).join(', ')}`,
    a.themes.length === 0
      ? DASH
      : a.themes
          .map((x) => {
            const level =
              x.maxLevel === null
                ? ''
                : `; ${f.sentence(t(lang, 'note.areaLevel', { level: formatReportLevel(lang, x.maxLevel) }))}`;
            return `${f.text(x.theme.name)}${f.aside(`${x.members}${level}`)}`;
          })
          .join(', '),
    a.missing.length === 0
      ? DASH
      : a.missing
          .map((x) => (x.best === null ? f.text(x.name) : missingTheme(lang, x, f.text, f.sentence)))
          .join(', '),
    a.sharedPartners.length === 0
      ? DASH
      : a.sharedPartners.map((p) => `${f.text(p.partner)}: ${f.names(p.members)}`).join('; '),
  ];
}
