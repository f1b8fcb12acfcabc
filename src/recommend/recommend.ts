import { compareScoresDesc, roundTo } from '../country/buildCountryViews.js';
import { defaultFocusThemes } from '../country/focusThemes.js';
import { clampScore, type PairScores, safePairScores } from '../country/pairScores.js';
import { clipDisplay } from '../displayText.js';
import { OptionsError, PartnerSynergyError } from '../errors.js';
import { resolveFocusCountries } from '../normalise/focusCountries.js';
import type { CountryView, Labels, Recommendation } from '../schema/baseline.js';
import type { Partnership, SourceRef } from '../schema/records.js';
import { type MatchCompaniesOptions, matchCompaniesIndexed } from './companies.js';
import { mergeEvidence } from './evidence.js';
import { recommendationId } from './hash.js';
import type { RecommendationKind } from './kindIds.js';
import { indexPartnership, type PartnershipIndex } from './partnershipIndex.js';
import { countriesNamed, renderTemplate } from './rationale.js';
import { resolveCatalogue } from './resolveCatalogue.js';
import type {
  Candidate,
  GenerateContext,
  KindOverride,
  Lang,
  RationaleValue,
  RecommendationKindDefinition,
  SectorInfo,
} from './types.js';

/**
 * Options of {@link recommend}. Defaults in {@link DEFAULT_RECOMMEND_OPTIONS}.
 * @example
 * const options: RecommendOptions = { labels, lang: 'nl', top: 3, kinds: ['joint-lobby'] };
 * recommend(partnership, scores, views, options).map((r) => r.kind); // => ['joint-lobby', 'joint-lobby', 'joint-lobby']
 */
export interface RecommendOptions {
  /** Keep at most this many recommendations overall (after the per-kind cap). Default 30. */
  readonly top?: number;
  /** Keep at most this many recommendations of each kind. Default 8. */
  readonly topPerKind?: number;
  /** Drop recommendations scoring below this (after the kind weight). Default 0.15. */
  readonly minScore?: number;
  /** Only these kinds (ids of the effective catalogue). Default: every kind. */
  readonly kinds?: readonly (RecommendationKind | (string & {}))[];
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
  readonly catalogue?: readonly RecommendationKindDefinition[];
  /** Add kinds (or replace kinds with the same id). Default none. */
  readonly extend?: readonly RecommendationKindDefinition[];
  /** Tune kinds by id (weight, params, templates). Default none. */
  readonly overrides?: Readonly<Record<string, KindOverride>>;
  /** Options of the company matching behind joint-company-engagement. Default: its defaults. */
  readonly companies?: MatchCompaniesOptions;
  /** Decimal digits of the output scores. Default 4. */
  readonly digits?: number;
}

/**
 * Defaults of {@link RecommendOptions}.
 * @example
 * DEFAULT_RECOMMEND_OPTIONS; // => { top: 30, topPerKind: 8, minScore: 0.15, lang: 'en', digits: 4 }
 */
export const DEFAULT_RECOMMEND_OPTIONS = Object.freeze({
  top: 30,
  topPerKind: 8,
  minScore: 0.15,
  lang: 'en' as Lang,
  digits: 4,
});

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkCount(name: string, value: number): void {
  if (!(value === Number.POSITIVE_INFINITY || (Number.isInteger(value) && value >= 0))) {
    throw new OptionsError(name, `${name} must be a whole number >= 0 (or Infinity), got ${value}.`);
  }
}

interface Raw {
  readonly candidate: Candidate;
  readonly members: string[];
  readonly country: string | null;
  readonly areas: string[];
  readonly sector: string | null;
  readonly themes: string[];
  readonly score: number;
}

interface Scored {
  readonly id: string;
  readonly kind: RecommendationKindDefinition;
  readonly members: string[];
  readonly country: string | null;
  readonly areas: string[];
  readonly sector: string | null;
  readonly themes: string[];
  readonly score: number;
  readonly evidence: SourceRef[];
  readonly vars: Readonly<Record<string, RationaleValue>>;
  readonly template: string;
}

/**
 * Generate, score, rank and explain joint-activity recommendations.
 *
 * Every kind of the effective catalogue (see `resolveCatalogue`) yields
 * candidates; each gets score = clamp(kind.weight * candidate score) (a
 * non-finite score counts as 0), a stable id (see `recommendationId`),
 * sorted members and themes, evidence de-duplicated and sorted by file then
 * line, and a one-sentence rationale in `lang` naming the members (by name)
 * and the evidence. Candidates with the same id keep the highest score.
 *
 * Selection: kinds filter, minScore, focus countries and themes; ranking by
 * score desc (scores equal to 1e-9 tie), then kind, then id; at most
 * `topPerKind` per kind, then at most `top` overall. Scores are rounded to
 * `digits` only in the output. The result is identical (byte for byte as JSON)
 * whatever the order of members and records in the partnership.
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
 * recs[0]?.rationale.startsWith('Fair Threads Alliance en Stichting Eerlijk Werk hebben elk een netwerk'); // => true
 */
export function recommend(
  partnership: Partnership,
  scores: PairScores,
  countryViews: Readonly<Record<string, CountryView>>,
  options: RecommendOptions = {},
): Recommendation[] {
  const {
    top = DEFAULT_RECOMMEND_OPTIONS.top,
    topPerKind = DEFAULT_RECOMMEND_OPTIONS.topPerKind,
    minScore = DEFAULT_RECOMMEND_OPTIONS.minScore,
    kinds,
    focusCountries,
    focusThemes,
    lang = DEFAULT_RECOMMEND_OPTIONS.lang,
    labels,
    sectorInfo = () => undefined,
    companies = {},
    digits = DEFAULT_RECOMMEND_OPTIONS.digits,
  } = options;
  checkCount('top', top);
  checkCount('topPerKind', topPerKind);
  if (!Number.isFinite(minScore))
    throw new OptionsError('minScore', `minScore must be a finite number, got ${minScore}.`);
  if (lang !== 'en' && lang !== 'nl')
    throw new OptionsError('lang', `lang must be 'en' or 'nl', got '${String(lang)}'.`);
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) {
    throw new OptionsError('digits', `digits must be a whole number from 0 to 15, got ${digits}.`);
  }
  const catalogue = resolveCatalogue(options);
  if (kinds) {
    for (const k of kinds) {
      if (!catalogue.some((c) => c.id === k)) {
        throw new OptionsError(
          'kinds',
          `Unknown recommendation kind '${k}'; known: ${catalogue.map((c) => c.id).join(', ')}.`,
        );
      }
    }
  }
  const active = kinds ? catalogue.filter((c) => (kinds as readonly string[]).includes(c.id)) : catalogue;
  if (partnership.members.length === 0) return [];

  const index = indexPartnership(partnership);
  const safe = safePairScores(scores);
  const focus = [...new Set(focusThemes ?? defaultFocusThemes(partnership))].sort(cmp);
  const companyMatches = active.some((k) => k.id === 'joint-company-engagement')
    ? matchCompaniesIndexed(partnership, safe, companies, index)
    : [];

  const countrySet = focusCountries ? new Set(resolveFocusCountries(focusCountries)) : null;
  const themeSet = focusThemes ? new Set(focusThemes) : null;
  const limit = Math.min(top, topPerKind);
  const selected: Scored[] = [];
  if (limit > 0) {
    for (const kind of active) {
      const ctx: GenerateContext = {
        partnership,
        index,
        scores: safe,
        countryViews,
        companyMatches,
        params: kind.params,
        focusThemes: focus,
        sectorInfo,
        labels,
      };
      // 1. Cheap pass: normalise, score and filter every candidate.
      const raw: Raw[] = [];
      for (const c of kind.generate(ctx)) {
        const members = [...new Set(c.members)].sort(cmp);
        if (members.length === 0) continue;
        for (const m of members) {
          if (!index.isMember(m)) {
            throw new PartnerSynergyError(
              'E_UNKNOWN_MEMBER',
              `Recommendation kind '${kind.id}' produced member '${m}', which is not a member of the partnership.`,
            );
          }
        }
        const score = clampScore(kind.weight * (Number.isFinite(c.score) ? c.score : 0));
        if (compareScoresDesc(score, minScore) > 0) continue;
        const country = c.country ?? null;
        if (countrySet !== null && country !== null && !countrySet.has(country)) continue;
        const themes = [...new Set(c.themes ?? [])].sort(cmp);
        if (themeSet !== null && themes.length > 0 && !themes.some((t) => themeSet.has(t))) continue;
        const areas = country === null ? [] : [...new Set(c.areas ?? [])].sort(cmp);
        raw.push({ candidate: c, members, country, areas, sector: c.sector ?? null, themes, score });
      }
      // 2. Best first; ids and evidence only for as many score levels as the caps can use.
      raw.sort((a, b) => compareScoresDesc(a.score, b.score));
      const byId = new Map<string, Scored>();
      let i = 0;
      while (i < raw.length && byId.size < limit) {
        const level = Math.round((raw[i] as Raw).score * 1e9);
        for (; i < raw.length && Math.round((raw[i] as Raw).score * 1e9) === level; i++) {
          const r = raw[i] as Raw;
          const c = r.candidate;
          const id = recommendationId({
            kind: kind.id,
            members: r.members,
            country: r.country,
            areas: r.areas,
            sector: r.sector,
            themes: r.themes,
            key: c.key,
          });
          const evidence = mergeEvidence(c.evidence);
          const prev = byId.get(id);
          // Same id twice: keep the higher score (seen first); at the same score the smaller
          // evidence list, so generation order never decides.
          if (
            prev &&
            (compareScoresDesc(prev.score, r.score) < 0 ||
              JSON.stringify(prev.evidence) <= JSON.stringify(evidence))
          ) {
            continue;
          }
          byId.set(id, {
            id,
            kind,
            members: r.members,
            country: r.country,
            areas: r.areas,
            sector: r.sector,
            themes: r.themes,
            score: r.score,
            evidence,
            vars: c.vars,
            template: c.template ?? 'default',
          });
        }
      }
      const best = [...byId.values()].sort((a, b) => compareScoresDesc(a.score, b.score) || cmp(a.id, b.id));
      selected.push(...best.slice(0, limit));
    }
    selected.sort(
      (a, b) => compareScoresDesc(a.score, b.score) || cmp(a.kind.id, b.kind.id) || cmp(a.id, b.id),
    );
    selected.splice(top);
  }

  return selected.map((r) => {
    const templates = r.kind.rationale;
    const template = Object.hasOwn(templates, r.template) ? templates[r.template] : undefined;
    if (!template) {
      throw new OptionsError(
        `catalogue.${r.kind.id}.rationale`,
        `Kind '${r.kind.id}' has no rationale template '${r.template}'.`,
      );
    }
    const rationale = renderTemplate(template[lang], r.vars, {
      lang,
      labels,
      memberName: index.name,
      memberKind: index.kindOf,
      areaLabel: (country, id) => areaLabel(index, country, id),
      fragments: r.kind.fragments,
      kindId: r.kind.id,
    });
    const named = countriesNamed(template.en, r.vars, r.kind.fragments);
    return {
      id: r.id,
      kind: r.kind.id,
      members: r.members,
      country: r.country,
      countries: [...new Set(r.country === null ? named : [r.country, ...named])].sort(cmp),
      areas: r.areas,
      sector: r.sector,
      themes: r.themes,
      score: roundTo(r.score, digits),
      rationale,
      evidence: r.evidence,
    };
  });
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
