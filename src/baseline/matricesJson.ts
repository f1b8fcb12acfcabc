/**
 * The `matrices` block of baseline.json: full N x N matrices for partnerships people read as a
 * grid, each member's top partners (plus a small full `focus` block) for large ones.
 * @module
 */
import { OptionsError } from '../errors.js';
import type { PartnershipMetrics } from '../metrics/computeMetrics.js';
import { roundDecimals, type SquareMatrix } from '../metrics/SquareMatrix.js';
import type { BaselineJson } from '../schema/baseline.js';
import { focusMembers } from './focusMembers.js';

/**
 * How baseline.json holds the matrices: `'full'` every N x N matrix; `'top'` each member's top
 * partners per matrix (and the full matrices among the heatmaps' members); `'auto'` full up to
 * {@link FULL_MATRICES_MAX_MEMBERS} members, top above.
 * @example
 * const mode: MatricesMode = 'top';
 * 'valuesTop' in toBaselineJson(baseline, { matrices: mode }).matrices.synergy; // => true
 */
export type MatricesMode = 'auto' | 'full' | 'top';

/**
 * Largest partnership whose matrices `'auto'` writes in full: 200 members make eight matrices of
 * 40,000 cells, about 9 MB of baseline.json; 800 members would make 150 MB.
 * @example
 * FULL_MATRICES_MAX_MEMBERS; // => 200
 */
export const FULL_MATRICES_MAX_MEMBERS = 200;

/**
 * Partners listed per member and matrix in the top shape (option `matricesTop`).
 * @example
 * DEFAULT_MATRICES_TOP; // => 10
 */
export const DEFAULT_MATRICES_TOP = 10;

/** Largest `matricesTop` accepted. */
const MAX_MATRICES_TOP = 10_000;

/**
 * Check the `matrices` and `matricesTop` options and decide the shape for `n` members.
 *
 * @throws OptionsError for an unknown mode or a `matricesTop` that is not a whole number from 1 to 10,000.
 * @example
 * resolveMatricesShape(12, 'auto', undefined); // => { shape: 'full', k: 10 }
 * resolveMatricesShape(800, 'auto', 5); // => { shape: 'top', k: 5 }
 */
export function resolveMatricesShape(
  n: number,
  mode: MatricesMode | undefined,
  top: number | undefined,
): { shape: 'full' | 'top'; k: number } {
  const m = mode ?? 'auto';
  if (m !== 'auto' && m !== 'full' && m !== 'top') {
    throw new OptionsError('matrices', `Option matrices must be 'auto', 'full' or 'top', got ${String(m)}.`);
  }
  const k = top ?? DEFAULT_MATRICES_TOP;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > MAX_MATRICES_TOP) {
    throw new OptionsError(
      'matricesTop',
      `Option matricesTop must be a whole number from 1 to ${MAX_MATRICES_TOP}, got ${String(k)}.`,
    );
  }
  const shape = m === 'auto' ? (n > FULL_MATRICES_MAX_MEMBERS ? 'top' : 'full') : m;
  return { shape, k };
}

/** One matrix's top rows: partner indices and rounded values, best first. */
interface TopRows {
  readonly js: Int32Array[];
  readonly values: number[][];
}

/**
 * Each member's k strongest partners (value > 0 after rounding, ties to the earlier column) in
 * each of `matrices`, member by member, one row at a time into one array (no N x N array): the
 * matrices over the same dimension indexes then share a member's pass over them (see rowSums).
 * Cost O(N² + N k) per matrix.
 */
function topRowsOf(matrices: readonly SquareMatrix[], k: number, decimals: number): TopRows[] {
  const n = matrices[0]?.size ?? 0;
  const out = matrices.map(() => ({ js: [] as Int32Array[], values: [] as number[][] }));
  const bestJ = new Int32Array(k);
  const bestV = new Float64Array(k);
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let which = 0; which < matrices.length; which++) {
      const count = topOfRow(matrices[which]!.row(i, row), i, k, decimals, bestJ, bestV);
      out[which]!.js.push(bestJ.slice(0, count));
      out[which]!.values.push(Array.from(bestV.subarray(0, count)));
    }
  }
  return out;
}

/** The k best (j, value) of row i into bestJ/bestV, strongest first; returns how many. */
function topOfRow(
  row: Float64Array,
  i: number,
  k: number,
  decimals: number,
  bestJ: Int32Array,
  bestV: Float64Array,
): number {
  let count = 0;
  for (let j = 0; j < row.length; j++) {
    if (j === i) continue;
    const raw = row[j]!;
    // Rounding is monotonic and keeps rounded values: a raw value at or below 0 or the k-th
    // best rounds to one the checks below skip, so it is skipped before rounding.
    if (!(raw > 0) || (count === k && raw <= bestV[k - 1]!)) continue;
    const v = roundDecimals(raw, decimals);
    if (!(v > 0)) continue;
    if (count === k && v <= bestV[k - 1]!) continue; // ties keep the earlier column
    let at = count < k ? count++ : k - 1;
    while (at > 0 && bestV[at - 1]! < v) {
      bestV[at] = bestV[at - 1]!;
      bestJ[at] = bestJ[at - 1]!;
      at--;
    }
    bestV[at] = v;
    bestJ[at] = j;
  }
  return count;
}

function topJson(rows: TopRows, ids: readonly string[], k: number) {
  return { k, partners: rows.js.map((r) => Array.from(r, (j) => ids[j]!)), values: rows.values };
}

/** The values of `m` for the pairs of top rows (row i: member i with each partner listed). */
function valuesOfListed(m: SquareMatrix, rows: TopRows, decimals: number): number[][] {
  return rows.js.map((js, i) => Array.from(js, (j) => roundDecimals(m.get(i, j), decimals)));
}

function focusValues(m: SquareMatrix, focus: readonly number[], decimals: number): number[][] {
  return focus.map((i) => focus.map((j) => roundDecimals(m.get(i, j), decimals)));
}

type Names = 'expertise' | 'geography' | 'sectors';
const DIMENSIONS: readonly Names[] = ['expertise', 'geography', 'sectors'];

function fullMatrices(m: PartnershipMetrics, decimals: number): BaselineJson['matrices'] {
  const dim = (d: Names) => ({
    ids: [...m.ids],
    overlap: m[d].overlap.toArray(decimals),
    complementarity: m[d].complementarity.toArray(decimals),
  });
  return {
    expertise: dim('expertise'),
    geography: dim('geography'),
    sectors: dim('sectors'),
    synergy: { ids: [...m.ids], values: m.synergy.toArray(decimals) },
    duplication: { ids: [...m.ids], values: m.duplication.toArray(decimals) },
  };
}

function topMatrices(
  m: PartnershipMetrics,
  recommendations: readonly { readonly members: readonly string[] }[],
  k: number,
  decimals: number,
): BaselineJson['matrices'] {
  const { ids } = m;
  // One pass over the members for all eight matrices: a member's rows share its pair sums.
  const [synergy, duplication, ...dims] = topRowsOf(
    [m.synergy, m.duplication, ...DIMENSIONS.flatMap((d) => [m[d].overlap, m[d].complementarity])],
    k,
    decimals,
  ) as [TopRows, TopRows, ...TopRows[]];
  const focus = focusMembers({
    ids,
    recommendations,
    partners: (i, count) => {
      const js = synergy.js[i]!;
      const out: { j: number; value: number }[] = [];
      for (let p = 0; p < js.length && p < count; p++) out.push({ j: js[p]!, value: synergy.values[i]![p]! });
      return out;
    },
  });
  const focusIds = focus.map((i) => ids[i]!);
  const dim = (d: Names, at: number) => {
    const overlap = dims[2 * at]!;
    const complementarity = dims[2 * at + 1]!;
    return {
      ids: [...ids],
      overlapTop: topJson(overlap, ids, k),
      complementarityTop: topJson(complementarity, ids, k),
      focus: {
        ids: focusIds,
        overlap: focusValues(m[d].overlap, focus, decimals),
        complementarity: focusValues(m[d].complementarity, focus, decimals),
      },
    };
  };
  const [expertise, geography, sectors] = DIMENSIONS.map((d, at) => dim(d, at)) as [
    ReturnType<typeof dim>,
    ReturnType<typeof dim>,
    ReturnType<typeof dim>,
  ];
  return {
    expertise,
    geography,
    sectors,
    synergy: {
      ids: [...ids],
      valuesTop: {
        ...topJson(synergy, ids, k),
        expertiseOverlap: valuesOfListed(m.expertise.overlap, synergy, decimals),
      },
      focus: { ids: focusIds, values: focusValues(m.synergy, focus, decimals) },
    },
    duplication: {
      ids: [...ids],
      valuesTop: {
        ...topJson(duplication, ids, k),
        expertiseOverlap: valuesOfListed(m.expertise.overlap, duplication, decimals),
      },
      focus: { ids: focusIds, values: focusValues(m.duplication, focus, decimals) },
    },
  };
}

/**
 * The `matrices` block of baseline.json in the given shape. Values are rounded to `decimals`
 * first, so the top shape lists exactly what reading the full shape's rows would give (ties in
 * member order). The focus block holds the members {@link focusMembers} chooses (in member order).
 *
 * @param m - the metrics of a baseline
 * @param recommendations - the baseline's recommendations, in rank order (they choose the focus)
 * @param shape - 'full' or 'top' (see {@link resolveMatricesShape})
 * @param k - partners per member in the top shape
 * @param decimals - decimals kept
 * @example
 * const top = matricesJson(baseline.metrics, baseline.recommendations, 'top', 3, 4);
 * 'valuesTop' in top.synergy && top.synergy.valuesTop.partners[0]?.length; // => 3
 */
export function matricesJson(
  m: PartnershipMetrics,
  recommendations: readonly { readonly members: readonly string[] }[],
  shape: 'full' | 'top',
  k: number,
  decimals: number,
): BaselineJson['matrices'] {
  return shape === 'full' ? fullMatrices(m, decimals) : topMatrices(m, recommendations, k, decimals);
}
