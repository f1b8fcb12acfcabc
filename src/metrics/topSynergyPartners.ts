import { checkOptionKeys } from '../optionKeys.js';
import type { Partnership } from '../schema/records.js';
import type { CombinedIndex } from './combinedIndex.js';
import type { MetricsEngine } from './engine.js';
import { contextOf, overlapOf, synergyOf } from './formulas.js';
import {
  checkPositiveInteger,
  METRICS_OPTION_KEYS,
  type MetricsOptions,
  resolveMetricsOptions,
} from './options.js';
import { accumulateUpper, minProbe } from './pairIndex.js';
import { type PreparedPartnership, preparePartnership } from './prepare.js';
import { TopHeaps } from './topHeaps.js';
import type { TopK } from './topKTypes.js';

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

/** Every option key of {@link TopSynergyOptions}. */
export const TOP_SYNERGY_OPTION_KEYS: readonly string[] = [...METRICS_OPTION_KEYS, 'k'];

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
 * expertise) are left out, so a member can have fewer than k partners. With the `engine` option
 * (e.g. `fastEngine` from `partner-synergy/fast`: a WebAssembly kernel, worth it from about 600
 * members, see docs/performance.md) the engine's scan runs instead, with the same result.
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
  checkOptionKeys(options, TOP_SYNERGY_OPTION_KEYS);
  const { k, prepared, engine } = prepareTopK(partnership, options);
  return topKOfPrepared(prepared, k, engine);
}

/**
 * Check the options of {@link topSynergyPartners} and prepare the partnership.
 *
 * @example
 * const { k, prepared } = prepareTopK(partnership, { k: 3 });
 * k; // => 3
 */
export function prepareTopK(
  partnership: Partnership,
  options: TopSynergyOptions,
): { readonly k: number; readonly prepared: PreparedPartnership; readonly engine?: MetricsEngine } {
  const { k: kOption, ...metricsOptions } = options;
  const k = checkPositiveInteger('k', kOption, DEFAULT_TOP_K);
  const resolved = resolveMetricsOptions(metricsOptions);
  const prepared = preparePartnership(partnership, resolved);
  return resolved.engine === undefined ? { k, prepared } : { k, prepared, engine: resolved.engine };
}

/**
 * Top-k of a prepared partnership: the engine's, when one is given and takes the job, else the
 * plain scan ({@link scanTopK}).
 *
 * @example
 * topKOfPrepared(prepareTopK(partnership, {}).prepared, 10); // => topSynergyPartners(partnership)
 */
export function topKOfPrepared(prepared: PreparedPartnership, k: number, engine?: MetricsEngine): TopK {
  const ids = prepared.profiles.ids;
  return engine?.topK(prepared.combined, ids, k) ?? scanTopK(prepared.combined, k).toTopK(ids);
}

/**
 * The plain top-k scan: for each member i, the geography and sector pair sums of the pairs
 * (i, j > i) from the inverted indexes, a division-free context test against the lower of the two
 * members' heap thresholds ({@link scanRow}), then for the candidates left the expertise overlap,
 * exact synergy and an offer to both members' heaps.
 *
 * @example
 * scanTopK(prepared.combined, 10).toTopK(prepared.profiles.ids); // => topSynergyPartners(partnership)
 */
export function scanTopK(combined: CombinedIndex, k: number): TopHeaps {
  const { geography: geo, sectors: sec, expertise: exp } = combined;
  const n = exp.size;
  const wg = combined.weights.geography;
  const ws = combined.weights.sectors;
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
  return heaps;
}
