import { cmp } from '../normalise/issue.js';
import type { RecommendationCategory } from './types.js';

/**
 * Weights of the priority scale: priority = score * weight of the category. Joint action first,
 * then coordination alerts (duplication, gaps), then facts about the data (shared partners).
 * @example
 * CATEGORY_WEIGHTS.fact; // => 0.5
 */
export const CATEGORY_WEIGHTS: Readonly<Record<RecommendationCategory, number>> = Object.freeze({
  opportunity: 1,
  alert: 0.8,
  fact: 0.5,
});

/**
 * The priority factor of an item whose members already work together in its country (every pair
 * names the other in geography.csv `works_with`): it builds on work that exists, so it counts half.
 * @example
 * TOGETHER_WEIGHT; // => 0.5
 */
export const TOGETHER_WEIGHT = 0.5;

/** How many of the first positions the per-pair rule (`maxPerPair`) applies to. */
export const PAIR_WINDOW = 15;

/**
 * Each further item of a kind already ranked counts this much less (multiplied per item), so the
 * kinds take turns at the top instead of one kind (and its few pairs) filling it.
 */
export const KIND_TURN = 0.85;

/** What the ranker needs of an item. */
export interface Rankable {
  readonly id: string;
  readonly kind: string;
  readonly members: readonly string[];
  readonly country: string | null;
  readonly themes: readonly string[];
  readonly priority: number;
  /**
   * What orders items of equal priority and kind before their id: more is first (the weakest
   * member's observed activities; -1 when a member is known only by a registry code).
   */
  readonly support: number;
}

/** Options of {@link rankItems}. */
export interface RankOptions {
  readonly top: number;
  readonly topPerKind: number;
  readonly maxPerPair: number;
  readonly more: number;
}

/** The ranking: listed leads (with the items merged into each) and the items for the "more" list. */
export interface Ranked<T extends Rankable> {
  readonly listed: readonly { readonly lead: T; readonly merged: readonly T[] }[];
  /** Leads that did not make the list (best first), then every merged item of a listed lead. */
  readonly more: readonly { readonly item: T; readonly mergedInto: string | null }[];
}

function byPriority(a: Rankable, b: Rankable): number {
  const d = Math.round(b.priority * 1e9) - Math.round(a.priority * 1e9);
  return d || cmp(a.kind, b.kind) || b.support - a.support || cmp(a.id, b.id);
}

/** Whether two items with the same members repeat each other: a shared theme, the same country, or neither has either. */
function repeats(a: Rankable, b: Rankable): boolean {
  if (a.themes.some((t) => b.themes.includes(t))) return true;
  if (a.country !== null && a.country === b.country) return true;
  return a.themes.length === 0 && b.themes.length === 0 && a.country === null && b.country === null;
}

/** Every pair of members of an item, as "a\0b" keys (members sorted). */
function pairsOf(members: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) out.push(`${members[i]}\u0000${members[j]}`);
  }
  return out;
}

/**
 * Merge, then rank. Items are sorted by priority (desc; then kind, support desc, then id). Items with the same
 * set of members that repeat each other (a shared theme or the same country) merge into the best
 * one: one item per set of members and theme. The leads are then listed one at a time, each time
 * the lead with the highest priority * KIND_TURN^(items of its kind already listed) that keeps
 * - within the first PAIR_WINDOW positions, every pair of members in at most `maxPerPair` items
 *   (relaxed only when nothing else is left), and
 * - at most `topPerKind` items per kind (relaxed when no other kind has an item that fits, so a
 *   list is never cut short while items scored);
 * up to `top` leads. The rest (up to `more` leads) and every merged item go to `more`, so nothing
 * that scored disappears unlisted.
 *
 * @example
 * const item = (id: string, members: string[], themes: string[], priority: number) =>
 *   ({ id, kind: 'k', members, country: null, themes, priority, support: 0 });
 * const r = rankItems([item('a', ['A', 'B'], ['x'], 0.9), item('b', ['A', 'B'], ['x'], 0.8)],
 *   { top: 10, topPerKind: 10, maxPerPair: 2, more: 10 });
 * [r.listed.length, r.listed[0]?.merged.length]; // => [1, 1]
 */
export function rankItems<T extends Rankable>(items: readonly T[], options: RankOptions): Ranked<T> {
  const sorted = [...items].sort(byPriority);
  const groups: { lead: T; merged: T[]; key: string }[] = [];
  const byMembers = new Map<string, { lead: T; merged: T[]; key: string }[]>();
  for (const item of sorted) {
    const key = item.members.join('\u0000');
    const same = byMembers.get(key) ?? [];
    const group = same.find((g) => repeats(g.lead, item) || g.merged.some((m) => repeats(m, item)));
    if (group) group.merged.push(item);
    else {
      const fresh = { lead: item, merged: [] as T[], key };
      same.push(fresh);
      byMembers.set(key, same);
      groups.push(fresh);
    }
  }

  const remaining = [...groups];
  const listed: { lead: T; merged: T[] }[] = [];
  const perKind = new Map<string, number>();
  const perPair = new Map<string, number>();
  while (listed.length < options.top && remaining.length > 0) {
    const inWindow = listed.length < PAIR_WINDOW;
    const pairOk = (g: { lead: T }) =>
      !inWindow || pairsOf(g.lead.members).every((p) => (perPair.get(p) ?? 0) < options.maxPerPair);
    const kindOk = (g: { lead: T }) => (perKind.get(g.lead.kind) ?? 0) < options.topPerKind;
    const pick = (ok: (g: { lead: T }) => boolean): number => {
      let best = -1;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < remaining.length; i++) {
        const g = remaining[i] as { lead: T };
        if (!ok(g)) continue;
        const value = Math.round(g.lead.priority * KIND_TURN ** (perKind.get(g.lead.kind) ?? 0) * 1e9);
        if (value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      return best;
    };
    let i = pick((g) => kindOk(g) && pairOk(g));
    if (i < 0) i = pick(pairOk);
    if (i < 0) i = pick(kindOk);
    if (i < 0) i = 0;
    const g = remaining.splice(i, 1)[0] as { lead: T; merged: T[] };
    listed.push({ lead: g.lead, merged: g.merged });
    perKind.set(g.lead.kind, (perKind.get(g.lead.kind) ?? 0) + 1);
    if (inWindow) for (const p of pairsOf(g.lead.members)) perPair.set(p, (perPair.get(p) ?? 0) + 1);
  }
  const more: { item: T; mergedInto: string | null }[] = [];
  for (const g of remaining.slice(0, Math.max(0, options.more)))
    more.push({ item: g.lead, mergedInto: null });
  for (const g of listed) for (const m of g.merged) more.push({ item: m, mergedInto: g.lead.id });
  return { listed, more };
}
