/**
 * Ranking metrics of a score against binary labels: ROC AUC, precision at k and the ROC curve.
 * Ties are handled as the expected value over a random order within each group of equal scores
 * (so a constant score has AUC 0.5 and precision at k equal to the base rate). Every function
 * takes optional non-negative weights per item: the multiplicity of the item in a bootstrap
 * resample (weight 0 drops it, weight 2 counts it twice).
 * @module
 */

/** Items sorted once by descending score, with the boundaries of the groups of equal scores. */
export interface Ranking {
  /** Item indices by descending score (equal scores in ascending index order). */
  readonly order: Int32Array;
  /** Exclusive end (a position in `order`) of each tie group, ascending; the last is order.length. */
  readonly groupEnds: Int32Array;
}

/**
 * Sort items by descending score and group equal scores.
 *
 * @throws Error when a score is NaN (a NaN has no place in a ranking).
 */
export function rankScores(scores: ArrayLike<number>): Ranking {
  const n = scores.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(scores[i])) throw new Error(`rankScores: score ${i} is NaN.`);
    order[i] = i;
  }
  order.sort((x, y) => scores[y]! - scores[x]! || x - y);
  const ends: number[] = [];
  for (let p = 1; p <= n; p++) {
    if (p === n || scores[order[p]!] !== scores[order[p - 1]!]) ends.push(p);
  }
  return { order, groupEnds: Int32Array.from(ends) };
}

/**
 * A subset of the items evaluated as its own variant: the items marked 1 in `members`, or (with
 * `complement`) every item not marked. Small subsets and complements of small subsets are cheap:
 * each evaluation scans all items once, plus the marked items once per variant.
 */
export interface VariantSpec {
  readonly members: ArrayLike<number>;
  readonly complement: boolean;
}

/** Every item: the variant of all items. */
export const ALL_ITEMS: VariantSpec = Object.freeze({ members: [], complement: true });

/** A ranking laid out for repeated evaluation (positions are places in the ranking order). */
export interface SortedItems {
  /** Tie-group ends, as in {@link Ranking}. */
  readonly groupEnds: Int32Array;
  /** Tie group of each position. */
  readonly groupOf: Int32Array;
  /** Positions of the positive items, ascending. */
  readonly positives: Int32Array;
  /** Per variant: the marked positions and the positive ones among them (ascending), and whether the variant is their complement. */
  readonly variants: readonly {
    readonly positions: Int32Array;
    readonly positives: Int32Array;
    readonly complement: boolean;
  }[];
}

/** Lay out a ranking, its labels and its variants (default: one variant of all items) for evaluation. */
export function sortItems(
  ranking: Ranking,
  labels: ArrayLike<number>,
  variants: readonly VariantSpec[] = [ALL_ITEMS],
): SortedItems {
  const { order, groupEnds } = ranking;
  const groupOf = new Int32Array(order.length);
  for (let g = 0, p = 0; g < groupEnds.length; g++) for (; p < groupEnds[g]!; p++) groupOf[p] = g;
  const marked = (members: ArrayLike<number>): Int32Array => {
    const out: number[] = [];
    if (members.length > 0) for (let p = 0; p < order.length; p++) if (members[order[p]!]) out.push(p);
    return Int32Array.from(out);
  };
  const positives = marked(labels);
  return {
    groupEnds,
    groupOf,
    positives,
    variants: variants.map((v) => {
      const positions = marked(v.members);
      const set = new Set(positions);
      return { positions, positives: positives.filter((p) => set.has(p)), complement: v.complement };
    }),
  };
}

/**
 * Item weights as products of two factors, the form of organisation-bootstrap weights:
 * weight(position p) = f[a[p]] * f[b[p]].
 */
export interface WeightFactors {
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly f: ArrayLike<number>;
}

/** Precision at each k from a variant's group weights (expected value at the cut). */
function precisionFromGroups(
  total: Float64Array,
  pos: Float64Array,
  ks: readonly number[],
  out: Float64Array,
  base: number,
): void {
  let cumW = 0;
  let cumP = 0;
  let q = 0;
  for (let g = 0; g < total.length && q < ks.length; g++) {
    const gw = total[g]!;
    if (gw <= 0) continue;
    while (q < ks.length && cumW + gw >= ks[q]!) {
      out[base + 1 + q] = (cumP + ((ks[q]! - cumW) / gw) * pos[g]!) / ks[q]!;
      q++;
    }
    cumW += gw;
    cumP += pos[g]!;
  }
  for (; q < ks.length; q++) out[base + 1 + q] = cumW > 0 ? cumP / cumW : Number.NaN;
}

/** AUC from a variant's group weights, best group first: P(positive above negative), ties one half. */
function aucFromGroups(total: Float64Array, pos: Float64Array): number {
  let totPos = 0;
  let totNeg = 0;
  for (let g = 0; g < total.length; g++) {
    totPos += pos[g]!;
    totNeg += total[g]! - pos[g]!;
  }
  if (!(totPos > 0 && totNeg > 0)) return Number.NaN;
  let negAbove = 0;
  let sum = 0;
  for (let g = 0; g < total.length; g++) {
    const gp = pos[g]!;
    const gn = total[g]! - gp;
    sum += gp * (totNeg - negAbove - gn) + 0.5 * gp * gn;
    negAbove += gn;
  }
  return sum / (totPos * totNeg);
}

/** Add the weights of the given positions into per-group sums (cleared first). */
function groupSums(
  positions: Int32Array,
  groupOf: Int32Array,
  weight: (p: number) => number,
  into: Float64Array,
): Float64Array {
  into.fill(0);
  for (let i = 0; i < positions.length; i++) into[groupOf[positions[i]!]!]! += weight(positions[i]!);
  return into;
}

/**
 * ROC AUC and precision at each k of every variant of a laid-out ranking. `weights` (null: every
 * item weighs 1) are the items' multiplicities as products of factors. Returns, per variant v,
 * `[auc, p@k1, p@k2, ...]` at offset v * (1 + ks.length). Ties count one half in the AUC and
 * proportionally at the cut of precision at k (the expectation over a random order inside the
 * tie group). AUC is NaN without a positive or a negative; precision at k uses the total weight
 * when the items weigh less than k, and is NaN when they weigh nothing.
 *
 * Cost: one pass over all items (none without weights) plus one over each variant's marked items.
 *
 * @throws Error when a k is not a whole number >= 1.
 */
export function rankingMetrics(
  items: SortedItems,
  weights: WeightFactors | null,
  ks: readonly number[],
): Float64Array {
  for (const k of ks) {
    if (!Number.isInteger(k) || k < 1)
      throw new Error(`precision at k: k must be a whole number >= 1, got ${k}.`);
  }
  const { groupEnds, groupOf, positives, variants } = items;
  const nGroups = groupEnds.length;
  const weight =
    weights === null ? () => 1 : (p: number) => weights.f[weights.a[p]!]! * weights.f[weights.b[p]!]!;
  // Weight of every tie group (all items): the hot loop of the bootstrap.
  const groupTotal = new Float64Array(nGroups);
  if (weights === null) {
    for (let g = 0, start = 0; g < nGroups; start = groupEnds[g]!, g++) groupTotal[g] = groupEnds[g]! - start;
  } else {
    const { a, b, f } = weights;
    for (let g = 0, p = 0; g < nGroups; g++) {
      let sum = 0;
      for (const end = groupEnds[g]!; p < end; p++) sum += f[a[p]!]! * f[b[p]!]!;
      groupTotal[g] = sum;
    }
  }
  const groupPos = groupSums(positives, groupOf, weight, new Float64Array(nGroups));
  const stride = 1 + ks.length;
  const out = new Float64Array(variants.length * stride);
  const total = new Float64Array(nGroups);
  const pos = new Float64Array(nGroups);
  const marked = new Float64Array(nGroups);
  const markedPos = new Float64Array(nGroups);
  variants.forEach((variant, v) => {
    groupSums(variant.positions, groupOf, weight, marked);
    groupSums(variant.positives, groupOf, weight, markedPos);
    for (let g = 0; g < nGroups; g++) {
      total[g] = variant.complement ? groupTotal[g]! - marked[g]! : marked[g]!;
      pos[g] = variant.complement ? groupPos[g]! - markedPos[g]! : markedPos[g]!;
    }
    out[v * stride] = aucFromGroups(total, pos);
    precisionFromGroups(total, pos, ks, out, v * stride);
  });
  return out;
}

/** Weights as factors: weight(position p) = weights[order[p]] * 1. */
function asFactors(ranking: Ranking, weights: ArrayLike<number> | undefined): WeightFactors | null {
  if (weights === undefined) return null;
  const n = ranking.order.length;
  const f = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) f[i] = weights[i]!;
  f[n] = 1;
  return { a: ranking.order, b: new Int32Array(n).fill(n), f };
}

/**
 * Area under the ROC curve: the probability that a random positive scores above a random negative,
 * ties counting one half (the Mann-Whitney U statistic divided by P·N). With weights, an item of
 * weight w counts w times. NaN when there is no positive or no negative (of positive weight).
 */
export function rocAuc(ranking: Ranking, labels: ArrayLike<number>, weights?: ArrayLike<number>): number {
  return rankingMetrics(sortItems(ranking, labels), asFactors(ranking, weights), [])[0]!;
}

/**
 * Precision at k: the share of positives among the k top-scored items, in expectation over a
 * random order inside the tie group that straddles the cut. With weights, an item of weight w
 * takes w of the k places (partly, at the cut). When the items weigh less than k in all, k is
 * their total weight. NaN when there are no items (of positive weight).
 *
 * @throws Error when k is not a whole number >= 1.
 */
export function precisionAtK(
  ranking: Ranking,
  labels: ArrayLike<number>,
  k: number,
  weights?: ArrayLike<number>,
): number {
  return rankingMetrics(sortItems(ranking, labels), asFactors(ranking, weights), [k])[1]!;
}

/** Points of an ROC curve: false-positive rate and true-positive rate, from (0, 0) to (1, 1). */
export interface RocCurve {
  readonly fpr: readonly number[];
  readonly tpr: readonly number[];
}

/**
 * The ROC curve (unweighted), one vertex per tie group (a tie group is the straight segment that
 * a random order inside it gives in expectation), starting at (0, 0).
 */
export function rocCurve(ranking: Ranking, labels: ArrayLike<number>): RocCurve {
  const { order, groupEnds } = ranking;
  let totalPos = 0;
  for (let i = 0; i < order.length; i++) if (labels[i]) totalPos++;
  const totalNeg = order.length - totalPos;
  const fpr = [0];
  const tpr = [0];
  let tp = 0;
  let fp = 0;
  let start = 0;
  for (let g = 0; g < groupEnds.length; g++) {
    const end = groupEnds[g]!;
    for (let p = start; p < end; p++) {
      if (labels[order[p]!]) tp++;
      else fp++;
    }
    fpr.push(totalNeg > 0 ? fp / totalNeg : 0);
    tpr.push(totalPos > 0 ? tp / totalPos : 0);
    start = end;
  }
  return { fpr, tpr };
}

/**
 * The curve's true-positive rate at evenly spaced false-positive rates 0, 1/steps, ..., 1, by
 * linear interpolation along its segments (exact for tie groups, which are straight segments).
 * Where the curve rises vertically at a rate, the highest point is taken. For plots of a fixed
 * size whatever the number of items.
 */
export function resampleCurve(curve: RocCurve, steps: number): RocCurve {
  const fpr: number[] = [];
  const tpr: number[] = [];
  let s = 0;
  for (let t = 0; t <= steps; t++) {
    const x = t / steps;
    // Last vertex with fpr <= x.
    while (s + 1 < curve.fpr.length && curve.fpr[s + 1]! <= x) s++;
    const x0 = curve.fpr[s]!;
    const y0 = curve.tpr[s]!;
    let y = y0;
    if (s + 1 < curve.fpr.length && x > x0) {
      const x1 = curve.fpr[s + 1]!;
      const y1 = curve.tpr[s + 1]!;
      y = y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    }
    fpr.push(x);
    tpr.push(y);
  }
  return { fpr, tpr };
}
