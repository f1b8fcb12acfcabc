import { duplicationOf } from './formulas.js';
import type { MemberTopPartners, TopK, TopPartner } from './topKTypes.js';

/** The arrays of {@link TopHeaps} (transferable between threads). */
export type TopHeapParts = Pick<TopHeaps, 'k' | 'value' | 'member' | 'context' | 'overlap' | 'size'>;

/**
 * Bounded heaps of the k best candidates per member in flat typed arrays. The root of each heap is
 * its worst entry: lower value, or equal value and later member.
 */
export class TopHeaps {
  readonly k: number;
  readonly value: Float64Array;
  readonly member: Int32Array;
  /** Context and expertise overlap of each kept pair (for the result, no recomputation). */
  readonly context: Float64Array;
  readonly overlap: Float64Array;
  readonly size: Int32Array;
  /** Per member: the synergy of its worst kept partner once it has k, else -1 (accepts anything > 0). */
  readonly threshold: Float64Array;

  /** Empty heaps for n members, or (with `parts`) heaps over those arrays, used, not copied. */
  constructor(n: number, k: number, parts?: TopHeapParts) {
    this.k = k;
    this.value = parts?.value ?? new Float64Array(n * k);
    this.member = parts?.member ?? new Int32Array(n * k);
    this.context = parts?.context ?? new Float64Array(n * k);
    this.overlap = parts?.overlap ?? new Float64Array(n * k);
    this.size = parts?.size ?? new Int32Array(n);
    this.threshold = new Float64Array(n).fill(-1);
    if (parts !== undefined)
      for (let i = 0; i < n; i++) if (this.size[i] === k) this.threshold[i] = this.value[i * k]!;
  }

  /** Whether (v, j) ranks below (w, m): lower value, or equal value and later member. */
  static worse(v: number, j: number, w: number, m: number): boolean {
    return v < w || (v === w && j > m);
  }

  /** Offer candidate j with synergy v (context ctx, expertise overlap eo) to member i's heap. */
  offer(i: number, j: number, v: number, ctx: number, eo: number): void {
    const { k, value, member, context, overlap, size } = this;
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
        this.#move(base + w, base + c);
        c = w;
      }
    } else {
      // Append and sift up.
      c = count;
      size[i] = count + 1;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!TopHeaps.worse(v, j, value[base + parent]!, member[base + parent]!)) break;
        this.#move(base + parent, base + c);
        c = parent;
      }
    }
    value[base + c] = v;
    member[base + c] = j;
    context[base + c] = ctx;
    overlap[base + c] = eo;
    if (size[i] === k) this.threshold[i] = value[base]!;
  }

  /** Empty member i's heap. */
  clear(i: number): void {
    this.size[i] = 0;
    this.threshold[i] = -1;
  }

  #move(from: number, to: number): void {
    this.value[to] = this.value[from]!;
    this.member[to] = this.member[from]!;
    this.context[to] = this.context[from]!;
    this.overlap[to] = this.overlap[from]!;
  }

  /** The heaps' arrays, for sending from a worker thread (see {@link TopHeaps.fromParts}). */
  parts(): TopHeapParts {
    const { k, value, member, context, overlap, size } = this;
    return { k, value, member, context, overlap, size };
  }

  /**
   * Heaps rebuilt from {@link TopHeaps.parts} (the arrays are used, not copied).
   * @example
   * TopHeaps.fromParts(heaps.parts()).toTopK(ids); // => heaps.toTopK(ids)
   */
  static fromParts(parts: TopHeapParts): TopHeaps {
    return new TopHeaps(parts.size.length, parts.k, parts);
  }

  /**
   * Offer every entry of `other` (heaps over other pairs of the same members) to these heaps, so
   * they keep the k best of both.
   * @example
   * a.merge(b); // a now holds the best k of a's and b's pairs per member
   */
  merge(other: TopHeaps): void {
    const { k } = other;
    for (let i = 0; i < other.size.length; i++) {
      for (let p = i * k; p < i * k + other.size[i]!; p++) {
        const v = other.value[p]!;
        if (v >= this.threshold[i]!) this.offer(i, other.member[p]!, v, other.context[p]!, other.overlap[p]!);
      }
    }
  }

  /** The result: per member its kept partners, best first (ids[i] names member i). */
  toTopK(ids: readonly string[]): TopK {
    const { value, member, context, overlap } = this;
    const out: MemberTopPartners[] = new Array(ids.length);
    const order = new Int32Array(this.k);
    for (let i = 0; i < ids.length; i++) {
      const count = this.sortInto(i, order);
      const partners: TopPartner[] = new Array(count);
      for (let t = 0; t < count; t++) {
        const p = order[t]!;
        const ctx = context[p]!;
        const eo = overlap[p]!;
        partners[t] = {
          id: ids[member[p]!]!,
          synergy: value[p]!,
          duplication: duplicationOf(ctx, eo),
          context: ctx,
          expertiseOverlap: eo,
        };
      }
      out[i] = { member: ids[i]!, partners };
    }
    return out;
  }

  /**
   * Write the positions of member i's kept partners into `order`, best first (synergy
   * descending, ties by member order; insertion sort, the heaps are small); returns their number.
   */
  sortInto(i: number, order: Int32Array): number {
    const { value, member } = this;
    const base = i * this.k;
    const count = this.size[i]!;
    for (let t = 0; t < count; t++) {
      const p = base + t;
      const v = value[p]!;
      const m = member[p]!;
      let u = t;
      while (u > 0) {
        const q = order[u - 1]!;
        if (value[q]! > v || (value[q] === v && member[q]! < m)) break;
        order[u] = q;
        u--;
      }
      order[u] = p;
    }
    return count;
  }
}
