import { compareScoresDesc, roundTo } from '../country/buildCountryViews.js';
import { defaultFocusThemes } from '../country/focusThemes.js';
import { clampScore, type PairScores, safePairScores } from '../country/pairScores.js';
import { clipDisplay } from '../displayText.js';
import { OptionsError, PartnerSynergyError } from '../errors.js';
import { resolveFocusCountries } from '../normalise/focusCountries.js';
import { cmp } from '../normalise/issue.js';
import { orgFamilyKey, sameFamily } from '../normalise/orgNames.js';
import { checkOptionKeys, checkOptionValues } from '../optionKeys.js';
import type { CountryView, Labels, Recommendation } from '../schema/baseline.js';
import type { Partnership, SourceRef } from '../schema/records.js';
import {
  MATCH_COMPANIES_OPTION_KEYS,
  type MatchCompaniesOptions,
  matchCompaniesIndexed,
} from './companies.js';
import { mergeEvidence } from './evidence.js';
import { recommendationId } from './hash.js';
import type { RecommendationKind } from './kindIds.js';
import { KthLargest, smallestK } from './kinds/util.js';
import { indexPartnership, type PartnershipIndex } from './partnershipIndex.js';
import { CATEGORY_WEIGHTS, type Rankable, rankItems, TOGETHER_WEIGHT } from './rank.js';
import { countriesNamed, renderTemplate } from './rationale.js';
import { resolveCatalogue } from './resolveCatalogue.js';
import { itemSupport } from './support.js';
import { togetherFactor, togetherText } from './together.js';
import type {
  Candidate,
  GenerateContext,
  KindOverride,
  Lang,
  RecommendationCategory,
  RecommendationKindDefinition,
  ScoreFloor,
  SectorInfo,
} from './types.js';

/**
 * Options of {@link recommend}. Defaults in {@link DEFAULT_RECOMMEND_OPTIONS}. `Custom` is the ids
 * of your own kinds (`extend`, `catalogue`), inferred from their definitions: without kinds of
 * your own, `kinds` and `overrides` take only {@link RecommendationKind} ids, so a misspelt id
 * does not compile. An unknown option key or kind id is an OptionsError with a "did you mean".
 * @example
 * const options: RecommendOptions = { labels, lang: 'nl', top: 3, kinds: ['joint-lobby'] };
 * recommend(partnership, scores, views, options).map((r) => r.kind); // => ['joint-lobby', 'joint-lobby', 'joint-lobby']
 */
export interface RecommendOptions<Custom extends string = never> {
  /** Keep at most this many recommendations overall (after the per-kind cap). Default 30. */
  readonly top?: number;
  /** Keep at most this many recommendations of each kind. Default 8. */
  readonly topPerKind?: number;
  /** Drop recommendations scoring below this (after the kind weight). Default 0.15. */
  readonly minScore?: number;
  /** Only these kinds (ids of the effective catalogue). Default: every kind. */
  readonly kinds?: readonly (RecommendationKind | NoInfer<Custom>)[];
  /**
   * Only recommendations in these countries, as names (English or Dutch), ISO alpha-2 or alpha-3
   * codes in any case ('Bangladesh', 'bd', 'BGD'); an unknown country throws OptionsError with a
   * "did you mean". Recommendations without a country (sector lobby, company networks) are
   * kept. Default: all countries.
   */
  readonly focusCountries?: readonly string[];
  /**
   * Focus themes: the themes coverage gaps and training offers consider; when
   * given explicitly, recommendations with themes must involve at least one of
   * them (recommendations without themes are kept). Default: every theme some
   * member rates >= 4 (and no filtering).
   */
  readonly focusThemes?: readonly string[];
  /** Language of the rationales. Default 'en'. */
  readonly lang?: Lang;
  /** Display labels of themes, sectors and countries. Default: none (ids are shown). */
  readonly labels?: Labels;
  /** Sector metadata (IRBC agreement name). Default: nothing known. */
  readonly sectorInfo?: (sectorId: string) => SectorInfo | undefined;
  /** Replace the built-in catalogue. Default {@link BUILTIN_CATALOGUE}. */
  readonly catalogue?: readonly RecommendationKindDefinition<RecommendationKind | Custom>[];
  /** Add kinds (or replace kinds with the same id). Default none. */
  readonly extend?: readonly RecommendationKindDefinition<RecommendationKind | Custom>[];
  /** Tune kinds by id (weight, params, templates). Default none. */
  readonly overrides?: Readonly<Partial<Record<RecommendationKind | NoInfer<Custom>, KindOverride>>>;
  /** Options of the company matching behind joint-company-engagement. Default: its defaults. */
  readonly companies?: MatchCompaniesOptions;
  /** Decimals of the output scores (0-15). Default 4. */
  readonly decimals?: number;
  /**
   * Within the first 15 recommendations, at most this many items per pair of members (a pair is
   * in an item when both are among its members). Default 2.
   */
  readonly maxPerPair?: number;
  /** How many recommendations that did not make the list to keep as "more". Default 30. */
  readonly more?: number;
}

/**
 * Defaults of {@link RecommendOptions}.
 * @example
 * DEFAULT_RECOMMEND_OPTIONS; // => { top: 30, topPerKind: 8, minScore: 0.15, lang: 'en', decimals: 4, maxPerPair: 2, more: 30 }
 */
export const DEFAULT_RECOMMEND_OPTIONS = Object.freeze({
  top: 30,
  topPerKind: 8,
  minScore: 0.15,
  lang: 'en' as Lang,
  decimals: 4,
  maxPerPair: 2,
  more: 30,
});

/** Every option key of {@link RecommendOptions} (the compiler keeps the list complete). */
export const RECOMMEND_OPTION_KEYS: readonly string[] = Object.keys({
  catalogue: true,
  companies: true,
  decimals: true,
  extend: true,
  focusCountries: true,
  focusThemes: true,
  kinds: true,
  labels: true,
  lang: true,
  maxPerPair: true,
  minScore: true,
  more: true,
  overrides: true,
  sectorInfo: true,
  top: true,
  topPerKind: true,
} satisfies Record<keyof RecommendOptions, true>);

function checkCount(name: string, value: number): void {
  if (!(value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && value >= 0))) {
    throw new OptionsError(name, `${name} must be a whole number >= 0 (or Infinity), got ${value}.`);
  }
}

/** A candidate that passed the cheap filters: its score, as yet without ids or evidence. */
interface Passed {
  readonly candidate: Candidate;
  readonly score: number;
  /** The priority factor for members that already work together in the country (see togetherFactor). */
  readonly factor: number;
  /** The score times the factor as the ranking compares it (equal to 1e-9 counts as equal). */
  readonly level: number;
}

interface Scored extends Rankable {
  readonly kindDef: RecommendationKindDefinition;
  readonly members: string[];
  readonly areas: string[];
  readonly sector: string | null;
  readonly themes: string[];
  readonly score: number;
  readonly category: RecommendationCategory;
  /** Whether every pair of the members already works together in the country. */
  readonly together: boolean;
  /** The priority factor for the members that already work together there (1 when none do, see togetherFactor). */
  readonly factor: number;
  readonly evidence: SourceRef[];
  readonly candidate: Candidate;
}

/**
 * What {@link recommendRanked} returns: the ranked list and the items that did not make it.
 * @example
 * const ranked: RankedRecommendations = recommendRanked(partnership, scores, views, { labels, top: 3 });
 * ranked.recommendations.length; // => 3
 */
export interface RankedRecommendations {
  /** Best first: merged, ranked under the per-kind and per-pair rules, at most `top`. */
  readonly recommendations: Recommendation[];
  /**
   * Items that scored but are not listed: leads past `top` or held back by a cap (best first, at
   * most `more`), then the items merged into a listed one (`mergedInto` set).
   */
  readonly more: Recommendation[];
}

/**
 * Generate, score, merge, rank and explain joint-activity recommendations; the list only (see
 * {@link recommendRanked} for the items that did not make it).
 *
 * Every kind of the effective catalogue (see `resolveCatalogue`) yields
 * candidates; each gets score = clamp(kind.weight * candidate score) (a
 * non-finite score counts as 0), a category (opportunity, alert or fact) and
 * priority = score * category weight (1, 0.8, 0.5), a stable id (see
 * `recommendationId`), sorted members and themes, evidence de-duplicated and
 * sorted by file then line, a rationale of about 30 words in `lang` naming the
 * members (by name), and the numbers behind it in `detail`. Candidates with the
 * same id keep the highest score.
 *
 * Selection: kinds filter, minScore, focus countries and themes; then items
 * with the same members that repeat each other (a shared theme or country)
 * merge into the one of highest priority, and the merged items are ranked by
 * priority with the kinds taking turns, at most `maxPerPair` items per pair of
 * members in the first 15 and at most `topPerKind` per kind (both relaxed only
 * when nothing else is left), at most `top` overall (see `rankItems`). Scores
 * are rounded to `decimals` only in the output. The result is identical (byte
 * for byte as JSON) whatever the order of members and records in the
 * partnership.
 *
 * @param partnership - the normalised partnership
 * @param scores - pair scores (clamped to [0, 1], NaN read as 0)
 * @param countryViews - the in-country views (from buildCountryViews); in-country kinds iterate these
 * @param options - selection, language, labels and catalogue changes; defaults on {@link RecommendOptions}
 * @returns recommendations, best first; [] for an empty partnership
 * @throws OptionsError for invalid options or a kind whose rationale lacks a variable
 * @throws PartnerSynergyError (E_UNKNOWN_MEMBER) when a kind yields a member id not in the partnership
 * @example
 * const countryViews = buildCountryViews(partnership, scores, { labels });
 * const recs = recommend(partnership, scores, countryViews, { labels, lang: 'nl', top: 10 });
 * recs.length; // => 10
 * recs[0]?.kind; // => 'joint-lobby'
 * recs[0]?.rationale.startsWith('Lobby samen richting de sector kleding en textiel'); // => true
 */
export function recommend<const Custom extends string = never>(
  partnership: Partnership,
  scores: PairScores,
  countryViews: Readonly<Record<string, CountryView>>,
  options: RecommendOptions<Custom> = {},
): Recommendation[] {
  return recommendRanked(partnership, scores, countryViews, options).recommendations;
}

/**
 * {@link recommend} with the items that did not make the list: leads held back by a cap or past
 * `top`, and the items merged into a listed one. Nothing that scored disappears unlisted.
 *
 * @param partnership - the normalised partnership
 * @param scores - pair scores
 * @param countryViews - the in-country views
 * @param options - as for {@link recommend}
 * @example
 * const { recommendations, more } = recommendRanked(partnership, scores, views, { labels, top: 5 });
 * [recommendations.length, more.length > 0]; // => [5, true]
 */
export function recommendRanked<const Custom extends string = never>(
  partnership: Partnership,
  scores: PairScores,
  countryViews: Readonly<Record<string, CountryView>>,
  options: RecommendOptions<Custom> = {},
): RankedRecommendations {
  checkOptionKeys(options, RECOMMEND_OPTION_KEYS);
  const {
    top = DEFAULT_RECOMMEND_OPTIONS.top,
    topPerKind = DEFAULT_RECOMMEND_OPTIONS.topPerKind,
    minScore = DEFAULT_RECOMMEND_OPTIONS.minScore,
    kinds,
    lang = DEFAULT_RECOMMEND_OPTIONS.lang,
    labels,
    sectorInfo = () => undefined,
    companies = {},
    decimals = DEFAULT_RECOMMEND_OPTIONS.decimals,
    maxPerPair = DEFAULT_RECOMMEND_OPTIONS.maxPerPair,
    more = DEFAULT_RECOMMEND_OPTIONS.more,
  } = options;
  checkCount('top', top);
  checkCount('topPerKind', topPerKind);
  checkCount('maxPerPair', maxPerPair);
  checkCount('more', more);
  if (!Number.isFinite(minScore))
    throw new OptionsError('minScore', `minScore must be a finite number, got ${minScore}.`);
  if (lang !== 'en' && lang !== 'nl')
    throw new OptionsError('lang', `lang must be 'en' or 'nl', got '${String(lang)}'.`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new OptionsError('decimals', `decimals must be a whole number from 0 to 15, got ${decimals}.`);
  }
  const catalogue = resolveCatalogue(options);
  if (kinds)
    checkOptionValues(
      'kinds',
      kinds,
      catalogue.map((c) => c.id),
      'noun.recommendation_kind',
      lang,
    );
  checkOptionKeys(companies, MATCH_COMPANIES_OPTION_KEYS, 'companies.', lang);
  const active = kinds ? catalogue.filter((c) => (kinds as readonly string[]).includes(c.id)) : catalogue;
  if (partnership.members.length === 0 || top === 0) return { recommendations: [], more: [] };

  const index = indexPartnership(partnership);
  const safe = safePairScores(scores);
  const focus = [...new Set(options.focusThemes ?? defaultFocusThemes(partnership))].sort(cmp);
  const companyMatches = active.some((k) => k.id === 'joint-company-engagement')
    ? matchCompaniesIndexed(partnership, safe, companies, index)
    : [];
  const base = {
    partnership,
    index,
    scores: safe,
    countryViews,
    companyMatches,
    focusThemes: focus,
    sectorInfo,
    labels,
  };
  const filter: CandidateFilter = {
    index,
    minScore,
    countries: options.focusCountries
      ? new Set(resolveFocusCountries(options.focusCountries, 'focusCountries', options.lang ?? 'en'))
      : null,
    themes: options.focusThemes ? new Set(options.focusThemes) : null,
    family: familyKeys(partnership),
  };
  // Each kind may fill the list and the "more" list on its own (the caps are relaxed when nothing else is left).
  const pool = top + more;
  const scored: Scored[] = [];
  for (const kind of active)
    scored.push(...collectKind(kind, { ...base, params: kind.params }, filter, pool));
  const ranked = rankItems(scored, { top, topPerKind, maxPerPair, more });
  const render = (r: Scored, extra: Partial<Recommendation>): Recommendation => ({
    ...renderOne(r, index, lang, labels, decimals),
    ...extra,
  });
  return {
    recommendations: ranked.listed.map(({ lead, merged }) =>
      render(lead, merged.length > 0 ? { merged: merged.map((m) => m.id) } : {}),
    ),
    more: ranked.more.map(({ item, mergedInto }) => render(item, mergedInto === null ? {} : { mergedInto })),
  };
}

/** What decides whether a candidate is kept. */
interface CandidateFilter {
  readonly index: PartnershipIndex;
  readonly minScore: number;
  readonly countries: ReadonlySet<string> | null;
  readonly themes: ReadonlySet<string> | null;
  /** A member's family key (orgFamilyKey of its name; '' for an id that is no member). */
  readonly family: (member: string) => string;
}

/**
 * Each member's family key: sister organisations ('SNV' and 'SNV Rwanda') are no group. Keyed on
 * first use (a name's key is costly and most members never share a candidate with a sister).
 */
function familyKeys(partnership: Partnership): (member: string) => string {
  const names = new Map(partnership.members.map((m) => [m.id, m.name]));
  const keys = new Map<string, string>();
  return (member) => {
    let key = keys.get(member);
    if (key === undefined) {
      const name = names.get(member);
      key = name === undefined ? '' : orgFamilyKey(name);
      keys.set(member, key);
    }
    return key;
  };
}

/**
 * Whether all members of a group are one organisation family (see sameFamily), compared with the
 * first member in id order; a group of one id is no family (members in any order, repeats allowed).
 */
function oneFamily(members: readonly string[], family: (member: string) => string): boolean {
  let min = members[0] as string;
  for (const m of members) if (m < min) min = m;
  if (members.every((m) => m === min)) return false;
  const first = family(min);
  return members.every((m) => sameFamily(first, family(m)));
}

/** One kind's candidates: normalised, scored, filtered, de-duplicated by id; the best `pool` (by score level, halved for members that already work together). */
function collectKind(
  kind: RecommendationKindDefinition,
  ctx: GenerateContext,
  filter: CandidateFilter,
  pool: number,
): Scored[] {
  // 1. Cheap pass over every candidate: check, score and filter; nothing is copied or sorted yet.
  const passed: Passed[] = [];
  const kept = new KthLargest(pool);
  for (const c of kind.generate({ ...ctx, floor: scoreFloor(kind.weight, kept, filter.minScore) })) {
    const score = screen(kind, c, filter);
    if (score === null) continue;
    // Members that already work together count half: in the pool as in the ranking. The floor
    // stays safe (a priority is never above its score).
    const factor = togetherFactor(c.members, c.country ?? null, filter.index);
    const level = Math.round(score * factor * 1e9);
    passed.push({ candidate: c, score, factor, level });
    kept.offer(level);
  }
  // 2. Best first (stable); ids and evidence only for as many score levels as the list can use.
  passed.sort((a, b) => b.level - a.level);
  const byId = new Map<string, Scored>();
  const evidenceOf = new Map<Scored, SourceRef[]>();
  const evidence = (x: Scored): SourceRef[] => {
    let e = evidenceOf.get(x);
    if (e === undefined) {
      e = mergeEvidence(x.candidate.evidence);
      evidenceOf.set(x, e);
    }
    return e;
  };
  let i = 0;
  while (i < passed.length && byId.size < pool) {
    const level = (passed[i] as Passed).level;
    for (; i < passed.length && (passed[i] as Passed).level === level; i++) {
      const item = scoredItem(kind, passed[i] as Passed, filter.index);
      const prev = byId.get(item.id);
      // Same id twice: keep the higher score (seen first); at the same score the smaller
      // evidence list, so generation order never decides.
      if (
        prev &&
        (compareScoresDesc(prev.score, item.score) < 0 ||
          JSON.stringify(evidence(prev)) <= JSON.stringify(evidence(item)))
      ) {
        continue;
      }
      byId.set(item.id, item);
    }
  }
  return smallestK(
    byId.values(),
    pool,
    (a, b) =>
      compareScoresDesc(a.score * a.factor, b.score * b.factor) || b.support - a.support || cmp(a.id, b.id),
  ).map((x) => ({ ...x, evidence: evidence(x) }));
}

/**
 * The hint of a kind's generate: a candidate below minScore (to 1e-9, as {@link screen} drops it)
 * or below the level of the pool-th best kept so far cannot make the kind's pool (the loop below
 * reads whole levels down to that one). With a weight of 0 or less every score is 0 and nothing
 * is skipped.
 */
function scoreFloor(weight: number, kept: KthLargest, minScore: number): ScoreFloor {
  const min = Math.round(minScore * 1e9);
  return {
    cannotMake: (score) => {
      if (!(weight > 0 && Number.isFinite(score))) return false;
      const level = Math.round(clampScore(weight * score) * 1e9);
      return level < min || level < kept.value;
    },
  };
}

/**
 * The candidate's score (kind weight applied, clamped) when it is kept: members, minScore, focus
 * countries and themes; null when filtered out.
 *
 * @throws PartnerSynergyError (E_UNKNOWN_MEMBER) when the candidate names a member not in the partnership
 */
function screen(kind: RecommendationKindDefinition, c: Candidate, filter: CandidateFilter): number | null {
  if (c.members.length === 0) return null;
  if (!c.members.every((m) => filter.index.isMember(m))) {
    if (oneFamily(c.members, filter.family)) return null;
    const m = sortedUnique(c.members).find((x) => !filter.index.isMember(x));
    throw new PartnerSynergyError(
      'E_UNKNOWN_MEMBER',
      `Recommendation kind '${kind.id}' produced member '${m}', which is not a member of the partnership.`,
    );
  }
  const score = clampScore(kind.weight * (Number.isFinite(c.score) ? c.score : 0));
  if (compareScoresDesc(score, filter.minScore) > 0) return null;
  const country = c.country ?? null;
  if (filter.countries !== null && country !== null && !filter.countries.has(country)) return null;
  const themes = c.themes ?? [];
  if (filter.themes !== null && themes.length > 0 && !themes.some((t) => filter.themes?.has(t))) return null;
  // Last: the family keys are the costly part (a candidate dropped above needs none).
  return oneFamily(c.members, filter.family) ? null : score;
}

/** A kept candidate as the ranking sees it: sorted members, themes and areas, its id (evidence left to the caller). */
function scoredItem(kind: RecommendationKindDefinition, p: Passed, index: PartnershipIndex): Scored {
  const c = p.candidate;
  const category = kind.category ?? 'opportunity';
  const country = c.country ?? null;
  const members = sortedUnique(c.members);
  const areas = country === null ? [] : sortedUnique(c.areas ?? []);
  const sector = c.sector ?? null;
  const themes = sortedUnique(c.themes ?? []);
  const id = recommendationId({ kind: kind.id, members, country, areas, sector, themes, key: c.key });
  const { factor } = p;
  return {
    id,
    kind: kind.id,
    kindDef: kind,
    members,
    country,
    areas,
    sector,
    themes,
    score: p.score,
    category,
    priority: p.score * CATEGORY_WEIGHTS[category] * factor,
    together: factor === TOGETHER_WEIGHT,
    factor,
    support: itemSupport(members, index.support),
    evidence: [],
    candidate: c,
  };
}

function sortedUnique(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort(cmp);
}

/** Render one scored item: rationale, detail, countries, roles. */
function renderOne(
  r: Scored,
  index: PartnershipIndex,
  lang: Lang,
  labels: Labels | undefined,
  digits: number,
): Recommendation {
  const kind = r.kindDef;
  const c = r.candidate;
  const variant = c.template ?? 'default';
  const template = Object.hasOwn(kind.rationale, variant) ? kind.rationale[variant] : undefined;
  if (!template) {
    throw new OptionsError(
      `catalogue.${kind.id}.rationale`,
      `Kind '${kind.id}' has no rationale template '${variant}'.`,
    );
  }
  const ctx = {
    lang,
    labels,
    memberName: index.name,
    memberKind: index.kindOf,
    areaLabel: (country: string, id: string) => areaLabel(index, country, id),
    fragments: kind.fragments,
    kindId: kind.id,
  };
  const rationale =
    renderTemplate(template[lang], c.vars, ctx) + togetherText(r.members, r.country, r.factor, index, lang);
  const detailTemplate =
    kind.detail && Object.hasOwn(kind.detail, variant) ? kind.detail[variant] : undefined;
  const detail = detailTemplate ? renderTemplate(detailTemplate[lang], c.vars, ctx) : '';
  const named = countriesNamed(template.en, c.vars, kind.fragments);
  const countries = [
    ...new Set([...(r.country === null ? [] : [r.country]), ...(c.countries ?? []), ...named]),
  ];
  const roles = (c.roles ?? [])
    .filter((x) => r.members.includes(x.member))
    .map((x) => ({ member: x.member, role: x.role, themes: [...new Set(x.themes)].sort(cmp) }))
    .sort((a, b) => cmp(a.role, b.role) || cmp(a.member, b.member));
  return {
    id: r.id,
    kind: kind.id,
    members: r.members,
    country: r.country,
    countries: countries.sort(cmp),
    areas: r.areas,
    sector: r.sector,
    themes: r.themes,
    score: roundTo(r.score, digits),
    rationale,
    evidence: r.evidence,
    category: r.category,
    priority: roundTo(r.priority, digits),
    ...(r.together ? { worksTogether: true as const } : {}),
    ...(detail === '' ? {} : { detail }),
    ...(roles.length > 0 ? { roles } : {}),
  };
}

/** An area's name and the name of the area above it (null at the top level); the id when unknown. */
function areaLabel(
  index: PartnershipIndex,
  country: string,
  id: string,
): { name: string; parent: string | null } {
  const info = index.areas.info(country, id);
  if (info === undefined) return { name: clipDisplay(id), parent: null };
  const parent = info.parent === null ? undefined : index.areas.info(country, info.parent);
  return { name: clipDisplay(info.name), parent: parent === undefined ? null : clipDisplay(parent.name) };
}
