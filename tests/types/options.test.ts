/**
 * An API that is hard to misuse: misspelt kinds and option keys do not compile (each
 * `@ts-expect-error` below fails `tsc --noEmit` when the line compiles), and from JavaScript they
 * are an OptionsError with a "did you mean", in English and Dutch.
 */
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { buildCoalition } from '../../src/coalition/buildCoalition.js';
import { buildCountryViews } from '../../src/country/buildCountryViews.js';
import { diffBaselines } from '../../src/diff/diffBaselines.js';
import { OptionsError } from '../../src/errors.js';
import { createFastEngine } from '../../src/fast/engine.js';
import { import3w } from '../../src/import/import3w.js';
import { computeMetrics } from '../../src/metrics/computeMetrics.js';
import { topSynergyPartners } from '../../src/metrics/topSynergyPartners.js';
import { buildNetwork } from '../../src/network/buildNetwork.js';
import { readInputFiles } from '../../src/node/readDir.js';
import { writeBaselineOutputs } from '../../src/node/writeOutputs.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';
import { createTaxonomy, DEFAULT_THEMES } from '../../src/normalise/taxonomy.js';
import { buildProfiles } from '../../src/profile/buildProfiles.js';
import { BUILTIN_CATALOGUE } from '../../src/recommend/catalogue.js';
import { RECOMMENDATION_KINDS, type RecommendationKind } from '../../src/recommend/kindIds.js';
import { pairScoresFromMetrics } from '../../src/recommend/pairScoresFromMetrics.js';
import { type RecommendOptions, recommend } from '../../src/recommend/recommend.js';
import type { RecommendationKindDefinition } from '../../src/recommend/types.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildTemplateWorkbook } from '../../src/workbook/template/buildTemplate.js';
import { readDataDir } from '../helpers.js';

const sample = readDataDir('data/sample-partnership');
const baseline = buildBaseline(sample);
const { partnership, labels } = baseline;
const scores = pairScoresFromMetrics(baseline.metrics);
const views = baseline.countries;

/** The OptionsError `f` throws (fails the test when it throws nothing or something else). */
function rejection(f: () => unknown): OptionsError {
  try {
    f();
  } catch (e) {
    if (e instanceof OptionsError) return e;
    throw e;
  }
  throw new Error('accepted');
}

const buddyDay: RecommendationKindDefinition<'buddy-day'> = {
  id: 'buddy-day',
  title: { en: 'Buddy day', nl: 'Maatjesdag' },
  eligibility: { en: 'Two members.', nl: 'Twee leden.' },
  formula: 'score = 0.5',
  weight: 1,
  params: {},
  rationale: { default: { en: '{members} could meet.', nl: '{members} kunnen afspreken.' } },
  fragments: {},
  *generate(ctx) {
    const ids = ctx.index.memberIds.slice(0, 2);
    yield { members: ids, score: 0.5, evidence: [], vars: { members: { kind: 'members', ids } } };
  },
};

describe('recommendation kinds', () => {
  it('RecommendationKind is the one list the built-in catalogue is assembled from', () => {
    expect(BUILTIN_CATALOGUE.map((k) => k.id)).toEqual([...RECOMMENDATION_KINDS]);
    const kind: RecommendationKind = 'joint-lobby';
    // @ts-expect-error a misspelt kind is not a RecommendationKind
    const typo: RecommendationKind = 'joint-lobbby';
    expect(RECOMMENDATION_KINDS).toContain(kind);
    expect(RECOMMENDATION_KINDS).not.toContain(typo);
  });

  it('a misspelt kind does not compile and throws with a "did you mean" (English and Dutch)', () => {
    // @ts-expect-error 'joint-lobbby' is not a kind
    const e = rejection(() => recommend(partnership, scores, views, { labels, kinds: ['joint-lobbby'] }));
    expect(e.option).toBe('kinds');
    expect(e.suggestion).toBe('joint-lobby');
    expect(e.message).toMatch(
      /^Unknown recommendation kind "joint-lobbby"\. Did you mean "joint-lobby"\? Known: /,
    );
    const nl = rejection(() =>
      // @ts-expect-error 'trainig-offer' is not a kind
      buildBaseline(sample, { lang: 'nl', kinds: ['trainig-offer'] }),
    );
    expect(nl.message).toMatch(
      /^Het soort aanbeveling "trainig-offer" is onbekend\. Bedoelde je "training-offer"\?/,
    );
  });

  it('overrides are keyed by kind: a misspelt kind or field does not compile and throws', () => {
    const kind = rejection(() =>
      // @ts-expect-error 'joint-lobbby' is not a kind
      recommend(partnership, scores, views, { labels, overrides: { 'joint-lobbby': { weight: 2 } } }),
    );
    expect([kind.option, kind.suggestion]).toEqual(['overrides.joint-lobbby', 'joint-lobby']);
    const field = rejection(() =>
      // @ts-expect-error 'wieght' is not a field of KindOverride
      recommend(partnership, scores, views, { labels, overrides: { 'joint-lobby': { wieght: 2 } } }),
    );
    expect([field.option, field.suggestion]).toEqual([
      'overrides.joint-lobby.wieght',
      'overrides.joint-lobby.weight',
    ]);
  });

  it('kinds of your own widen kinds and overrides to their ids, and only to those', () => {
    const recs = recommend(partnership, scores, views, { labels, extend: [buddyDay], kinds: ['buddy-day'] });
    expect(recs.map((r) => r.kind)).toEqual(['buddy-day']);
    const tuned = recommend(partnership, scores, views, {
      labels,
      extend: [buddyDay],
      kinds: ['buddy-day', 'joint-lobby'],
      overrides: { 'buddy-day': { weight: 0.5 } },
    });
    expect(tuned.find((r) => r.kind === 'buddy-day')?.score).toBe(0.25);
    const e = rejection(() =>
      // @ts-expect-error 'buddy-dya' is neither a built-in kind nor buddyDay's id
      recommend(partnership, scores, views, { labels, extend: [buddyDay], kinds: ['buddy-dya'] }),
    );
    expect(e.suggestion).toBe('buddy-day');
    // A kind typed with a plain string id accepts any id at compile time (checked at run time).
    const loose: RecommendationKindDefinition = buddyDay;
    const options: RecommendOptions<string> = { labels, extend: [loose], kinds: ['buddy-day'] };
    expect(recommend(partnership, scores, views, options)).toHaveLength(1);
  });
});

describe('unknown option keys, everywhere', () => {
  const json = toBaselineJson(baseline);
  const cases: [string, () => unknown, string, string | undefined][] = [
    // @ts-expect-error misspelt key
    ['recommend', () => recommend(partnership, scores, views, { topPerKnd: 2 }), 'topPerKnd', 'topPerKind'],
    // @ts-expect-error digits is now decimals
    ['recommend digits', () => recommend(partnership, scores, views, { digits: 2 }), 'digits', undefined],
    [
      'companies',
      // @ts-expect-error misspelt nested key
      () => recommend(partnership, scores, views, { companies: { minLevl: 3 } }),
      'companies.minLevl',
      'companies.minLevel',
    ],
    // @ts-expect-error misspelt key
    ['country views', () => buildCountryViews(partnership, scores, { maxPair: 3 }), 'maxPair', 'maxPairs'],
    [
      'partnerNames',
      // @ts-expect-error misspelt nested key
      () => buildCountryViews(partnership, scores, { partnerNames: { similarty: 0.9 } }),
      'partnerNames.similarty',
      'partnerNames.similarity',
    ],
    // @ts-expect-error the matrix limit is maxMatrixMembers
    ['metrics', () => computeMetrics(partnership, { maxMembers: 10 }), 'maxMembers', undefined],
    // @ts-expect-error misspelt key
    ['profiles', () => buildProfiles(partnership, { areaWeigth: 1 }), 'areaWeigth', 'areaWeight'],
    // @ts-expect-error misspelt key
    ['parse', () => parsePartnership(sample, { strikt: true }), 'strikt', 'strict'],
    // @ts-expect-error misspelt nested key
    ['limits', () => parsePartnership(sample, { limits: { maxRow: 10 } }), 'limits.maxRow', 'limits.maxRows'],
    [
      'redact',
      // @ts-expect-error misspelt nested key
      () => buildBaseline(sample, { redact: { partner: true } }),
      'redact.partner',
      'redact.partners',
    ],
    // @ts-expect-error misspelt key
    ['toBaselineJson', () => toBaselineJson(baseline, { decimal: 2 }), 'decimal', 'decimals'],
    // @ts-expect-error misspelt key
    ['renderHtml', () => renderHtml(json, { tpo: 3 }), 'tpo', 'top'],
    // @ts-expect-error misspelt key
    ['renderMarkdown', () => renderMarkdown(baseline, { titel: 'x' }), 'titel', 'title'],
    [
      'coalition request',
      // @ts-expect-error the coalition size is maxSize
      () => buildCoalition(partnership, { themes: ['gbv'], maxMembers: 2 }),
      'request.maxMembers',
      undefined,
    ],
    [
      'coalition weights',
      // @ts-expect-error misspelt nested key
      () => buildCoalition(partnership, { themes: ['gbv'] }, { weights: { presense: 1 } }),
      'weights.presense',
      'weights.presence',
    ],
    // @ts-expect-error misspelt key
    ['network', () => buildNetwork(json, { treshold: 0.1 }), 'treshold', 'threshold'],
    // @ts-expect-error misspelt key
    ['diff', () => diffBaselines(json, json, { minChnage: 0.1 }), 'minChnage', 'minChange'],
    // @ts-expect-error misspelt key
    ['topSynergyPartners', () => topSynergyPartners(partnership, { kk: 3 }), 'kk', 'k'],
    // @ts-expect-error misspelt key
    ['createFastEngine', () => createFastEngine({ minMember: 2 }), 'minMember', 'minMembers'],
    // @ts-expect-error misspelt key
    ['buildTemplateWorkbook', () => buildTemplateWorkbook({ filename: 'x.xlsx' }), 'filename', 'fileName'],
    [
      'writeBaselineOutputs',
      // @ts-expect-error misspelt key
      () => writeBaselineOutputs(baseline, 'never-written', { netwrok: false }),
      'netwrok',
      'network',
    ],
    [
      'createTaxonomy',
      // @ts-expect-error misspelt nested key
      () => createTaxonomy(DEFAULT_THEMES, [], { match: { fuzzyTreshold: 0.2 } }),
      'match.fuzzyTreshold',
      'match.fuzzyThreshold',
    ],
    [
      'readInputFiles',
      // @ts-expect-error misspelt key
      () => readInputFiles('data/sample-partnership', { maxByte: 10 }),
      'maxByte',
      'maxBytes',
    ],
    // @ts-expect-error misspelt key
    ['import3w', () => import3w('Organisation\nACF\n', { contry: 'NG' }), 'contry', 'country'],
  ];
  for (const [name, f, option, suggestion] of cases) {
    it(`${name}: ${option}`, () => {
      const e = rejection(f);
      expect(e.option).toBe(option);
      expect(e.suggestion).toBe(suggestion);
      expect(e.message).toMatch(new RegExp(`^Unknown option ${option.replaceAll('.', '\\.')}\\.`));
    });
  }

  it('speaks Dutch when the options ask for it', () => {
    // @ts-expect-error misspelt key
    const e = rejection(() => buildBaseline(sample, { lang: 'nl', topPerKnd: 2 }));
    expect(e.message).toMatch(/^Onbekende optie topPerKnd\. Bedoelde je "topPerKind"\? Bekende opties: /);
  });

  it('the renamed options work under their one name', () => {
    const rounded = recommend(partnership, scores, views, { labels, decimals: 1, top: 3 });
    expect(rounded.every((r) => Number(r.score.toFixed(1)) === r.score)).toBe(true);
    const few = buildCountryViews(partnership, scores, { labels, decimals: 2 });
    expect(
      Object.values(few)
        .flatMap((v) => v.pairs.map((p) => p.synergy))
        .every((x) => Number(x.toFixed(2)) === x),
    ).toBe(true);
    expect(() => computeMetrics(partnership, { maxMatrixMembers: 2 }).synergy.values).toThrow(
      /maxMatrixMembers/,
    );
    expect(
      buildCoalition(partnership, { themes: ['living wage', 'gbv', 'osh'], maxSize: 1 }).members,
    ).toHaveLength(1);
  });
});
