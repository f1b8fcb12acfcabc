import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { buildCountryViews } from '../../src/country/buildCountryViews.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { type PairMatrixLike, pairScoresFromMetrics } from '../../src/recommend/pairScoresFromMetrics.js';
import { type RecommendOptions, recommend } from '../../src/recommend/recommend.js';
import { simplePairScores } from '../fixtures/recommend/pairScores.js';
import { labels, partnership, sectorInfo } from '../fixtures/recommend/partnership.js';

/** A 2 x 2 matrix by id that throws for unknown ids, as a strict SquareMatrix would. */
function matrix(offDiagonal: number): PairMatrixLike {
  const ids = ['a', 'b'];
  return {
    get(i, j) {
      const x = typeof i === 'number' ? i : ids.indexOf(i);
      const y = typeof j === 'number' ? j : ids.indexOf(j);
      if (x < 0 || y < 0) throw new Error('unknown id');
      return x === y ? 1 : offDiagonal;
    },
  };
}

describe('pairScoresFromMetrics', () => {
  const scores = pairScoresFromMetrics({
    ids: ['a', 'b'],
    expertise: { overlap: matrix(0.1) },
    geography: { overlap: matrix(0.2) },
    sectors: { overlap: matrix(0.3) },
    synergy: matrix(0.4),
    duplication: matrix(0.5),
  });

  it('reads each matrix by member id', () => {
    expect([
      scores.expertiseOverlap('a', 'b'),
      scores.geographyOverlap('b', 'a'),
      scores.sectorOverlap('a', 'b'),
      scores.synergy('a', 'b'),
      scores.duplication('a', 'b'),
    ]).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('reads 0 for an id the matrices do not know instead of throwing', () => {
    expect(scores.synergy('a', 'ghost')).toBe(0);
  });
});

describe('pairScoresFromMetrics with the library metrics', () => {
  it('agrees with the independent test implementation on the hand-built partnership', () => {
    const real = pairScoresFromMetrics(computeMetrics(partnership));
    const reference = simplePairScores(partnership);
    const ids = partnership.members.map((m) => m.id);
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        for (const f of [
          'synergy',
          'duplication',
          'expertiseOverlap',
          'geographyOverlap',
          'sectorOverlap',
        ] as const) {
          expect(real[f](a, b), `${f}(${a}, ${b})`).toBeCloseTo(reference[f](a, b), 9);
        }
      }
    }
  });

  it('feeds country views and recommendations end to end', () => {
    const scores = pairScoresFromMetrics(computeMetrics(partnership));
    const views = buildCountryViews(partnership, scores, { labels });
    const recs = recommend(partnership, scores, views, { labels, sectorInfo });
    expect(recs[0]?.score).toBeGreaterThan(0);
    expect(recs.find((r) => r.kind === 'joint-lobby')?.members).toEqual(['flu', 'gjn', 'tri']);
  });
});

describe('pairScoresFromMetrics rows', () => {
  it('gives rows (synergy, duplication, geography and sector overlap) equal to the pair reads', () => {
    const metrics = computeMetrics(partnership);
    const scores = pairScoresFromMetrics(metrics);
    for (const a of metrics.ids) {
      const row = scores.rowOf!(a);
      for (const b of [...metrics.ids, 'nobody']) {
        expect([row.synergy(b), row.duplication(b), row.geographyOverlap!(b), row.sectorOverlap!(b)]).toEqual(
          [
            scores.synergy(a, b),
            scores.duplication(a, b),
            scores.geographyOverlap(a, b),
            scores.sectorOverlap(a, b),
          ],
        );
      }
    }
    expect(scores.rowOf!('nobody').synergy('a')).toBe(0);
  });

  it('gives the same recommendations with rows as with one read per pair', () => {
    const metrics = computeMetrics(partnership);
    const scores = pairScoresFromMetrics(metrics);
    const { rowOf: _, dense: _dense, ...perPair } = scores;
    const views = buildCountryViews(partnership, scores, { labels });
    const options = { labels, sectorInfo, top: 1000, topPerKind: 1000, minScore: 0 };
    expect(recommend(partnership, perPair, views, options)).toEqual(
      recommend(partnership, scores, views, options),
    );
  });

  it('gives the same training offers and joint programmes with rows as with one read per pair (80 members)', () => {
    const p = generatePartnership({ n: 80, themes: 30, countries: 8, sectors: 6, perMember: 8, seed: 7 });
    const scores = pairScoresFromMetrics(computeMetrics(p));
    const { rowOf: _, dense: _dense, ...perPair } = scores;
    const views = buildCountryViews(p, scores);
    const options: RecommendOptions = {
      kinds: ['training-offer', 'joint-programme'],
      top: 1000,
      topPerKind: 1000,
      minScore: 0,
    };
    const withRows = recommend(p, scores, views, options);
    expect(withRows.filter((r) => r.kind === 'training-offer').length).toBeGreaterThan(80);
    expect(recommend(p, perPair, views, options)).toEqual(withRows);
  });
});
