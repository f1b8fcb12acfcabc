import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCountryViews, roundTo } from '../../src/country/buildCountryViews.js';
import type { PairScores } from '../../src/country/pairScores.js';
import { themeLevelsFromRecords } from '../../src/country/themeLevels.js';
import { OptionsError } from '../../src/errors.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { pairScoresFromMetrics } from '../../src/recommend/pairScoresFromMetrics.js';
import { CountryViewSchema } from '../../src/schema/baseline.js';
import type { Partnership } from '../../src/schema/records.js';
import { arbPartnership, arbShuffled } from '../fixtures/recommend/arbitrary.js';
import { simplePairScores } from '../fixtures/recommend/pairScores.js';
import { labels, partnership } from '../fixtures/recommend/partnership.js';

const scores = simplePairScores(partnership);
const empty: Partnership = { members: [], expertise: [], geography: [], sectors: [], companies: [] };

describe('buildCountryViews on the hand-built partnership', () => {
  const views = buildCountryViews(partnership, scores, { labels });

  it('has one view per country where a member is present, keys sorted, names from labels', () => {
    expect(Object.keys(views)).toEqual(['BD', 'IN', 'KE']);
    expect(views.KE?.name).toBe('Kenya');
    for (const view of Object.values(views)) expect(CountryViewSchema.parse(view)).toEqual(view);
  });

  it('lists own offices first, then local partners, programmes, networks', () => {
    expect(views.BD?.members).toEqual([
      { id: 'flu', presence: 'office', partners: ['Karmojibi Nari (KN)', 'BGWUC'] },
      { id: 'gjn', presence: 'local_partner', partners: ['karmojibi-nari'] },
      { id: 'tri', presence: 'programme', partners: ['Karmojibi Nari'] },
    ]);
    // cra is listed after flu in the members file, but has the office in India.
    expect(views.IN?.members.map((m) => `${m.id}:${m.presence}`)).toEqual([
      'cra:office',
      'flu:programme',
      'tri:network',
    ]);
  });

  it('reports theme coverage, every member with its level, duplicated themes, and no gap without declared focus', () => {
    expect(views.BD?.themes.slice(0, 3)).toEqual([
      {
        theme: 'freedom-of-association',
        maxLevel: 5,
        members: ['flu'],
        evidence: 'rated',
        observed: [],
        count: 1,
      },
      { theme: 'gbv', maxLevel: 5, members: ['gjn'], evidence: 'rated', observed: [], count: 2 },
      // tri (4) and gjn (2) are counted, not hidden behind the strongest.
      { theme: 'living-wage', maxLevel: 5, members: ['flu'], evidence: 'rated', observed: [], count: 3 },
    ]);
    // Every member's level is derived from the records (baseline.json version 4 leaves `rated` out).
    const levels = themeLevelsFromRecords({
      members: partnership.members.map((m) => ({ ...m, scope: null })),
      records: { ...partnership, companies: [] },
      countries: views,
    });
    expect(levels('BD', null, 'gbv')).toEqual([
      { id: 'gjn', level: 5 },
      { id: 'flu', level: 1 },
    ]);
    expect(levels('BD', null, 'living-wage')).toEqual([
      { id: 'flu', level: 5 },
      { id: 'tri', level: 4 },
      { id: 'gjn', level: 2 },
    ]);
    expect(levels('BD', null, 'no-such-theme')).toEqual([]);
    expect(levels('XX', null, 'gbv')).toBeUndefined();
    // flu (5) and tri (4) both work on living wage in Bangladesh.
    expect(views.BD?.duplicated).toEqual(['living-wage']);
    // Nobody declared focus themes, so nothing is called missing.
    expect(views.BD?.focus).toEqual([]);
    expect(views.BD?.missing).toEqual([]);
    expect(views.BD?.levels).toEqual({ coverage: 3, duplication: 4 });
  });

  it('does not count members present with contacts only (network) as coverage', () => {
    // tri is in India with contacts only: listed as present, not among the themes.
    expect(views.IN?.members.find((m) => m.id === 'tri')?.presence).toBe('network');
    expect(views.IN?.themes.flatMap((t) => [...t.members, ...(t.observed ?? [])])).not.toContain('tri');
  });

  it('finds the shared local partner under its three spellings', () => {
    expect(views.BD?.sharedPartners).toEqual([
      {
        partner: 'Karmojibi Nari',
        variants: ['Karmojibi Nari', 'Karmojibi Nari (KN)', 'karmojibi-nari'],
        members: ['flu', 'gjn', 'tri'],
      },
    ]);
    expect(views.IN?.sharedPartners).toEqual([]);
  });

  it('lists sector networks present and pairs sorted by synergy', () => {
    // No sectors row says where: the sectors of the members present, none linked.
    expect(views.BD?.sectors).toEqual([
      { sector: 'garment-textiles', members: ['flu', 'gjn', 'tri'], linked: [] },
    ]);
    expect(views.KE?.sectors).toEqual([
      { sector: 'food-products', members: ['cra'], linked: [] },
      { sector: 'garment-textiles', members: ['gjn'], linked: [] },
    ]);
    expect(views.BD?.pairsTotal).toBe(3);
    const pairs = views.BD?.pairs ?? [];
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['gjn-tri', 'flu-tri', 'flu-gjn']);
    // flu-gjn by hand: geography overlap min(1,.75)/(1+.5+1) = .3, sector overlap .8/1 = .8,
    // context .55; expertise overlap (.4 + .2)/(1 + 1 + .8 + 1 + 1) = .125;
    // synergy .55 * .875 = .48125, duplication .55 * .125 = .06875.
    expect(pairs[2]).toEqual({ a: 'flu', b: 'gjn', synergy: 0.48125, duplication: 0.06875 });
  });

  it('caps the pairs per country with maxPairs, best first, counts them all, and rejects a bad cap', () => {
    const v = buildCountryViews(partnership, scores, { maxPairs: 1 });
    expect(v.BD?.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['gjn-tri']);
    expect(v.BD?.pairsTotal).toBe(3);
    expect(() => buildCountryViews(partnership, scores, { maxPairs: -1 })).toThrow(OptionsError);
  });

  it('accepts explicit focus themes', () => {
    const v = buildCountryViews(partnership, scores, { focusThemes: ['land-rights', 'gbv', 'gbv'] });
    expect(v.BD?.missing).toEqual(['land-rights']);
    expect(v.IN?.missing).toEqual(['gbv', 'land-rights']);
  });

  it('falls back to the country code without labels', () => {
    expect(buildCountryViews(partnership, scores).BD?.name).toBe('BD');
  });
});

describe('buildCountryViews edge cases', () => {
  it('returns {} for an empty partnership and for members without records', () => {
    expect(buildCountryViews(empty, scores)).toEqual({});
    const idle = { ...empty, members: partnership.members.slice(4) };
    expect(buildCountryViews(idle, scores)).toEqual({});
  });

  it('reads NaN and out-of-range pair scores as 0 and 1, never NaN', () => {
    const bad: PairScores = {
      synergy: () => Number.NaN,
      duplication: () => 7,
      expertiseOverlap: () => 0,
      geographyOverlap: () => 0,
      sectorOverlap: () => 0,
    };
    const pairs = buildCountryViews(partnership, bad).BD?.pairs ?? [];
    expect(pairs.map((p) => [p.synergy, p.duplication])).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it('merges several records of one member in one country (strongest presence, partners united)', () => {
    const p: Partnership = {
      ...empty,
      members: partnership.members.slice(0, 1),
      geography: [
        { member: 'flu', country: 'BD', presence: 'network', partners: ['Zeta'], since: null, sources: [] },
        {
          member: 'flu',
          country: 'BD',
          presence: 'office',
          partners: ['Alpha', 'Zeta'],
          since: null,
          sources: [],
        },
      ],
    };
    expect(buildCountryViews(p, scores).BD?.members).toEqual([
      { id: 'flu', presence: 'office', partners: ['Alpha', 'Zeta'] },
    ]);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(partnership);
    buildCountryViews(partnership, scores, { labels });
    expect(partnership).toEqual(copy);
  });

  it('gives identical JSON whatever the record order', () => {
    fc.assert(
      fc.property(
        arbPartnership.chain((p) => fc.tuple(fc.constant(p), arbShuffled(p, false))),
        ([p, shuffled]) => {
          const a = JSON.stringify(buildCountryViews(p, simplePairScores(p)));
          const b = JSON.stringify(buildCountryViews(shuffled, simplePairScores(shuffled)));
          expect(b).toBe(a);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('always gives pair scores in [0, 1] and themes with a level', () => {
    fc.assert(
      fc.property(arbPartnership, (p) => {
        for (const view of Object.values(buildCountryViews(p, simplePairScores(p)))) {
          for (const pair of view.pairs) {
            for (const x of [pair.synergy, pair.duplication]) expect(x >= 0 && x <= 1).toBe(true);
          }
          for (const t of view.themes) expect(t.maxLevel).toBeGreaterThanOrEqual(1);
          expect(view.members.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('roundTo', () => {
  it('rounds float noise away', () => {
    expect(roundTo(0.1 + 0.2, 6)).toBe(0.3);
    expect(roundTo(-0.0000001, 4)).toBe(0);
  });
});

describe('buildCountryViews reads a row per member when the scores have one', () => {
  it('gives exactly the pairs of one call per pair, whatever the cap', () => {
    fc.assert(
      fc.property(arbPartnership, fc.integer({ min: 0, max: 4 }), (p, maxPairs) => {
        const rows = pairScoresFromMetrics(computeMetrics(p));
        expect(rows.rowOf).toBeDefined();
        const { rowOf: _drop, ...perPair } = rows;
        expect(JSON.stringify(buildCountryViews(p, rows, { maxPairs }))).toBe(
          JSON.stringify(buildCountryViews(p, perPair, { maxPairs })),
        );
      }),
      { numRuns: 100 },
    );
  });
});
