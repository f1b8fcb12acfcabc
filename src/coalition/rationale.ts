import { inline, joinList } from '../recommend/rationale.js';
import type { Lang } from './types.js';

/**
 * What the coalition sentence is built from (display text already resolved).
 *
 * @example
 * const s: CoalitionSentence = { members: ['Alpha'], covered: ['GBV'], uncoverable: [], uncovered: [], country: null, sector: null, present: 0, minLevel: 3, maxSize: null };
 */
export interface CoalitionSentence {
  /** Member names of the coalition. */
  readonly members: readonly string[];
  /** Labels of the covered themes. */
  readonly covered: readonly string[];
  /** Labels of the themes no member covers. */
  readonly uncoverable: readonly string[];
  /** Labels of the coverable themes left out because of maxSize. */
  readonly uncovered: readonly string[];
  /** Country display name, or null. */
  readonly country: string | null;
  /** Sector display name, or null. */
  readonly sector: string | null;
  /** How many coalition members are present in the country (any presence). */
  readonly present: number;
  readonly minLevel: number;
  readonly maxSize: number | null;
  /** True when observed activity covered the themes (no rating): the sentence says "works on", not a level. */
  readonly observed?: boolean;
}

function where(s: CoalitionSentence, lang: Lang): string {
  const sector =
    s.sector === null ? '' : lang === 'nl' ? ` in de sector ${inline(s.sector)}` : ` in ${inline(s.sector)}`;
  const country = s.country === null ? '' : ` in ${s.country}`;
  return `${country}${sector}`;
}

function presenceClause(s: CoalitionSentence, lang: Lang): string {
  if (s.country === null) return '';
  const k = s.members.length;
  if (lang === 'nl') {
    if (k === 1) return s.present === 1 ? ' en is daar al aanwezig' : ', maar is daar nog niet aanwezig';
    if (s.present === k)
      return k === 2 ? '; beide zijn daar al aanwezig' : `; alle ${k} zijn daar al aanwezig`;
    if (s.present === 0) return '; geen van hen is daar al aanwezig';
    return `; ${s.present} van de ${k} zijn daar al aanwezig`;
  }
  if (k === 1) return s.present === 1 ? ' and is already present there' : ', but is not present there yet';
  if (s.present === k)
    return k === 2 ? '; both are already present there' : `; all ${k} are already present there`;
  if (s.present === 0) return '; none of them is present there yet';
  return `; ${s.present} of the ${k} are already present there`;
}

/**
 * One sentence, in English or Dutch, explaining a coalition: who covers which themes where, how
 * many are already present, and which themes stay uncovered.
 *
 * @example
 * coalitionRationale({ members: ['Alpha', 'Beta'], covered: ['Living wage', 'GBV'], uncoverable: [], uncovered: [],
 *   country: 'Bangladesh', sector: null, present: 2, minLevel: 3, maxSize: null }, 'en');
 * // => 'Alpha and Beta together cover living wage and GBV in Bangladesh at level 3 or higher; both are already present there.'
 */
export function coalitionRationale(s: CoalitionSentence, lang: Lang): string {
  const themes = (labels: readonly string[]) => joinList(labels.map(inline), lang);
  const say = (s.observed ? OBSERVED_PHRASES : RATED_PHRASES)[lang];
  const level = say.level(s.minLevel);
  if (s.members.length === 0) {
    const nobody = say.nobody(themes([...s.uncoverable, ...s.uncovered]));
    return `${nobody.charAt(0).toUpperCase()}${nobody.slice(1)}${level}.`;
  }
  const missing = s.uncoverable.length === 0 ? '' : `; ${say.nobody(themes(s.uncoverable))}${level}`;
  const names = joinList(s.members, lang);
  const verb = say.cover(names, s.members.length === 1, `${themes(s.covered)}${where(s, lang)}`) + level;
  return `${verb}${presenceClause(s, lang)}${leftOpen(s, lang, themes)}${missing}.`;
}

/** The words of a coalition sentence: who covers what (the themes and place given), nobody has, and the level part. */
interface CoalitionPhrases {
  readonly cover: (names: string, one: boolean, what: string) => string;
  readonly nobody: (themes: string) => string;
  readonly level: (minLevel: number) => string;
}

/** Coverage by a rated level of minLevel or higher. */
const RATED_PHRASES: Readonly<Record<Lang, CoalitionPhrases>> = {
  en: {
    cover: (names, one, what) => `${names} ${one ? 'covers' : 'together cover'} ${what}`,
    nobody: (themes) => `no member has ${themes}`,
    level: (minLevel) => ` at level ${minLevel} or higher`,
  },
  nl: {
    cover: (names, one, what) => `${names} ${one ? 'dekt' : 'dekken samen'} ${what} af`,
    nobody: (themes) => `geen enkel lid heeft ${themes}`,
    level: (minLevel) => ` op niveau ${minLevel} of hoger`,
  },
};

/** Coverage by observed activity (a 3W or IATI import): who works on what, seen and not rated. */
const OBSERVED_PHRASES: Readonly<Record<Lang, CoalitionPhrases>> = {
  en: {
    cover: (names, one, what) =>
      `${names} ${one ? 'works' : 'together work'} on ${what} (seen in activities, not rated)`,
    nobody: (themes) => `no member works on ${themes}`,
    level: () => '',
  },
  nl: {
    cover: (names, one, what) =>
      `${names} ${one ? 'werkt' : 'werken samen'} aan ${what} (te zien in activiteiten, niet beoordeeld)`,
    nobody: (themes) => `geen enkel lid werkt aan ${themes}`,
    level: () => '',
  },
};

/** What is left open within maxSize, in the sentence's language. */
function leftOpen(s: CoalitionSentence, lang: Lang, themes: (labels: readonly string[]) => string): string {
  if (s.uncovered.length === 0) return '';
  return lang === 'nl'
    ? `; ${themes(s.uncovered)} blijft open binnen ${s.maxSize} leden`
    : `; ${themes(s.uncovered)} stays open within ${s.maxSize} members`;
}
