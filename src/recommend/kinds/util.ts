import { PRESENCE_WEIGHTS } from '../../country/presence.js';
import { cmp } from '../../normalise/issue.js';
import type { CountryView } from '../../schema/baseline.js';
import type { PartnershipIndex } from '../partnershipIndex.js';
import type { RationaleValue } from '../types.js';

/** Byte-order string comparison (never localeCompare, which varies by ICU): the one of normalise/issue.ts. */
export { cmp };

/** Arithmetic mean; 0 for an empty list. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s / xs.length;
}

const weightsOfRun = new WeakMap<PartnershipIndex, WeakMap<CountryView, ReadonlyMap<string, number>>>();

/**
 * Present members of a country view with their presence weights, keyed by id; built once per
 * view and run (the index is built per run, and every in-country kind reads them), so shared and
 * never to be changed.
 */
export function presentWeights(index: PartnershipIndex, view: CountryView): ReadonlyMap<string, number> {
  let ofRun = weightsOfRun.get(index);
  if (ofRun === undefined) {
    ofRun = new WeakMap();
    weightsOfRun.set(index, ofRun);
  }
  let weights = ofRun.get(view);
  if (weights === undefined) {
    weights = new Map(view.members.map((m) => [m.id, PRESENCE_WEIGHTS[m.presence]]));
    ofRun.set(view, weights);
  }
  return weights;
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
 * The k best items by score (desc, equal to 1e-9 counts as equal), ties by key, then input order;
 * k = Infinity keeps all. Used by generators to cap candidates per member or country. A finite k
 * keeps a bounded heap: O(n log k), not a sort of every item.
 */
export function topK<T>(items: readonly T[], k: number, score: (x: T) => number, key: (x: T) => string): T[] {
  const limit = Number.isFinite(k) ? Math.max(0, Math.floor(k)) : items.length;
  const ranked = items.map((item, i) => ({ item, r: Math.round(score(item) * 1e9), key: key(item), i }));
  // A non-finite score has no place in a total order: sort as ever (ties by key, stable).
  if (limit >= ranked.length || ranked.some((x) => !Number.isFinite(x.r))) {
    return ranked
      .sort((a, b) => b.r - a.r || cmp(a.key, b.key))
      .slice(0, limit)
      .map((x) => x.item);
  }
  return smallestK(ranked, limit, (a, b) => b.r - a.r || cmp(a.key, b.key) || a.i - b.i).map((x) => x.item);
}

/** A member of a group that may be too large to act on, with what decides who is named. */
export interface GroupMember {
  readonly id: string;
  /** Its network strength in the sector (1-5; 0 without one): the first key. */
  readonly strength: number;
  /** The second key (e.g. its presence weight in the country); 0 when the kind has none. */
  readonly weight: number;
}

/**
 * The one rule of every kind that caps a group at a readable size (a mapping or a company
 * engagement of 50 organisations is no activity anyone organises): the `size` members with the
 * strongest network, then the largest weight, then id; returned in id order. A bounded heap.
 *
 * @example
 * strongestMembers([{ id: 'b', strength: 5, weight: 0 }, { id: 'a', strength: 3, weight: 1 }, { id: 'c', strength: 5, weight: 1 }], 2);
 * // => ['b', 'c']
 */
export function strongestMembers(members: readonly GroupMember[], size: number): string[] {
  return smallestK(
    members,
    Math.trunc(size),
    (a, b) => b.strength - a.strength || b.weight - a.weight || cmp(a.id, b.id),
  )
    .map((x) => x.id)
    .sort(cmp);
}

/**
 * The k first items under `before` (a total order: negative when a comes first), in that order;
 * a bounded heap whose root is the last item kept. O(n log k).
 *
 * @example
 * smallestK([5, 1, 4, 2, 3], 2, (a, b) => a - b); // => [1, 2]
 */
export function smallestK<T>(items: Iterable<T>, k: number, before: (a: T, b: T) => number): T[] {
  const heap: T[] = [];
  if (k <= 0) return heap;
  const above = (a: T, b: T) => before(a, b) > 0;
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap, heap.length - 1, above);
    } else if (before(item, heap[0] as T) < 0) {
      heap[0] = item;
      siftDown(heap, 0, above);
    }
  }
  return heap.sort(before);
}

/** Move heap[i] up while it belongs above its parent. */
function siftUp<T>(heap: T[], i: number, above: (a: T, b: T) => boolean): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!above(heap[i] as T, heap[parent] as T)) return;
    swap(heap, i, parent);
    i = parent;
  }
}

/** Move heap[i] down while a child belongs above it. */
function siftDown<T>(heap: T[], i: number, above: (a: T, b: T) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let top = i;
    if (l < heap.length && above(heap[l] as T, heap[top] as T)) top = l;
    if (r < heap.length && above(heap[r] as T, heap[top] as T)) top = r;
    if (top === i) return;
    swap(heap, i, top);
    i = top;
  }
}

function swap<T>(xs: T[], i: number, j: number): void {
  const x = xs[i] as T;
  xs[i] = xs[j] as T;
  xs[j] = x;
}

/**
 * The k-th largest of the numbers offered so far (-Infinity until k have been offered): a bounded
 * min-heap of the k largest. O(log k) per offer.
 *
 * @example
 * const kth = new KthLargest(2);
 * for (const x of [3, 9, 1, 5]) kth.offer(x);
 * kth.value; // => 5
 */
export class KthLargest {
  readonly #heap: number[] = [];
  readonly #k: number;
  constructor(k: number) {
    this.#k = k;
  }
  /** Count one more number. */
  offer(x: number): void {
    const heap = this.#heap;
    if (heap.length < this.#k) {
      heap.push(x);
      siftUp(heap, heap.length - 1, below);
    } else if (heap.length > 0 && x > (heap[0] as number)) {
      heap[0] = x;
      siftDown(heap, 0, below);
    }
  }
  /** The k-th largest so far; -Infinity while fewer than k (or k <= 0) were offered. */
  get value(): number {
    return this.#k > 0 && this.#heap.length >= this.#k ? (this.#heap[0] as number) : Number.NEGATIVE_INFINITY;
  }
}

function below(a: number, b: number): boolean {
  return a < b;
}
