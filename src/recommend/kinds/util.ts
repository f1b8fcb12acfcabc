import { PRESENCE_WEIGHTS } from '../../country/presence.js';
import type { CountryView } from '../../schema/baseline.js';
import type { RationaleValue } from '../types.js';

/** Byte-order string comparison (never localeCompare, which varies by ICU). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Arithmetic mean; 0 for an empty list. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Present members of a country view with their presence weights, keyed by id. */
export function presentWeights(view: CountryView): Map<string, number> {
  return new Map(view.members.map((m) => [m.id, PRESENCE_WEIGHTS[m.presence]]));
}

/** Shorthands for rationale values. */
export const v = {
  member: (id: string): RationaleValue => ({ kind: 'member', id }),
  members: (ids: readonly string[]): RationaleValue => ({ kind: 'members', ids }),
  /** Member names with their kind where known: "Alpha (UN agency) and Beta (national NGO)". */
  tagged: (ids: readonly string[]): RationaleValue => ({ kind: 'members', ids, tagged: true }),
  areas: (country: string, ids: readonly string[]): RationaleValue => ({ kind: 'areas', country, ids }),
  themes: (ids: readonly string[]): RationaleValue => ({ kind: 'themes', ids }),
  sector: (id: string): RationaleValue => ({ kind: 'sector', id }),
  country: (id: string): RationaleValue => ({ kind: 'country', id }),
  list: (items: readonly string[]): RationaleValue => ({ kind: 'list', items }),
  fragment: (name: string, vars: Readonly<Record<string, RationaleValue>> = {}): RationaleValue => ({
    kind: 'fragment',
    name,
    vars,
  }),
};

/** Group items by a string key, keys in first-seen order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * The k best items by score (desc, equal to 1e-9 counts as equal), ties by key;
 * k = Infinity keeps all. Used by generators to cap candidates per member or country.
 */
export function topK<T>(items: readonly T[], k: number, score: (x: T) => number, key: (x: T) => string): T[] {
  const sorted = [...items].sort(
    (a, b) => Math.round(score(b) * 1e9) - Math.round(score(a) * 1e9) || cmp(key(a), key(b)),
  );
  return Number.isFinite(k) ? sorted.slice(0, Math.max(0, Math.floor(k))) : sorted;
}
