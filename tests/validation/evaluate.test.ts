import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_ITEMS,
  precisionAtK,
  rankingMetrics,
  rankScores,
  resampleCurve,
  rocAuc,
  rocCurve,
  sortItems,
} from '../../bench/validation/evaluate.js';

const auc = (scores: number[], labels: number[], weights?: number[]) =>
  rocAuc(rankScores(scores), labels, weights);
const pAtK = (scores: number[], labels: number[], k: number, weights?: number[]) =>
  precisionAtK(rankScores(scores), labels, k, weights);

/** Mann-Whitney by brute force: every positive against every negative, ties one half. */
function bruteAuc(scores: readonly number[], labels: readonly number[]): number {
  let sum = 0;
  let n = 0;
  scores.forEach((sp, i) => {
    if (!labels[i]) return;
    scores.forEach((sn, j) => {
      if (labels[j]) return;
      n++;
      sum += sp > sn ? 1 : sp === sn ? 0.5 : 0;
    });
  });
  return n === 0 ? Number.NaN : sum / n;
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

/** Precision at k averaged over every order of the ties (the definition, computed the slow way). */
function brutePrecision(scores: readonly number[], labels: readonly number[], k: number): number {
  const perms = permutations(scores.length);
  let total = 0;
  for (const perm of perms) {
    const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || perm[a]! - perm[b]!);
    const top = order.slice(0, Math.min(k, scores.length));
    total += top.filter((i) => labels[i]).length / top.length;
  }
  return total / perms.length;
}

const small = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1 })), {
    minLength: 1,
    maxLength: 40,
  })
  .map((rows) => ({ scores: rows.map(([s]) => s / 4), labels: rows.map(([, l]) => l) }));

describe('ROC AUC', () => {
  it('matches hand-computed cases', () => {
    // positives 0.9 and 0.7 against negatives 0.8 and 0.6: 0.9 beats both, 0.7 beats 0.6 -> 3 of 4
    expect(auc([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0])).toBe(0.75);
    // ties count one half: (0.5 + 1 + 0 + 0.5) / 4
    expect(auc([1, 1, 0, 0], [1, 0, 1, 0])).toBe(0.5);
    // positive 0.5 ties two negatives (2 x 0.5), loses to 0.9; positive 0.1 loses to all: 1 / 6
    expect(auc([0.9, 0.5, 0.5, 0.5, 0.1], [0, 1, 0, 0, 1])).toBeCloseTo(1 / 6, 15);
    expect(auc([1, 2, 3], [0, 0, 1])).toBe(1);
    expect(auc([1, 2, 3], [1, 0, 0])).toBe(0);
  });

  it('is 0.5 for a constant score and NaN without positives or negatives', () => {
    expect(auc([3, 3, 3, 3], [1, 0, 0, 1])).toBe(0.5);
    expect(auc([1, 2], [1, 1])).toBeNaN();
    expect(auc([1, 2], [0, 0])).toBeNaN();
  });

  it('equals the brute-force Mann-Whitney statistic, ties included', () => {
    fc.assert(
      fc.property(small, ({ scores, labels }) => {
        const a = auc(scores, labels);
        const b = bruteAuc(scores, labels);
        return (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) < 1e-12;
      }),
    );
  });

  it('counts an item of weight w as w copies of it (weight 0 drops it)', () => {
    fc.assert(
      fc.property(
        small.chain((s) =>
          fc.record({
            s: fc.constant(s),
            w: fc.array(fc.integer({ min: 0, max: 3 }), {
              minLength: s.scores.length,
              maxLength: s.scores.length,
            }),
          }),
        ),
        ({ s, w }) => {
          const expandedScores = s.scores.flatMap((x, i) => Array(w[i]).fill(x));
          const expandedLabels = s.labels.flatMap((x, i) => Array(w[i]).fill(x));
          const a = auc(s.scores, s.labels, w);
          const b = expandedScores.length === 0 ? Number.NaN : bruteAuc(expandedScores, expandedLabels);
          return (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) < 1e-12;
        },
      ),
    );
  });

  it('refuses NaN scores', () => {
    expect(() => rankScores([1, Number.NaN])).toThrow(/NaN/);
  });
});

describe('precision at k', () => {
  it('matches hand-computed cases with a tie at the cut', () => {
    const scores = [0.9, 0.8, 0.8, 0.8, 0.1];
    const labels = [1, 1, 0, 0, 1];
    expect(pAtK(scores, labels, 1)).toBe(1);
    // the top item, then 1 of the 3 tied (1 positive among them): (1 + 1/3) / 2
    expect(pAtK(scores, labels, 2)).toBeCloseTo(2 / 3, 15);
    // the top item and the whole tie: (1 + 1) / 4
    expect(pAtK(scores, labels, 4)).toBe(0.5);
    // k beyond the items: all 5, 3 positives
    expect(pAtK(scores, labels, 10)).toBe(0.6);
  });

  it('equals the average over every order of the ties', () => {
    const tiny = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1 })), {
        minLength: 1,
        maxLength: 6,
      })
      .chain((rows) => fc.record({ rows: fc.constant(rows), k: fc.integer({ min: 1, max: 7 }) }));
    fc.assert(
      fc.property(tiny, ({ rows, k }) => {
        const scores = rows.map(([s]) => s);
        const labels = rows.map(([, l]) => l);
        return Math.abs(pAtK(scores, labels, k) - brutePrecision(scores, labels, k)) < 1e-12;
      }),
      { numRuns: 200 },
    );
  });

  it('weighs items by their multiplicity', () => {
    // weight 2 on the top negative: it takes two of the first three places
    expect(pAtK([3, 2, 1], [0, 1, 1], 3, [2, 1, 1])).toBeCloseTo(1 / 3, 15);
    expect(pAtK([3, 2, 1], [0, 1, 1], 1, [0, 1, 1])).toBe(1);
  });

  it('refuses a k that is not a whole number >= 1', () => {
    expect(() => pAtK([1], [1], 0)).toThrow(/whole number/);
    expect(() => pAtK([1], [1], 1.5)).toThrow(/whole number/);
  });
});

describe('variants and bootstrap weights', () => {
  it('a subset variant and its complement equal the metrics of the filtered items', () => {
    const gen = small.chain((s) =>
      fc.record({
        s: fc.constant(s),
        m: fc.array(fc.integer({ min: 0, max: 1 }), {
          minLength: s.scores.length,
          maxLength: s.scores.length,
        }),
      }),
    );
    fc.assert(
      fc.property(gen, ({ s, m }) => {
        const ks = [1, 3];
        const items = sortItems(rankScores(s.scores), s.labels, [
          ALL_ITEMS,
          { members: m, complement: false },
          { members: m, complement: true },
        ]);
        const got = rankingMetrics(items, null, ks);
        const filtered = (keep: (i: number) => boolean) => {
          const idx = s.scores.map((_, i) => i).filter(keep);
          const sc = idx.map((i) => s.scores[i]!);
          const lb = idx.map((i) => s.labels[i]!);
          if (idx.length === 0) return [Number.NaN, Number.NaN, Number.NaN];
          return [auc(sc, lb), pAtK(sc, lb, 1), pAtK(sc, lb, 3)];
        };
        const want = [
          ...filtered(() => true),
          ...filtered((i) => m[i] === 1),
          ...filtered((i) => m[i] !== 1),
        ];
        return want.every(
          (w, i) => (Number.isNaN(w) && Number.isNaN(got[i]!)) || Math.abs(w - got[i]!) < 1e-12,
        );
      }),
    );
  });

  it('weights given as organisation-count products equal the explicit weights', () => {
    const scores = [0.9, 0.5, 0.5, 0.2, 0.1, 0.7];
    const labels = [1, 0, 1, 0, 0, 1];
    const a = [0, 0, 1, 1, 2, 2];
    const b = [1, 2, 2, 3, 3, 3];
    const counts = Int32Array.of(2, 0, 1, 3);
    const ranking = rankScores(scores);
    const explicit = a.map((x, i) => counts[x]! * counts[b[i]!]!);
    const viaFactors = rankingMetrics(
      sortItems(ranking, labels),
      {
        a: Int32Array.from(ranking.order, (i) => a[i]!),
        b: Int32Array.from(ranking.order, (i) => b[i]!),
        f: counts,
      },
      [2],
    );
    expect(viaFactors[0]).toBeCloseTo(auc(scores, labels, explicit), 15);
    expect(viaFactors[1]).toBeCloseTo(pAtK(scores, labels, 2, explicit), 15);
  });
});

describe('ROC curve', () => {
  it('runs from (0, 0) to (1, 1) and its area (trapezoids) is the AUC', () => {
    fc.assert(
      fc.property(small, ({ scores, labels }) => {
        const positives = labels.filter(Boolean).length;
        fc.pre(positives > 0 && positives < labels.length);
        const c = rocCurve(rankScores(scores), labels);
        let area = 0;
        for (let i = 1; i < c.fpr.length; i++)
          area += ((c.fpr[i]! - c.fpr[i - 1]!) * (c.tpr[i]! + c.tpr[i - 1]!)) / 2;
        return (
          c.fpr[0] === 0 &&
          c.tpr[0] === 0 &&
          c.fpr.at(-1) === 1 &&
          c.tpr.at(-1) === 1 &&
          Math.abs(area - auc(scores, labels)) < 1e-12
        );
      }),
    );
  });

  it('resamples at evenly spaced rates, rising, exact on straight segments', () => {
    const c = rocCurve(rankScores([3, 2, 2, 1]), [1, 1, 0, 0]);
    const r = resampleCurve(c, 4);
    expect(r.fpr).toEqual([0, 0.25, 0.5, 0.75, 1]);
    // (0,0) -> (0,0.5) -> (0.5,1) [tie of a positive and a negative] -> (1,1)
    expect(r.tpr).toEqual([0.5, 0.75, 1, 1, 1]);
  });
});
