/**
 * Theme coverage of a group of members in one place (the members present in a country or in an
 * area): per theme the highest rated level and who has it, every member with its level, who works
 * on it without a rating (observed), and which evidence the theme rests on there.
 * @module
 */
import type { CountryView } from '../schema/baseline.js';
import type { ThemesHere } from './themePlaces.js';

/** A theme's coverage as country and area views show it. */
export type ThemeCoverage = CountryView['themes'][number];

/** Thresholds of {@link themeCoverage}. */
export interface CoverageLevels {
  /** Rated level at or above which two members on one theme are a duplication. */
  readonly duplicationLevel: number;
  /** Rated level at or above which a member covers a theme. */
  readonly coverageLevel: number;
}

/** The coverage of a group of members. */
export interface Coverage {
  /** Rated themes by highest level desc, then observed-only themes by member count desc; ties by id. */
  readonly themes: ThemeCoverage[];
  /** Themes two or more members work on: rated at duplicationLevel or higher, or observed. */
  readonly duplicated: string[];
  /** Themes some member covers: rated at coverageLevel or higher, or observed. */
  readonly covered: ReadonlySet<string>;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Acc {
  level: number;
  /** The members at `level`, in member order. */
  top: string[];
  /** How many members rate the theme (1 or more). */
  rated: number;
  observed: string[];
  strong: number;
  covered: boolean;
}

/**
 * The theme coverage of a group of members in one place. A rated theme shows its highest level
 * and the members at that level (`members`); an observed-only theme (no member of the group rates
 * it) has maxLevel null and lists the members observed working on it. `observed` lists, for every
 * theme, the members working on it without a rating; `count` how many members work on it (rated
 * 1 or more, or observed); `evidence` says whether the theme rests on ratings, observations or
 * both; each member's own level is left out (baseline.json version 4; `themeLevelsFromRecords`
 * derives it from the records). An observation counts as covering the theme and as a duplication
 * when two members work on it: activity seen is evidence of presence, and says nothing about skill.
 *
 * @param ids - the members of the group
 * @param themesOf - each member's themes in this place (see ThemePlaces.themesIn)
 * @param memberCmp - the display order of members
 * @param levels - duplication and coverage levels
 * @example
 * const here = new Map([['a', new Map([['gbv', 5]])], ['b', new Map([['gbv', null]])]]);
 * themeCoverage(['a', 'b'], (m) => here.get(m) ?? new Map(), (x, y) => (x < y ? -1 : 1), { duplicationLevel: 4, coverageLevel: 3 }).themes;
 * // => [{ theme: 'gbv', maxLevel: 5, members: ['a'], evidence: 'both', observed: ['b'], count: 2 }]
 */
export function themeCoverage(
  ids: readonly string[],
  themesOf: (member: string) => ThemesHere,
  memberCmp: (a: string, b: string) => number,
  levels: CoverageLevels,
): Coverage {
  const { duplicationLevel, coverageLevel } = levels;
  // Members in display order: every list below is built in that order, so `observed` needs no
  // sorting and `rated` only a stable sort by level.
  const ordered = [...ids].sort(memberCmp);
  const acc = new Map<string, Acc>();
  for (const id of ordered) {
    // forEach, not for-of: no [key, value] array per entry.
    themesOf(id).forEach((level, theme) => {
      let t = acc.get(theme);
      if (!t) {
        t = { level: 0, top: [], rated: 0, observed: [], strong: 0, covered: false };
        acc.set(theme, t);
      }
      if (level === null) {
        t.observed.push(id);
        t.strong += 1;
        t.covered = true;
        return;
      }
      if (level > t.level) {
        t.level = level;
        t.top.length = 0;
        t.top.push(id);
      } else if (level === t.level) t.top.push(id);
      t.rated += 1;
      if (level >= duplicationLevel) t.strong += 1;
      if (level >= coverageLevel) t.covered = true;
    });
  }
  const themes: ThemeCoverage[] = [];
  const duplicated: string[] = [];
  const covered = new Set<string>();
  for (const [theme, t] of acc) {
    if (t.strong >= 2) duplicated.push(theme);
    if (t.covered) covered.add(theme);
    const isRated = t.level > 0;
    themes.push({
      theme,
      maxLevel: isRated ? t.level : null,
      // Members were added in member order, so the ones at the top level are in member order.
      members: isRated ? t.top : [...t.observed],
      evidence: isRated ? (t.observed.length > 0 ? 'both' : 'rated') : 'observed',
      observed: t.observed,
      count: t.rated + t.observed.length,
    });
  }
  themes.sort(
    (a, b) =>
      (b.maxLevel ?? 0) - (a.maxLevel ?? 0) ||
      (a.maxLevel === null && b.maxLevel === null ? b.members.length - a.members.length : 0) ||
      cmp(a.theme, b.theme),
  );
  return { themes, duplicated: duplicated.sort(cmp), covered };
}
