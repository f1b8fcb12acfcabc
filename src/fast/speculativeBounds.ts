/**
 * Speculative pruning bounds for top-k, checked afterwards, so the result stays exact.
 *
 * Top-k skips a pair (i, j) whose context cannot reach min(b_i, b_j), where b_x is a bound on
 * member x's k-th best synergy. With only proven bounds (the heaps' own thresholds), b_j after r
 * rows is the k-th best of about r samples, so early rows let through about k/r of their pairs:
 * summed over rows, k N ln N exact evaluations with scattered memory reads, most of the scan's
 * time at N = 50,000. This module estimates b_x close to the final k-th best from a few pilot
 * rows instead:
 *
 * 1. Pilot rows: the exact context of R members (spread over the member order) with every member,
 *    from the kernel. Each member gets R context samples; each pilot also gets its exact top k
 *    (synergy, for the pairs in descending context until the context falls below its k-th best).
 * 2. Estimate: b_x = mean + z sd of member x's context samples, where z is calibrated on the pilots
 *    themselves (their estimate from the other pilots against their exact k-th best synergy): the
 *    largest z on a grid for which at most 0.4 % of pilots would be overestimated. A pilot's bound
 *    is its exact k-th best. Members with few positive samples get no bound.
 * 3. Check: after the scan, a member whose heap ends below its bound (or short of k partners) may
 *    have lost pairs to the speculation; {@link repairSpeculated} recomputes its heap from its full
 *    row. Every other member is exact: a skipped pair had synergy <= context < its bound <= its
 *    final k-th best, so it could not be in its top k (ties at the k-th value are never skipped).
 *
 * Browser-safe (no Node imports).
 */
import { pairValues } from '../metrics/combined.js';
import type { CombinedIndex } from '../metrics/combinedIndex.js';
import { TopHeaps } from '../metrics/topHeaps.js';
import type { ContextScanner } from './kernel/contextScanner.js';

/** Pilot rows (at most; fewer for small N). */
const PILOTS = 256;
/** Below this many members the pilot rows cost more than they save. */
export const SPECULATION_MIN_MEMBERS = 4096;
/** Pilot samples a member needs above 0 to get a speculative bound. */
const MIN_POSITIVE_SAMPLES = 8;
/** Share of pilots the calibrated z may overestimate (1 of 256). */
const MAX_OVERESTIMATED = 0.004;

/** The k-th largest positive value of `values` (skipping index `skip`), or -1 with fewer than k. */
function kthLargestPositive(values: Float64Array, k: number, skip: number): number {
  // A min-heap of the k largest so far; most values fail the comparison with its root.
  const heap = new Float64Array(k);
  let size = 0;
  for (let j = 0; j < values.length; j++) {
    const v = values[j]!;
    if (j === skip || !(v > 0)) continue;
    if (size < k) {
      let c = size++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (heap[parent]! <= v) break;
        heap[c] = heap[parent]!;
        c = parent;
      }
      heap[c] = v;
    } else if (v > heap[0]!) {
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= k) break;
        const w = l + 1 < k && heap[l + 1]! < heap[l]! ? l + 1 : l;
        if (heap[w]! >= v) break;
        heap[c] = heap[w]!;
        c = w;
      }
      heap[c] = v;
    }
  }
  return size < k ? -1 : heap[0]!;
}

/** The largest f32 not above x (a bound rounded to f32 must stay a bound). */
function f32Down(x: number): number {
  const f = Math.fround(x);
  if (f <= x) return f;
  F32[0] = f;
  I32[0] = I32[0]! + (f > 0 ? -1 : 1);
  return F32[0]!;
}
const F32 = new Float32Array(1);
const I32 = new Int32Array(F32.buffer);

/** Where exact context rows come from: the kernel's {@link ContextScanner}. */
export type ContextRows = Pick<ContextScanner, 'contextRow'>;

/** The candidates of an exact top-k search: the `count` largest positive contexts, best first. */
function bestContexts(context: Float64Array, x: number, count: number): Int32Array {
  const cut = kthLargestPositive(context, count, x);
  const picked: number[] = [];
  for (let j = 0; j < context.length; j++) {
    const c = context[j]!;
    if (j !== x && c > 0 && c >= cut) picked.push(j);
  }
  picked.sort((a, b) => context[b]! - context[a]! || a - b);
  return Int32Array.from(picked);
}

/**
 * Offer member x's exact top k (over every other member) to heap `slot` of `heaps` (empty on
 * entry): pairs in descending context, exact synergy for each until the context (an upper bound
 * of synergy) falls below the heap's k-th best. `context` is member x's exact context row.
 */
function exactTopInto(
  heaps: TopHeaps,
  slot: number,
  x: number,
  context: Float64Array,
  combined: CombinedIndex,
): void {
  const { k, size, value } = heaps;
  const candidates = bestContexts(context, x, 4 * k);
  const full = (): boolean => size[slot] === k;
  const offer = (j: number): void => {
    const { context: ctx, expertiseOverlap, synergy } = pairValues(combined, x, j);
    if (synergy > 0) heaps.offer(slot, j, synergy, ctx, expertiseOverlap);
  };
  let last = Number.POSITIVE_INFINITY;
  for (const j of candidates) {
    last = context[j]!;
    if (full() && last < value[slot * k]!) return;
    offer(j);
  }
  // Every candidate evaluated: members below the cut may still reach the heap when it is short of
  // k or its k-th best is below the cut (many high contexts with a large expertise overlap).
  if (full() && value[slot * k]! > last) return;
  const taken = new Set(candidates);
  for (let j = 0; j < context.length; j++) {
    if (j === x || taken.has(j) || !(context[j]! > 0)) continue;
    if (full() && context[j]! < value[slot * k]!) continue;
    offer(j);
  }
}

/** Running sums of a member's pilot samples. */
interface SampleStats {
  readonly sum: Float64Array;
  readonly sumSq: Float64Array;
  readonly positive: Int32Array;
  readonly count: Int32Array;
}

function sampleStats(n: number): SampleStats {
  return {
    sum: new Float64Array(n),
    sumSq: new Float64Array(n),
    positive: new Int32Array(n),
    count: new Int32Array(n),
  };
}

/** Add sample v to member x's sums. */
function addSample(stats: SampleStats, x: number, v: number): void {
  stats.sum[x] = stats.sum[x]! + v;
  stats.sumSq[x] = stats.sumSq[x]! + v * v;
  stats.count[x] = stats.count[x]! + 1;
  if (v > 0) stats.positive[x] = stats.positive[x]! + 1;
}

/** mean + z sd of member x's samples, or -1 without enough positive samples. */
function estimate(stats: SampleStats, x: number, z: number): number {
  const count = stats.count[x]!;
  if (stats.positive[x]! < MIN_POSITIVE_SAMPLES || count < 2) return -1;
  const mean = stats.sum[x]! / count;
  const variance = Math.max(0, stats.sumSq[x]! / count - mean * mean);
  const b = mean + z * Math.sqrt(variance);
  return b > 0 ? b : -1;
}

/**
 * Speculative bounds (f32, rounded down; -1 = none) for top-k over `combined`, or null when the
 * partnership is too small for pilots to pay off or no calibration is safe. Deterministic.
 *
 * @param combined - the prepared dimension indexes
 * @param k - partners per member
 * @param rows - exact context rows (the kernel scanner of the run)
 * @param pilots - pilot rows (default 256; tests use fewer)
 * @example
 * const bounds = speculativeBounds(prepared.combined, 10, scanner);
 * bounds === null || bounds.length === prepared.profiles.ids.length; // => true
 */
export function speculativeBounds(
  combined: CombinedIndex,
  k: number,
  rows: ContextRows,
  pilots: number = PILOTS,
): Float32Array | null {
  const n = combined.expertise.size;
  const r = Math.min(pilots, Math.floor(n / 8));
  if (r < 16) return null;
  const pilot = Int32Array.from({ length: r }, (_, t) => Math.floor(((t + 0.5) * n) / r));
  const stats = sampleStats(n);
  // Pilot-to-pilot samples, for the calibration.
  const pilotStats = sampleStats(r);
  const exact = new TopHeaps(r, k);
  for (let t = 0; t < r; t++) {
    const p = pilot[t]!;
    const context = rows.contextRow(p);
    exactTopInto(exact, t, p, context, combined);
    for (let j = 0; j < n; j++) if (j !== p) addSample(stats, j, context[j]!);
    for (let u = 0; u < r; u++) if (u !== t) addSample(pilotStats, t, context[pilot[u]!]!);
  }
  const exactKth = (t: number): number => (exact.size[t] === k ? exact.value[t * k]! : -1);
  // The largest z (grid of 0.1 from 5 down to 0.5) that overestimates at most 0.4 % of the pilots.
  const allowed = Math.floor(MAX_OVERESTIMATED * r);
  let z = -1;
  for (let step = 50; step >= 5 && z < 0; step--) {
    let over = 0;
    for (let t = 0; t < r && over <= allowed; t++) {
      const b = estimate(pilotStats, t, step / 10);
      if (b > 0 && !(b <= exactKth(t))) over++;
    }
    if (over <= allowed) z = step / 10;
  }
  if (z < 0) return null;
  const bounds = new Float32Array(n);
  for (let x = 0; x < n; x++) {
    const b = estimate(stats, x, z);
    bounds[x] = b > 0 ? f32Down(b) : -1;
  }
  for (let t = 0; t < r; t++) {
    const kth = exactKth(t);
    bounds[pilot[t]!] = kth > 0 ? f32Down(kth) : -1;
  }
  return bounds;
}

/**
 * After a scan with speculative `bounds`: recompute, from its exact row, the heap of every member
 * whose heap ended short of k partners or below its bound (it may have lost pairs to the
 * speculation). Returns how many heaps were recomputed.
 *
 * @example
 * repairSpeculated(heaps, bounds, prepared.combined, scanner); // => 0 when every bound held
 */
export function repairSpeculated(
  heaps: TopHeaps,
  bounds: Float32Array,
  combined: CombinedIndex,
  rows: ContextRows,
): number {
  const { k, size, value } = heaps;
  let repaired = 0;
  for (let x = 0; x < bounds.length; x++) {
    const b = bounds[x]!;
    if (!(b > 0) || (size[x] === k && value[x * k]! >= b)) continue;
    heaps.clear(x);
    exactTopInto(heaps, x, x, rows.contextRow(x), combined);
    repaired++;
  }
  return repaired;
}
