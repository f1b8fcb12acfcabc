/**
 * Theme coverage of a group of members (the members present in a country or in an area): per
 * theme the highest rated level and who has it, who works on it without a rating (observed), and
 * which evidence the theme rests on there.
 * @module
 */
import type { CountryView } from '../schema/baseline.js';
import type { ExpertiseRecord } from '../schema/records.js';

/** A theme's coverage as country and area views show it. */
export type ThemeCoverage = CountryView['themes'][number];

/** What each member brings per theme: rated levels and observed (unrated) themes. */
export interface MemberThemes {
  /** member -> theme -> highest rated level (only rated records; level 0 kept). */
  readonly rated: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** member -> themes it is observed working on without any rating. */
  readonly observed: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Index expertise records by member: the highest rated level per theme, and the themes a member
 * is only observed working on (records without a level).
 *
 * @example
 * const mt = memberThemes([
 *   { member: 'a', theme: 'gbv', level: 4, sources: [] },
 *   { member: 'a', theme: 'health', level: null, evidence: 'observed', sources: [] },
 * ]);
 * [mt.rated.get('a')?.get('gbv'), [...(mt.observed.get('a') ?? [])]]; // => [4, ['health']]
 */
export function memberThemes(expertise: readonly ExpertiseRecord[]): MemberThemes {
  const rated = new Map<string, Map<string, number>>();
  const observed = new Map<string, Set<string>>();
  for (const r of expertise) {
    if (r.level === null) {
      const set = observed.get(r.member) ?? new Set<string>();
      set.add(r.theme);
      observed.set(r.member, set);
      continue;
    }
    const m = rated.get(r.member) ?? new Map<string, number>();
    m.set(r.theme, Math.max(m.get(r.theme) ?? 0, r.level));
    rated.set(r.member, m);
  }
  // A theme that is rated is not (also) "observed only".
  for (const [member, set] of observed) {
    const levels = rated.get(member);
    if (!levels) continue;
    for (const theme of [...set]) if (levels.has(theme)) set.delete(theme);
  }
  return { rated, observed };
}

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

/**
 * The theme coverage of a group of members. A rated theme shows its highest level and the members
 * at that level; an observed-only theme (no member of the group rates it) has maxLevel null and
 * lists the members observed working on it. `observed` lists, for every theme, the members working
 * on it without a rating; `evidence` says whether the theme rests on ratings, observations or both.
 * An observation counts as covering the theme and as a duplication when two members work on it:
 * activity seen is stronger evidence of presence than a rating, and says nothing about skill.
 *
 * @param ids - the members of the group, in display order
 * @param mt - from {@link memberThemes}
 * @param memberCmp - the display order of members
 * @param levels - duplication and coverage levels
 * @example
 * const mt = memberThemes([
 *   { member: 'a', theme: 'gbv', level: 5, sources: [] },
 *   { member: 'b', theme: 'gbv', level: null, evidence: 'observed', sources: [] },
 * ]);
 * themeCoverage(['a', 'b'], mt, (x, y) => (x < y ? -1 : 1), { duplicationLevel: 4, coverageLevel: 3 }).themes;
 * // => [{ theme: 'gbv', maxLevel: 5, members: ['a'], evidence: 'both', observed: ['b'] }]
 */
export function themeCoverage(
  ids: readonly string[],
  mt: MemberThemes,
  memberCmp: (a: string, b: string) => number,
  levels: CoverageLevels,
): Coverage {
  const acc = new Map<
    string,
    { level: number; members: string[]; observed: string[]; strong: number; covered: boolean }
  >();
  const entry = (theme: string) => {
    let t = acc.get(theme);
    if (!t) {
      t = { level: 0, members: [], observed: [], strong: 0, covered: false };
      acc.set(theme, t);
    }
    return t;
  };
  for (const id of ids) {
    for (const [theme, level] of mt.rated.get(id) ?? []) {
      if (level < 1) continue;
      const t = entry(theme);
      if (level > t.level) {
        t.level = level;
        t.members = [id];
      } else if (level === t.level) t.members.push(id);
      if (level >= levels.duplicationLevel) t.strong += 1;
      if (level >= levels.coverageLevel) t.covered = true;
    }
    for (const theme of mt.observed.get(id) ?? []) {
      const t = entry(theme);
      t.observed.push(id);
      t.strong += 1;
      t.covered = true;
    }
  }
  const themes: ThemeCoverage[] = [...acc.entries()].map(([theme, t]) => {
    const observed = [...t.observed].sort(memberCmp);
    const rated = t.level > 0;
    return {
      theme,
      maxLevel: rated ? t.level : null,
      members: rated ? [...t.members].sort(memberCmp) : observed,
      evidence: rated ? (observed.length > 0 ? 'both' : 'rated') : 'observed',
      observed,
    };
  });
  themes.sort(
    (a, b) =>
      (b.maxLevel ?? 0) - (a.maxLevel ?? 0) ||
      (a.maxLevel === null && b.maxLevel === null ? b.members.length - a.members.length : 0) ||
      cmp(a.theme, b.theme),
  );
  const duplicated = [...acc.entries()]
    .filter(([, t]) => t.strong >= 2)
    .map(([theme]) => theme)
    .sort(cmp);
  const covered = new Set([...acc.entries()].filter(([, t]) => t.covered).map(([theme]) => theme));
  return { themes, duplicated, covered };
}
