import type { Partnership } from '../schema/records.js';
import { evaluateRow, rowScratch } from './combined.js';
import { duplicationOf, synergyOf } from './formulas.js';
import { checkPositiveInteger, type MetricsOptions, resolveMetricsOptions } from './options.js';
import { preparePartnership } from './prepare.js';

/** One of a member's best partners, with the numbers behind the ranking. */
export interface TopPartner {
  /** Partner member id. */
  readonly id: string;
  /** synergy = context * (1 - expertiseOverlap), > 0. */
  readonly synergy: number;
  /** duplication = context * expertiseOverlap. */
  readonly duplication: number;
  /** Weighted mean of geography and sector overlap. */
  readonly context: number;
  /** Expertise overlap (weighted Jaccard). */
  readonly expertiseOverlap: number;
}

/** A member and its best partners by synergy, best first. */
export interface MemberTopPartners {
  /** Member id. */
  readonly member: string;
  /** Up to k partners, synergy descending, ties by member order. */
  readonly partners: readonly TopPartner[];
}

/** Per member (in partnership member order) the k best partners by synergy. */
export type TopK = readonly MemberTopPartners[];

/** Options of {@link topSynergyPartners}. */
export interface TopSynergyOptions extends MetricsOptions {
  /** Number of partners per member. Default 10. */
  readonly k?: number;
}

/** Default number of partners per member in {@link topSynergyPartners}. */
export const DEFAULT_TOP_K = 10;

/**
 * Bounded heaps of the k best candidates per member in flat typed arrays. The root of each heap is
 * its worst entry: lower value, or equal value and later member.
 */
class TopHeaps {
  readonly k: number;
  readonly value: Float64Array;
  readonly member: Int32Array;
  readonly context: Float64Array;
  readonly overlap: Float64Array;
  readonly size: Int32Array;

  constructor(n: number, k: number) {
    this.k = k;
    this.value = new Float64Array(n * k);
    this.member = new Int32Array(n * k);
    this.context = new Float64Array(n * k);
    this.overlap = new Float64Array(n * k);
    this.size = new Int32Array(n);
  }

  /** Whether (v, j) ranks below (w, m): lower value, or equal value and later member. */
  static worse(v: number, j: number, w: number, m: number): boolean {
    return v < w || (v === w && j > m);
  }

  #swap(a: number, b: number): void {
    const { value, member, context, overlap } = this;
    const v = value[a]!;
    value[a] = value[b]!;
    value[b] = v;
    const m = member[a]!;
    member[a] = member[b]!;
    member[b] = m;
    const c = context[a]!;
    context[a] = context[b]!;
    context[b] = c;
    const o = overlap[a]!;
    overlap[a] = overlap[b]!;
    overlap[b] = o;
  }

  /** Offer candidate j with synergy v to member i's heap. */
  offer(i: number, j: number, v: number, ctx: number, eo: number): void {
    const { k, value, member, size } = this;
    const base = i * k;
    const count = size[i]!;
    if (count === k) {
      if (!TopHeaps.worse(value[base]!, member[base]!, v, j)) return;
      this.#set(base, v, j, ctx, eo);
      this.#siftDown(base, 0, k);
      return;
    }
    this.#set(base + count, v, j, ctx, eo);
    size[i] = count + 1;
    let c = count;
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if (!TopHeaps.worse(value[base + c]!, member[base + c]!, value[base + parent]!, member[base + parent]!))
        break;
      this.#swap(base + c, base + parent);
      c = parent;
    }
  }

  /** The worst synergy member i's heap still accepts without a tie check, or -1 while not full. */
  threshold(i: number): number {
    return this.size[i] === this.k ? this.value[i * this.k]! : -1;
  }

  #set(p: number, v: number, j: number, ctx: number, eo: number): void {
    this.value[p] = v;
    this.member[p] = j;
    this.context[p] = ctx;
    this.overlap[p] = eo;
  }

  #siftDown(base: number, start: number, count: number): void {
    const { value, member } = this;
    let c = start;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= count) return;
      const r = l + 1;
      let w = l;
      if (
        r < count &&
        TopHeaps.worse(value[base + r]!, member[base + r]!, value[base + l]!, member[base + l]!)
      )
        w = r;
      if (!TopHeaps.worse(value[base + w]!, member[base + w]!, value[base + c]!, member[base + c]!)) return;
      this.#swap(base + c, base + w);
      c = w;
    }
  }

  /** Member i's entries, best first. */
  sorted(i: number): { member: number; value: number; context: number; overlap: number }[] {
    const base = i * this.k;
    const out = [];
    for (let p = base; p < base + this.size[i]!; p++) {
      out.push({
        member: this.member[p]!,
        value: this.value[p]!,
        context: this.context[p]!,
        overlap: this.overlap[p]!,
      });
    }
    return out.sort((a, b) => (a.value !== b.value ? b.value - a.value : a.member - b.member));
  }
}

/**
 * Per member the k best partners by synergy, for partnerships too large for full matrices: never
 * materialises N x N. Each member row is evaluated once with scratch accumulators over the
 * inverted indexes (pairs i < j only; each pair is offered to both members' bounded heaps), so
 * time is O(sum over categories of postings² / 2 + N²/2) and memory O(N·k + records).
 *
 * The result equals the top k of the full synergy matrix row (computeMetrics(...).synergy),
 * ties broken by member order; partners with synergy 0 (no shared context, or identical
 * expertise) are left out, so a member can have fewer than k partners.
 *
 * @throws OptionsError for an invalid option (e.g. k not a whole number >= 1).
 * @throws PartnerSynergyError E_UNKNOWN_MEMBER / E_SCHEMA for records that do not fit the members.
 * @example
 * const top = topSynergyPartners(partnership, { k: 3 });
 * top[0]; // => { member: 'fnv', partners: [{ id: 'oxfam', synergy: 0.45, duplication: 0.05, context: 0.5, expertiseOverlap: 0.1 }, ...] }
 */
export function topSynergyPartners(partnership: Partnership, options: TopSynergyOptions = {}): TopK {
  const { k: kOption, ...metricsOptions } = options;
  const k = checkPositiveInteger('k', kOption, DEFAULT_TOP_K);
  const resolved = resolveMetricsOptions(metricsOptions);
  const { profiles, combined } = preparePartnership(partnership, resolved);
  const ids = profiles.ids;
  const n = ids.length;
  const heaps = new TopHeaps(n, k);
  const scratch = rowScratch(n);
  const { context, expertiseOverlap } = scratch;
  for (let i = 0; i < n; i++) {
    evaluateRow(combined, i, true, scratch);
    let ti = heaps.threshold(i);
    for (let j = i + 1; j < n; j++) {
      const ctx = context[j]!;
      if (ctx === 0) continue;
      const eo = expertiseOverlap[j]!;
      const v = synergyOf(ctx, eo);
      if (!(v > 0)) continue;
      if (v >= ti) {
        heaps.offer(i, j, v, ctx, eo);
        ti = heaps.threshold(i);
      }
      if (v >= heaps.threshold(j)) heaps.offer(j, i, v, ctx, eo);
    }
  }
  const out: MemberTopPartners[] = [];
  for (let i = 0; i < n; i++) {
    const partners = heaps.sorted(i).map((e) => ({
      id: ids[e.member]!,
      synergy: e.value,
      duplication: duplicationOf(e.context, e.overlap),
      context: e.context,
      expertiseOverlap: e.overlap,
    }));
    out.push({ member: ids[i]!, partners });
  }
  return out;
}
