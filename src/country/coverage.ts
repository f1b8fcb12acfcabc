/**
 * Theme coverage of a group of members in one place (the members present in a country or in an
 * area): per theme the highest rated level and who has it, every member with its level, who works
 * on it without a rating (observed), and which evidence the theme rests on there.
 * @module
 */
import type { CountryView } from '../schema/baseline.js';
import type { ThemeCodes } from './themePlaces.js';

/** A theme's coverage as country and area views show it. */
export type ThemeCoverage = CountryView['themes'][number];

/** Thresholds of {@link themeCoverer}. */
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
  /** Themes two or more members work on: rated at duplicationLevel or higher, or observed. Sorted. */
  readonly duplicated: string[];
  /** Themes some member covers: rated at coverageLevel or higher, or observed. Sorted. */
  readonly covered: readonly string[];
}

/** The coverage of a group of members in one place, from each member's themes there. */
export type ThemeCoverer = (ids: readonly string[], codesOf: (member: string) => ThemeCodes) => Coverage;

/**
 * The theme coverage of groups of members, one place at a time. A rated theme shows its highest
 * level and the members at that level (`members`); an observed-only theme (no member of the group
 * rates it) has maxLevel null and lists the members observed working on it. `observed` lists, for
 * every theme, the members working on it without a rating; `count` how many members work on it
 * (rated 1 or more, or observed); `evidence` says whether the theme rests on ratings, observations
 * or both; each member's own level is left out (baseline.json version 4; `themeLevelsFromRecords`
 * derives it from the records). An observation counts as covering the theme and as a duplication
 * when two members work on it: activity seen is evidence of presence, and says nothing about skill.
 *
 * Themes are counted by ordinal (their position in `themeIds`) in typed arrays made once per
 * coverer, so a place costs O(member themes there + themes there * log) and makes no object per
 * member and theme beyond the output.
 *
 * @param themeIds - every theme id the codes use, sorted in code-unit order (the ordinals)
 * @param memberCmp - the display order of members
 * @param levels - duplication and coverage levels
 * @example
 * const codes = new Map([['a', Int32Array.of(0, 5)], ['b', Int32Array.of(0, 0)]]);
 * const cover = themeCoverer(['gbv'], (x, y) => (x < y ? -1 : 1), { duplicationLevel: 4, coverageLevel: 3 });
 * cover(['a', 'b'], (m) => codes.get(m) ?? new Int32Array(0)).themes;
 * // => [{ theme: 'gbv', maxLevel: 5, members: ['a'], evidence: 'both', observed: ['b'], count: 2 }]
 */
export function themeCoverer(
  themeIds: readonly string[],
  memberCmp: (a: string, b: string) => number,
  levels: CoverageLevels,
): ThemeCoverer {
  const { duplicationLevel, coverageLevel } = levels;
  const n = themeIds.length;
  // Per theme ordinal, valid where stamp equals the current call: no reset between places.
  const stamp = new Int32Array(n);
  const top = new Int32Array(n);
  const atTop = new Int32Array(n);
  const rated = new Int32Array(n);
  const observed = new Int32Array(n);
  const strong = new Int32Array(n);
  const covers = new Uint8Array(n);
  const slot = new Int32Array(n);
  const touched = new Int32Array(n);
  // Per output position: how many members and observers are in its lists so far.
  const filled = new Int32Array(n);
  const seen = new Int32Array(n);
  let call = 0;
  // Highest level desc; observed-only themes last, most members first; then theme id.
  const byRank = (a: number, b: number) =>
    top[b]! - top[a]! || (top[a] === 0 && top[b] === 0 ? observed[b]! - observed[a]! : 0) || a - b;
  return (ids, codesOf) => {
    call++;
    // Members in display order: every list below is built in that order.
    const ordered = [...ids].sort(memberCmp);
    const codes = ordered.map(codesOf);
    let count = 0;
    for (const c of codes) {
      for (let j = 0; j < c.length; j += 2) {
        const o = c[j]!;
        const level = c[j + 1]!;
        if (stamp[o] !== call) {
          stamp[o] = call;
          touched[count++] = o;
          top[o] = 0;
          atTop[o] = 0;
          rated[o] = 0;
          observed[o] = 0;
          strong[o] = 0;
          covers[o] = 0;
        }
        if (level === 0) {
          observed[o]! += 1;
          strong[o]! += 1;
          covers[o] = 1;
          continue;
        }
        if (level > top[o]!) {
          top[o] = level;
          atTop[o] = 1;
        } else if (level === top[o]) atTop[o]! += 1;
        rated[o]! += 1;
        if (level >= duplicationLevel) strong[o]! += 1;
        if (level >= coverageLevel) covers[o] = 1;
      }
    }
    const order = touched.subarray(0, count).sort(byRank);
    // Lists are made at their final length and filled by position (pushing onto [] would leave
    // room for 16 members in each of them: memory every later stage's garbage collection walks).
    const themes: ThemeCoverage[] = new Array(count);
    const members: string[][] = new Array(count);
    const observers: string[][] = new Array(count);
    for (let k = 0; k < count; k++) {
      const o = order[k]!;
      slot[o] = k;
      filled[k] = 0;
      seen[k] = 0;
      const isRated = top[o]! > 0;
      members[k] = new Array(isRated ? atTop[o]! : observed[o]!);
      observers[k] = observed[o]! === 0 ? [] : new Array(observed[o]!);
      themes[k] = {
        theme: themeIds[o]!,
        maxLevel: isRated ? top[o]! : null,
        members: members[k]!,
        evidence: isRated ? (observed[o]! > 0 ? 'both' : 'rated') : 'observed',
        observed: observers[k]!,
        count: rated[o]! + observed[o]!,
      };
    }
    for (let i = 0; i < codes.length; i++) {
      const id = ordered[i]!;
      const c = codes[i]!;
      for (let j = 0; j < c.length; j += 2) {
        const o = c[j]!;
        const level = c[j + 1]!;
        const k = slot[o]!;
        if (level === 0) {
          observers[k]![seen[k]!++] = id;
          if (top[o] === 0) members[k]![filled[k]!++] = id;
        } else if (level === top[o]) members[k]![filled[k]!++] = id;
      }
    }
    // Ordinals follow theme ids, so numeric order is id order.
    order.sort();
    const duplicated: string[] = [];
    const covered: string[] = [];
    for (let k = 0; k < count; k++) {
      const o = order[k]!;
      if (strong[o]! >= 2) duplicated.push(themeIds[o]!);
      if (covers[o] === 1) covered.push(themeIds[o]!);
    }
    return { themes, duplicated, covered };
  };
}

/**
 * The strings of sorted list `a` that are not in sorted list `b` (both sorted in code-unit
 * order, without repeats), in order.
 *
 * @example
 * sortedWithout(['gbv', 'health', 'osh'], ['health']); // => ['gbv', 'osh']
 */
export function sortedWithout(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j++;
    if (j >= b.length || b[j] !== x) out.push(x);
  }
  return out;
}
