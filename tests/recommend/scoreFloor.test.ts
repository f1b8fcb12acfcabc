import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { buildCountryViews } from '../../src/country/buildCountryViews.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { BUILTIN_CATALOGUE } from '../../src/recommend/catalogue.js';
import { KthLargest } from '../../src/recommend/kinds/util.js';
import { pairScoresFromMetrics } from '../../src/recommend/pairScoresFromMetrics.js';
import { type RecommendOptions, recommendRanked } from '../../src/recommend/recommend.js';
import type { RecommendationKindDefinition } from '../../src/recommend/types.js';
import type { Partnership } from '../../src/schema/records.js';
import { arbPartnership } from '../fixtures/recommend/arbitrary.js';
import { simplePairScores } from '../fixtures/recommend/pairScores.js';
import { labels } from '../fixtures/recommend/partnership.js';

// The built-in kinds skip candidates the score floor says cannot make the list; the same kinds
// never told the floor must give the same list and "more" list, byte for byte.
const blind: RecommendationKindDefinition[] = BUILTIN_CATALOGUE.map((k) => ({
  ...k,
  generate: ({ floor: _, ...ctx }) => k.generate(ctx),
}));

function both(p: Partnership, options: RecommendOptions<string>): [string, string] {
  const scores = simplePairScores(p);
  const views = buildCountryViews(p, scores, { labels });
  const run = (catalogue?: RecommendationKindDefinition[]) =>
    JSON.stringify(
      recommendRanked(p, scores, views, { labels, ...options, ...(catalogue ? { catalogue } : {}) }),
    );
  return [run(), run(blind)];
}

describe('score floor of the generate context', () => {
  it('KthLargest keeps the k-th largest number offered so far', () => {
    const kth = new KthLargest(3);
    expect(kth.value).toBe(Number.NEGATIVE_INFINITY);
    for (const x of [4, 8, 1, 8]) kth.offer(x);
    expect(kth.value).toBe(4);
    kth.offer(9);
    expect(kth.value).toBe(8);
    expect(new KthLargest(0).value).toBe(Number.NEGATIVE_INFINITY);
  });

  it('changes nothing on a synthetic partnership where most candidates cannot make the list', () => {
    const p = generatePartnership({ n: 120, themes: 40, countries: 30, sectors: 12, perMember: 8, seed: 3 });
    for (const options of [{}, { top: 5, more: 2 }, { top: 3, more: 0, minScore: 0 }, { minScore: 0.3 }]) {
      const [withFloor, without] = both(p, options);
      expect(withFloor).toBe(without);
    }
  });

  it('training offers: the gap bounds change nothing, with dense rows, other parameters and weights', () => {
    const p = generatePartnership({ n: 150, themes: 30, countries: 20, sectors: 10, perMember: 8, seed: 5 });
    const scores = pairScoresFromMetrics(computeMetrics(p));
    const views = buildCountryViews(p, scores, { labels });
    const cases: [Record<string, number>, number][] = [
      [{}, 1],
      [{ absentFactor: 1.5, weakLevel: 3 }, 1],
      [{ expertLevel: 2, weakLevel: 4, absentFactor: -0.5 }, 0.7],
      [{ maxOffersPerLearner: 1 }, 2],
    ];
    for (const [params, weight] of cases) {
      const run = (catalogue?: RecommendationKindDefinition[]) =>
        recommendRanked(p, scores, views, {
          labels,
          kinds: ['training-offer'],
          top: 5,
          more: 3,
          minScore: 0,
          overrides: { 'training-offer': { params, weight } },
          ...(catalogue ? { catalogue } : {}),
        });
      const fast = run();
      expect(fast.recommendations.length).toBeGreaterThan(0);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(run(blind)));
    }
  });

  it('changes nothing on any partnership, whatever top and more', () => {
    fc.assert(
      fc.property(
        arbPartnership,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(0, 0.15, 0.3, 0.5),
        (p, top, more, minScore) => {
          // minScore is part of the floor: a kind may skip what minScore drops anyway.
          const [withFloor, without] = both(p, { top, more, minScore });
          expect(withFloor).toBe(without);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('joint stakeholder mapping: the per-sector group score from ordinals changes nothing (groups above maxMembers too)', () => {
    // Few countries and sectors for many members: most (country, sector) groups are above
    // maxMembers, so the fast score of the strongest members is checked against the full path.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 2, max: 7 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(0, 0.3, 0.6),
        (seed, maxMembers, top, minScore) => {
          const p = generatePartnership({ n: 60, themes: 10, countries: 6, sectors: 5, perMember: 4, seed });
          const options = {
            kinds: ['joint-stakeholder-mapping'],
            top,
            more: 2,
            minScore,
            overrides: { 'joint-stakeholder-mapping': { params: { maxMembers } } },
          };
          const [withFloor, without] = both(p, options);
          expect(JSON.parse(withFloor).recommendations.length).toBeGreaterThan(0);
          expect(withFloor).toBe(without);
        },
      ),
      { numRuns: 40 },
    );
  });
});
