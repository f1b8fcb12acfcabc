/**
 * Which members a report's heatmaps show when the partnership is too large for a readable grid.
 * @module
 */

import { indexOfIds, strongestPairs } from './matrixReader.js';

/**
 * Most members a heatmap shows: 40 members of 18 px with 24-character labels make a heatmap
 * about 900 px wide, so it fits the report's 1,072 px column unscaled and its 11 px labels stay
 * 11 px on a laptop screen; six such heatmaps are about 1 MB of HTML.
 * @example
 * FOCUS_MAX_MEMBERS; // => 40
 */
export const FOCUS_MAX_MEMBERS = 40;

/**
 * How many of the first-ranked recommendations bring their members into the heatmaps.
 * @example
 * FOCUS_RECOMMENDATIONS; // => 10
 */
export const FOCUS_RECOMMENDATIONS = 10;

/** What {@link focusMembers} chooses from. */
export interface FocusInput {
  /** Member ids (matrix order). */
  readonly ids: readonly string[];
  /** Recommendations in rank order (only their members are read). */
  readonly recommendations: readonly { readonly members: readonly string[] }[];
  /** Member i's (at most) k strongest synergy partners, best first, as indices into ids with their values. */
  readonly partners: (i: number, k: number) => readonly { readonly j: number; readonly value: number }[];
}

/**
 * The members a heatmap shows, chosen by what matters, at most `max` (all of them when there
 * are no more than `max`):
 *
 * 1. the members of the first {@link FOCUS_RECOMMENDATIONS} recommendations, in rank order;
 * 2. their strongest synergy partners: every such member's best partner, then every member's
 *    second best, and so on;
 * 3. the members of the strongest synergy pairs (partnerships without recommendations);
 * 4. the remaining members in member order.
 *
 * Deterministic. Returned as indices in member (ids) order; the heatmap orders them by
 * similarity (seriation). Cost: N calls of `partners(i, max)` plus O(max log max) per member.
 *
 * @param input - ids, recommendations and each member's strongest synergy partners
 * @param max - most members chosen. Default {@link FOCUS_MAX_MEMBERS}.
 * @example
 * focusMembers(
 *   {
 *     ids: ['a', 'b', 'c', 'd'],
 *     recommendations: [{ members: ['c'] }],
 *     partners: (i) => (i === 2 ? [{ j: 3, value: 0.5 }, { j: 0, value: 0.2 }] : []),
 *   },
 *   2,
 * ); // => [2, 3]
 */
export function focusMembers(input: FocusInput, max = FOCUS_MAX_MEMBERS): number[] {
  const { ids } = input;
  const n = ids.length;
  if (n <= max) return ids.map((_, i) => i);
  const index = indexOfIds(ids);
  const chosen = new Set<number>();
  const add = (i: number | undefined) => {
    if (i !== undefined && i >= 0 && i < n && chosen.size < max) chosen.add(i);
  };
  for (const r of input.recommendations.slice(0, FOCUS_RECOMMENDATIONS)) {
    for (const id of r.members) add(index.get(id));
  }
  const seeds = [...chosen];
  const lists = seeds.map((i) => input.partners(i, max).map((p) => p.j));
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let rank = 0; rank < longest && chosen.size < max; rank++) {
    for (const list of lists) add(list[rank]);
  }
  for (const { i, j } of chosen.size < max ? strongestPairs(input, max) : []) {
    if (chosen.size >= max) break;
    add(i);
    add(j);
  }
  for (let i = 0; i < n && chosen.size < max; i++) add(i);
  return [...chosen].sort((x, y) => x - y);
}
