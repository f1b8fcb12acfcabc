import type { CombinedIndex, CombinedKind } from './combinedIndex.js';
import type { MetricsEngine } from './engine.js';
import { contextOf, duplicationOf, overlapOf, synergyOf } from './formulas.js';
import { mirrorUpper } from './mirror.js';
import { accumulateRow, accumulateUpper, type PairIndex, pairMin, rowSums } from './pairIndex.js';
import type { MatrixSource } from './SquareMatrix.js';

/**
 * Overlap of one pair in one dimension by merging the two rows (equal to the matrix value).
 *
 * @example
 * overlapAt(combined.expertise, 0, 1); // => 0.25
 */
export function overlapAt(index: PairIndex, i: number, j: number): number {
  const m = i === j ? index.l1[i]! : pairMin(index, i, j);
  return overlapOf(m, index.l1[i]!, index.l1[j]!);
}

/**
 * The combined values of one pair: context, expertise overlap, synergy and duplication. On the
 * diagonal synergy and duplication are 0 (a member has no synergy with itself) and context keeps
 * its formula value.
 *
 * @example
 * pairValues(combined, 0, 1); // => { context: 0.5, expertiseOverlap: 0.2, synergy: 0.4, duplication: 0.1 }
 */
export function pairValues(
  c: CombinedIndex,
  i: number,
  j: number,
): { context: number; expertiseOverlap: number; synergy: number; duplication: number } {
  const context = contextOf(
    overlapAt(c.geography, i, j),
    overlapAt(c.sectors, i, j),
    c.weights.geography,
    c.weights.sectors,
  );
  const expertiseOverlap = overlapAt(c.expertise, i, j);
  if (i === j) return { context, expertiseOverlap, synergy: 0, duplication: 0 };
  return {
    context,
    expertiseOverlap,
    synergy: synergyOf(context, expertiseOverlap),
    duplication: duplicationOf(context, expertiseOverlap),
  };
}

/** Scratch accumulators for evaluating member rows over the three dimensions (zero between rows). */
export interface RowScratch {
  readonly expertise: Float64Array;
  readonly geography: Float64Array;
  readonly sectors: Float64Array;
}

/**
 * Allocate row scratch space for n members (3 · 8n bytes).
 *
 * @example
 * const scratch = rowScratch(index.expertise.size);
 */
export function rowScratch(n: number): RowScratch {
  return { expertise: new Float64Array(n), geography: new Float64Array(n), sectors: new Float64Array(n) };
}

/**
 * Evaluate member i's row of context, synergy or duplication: out[offset + j] for j >= i
 * (`upper`) or for every j. One pass over the inverted indexes of i's categories, sums in
 * ascending category order, so the values equal those of {@link pairValues} exactly. Leaves the
 * scratch accumulators zero. Synergy and duplication are 0 on the diagonal.
 *
 * @example
 * evaluateRow(combined, 0, false, scratch, 'synergy', out, 0); out[1]; // => synergy(0, 1)
 */
export function evaluateRow(
  c: CombinedIndex,
  i: number,
  upper: boolean,
  scratch: RowScratch,
  kind: CombinedKind,
  out: Float64Array,
  offset: number,
): void {
  const { expertise: e, geography: g, sectors: s } = scratch;
  const step = upper ? accumulateUpper : accumulateRow;
  step(c.expertise, i, e, null);
  step(c.geography, i, g, null);
  step(c.sectors, i, s, null);
  const from = upper ? i : 0;
  writeRow(c, i, from, e, g, s, kind, out, offset);
  e.fill(0, from);
  g.fill(0, from);
  s.fill(0, from);
}

/**
 * Row i of context, synergy or duplication from i's pair sums in the three dimensions (e, g, s),
 * for j >= from, into out[offset + j]. The diagonal from the norms (the sum of min(x, x) is l1):
 * context its formula value, synergy and duplication 0.
 */
function writeRow(
  c: CombinedIndex,
  i: number,
  from: number,
  e: Float64Array,
  g: Float64Array,
  s: Float64Array,
  kind: CombinedKind,
  out: Float64Array,
  offset: number,
): void {
  const n = c.expertise.size;
  const le = c.expertise.l1;
  const lg = c.geography.l1;
  const ls = c.sectors.l1;
  const wg = c.weights.geography;
  const ws = c.weights.sectors;
  const lei = le[i]!;
  const lgi = lg[i]!;
  const lsi = ls[i]!;
  for (let j = from; j < n; j++) {
    const self = j === i;
    const mg = self ? lgi : g[j]!;
    const ms = self ? lsi : s[j]!;
    if (mg === 0 && ms === 0) {
      // No shared country or sector: both overlaps are 0, so context, synergy and duplication are 0.
      out[offset + j] = 0;
      continue;
    }
    const ctx = contextOf(overlapOf(mg, lgi, lg[j]!), overlapOf(ms, lsi, ls[j]!), wg, ws);
    const me = self ? lei : e[j]!;
    out[offset + j] =
      kind === 'context'
        ? ctx
        : kind === 'synergy'
          ? synergyOf(ctx, overlapOf(me, lei, le[j]!))
          : duplicationOf(ctx, overlapOf(me, lei, le[j]!));
  }
  if (kind !== 'context') out[offset + i] = 0;
}

/**
 * The matrix source of context, synergy or duplication over the three dimension indexes. `fill`
 * (the whole matrix) evaluates one upper-triangle row per member in plain TypeScript, unless an
 * `engine` takes the upper triangle over (it must give the same values).
 *
 * @example
 * new SquareMatrix(ids, combinedSource(combined, 'synergy', 10_000)).get(0, 1);
 */
export function combinedSource(
  c: CombinedIndex,
  kind: CombinedKind,
  maxSize: number,
  engine?: MetricsEngine,
): MatrixSource {
  const n = c.expertise.size;
  const cell = (i: number, j: number): number => {
    const v = pairValues(c, i, j);
    return kind === 'context' ? v.context : kind === 'synergy' ? v.synergy : v.duplication;
  };
  // The sums of the dimension rows (rowSums): the rows of context, synergy, duplication and the
  // dimension matrices of one member share one pass over each index.
  const row = (i: number, out: Float64Array): void =>
    writeRow(
      c,
      i,
      0,
      rowSums(c.expertise, i, false),
      rowSums(c.geography, i, false),
      rowSums(c.sectors, i, false),
      kind,
      out,
      0,
    );
  const fill = (out: Float64Array): void => {
    if (engine?.fillCombinedUpper(c, kind, out) === true) {
      // The diagonal: synergy and duplication 0, context its formula value (as evaluateRow).
      for (let i = 0; i < n; i++) out[i * n + i] = kind === 'context' ? pairValues(c, i, i).context : 0;
    } else {
      const scratch = rowScratch(n);
      for (let i = 0; i < n; i++) evaluateRow(c, i, true, scratch, kind, out, i * n);
    }
    mirrorUpper(out, n);
  };
  return { cell, row, fill, maxSize };
}
