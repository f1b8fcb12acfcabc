/**
 * Dense pair-score rows (`PairScores.dense`): each member's synergy, duplication and overlap rows
 * computed once, clamped once and read by position by the country views and the recommendation
 * kinds. These tests compare them with the straightforward reads (one pair function call per
 * pair, clamped by safePairScores) and check that views and recommendations do not change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { buildCountryViews } from '../../src/country/buildCountryViews.js';
import { type DenseKind, denseRows, type PairScores, safePairScores } from '../../src/country/pairScores.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { pairScoresFromMetrics } from '../../src/recommend/pairScoresFromMetrics.js';
import { type RecommendOptions, recommend } from '../../src/recommend/recommend.js';
import type { Partnership } from '../../src/schema/records.js';
import { arbPartnership } from '../fixtures/recommend/arbitrary.js';

const KINDS: readonly DenseKind[] = ['synergy', 'duplication', 'geographyOverlap', 'sectorOverlap'];

/** The same scores with one function call per pair only (no dense rows, no rows). */
function perPairOnly(scores: PairScores): PairScores {
  const { rowOf: _rows, dense: _dense, ...perPair } = scores;
  return perPair;
}

/** The same scores with rows (`rowOf`) but without dense rows. */
function rowsOnly(scores: PairScores): PairScores {
  const { dense: _dense, ...rows } = scores;
  return rows;
}

/** Synthetic partnerships big enough for the row paths (more than 16 offers per learner, many pairs per country). */
const arbSynthetic: fc.Arbitrary<Partnership> = fc
  .record({
    n: fc.integer({ min: 2, max: 70 }),
    countries: fc.integer({ min: 1, max: 12 }),
    themes: fc.integer({ min: 3, max: 30 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map(({ n, countries, themes, seed }) =>
    generatePartnership({ n, countries, themes, sectors: 6, perMember: 6, seed }),
  );

describe('dense pair-score rows', () => {
  it('equal the clamped pair reads, 0 on the diagonal, on any partnership', () => {
    fc.assert(
      fc.property(fc.oneof(arbPartnership, arbSynthetic), (p) => {
        const metrics = computeMetrics(p);
        const safe = safePairScores(pairScoresFromMetrics(metrics));
        const plain = safePairScores(perPairOnly(pairScoresFromMetrics(metrics)));
        const dense = safe.dense!;
        expect(dense.ids).toEqual(metrics.ids);
        metrics.ids.forEach((a, i) => {
          expect(dense.positionOf(a)).toBe(i);
          for (const kind of KINDS) {
            const row = dense.row(kind, i);
            expect([...row]).toEqual(metrics.ids.map((b) => plain[kind](a, b)));
            // Read once, then shared.
            expect(dense.row(kind, i)).toBe(row);
          }
        });
        expect(dense.positionOf('nobody')).toBe(-1);
      }),
      { numRuns: 40 },
    );
  });

  it('give the same country views and recommendations as rows and as one read per pair', () => {
    const options: RecommendOptions = { top: 1000, topPerKind: 1000, minScore: 0 };
    fc.assert(
      fc.property(fc.oneof(arbPartnership, arbSynthetic), (p) => {
        const scores = pairScoresFromMetrics(computeMetrics(p));
        const views = buildCountryViews(p, scores);
        expect(buildCountryViews(p, rowsOnly(scores))).toEqual(views);
        expect(buildCountryViews(p, perPairOnly(scores))).toEqual(views);
        const recs = recommend(p, scores, views, options);
        expect(recommend(p, rowsOnly(scores), views, options)).toEqual(recs);
        expect(recommend(p, perPairOnly(scores), views, options)).toEqual(recs);
      }),
      { numRuns: 25 },
    );
  });

  it('keep rows only within their memory budget, and read the same values past it', () => {
    let reads = 0;
    const dense = denseRows(
      ['a', 'b', 'c'],
      (_kind, i, out) => {
        reads++;
        out.fill(0.25 * (i + 1));
      },
      2 * 3 * 8,
    );
    expect([...dense.row('synergy', 2)]).toEqual([0.75, 0.75, 0]);
    dense.row('synergy', 0);
    dense.row('synergy', 0);
    dense.row('synergy', 1);
    dense.row('synergy', 1);
    // Rows 2 and 0 are kept (two rows fit), row 1 is read every time.
    expect(reads).toBe(4);
    expect([...dense.row('synergy', 1)]).toEqual([0.5, 0, 0.5]);
  });

  it('are clamped by safePairScores when they come from elsewhere (NaN reads 0, the diagonal 0)', () => {
    const raw = [Number.NaN, 1.5, -0.2, 0.4];
    const foreign: PairScores = {
      synergy: () => 0,
      duplication: () => 0,
      expertiseOverlap: () => 0,
      geographyOverlap: () => 0,
      sectorOverlap: () => 0,
      dense: {
        ids: ['a', 'b', 'c', 'd'],
        positionOf: (id) => ['a', 'b', 'c', 'd'].indexOf(id),
        row: () => Float64Array.from(raw),
      },
    };
    expect([...safePairScores(foreign).dense!.row('synergy', 3)]).toEqual([0, 1, 0, 0]);
    expect(raw).toEqual([Number.NaN, 1.5, -0.2, 0.4]);
  });
});
