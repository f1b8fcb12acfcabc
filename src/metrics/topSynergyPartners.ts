import type { Partnership } from '../schema/records.js';
import { contextOf, overlapOf, synergyOf } from './formulas.js';
import { checkPositiveInteger, type MetricsOptions, resolveMetricsOptions } from './options.js';
import { accumulateUpper, minProbe } from './pairIndex.js';
import { type PreparedPartnership, preparePartnership } from './prepare.js';
import {
  type ContextRows,
  repairSpeculated,
  SPECULATION_MIN_MEMBERS,
  speculativeBounds,
} from './speculativeBounds.js';
import { scanKernelRows, TopHeaps } from './topHeaps.js';
import { rowScanner } from './wasm/contextScanner.js';

/**
 * One of a member's best partners, with the numbers behind the ranking.
 * @example
 * const best: TopPartner | undefined = topSynergyPartners(partnership, { k: 1 })[1]?.partners[0];
 * best?.id; // => 'SSF'
 * best?.synergy; // => metrics.synergy.get('FTA', 'SSF')
 */
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

/**
 * A member and its best partners by synergy, best first.
 * @example
 * const fta: MemberTopPartners | undefined = topSynergyPartners(partnership, { k: 2 }).find((t) => t.member === 'FTA');
 * fta?.partners.map((p) => p.id); // => ['SSF', 'HDN']
 */
export interface MemberTopPartners {
  /** Member id. */
  readonly member: string;
  /** Up to k partners, synergy descending, ties by member order. */
  readonly partners: readonly TopPartner[];
}

/**
 * Per member (in partnership member order) the k best partners by synergy.
 * @example
 * const top: TopK = topSynergyPartners(partnership, { k: 3 });
 * top.map((t) => t.member); // => partnership.members.map((m) => m.id)
 */
export type TopK = readonly MemberTopPartners[];

/**
 * Options of {@link topSynergyPartners}.
 * @example
 * const options: TopSynergyOptions = { k: 2, contextWeights: { geography: 0.7, sectors: 0.3 } };
 * topSynergyPartners(partnership, options).every((t) => t.partners.length <= 2); // => true
 */
export interface TopSynergyOptions extends MetricsOptions {
  /** Number of partners per member. Default 10. */
  readonly k?: number;
}

/**
 * Default number of partners per member in {@link topSynergyPartners}.
 * @example
 * DEFAULT_TOP_K; // => 10
 */
export const DEFAULT_TOP_K = 10;

/** Row data the candidate scan reads. */
interface ScanBounds {
  readonly lg: Float64Array;
  readonly ls: Float64Array;
  readonly wg: number;
  readonly ws: number;
  readonly threshold: Float64Array;
}

/**
 * Collect into `out` the members j > i that may enter member i's or member j's heap: those that
 * share a country or a sector with i and whose context (an upper bound of synergy) is not certainly
 * below the lower of the two heap thresholds. Division-free; the 1e-9 margin covers rounding, so
 * no pair that could qualify is dropped. Returns the number of candidates.
 */
function scanRow(
  i: number,
  n: number,
  g: Float64Array,
  s: Float64Array,
  b: ScanBounds,
  out: Int32Array,
): number {
  const { lg, ls, wg, ws, threshold } = b;
  const lgi = lg[i]!;
  const lsi = ls[i]!;
  const ti = threshold[i]!;
  let count = 0;
  for (let j = i + 1; j < n; j++) {
    const mg = g[j]!;
    const ms = s[j]!;
    if (mg === 0 && ms === 0) continue; // no shared context: synergy 0
    const tj = threshold[j]!;
    // biome-ignore lint/complexity/useMathMinMax: hot loop; the plain comparison is faster than Math.min here
    const t = ti < tj ? ti : tj;
    if (t > 0) {
      const sg = lgi + lg[j]! - mg;
      const ss = lsi + ls[j]! - ms;
      // context = wg·mg/sg + ws·ms/ss; skip when certainly below t.
      if (sg > 0 && ss > 0 && (wg * mg * ss + ws * ms * sg) * (1 + 1e-9) < t * sg * ss) continue;
    }
    out[count++] = j;
  }
  return count;
}

/**
 * Per member the k best partners by synergy, for partnerships too large for full matrices: never
 * materialises N x N. Each member row is evaluated once with scratch accumulators over the
 * geography and sector inverted indexes (pairs i < j only; each pair is offered to both members'
 * bounded heaps). A pair whose context (an upper bound of its synergy) cannot reach the worse of
 * the two members' current k-th best is skipped with a division-free test; only the remaining
 * candidates get their expertise overlap (walking the partner's expertise row against the member's
 * spread over a dense array) and exact synergy. Time
 * O(sum over categories of postings² / 2 + N²/2), memory O(N·k + records).
 *
 * The result equals the top k of the full synergy matrix row (computeMetrics(...).synergy),
 * ties broken by member order; partners with synergy 0 (no shared context, or identical
 * expertise) are left out, so a member can have fewer than k partners.
 *
 * @param partnership - the normalised partnership
 * @param options - `k` (default {@link DEFAULT_TOP_K}) and the options of {@link computeMetrics}
 * @throws OptionsError for an invalid option (e.g. k not a whole number >= 1).
 * @throws PartnerSynergyError E_UNKNOWN_MEMBER / E_SCHEMA for records that do not fit the members.
 * @example
 * const top = topSynergyPartners(partnership, { k: 1 });
 * top[1]?.member; // => 'FTA'
 * top[1]?.partners;
 * // => ~[{ id: 'SSF', synergy: 0.5143, duplication: 0.0643, context: 0.5786, expertiseOverlap: 0.1111 }]
 */
export function topSynergyPartners(partnership: Partnership, options: TopSynergyOptions = {}): TopK {
  return topSynergyPartnersWith(partnership, options, 'auto');
}

/** Which scan top-k uses: the WebAssembly kernel when it applies ('auto'), or JavaScript only. */
export type TopKEngine = 'auto' | 'js';

/**
 * {@link topSynergyPartners} with the scan chosen explicitly (tests compare the two; both give
 * the same result).
 *
 * @example
 * topSynergyPartnersWith(partnership, { k: 2 }, 'js'); // => topSynergyPartners(partnership, { k: 2 })
 */
export function topSynergyPartnersWith(
  partnership: Partnership,
  options: TopSynergyOptions,
  engine: TopKEngine,
): TopK {
  const { k, prepared } = prepareTopK(partnership, options);
  return topKOfPrepared(prepared, k, engine);
}

/**
 * Check the options of {@link topSynergyPartners} and prepare the partnership.
 *
 * @example
 * const { k, prepared } = prepareTopK(partnership, { k: 3 });
 */
export function prepareTopK(
  partnership: Partnership,
  options: TopSynergyOptions,
): { readonly k: number; readonly prepared: PreparedPartnership } {
  const { k: kOption, ...metricsOptions } = options;
  const k = checkPositiveInteger('k', kOption, DEFAULT_TOP_K);
  const resolved = resolveMetricsOptions(metricsOptions);
  return { k, prepared: preparePartnership(partnership, resolved) };
}

/**
 * Speculative pruning bounds for a top-k run over the kernel (see speculativeBounds.ts), computed
 * with the run's scanner: none below {@link SPECULATION_MIN_MEMBERS} members.
 *
 * @example
 * boundsFor(prepared, 10, scanner); // => null for a small partnership
 */
export function boundsFor(prepared: PreparedPartnership, k: number, rows: ContextRows): Float32Array | null {
  return prepared.profiles.ids.length >= SPECULATION_MIN_MEMBERS
    ? speculativeBounds(prepared.combined, k, rows)
    : null;
}

/**
 * Top-k of a prepared partnership in this thread. `bounds`: speculative pruning bounds for the
 * kernel (default: {@link boundsFor}; any values give the same result, tests pass their own).
 *
 * @example
 * topKOfPrepared(prepareTopK(partnership, {}).prepared, 10, 'auto');
 */
export function topKOfPrepared(
  prepared: PreparedPartnership,
  k: number,
  engine: TopKEngine,
  bounds?: Float32Array | null,
): TopK {
  const { profiles, combined } = prepared;
  const ids = profiles.ids;
  const n = ids.length;
  const { geography: geo, sectors: sec, expertise: exp } = combined;
  const wg = combined.weights.geography;
  const ws = combined.weights.sectors;
  const scanner = engine === 'auto' ? rowScanner(combined, wg, ws, k) : null;
  if (scanner !== null) {
    const speculated = bounds === undefined ? boundsFor(prepared, k, scanner) : bounds;
    if (speculated !== null) scanner.bound.set(speculated);
    scanKernelRows(scanner, 0, 1);
    const heaps = TopHeaps.fromParts(scanner.heapParts(false));
    if (speculated !== null) repairSpeculated(heaps, speculated, combined, scanner);
    return heaps.toTopK(ids);
  }
  // The JavaScript scan: weights off any grid, or no WebAssembly here.
  const heaps = new TopHeaps(n, k);
  const threshold = heaps.threshold;
  const le = exp.l1;
  const lg = geo.l1;
  const ls = sec.l1;
  const probe = minProbe(exp);
  const g = new Float64Array(n);
  const s = new Float64Array(n);
  const candidates = new Int32Array(n);
  const scanBounds = { lg, ls, wg, ws, threshold };
  for (let i = 0; i < n; i++) {
    accumulateUpper(geo, i, g, null);
    accumulateUpper(sec, i, s, null);
    const count = scanRow(i, n, g, s, scanBounds, candidates);
    if (count > 0) {
      // Offer the candidates to the heaps of i and of each j.
      probe.load(i);
      const lgi = lg[i]!;
      const lsi = ls[i]!;
      const lei = le[i]!;
      for (let c = 0; c < count; c++) {
        const j = candidates[c]!;
        const ctx = contextOf(overlapOf(g[j]!, lgi, lg[j]!), overlapOf(s[j]!, lsi, ls[j]!), wg, ws);
        const ti = threshold[i]!;
        const tj = threshold[j]!;
        if (ctx < ti && ctx < tj) continue;
        const eo = overlapOf(probe.minWith(j), lei, le[j]!);
        const v = synergyOf(ctx, eo);
        if (!(v > 0)) continue;
        if (v >= ti) heaps.offer(i, j, v, ctx, eo);
        if (v >= tj) heaps.offer(j, i, v, ctx, eo);
      }
      probe.unload(i);
    }
    g.fill(0, i + 1);
    s.fill(0, i + 1);
  }
  return heaps.toTopK(ids);
}
