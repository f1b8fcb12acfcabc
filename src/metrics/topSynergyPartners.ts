import type { Partnership } from '../schema/records.js';
import { evaluateRow, pairValues, rowScratch } from './combined.js';
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
  readonly size: Int32Array;

  constructor(n: number, k: number) {
    this.k = k;
    this.value = new Float64Array(n * k);
    this.member = new Int32Array(n * k);
    this.size = new Int32Array(n);
  }

  /** Whether (v, j) ranks below (w, m): lower value, or equal value and later member. */
  static worse(v: number, j: number, w: number, m: number): boolean {
    return v < w || (v === w && j > m);
  }

  /** The lowest synergy member i's heap may still accept (ties need a member check), or -1 while not full. */
  threshold(i: number): number {
    return this.size[i] === this.k ? this.value[i * this.k]! : -1;
  }

  /** Offer candidate j with synergy v to member i's heap. */
  offer(i: number, j: number, v: number): void {
    const { k, value, member, size } = this;
    const base = i * k;
    const count = size[i]!;
    let c: number;
    if (count === k) {
      if (!TopHeaps.worse(value[base]!, member[base]!, v, j)) return;
      // Replace the root and sift the new entry down.
      c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= k) break;
        const r = l + 1;
        const w =
          r < k && TopHeaps.worse(value[base + r]!, member[base + r]!, value[base + l]!, member[base + l]!)
            ? r
            : l;
        if (!TopHeaps.worse(value[base + w]!, member[base + w]!, v, j)) break;
        value[base + c] = value[base + w]!;
        member[base + c] = member[base + w]!;
        c = w;
      }
    } else {
      // Append and sift up.
      c = count;
      size[i] = count + 1;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!TopHeaps.worse(v, j, value[base + parent]!, member[base + parent]!)) break;
        value[base + c] = value[base + parent]!;
        member[base + c] = member[base + parent]!;
        c = parent;
      }
    }
    value[base + c] = v;
    member[base + c] = j;
  }

  /** Member i's partners, best first. */
  sorted(i: number): number[] {
    const base = i * this.k;
    const entries: { member: number; value: number }[] = [];
    for (let p = base; p < base + this.size[i]!; p++)
      entries.push({ member: this.member[p]!, value: this.value[p]! });
    entries.sort((a, b) => (a.value !== b.value ? b.value - a.value : a.member - b.member));
    return entries.map((e) => e.member);
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
  const synergy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    evaluateRow(combined, i, true, scratch, 'synergy', synergy, 0);
    let ti = heaps.threshold(i);
    for (let j = i + 1; j < n; j++) {
      const v = synergy[j]!;
      if (!(v > 0)) continue;
      if (v >= ti) {
        heaps.offer(i, j, v);
        ti = heaps.threshold(i);
      }
      if (v >= heaps.threshold(j)) heaps.offer(j, i, v);
    }
  }
  const out: MemberTopPartners[] = [];
  for (let i = 0; i < n; i++) {
    // The details of the few kept pairs, from the same sums and formulas (equal to the ranked value).
    const partners = heaps.sorted(i).map((j) => {
      const v = pairValues(combined, i, j);
      return {
        id: ids[j]!,
        synergy: v.synergy,
        duplication: v.duplication,
        context: v.context,
        expertiseOverlap: v.expertiseOverlap,
      };
    });
    out.push({ member: ids[i]!, partners });
  }
  return out;
}
