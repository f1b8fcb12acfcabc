import { contextOf, duplicationOf, overlapOf, synergyOf } from './formulas.js';
import { mirrorUpper } from './mirror.js';
import { accumulateRow, accumulateUpper, type PairIndex, pairSums } from './pairIndex.js';
import type { MatrixSource } from './SquareMatrix.js';

/** The pair indexes of the three dimensions plus the normalised context weights. */
export interface CombinedIndex {
  readonly expertise: PairIndex;
  readonly geography: PairIndex;
  readonly sectors: PairIndex;
  /** Context weights normalised over the dimensions present (see contextWeightsOf). */
  readonly weights: { readonly geography: number; readonly sectors: number };
}

/** Which combined value: context, synergy or duplication. */
export type CombinedKind = 'context' | 'synergy' | 'duplication';

function combine(kind: CombinedKind, context: number, expertiseOverlap: number): number {
  if (kind === 'context') return context;
  return kind === 'synergy' ? synergyOf(context, expertiseOverlap) : duplicationOf(context, expertiseOverlap);
}

function overlapAt(index: PairIndex, i: number, j: number): number {
  const m = i === j ? index.l1[i]! : pairSums(index, i, j).min;
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

/**
 * One member row of accumulated sums for the three dimensions: `upper` visits j > i only.
 * Scratch accumulators must be zero before the call for the visited members.
 */
function accumulate3(
  c: CombinedIndex,
  i: number,
  upper: boolean,
  e: Float64Array,
  g: Float64Array,
  s: Float64Array,
): void {
  const step = upper ? accumulateUpper : accumulateRow;
  step(c.expertise, i, e, null);
  step(c.geography, i, g, null);
  step(c.sectors, i, s, null);
}

function writeRow(
  c: CombinedIndex,
  kind: CombinedKind,
  i: number,
  from: number,
  e: Float64Array,
  g: Float64Array,
  s: Float64Array,
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
    const ctx = contextOf(overlapOf(g[j]!, lgi, lg[j]!), overlapOf(s[j]!, lsi, ls[j]!), wg, ws);
    out[offset + j] = j === i && kind !== 'context' ? 0 : combine(kind, ctx, overlapOf(e[j]!, lei, le[j]!));
    e[j] = 0;
    g[j] = 0;
    s[j] = 0;
  }
}

/**
 * The matrix source of context, synergy or duplication over the three dimension indexes.
 *
 * @example
 * new SquareMatrix(ids, combinedSource(combined, 'synergy', 10_000)).get(0, 1);
 */
export function combinedSource(c: CombinedIndex, kind: CombinedKind, maxSize: number): MatrixSource {
  const n = c.expertise.size;
  const cell = (i: number, j: number): number => {
    const v = pairValues(c, i, j);
    return kind === 'context' ? v.context : kind === 'synergy' ? v.synergy : v.duplication;
  };
  const row = (i: number, out: Float64Array): void => {
    const e = new Float64Array(n);
    const g = new Float64Array(n);
    const s = new Float64Array(n);
    accumulate3(c, i, false, e, g, s);
    writeRow(c, kind, i, 0, e, g, s, out, 0);
  };
  const fill = (out: Float64Array): void => {
    const e = new Float64Array(n);
    const g = new Float64Array(n);
    const s = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      accumulate3(c, i, true, e, g, s);
      // The diagonal from the row sums (sum of min(x, x) = l1), then the upper triangle.
      e[i] = c.expertise.l1[i]!;
      g[i] = c.geography.l1[i]!;
      s[i] = c.sectors.l1[i]!;
      writeRow(c, kind, i, i, e, g, s, out, i * n);
    }
    mirrorUpper(out, n);
  };
  return { cell, row, fill, maxSize };
}
