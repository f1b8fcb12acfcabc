import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCountryViews } from '../../src/country/buildCountryViews.js';
import type { PairScores } from '../../src/country/pairScores.js';
import { OptionsError, PartnerSynergyError } from '../../src/errors.js';
import { BUILTIN_CATALOGUE, describeCatalogue } from '../../src/recommend/catalogue.js';
import {
  DEFAULT_RECOMMEND_OPTIONS,
  type RecommendOptions,
  recommend,
  recommendRanked,
} from '../../src/recommend/recommend.js';
import type { RecommendationKindDefinition } from '../../src/recommend/types.js';
import { type Recommendation, RecommendationSchema } from '../../src/schema/baseline.js';
import type { Partnership } from '../../src/schema/records.js';
import { arbPartnership, arbShuffled } from '../fixtures/recommend/arbitrary.js';
import { simplePairScores } from '../fixtures/recommend/pairScores.js';
import { labels, partnership, sectorInfo } from '../fixtures/recommend/partnership.js';

const empty: Partnership = { members: [], expertise: [], geography: [], sectors: [], companies: [] };

function run(p: Partnership, options: RecommendOptions<string> = {}): Recommendation[] {
  const scores = simplePairScores(p);
  return recommend(p, scores, buildCountryViews(p, scores, { labels }), { labels, sectorInfo, ...options });
}
/** The list and then the items merged into it or held back ("more"): every kind's items. */
function runAll(p: Partnership, options: RecommendOptions<string> = {}): Recommendation[] {
  const scores = simplePairScores(p);
  const r = recommendRanked(p, scores, buildCountryViews(p, scores, { labels }), {
    labels,
    sectorInfo,
    ...options,
  });
  return [...r.recommendations, ...r.more];
}
const all = { top: Number.POSITIVE_INFINITY, topPerKind: Number.POSITIVE_INFINITY, minScore: 0 };
const firstOf = (recs: Recommendation[], kind: string) => recs.find((r) => r.kind === kind);
const lines = (r: Recommendation | undefined) => r?.evidence.map((e) => `${e.file}:${e.line}`);

describe('recommend on the hand-built partnership', () => {
  const recs = runAll(partnership);

  it('returns valid recommendations, the highest priority first', () => {
    const listed = run(partnership);
    expect(listed.length).toBeGreaterThan(5);
    for (const r of recs) expect(RecommendationSchema.parse(r)).toEqual(r);
    expect(listed[0]?.priority).toBe(Math.max(...listed.map((r) => r.priority ?? 0)));
  });

  it('joint-lobby: the garment agreement, door openers FLU and TRI, the gender specialist GJN', () => {
    const r = firstOf(recs, 'joint-lobby');
    expect(r).toMatchObject({
      members: ['flu', 'gjn', 'tri'],
      country: null,
      sector: 'garment-textiles',
      themes: ['gbv', 'living-wage', 'womens-empowerment'],
    });
    expect(r?.roles).toEqual([
      { member: 'flu', role: 'door-opener', themes: [] },
      { member: 'tri', role: 'door-opener', themes: [] },
      { member: 'gjn', role: 'specialist', themes: ['gbv', 'womens-empowerment'] },
    ]);
    // IRBC: 1 * (strongest opener 5 / 5 + 3 of 5 focus themes covered) / 2 = 0.8
    expect(r?.score).toBe(0.8);
    expect(r?.rationale).toBe(
      "Lobby together within the Agreement on Sustainable Garments and Textile: Fair Labour Union and Textile Research Institute open doors through their network; Gender Justice Network does the details on GBV and women's empowerment.",
    );
    expect(r?.detail).toContain('Fair Labour Union 5 and Textile Research Institute 4');
    expect(lines(r)).toEqual(['expertise.csv:6', 'expertise.csv:7', 'sectors.csv:2', 'sectors.csv:3']);
  });

  it('shared-local-partner: Karmojibi Nari in Bangladesh', () => {
    const r = firstOf(recs, 'shared-local-partner');
    expect(r).toMatchObject({ members: ['flu', 'gjn', 'tri'], country: 'BD', sector: null, themes: [] });
    expect(r?.score).toBe(0.875); // 0.5 + 0.5 * mean(1, 0.75, 0.5)
    expect(r?.rationale).toContain('Karmojibi Nari');
    expect(r?.rationale).toContain('Bangladesh');
    expect(lines(r)).toEqual(['geography.csv:2', 'geography.csv:4', 'geography.csv:7']);
  });

  it('in-country-coordination: living wage in Bangladesh', () => {
    const r = firstOf(recs, 'in-country-coordination');
    expect(r).toMatchObject({ members: ['flu', 'tri'], country: 'BD', themes: ['living-wage'] });
    expect(r?.score).toBe(0.675); // mean presence (1 + .5) / 2 * mean level (5 + 4) / 2 / 5
    expect(lines(r)).toEqual(['expertise.csv:2', 'expertise.csv:11', 'geography.csv:2', 'geography.csv:7']);
  });

  it('coverage-gap: Kenya, where Gender Justice Network has an office', () => {
    const r = firstOf(recs, 'coverage-gap');
    expect(r).toMatchObject({
      members: ['gjn'],
      country: 'KE',
      themes: ['due-diligence', 'freedom-of-association', 'living-wage', 'osh', 'research'],
    });
    // 5 of 8 focus themes missing; best level present: living wage 2, others 0 -> 5/8 * (1 - 0.4/5)
    expect(r?.score).toBe(0.575);
    expect(r?.rationale).toContain('Gender Justice Network has an office in Kenya');
    expect(r?.rationale).toContain('Fair Labour Union and Textile Research Institute could help');
    expect(lines(r)).toContain('geography.csv:5');
  });

  it('training-offer: Gender Justice Network trains Fair Labour Union on GBV', () => {
    const r = recs.find(
      (x) => x.kind === 'training-offer' && x.themes.includes('gbv') && x.members.includes('flu'),
    );
    expect(r).toMatchObject({
      members: ['flu', 'gjn'],
      country: 'BD',
      sector: 'garment-textiles',
      themes: ['gbv', 'womens-empowerment'],
    });
    expect(r?.rationale).toMatch(/^Gender Justice Network is strong on GBV/);
    expect(r?.detail).toContain('GBV 5 versus 1');
    expect(lines(r)).toEqual([
      'expertise.csv:5',
      'expertise.csv:6',
      'expertise.csv:7',
      'geography.csv:2',
      'geography.csv:4',
      'sectors.csv:2',
      'sectors.csv:4',
    ]);
  });

  it('joint-company-engagement: Brand A with Fair Labour Union and Gender Justice Network', () => {
    const brand = recs.find((x) => x.kind === 'joint-company-engagement' && x.country === 'BD');
    expect(brand).toMatchObject({
      members: ['flu', 'gjn'],
      country: 'BD',
      sector: 'garment-textiles',
      themes: ['gbv', 'living-wage'],
    });
    expect(brand?.rationale).toContain('Brand A');
    expect(brand?.rationale).toBe(
      'Gender Justice Network knows Brand A from its network and opens the door; Fair Labour Union is the specialist for living wage. Still open: land-rights.',
    );
    expect(brand?.roles?.map((x) => x.role)).toEqual(['door-opener', 'specialist']);
    expect(lines(brand)).toContain('companies.csv:2');
  });

  it('joint-stakeholder-mapping and joint-programme in Bangladesh', () => {
    expect(firstOf(recs, 'joint-stakeholder-mapping')).toMatchObject({
      members: ['flu', 'gjn', 'tri'],
      country: 'BD',
      sector: 'garment-textiles',
      score: 0.65, // mean presence .75 * mean strength 13/3 / 5
    });
    const jp = firstOf(recs, 'joint-programme');
    expect(jp).toMatchObject({ members: ['flu', 'gjn'], country: 'BD' });
    // synergy .48125 (see the country view test) * sqrt(1 * .75)
    expect(jp?.score).toBe(Math.round(0.48125 * Math.sqrt(0.75) * 1e4) / 1e4);
  });

  it('never recommends anything to the member without records', () => {
    expect(run(partnership, all).some((r) => r.members.includes('idl'))).toBe(false);
  });

  it('evidence is de-duplicated and sorted by file, then line', () => {
    for (const r of run(partnership, all)) {
      const keys = r.evidence.map((e) => `${e.file}\u0000${String(e.line).padStart(6, '0')}`);
      expect(keys).toEqual([...new Set(keys)].sort());
    }
  });
});

describe('recommend in Dutch', () => {
  const recs = runAll(partnership, { lang: 'nl', ...all });

  it('writes the rationale in Dutch with Dutch labels', () => {
    const lobby = firstOf(recs, 'joint-lobby');
    expect(lobby?.rationale).toContain(
      'Fair Labour Union en Textile Research Institute openen deuren via hun netwerk; Gender Justice Network werkt de aanpak van gendergerelateerd geweld',
    );
    expect(lobby?.rationale).toMatch(/^Lobby samen binnen het /);
    expect(firstOf(recs, 'coverage-gap')?.rationale).toContain(
      'Gender Justice Network heeft een kantoor in Kenia',
    );
    expect(firstOf(recs, 'shared-local-partner')?.rationale).toContain(
      'werken in Bangladesh elk samen met de lokale organisatie Karmojibi Nari',
    );
    const training = recs.find(
      (r) => r.kind === 'training-offer' && r.themes.includes('gbv') && r.members.includes('flu'),
    );
    expect(training?.detail).toContain('gendergerelateerd geweld 5 tegenover 1');
    const company = recs.find((r) => r.kind === 'joint-company-engagement' && r.country === 'BD');
    expect(company?.rationale).toContain(
      'Gender Justice Network kent Brand A uit het eigen netwerk en opent de deur',
    );
    expect(company?.rationale).toContain('Nog open');
    expect(company?.rationale).not.toMatch(/behoefte aan/);
    // No English left, apart from the (English) IRBC agreement name the sector metadata gives.
    for (const r of recs) {
      const text = r.rationale
        .replace('Agreement on Sustainable Garments and Textile', '')
        .replace('Brand B', '');
      expect(text).not.toMatch(/\b(and|the|with|could|level|versus)\b/);
    }
  });

  it('keeps the same ids, scores and evidence as in English', () => {
    const en = runAll(partnership, all);
    expect(recs.map(({ rationale: _, detail: _d, ...r }) => r)).toEqual(
      en.map(({ rationale: _, detail: _d, ...r }) => r),
    );
  });
});

describe('recommend options', () => {
  it('has documented defaults', () => {
    expect(DEFAULT_RECOMMEND_OPTIONS).toMatchObject({
      top: 30,
      topPerKind: 8,
      minScore: 0.15,
      lang: 'en',
      decimals: 4,
    });
  });

  it('filters by kind, minimum score, focus country and focus theme, and caps per kind and overall', () => {
    expect(new Set(run(partnership, { ...all, kinds: ['joint-lobby'] }).map((r) => r.kind))).toEqual(
      new Set(['joint-lobby']),
    );
    expect(run(partnership, { minScore: 0.8 }).every((r) => r.score >= 0.8)).toBe(true);
    const ke = run(partnership, { ...all, focusCountries: ['KE'] });
    expect(ke.every((r) => r.country === 'KE' || r.country === null)).toBe(true);
    expect(ke.some((r) => r.country === 'KE')).toBe(true);
    const gbv = run(partnership, { ...all, focusThemes: ['gbv'] });
    expect(gbv.every((r) => r.themes.length === 0 || r.themes.includes('gbv'))).toBe(true);
    expect(run(partnership, { top: 3 })).toHaveLength(3);
    // The per-kind cap holds while other kinds have items; then the list is filled, never cut short.
    const perKind = run(partnership, { ...all, topPerKind: 1, maxPerPair: Number.POSITIVE_INFINITY });
    const kinds = new Set(perKind.map((r) => r.kind)).size;
    expect(new Set(perKind.slice(0, kinds).map((r) => r.kind)).size).toBe(kinds);
  });

  it('rejects invalid options with OptionsError', () => {
    expect(() => run(partnership, { kinds: ['nope'] })).toThrow(OptionsError);
    expect(() => run(partnership, { lang: 'fr' as 'en' })).toThrow(OptionsError);
    expect(() => run(partnership, { top: -1 })).toThrow(OptionsError);
    expect(() => run(partnership, { minScore: Number.NaN })).toThrow(OptionsError);
    expect(() => run(partnership, { overrides: { nope: { weight: 1 } } })).toThrow(OptionsError);
    expect(() => run(partnership, { overrides: { 'joint-lobby': { weight: -1 } } })).toThrow(OptionsError);
  });

  it('tunes kinds through overrides (weight, params, templates)', () => {
    const muted = run(partnership, {
      ...all,
      minScore: 0.01,
      overrides: { 'training-offer': { weight: 0 } },
    });
    expect(muted.some((r) => r.kind === 'training-offer')).toBe(false);
    const strict = run(partnership, {
      ...all,
      overrides: { 'joint-lobby': { params: { maxSpecialists: 0 } } },
    });
    expect(strict.some((r) => r.kind === 'joint-lobby')).toBe(false);
    const custom = run(partnership, {
      ...all,
      kinds: ['joint-lobby'],
      overrides: {
        'joint-lobby': { rationale: { default: { en: 'Lobby: {members}.', nl: 'Lobby: {members}.' } } },
      },
    });
    expect(custom[0]?.rationale).toBe(
      'Lobby: Fair Labour Union, Gender Justice Network and Textile Research Institute.',
    );
  });

  it('caps candidates per learner, per network and per country through params', () => {
    const recs = run(partnership, {
      ...all,
      overrides: {
        'training-offer': { params: { maxOffersPerLearner: 1 } },
        'joint-company-engagement': { params: { maxExpertsPerNetwork: 1 } },
        'joint-programme': { params: { maxPairsPerCountry: 1 } },
      },
    });
    const learners = recs
      .filter((r) => r.kind === 'training-offer')
      .map((r) => r.rationale.match(/ could offer (.+) training/)?.[1]);
    expect(learners.length).toBe(new Set(learners).size);
    // Gender Justice Network's company network gets one expert next to the Brand A match.
    expect(recs.filter((r) => r.kind === 'joint-company-engagement' && r.country === null)).toHaveLength(1);
    const programmes = recs.filter((r) => r.kind === 'joint-programme').map((r) => r.country);
    expect(programmes.length).toBe(new Set(programmes).size);
  });

  it('runs a user kind through the same contract as the built-ins', () => {
    const pairUp: RecommendationKindDefinition = {
      id: 'buddy-system',
      title: { en: 'Buddy system', nl: 'Maatjessysteem' },
      eligibility: {
        en: 'Two members with an office in the same country.',
        nl: 'Twee leden met een kantoor in hetzelfde land.',
      },
      formula: 'score = 0.42',
      weight: 1,
      params: {},
      rationale: {
        default: {
          en: '{members} could be buddies in {country}.',
          nl: '{members} kunnen maatjes zijn in {country}.',
        },
      },
      fragments: {},
      *generate(ctx) {
        for (const country of ctx.index.countries) {
          const members = ctx.index.membersIn(country);
          if (members.length < 2) continue;
          yield {
            members,
            country,
            score: 0.42,
            evidence: members.flatMap((m) => ctx.index.presence(m, country)?.sources ?? []),
            vars: { members: { kind: 'members', ids: members }, country: { kind: 'country', id: country } },
          };
        }
      },
    };
    const recs = run(partnership, { ...all, extend: [pairUp], kinds: ['buddy-system'], lang: 'nl' });
    expect(recs.map((r) => r.country).sort()).toEqual(['BD', 'IN', 'KE']);
    expect(recs[0]?.id).toMatch(/^buddy-system-[0-9a-f]{16}$/);
    expect(recs.find((r) => r.country === 'KE')?.rationale).toBe(
      'Child Rights Alliance en Gender Justice Network kunnen maatjes zijn in Kenia.',
    );
  });

  it('clamps user scores to [0, 1], reads NaN as 0 and rejects unknown members', () => {
    const kind = (score: number, members: string[]): RecommendationKindDefinition => ({
      ...(BUILTIN_CATALOGUE[0] as RecommendationKindDefinition),
      id: 'odd',
      rationale: { default: { en: 'x', nl: 'x' } },
      *generate() {
        yield { members, score, evidence: [], vars: {} };
      },
    });
    const score = (s: number) =>
      run(partnership, { ...all, extend: [kind(s, ['flu'])], kinds: ['odd'] })[0]?.score;
    expect(score(5)).toBe(1);
    expect(score(Number.NaN)).toBe(0);
    expect(score(-1)).toBe(0);
    expect(() => run(partnership, { extend: [kind(0.5, ['ghost'])], kinds: ['odd'] })).toThrow(
      PartnerSynergyError,
    );
    try {
      run(partnership, { extend: [kind(0.5, ['ghost'])], kinds: ['odd'] });
    } catch (e) {
      expect((e as PartnerSynergyError).code).toBe('E_UNKNOWN_MEMBER');
    }
  });
});

describe('recommend edge cases and invariants', () => {
  it('returns [] for an empty partnership and for members without records', () => {
    expect(run(empty)).toEqual([]);
    expect(run({ ...empty, members: partnership.members.slice(4) }, all)).toEqual([]);
  });

  it('never emits NaN when the pair scores are NaN', () => {
    const nan: PairScores = {
      synergy: () => Number.NaN,
      duplication: () => Number.NaN,
      expertiseOverlap: () => Number.NaN,
      geographyOverlap: () => Number.NaN,
      sectorOverlap: () => Number.NaN,
    };
    const recs = recommend(partnership, nan, buildCountryViews(partnership, nan), all);
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) expect(Number.isFinite(r.score)).toBe(true);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(partnership);
    run(partnership, all);
    expect(partnership).toEqual(copy);
  });

  it('keeps ids stable across runs and options', () => {
    const a = new Map(run(partnership, all).map((r) => [r.id, r.kind]));
    for (const r of run(partnership, { top: 5, lang: 'nl' })) expect(a.get(r.id)).toBe(r.kind);
  });

  it('gives byte-identical JSON for the hand-built partnership in any record and member order', () => {
    const expected = JSON.stringify(run(partnership, all));
    fc.assert(
      fc.property(arbShuffled(partnership, true), (shuffled) => {
        expect(JSON.stringify(run(shuffled, all))).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('gives byte-identical JSON for random partnerships in any record and member order', () => {
    fc.assert(
      fc.property(
        arbPartnership.chain((p) => fc.tuple(fc.constant(p), arbShuffled(p, true))),
        ([p, shuffled]) => {
          expect(JSON.stringify(run(shuffled, all))).toBe(JSON.stringify(run(p, all)));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('always scores within [0, 1] with valid, unique ids and known members', () => {
    fc.assert(
      fc.property(arbPartnership, fc.constantFrom<'en' | 'nl'>('en', 'nl'), (p, lang) => {
        const recs = run(p, { ...all, lang });
        const ids = new Set<string>();
        const members = new Set(p.members.map((m) => m.id));
        for (const r of recs) {
          expect(r.score >= 0 && r.score <= 1).toBe(true);
          expect(RecommendationSchema.safeParse(r).success).toBe(true);
          expect(r.rationale).not.toMatch(/\{|\}|undefined|NaN/);
          expect(r.members.every((m) => members.has(m))).toBe(true);
          expect(ids.has(r.id)).toBe(false);
          ids.add(r.id);
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('the catalogue', () => {
  it('holds the eight built-in kinds as data with documented formulas in both languages', () => {
    const described = describeCatalogue();
    expect(described.map((k) => k.id)).toEqual([
      'coverage-gap',
      'in-country-coordination',
      'joint-company-engagement',
      'joint-lobby',
      'joint-programme',
      'joint-stakeholder-mapping',
      'shared-local-partner',
      'training-offer',
    ]);
    for (const k of described) {
      expect(k.formula).toMatch(/score/);
      expect(k.title.nl).not.toBe(k.title.en);
      expect(k.rationale.default?.nl).not.toBe(k.rationale.default?.en);
    }
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
  });

  it('every built-in kind fires on the hand-built partnership', () => {
    const kinds = new Set(runAll(partnership, all).map((r) => r.kind));
    expect([...kinds].sort()).toEqual(BUILTIN_CATALOGUE.map((k) => k.id));
  });
});

describe('focusCountries resolves names and codes like focusThemes', () => {
  it("'Bangladesh', 'bd' and 'BGD' keep the same recommendations as 'BD'; a typo throws with a suggestion", async () => {
    const { buildBaseline } = await import('../../src/baseline/buildBaseline.js');
    const { readDataDir } = await import('../helpers.js');
    const sample = readDataDir('data/sample-partnership');
    const ids = (focusCountries: string[]) =>
      buildBaseline(sample, { focusCountries }).recommendations.map((r) => r.id);
    const byCode = ids(['BD']);
    expect(byCode.length).toBeGreaterThan(0);
    for (const spelling of ['Bangladesh', 'bd', 'BGD', 'bangladesh']) expect(ids([spelling])).toEqual(byCode);
    expect(() => ids(['Atlantis'])).toThrow(/Unknown country "Atlantis"/);
    expect(() => ids(['Bangladsh'])).not.toThrow();
    expect(() => buildBaseline(sample, { focusCountries: ['Kenyaa Republic'], lang: 'nl' })).toThrow(
      /^Het land "Kenyaa Republic" is onbekend\./,
    );
  });
});
