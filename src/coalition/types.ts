import type { PairScores } from '../country/pairScores.js';
import type { Lang } from '../lang.js';
import type { Taxonomy } from '../normalise/taxonomy.js';
import type { Labels } from '../schema/baseline.js';
import type { PresenceKind } from '../schema/records.js';

export type { Lang };

/**
 * What a coalition must do: cover `themes` (labels or ids, English or Dutch) at level `minLevel` or
 * higher, for work in `country` and/or `sector`.
 *
 * @example
 * const request: CoalitionRequest = { country: 'Bangladesh', themes: ['living wage', 'gbv'], maxSize: 3 };
 * buildCoalition(partnership, request).members; // => ['FTA', 'SSF']
 */
export interface CoalitionRequest {
  /** Country (name in English or Dutch, ISO alpha-2/alpha-3 code). Members present there are preferred. Default: none. */
  readonly country?: string;
  /** Sector (label or id). Members with a network in it are preferred. Default: none. */
  readonly sector?: string;
  /** Themes to cover (at least one): labels, aliases or ids. */
  readonly themes: readonly string[];
  /** Largest coalition allowed; when the smallest cover is larger, the best partial cover of this size is returned. Default: no limit. */
  readonly maxSize?: number;
  /** Lowest expertise level (1-5) at which a member covers a theme. Default 3. */
  readonly minLevel?: number;
  /**
   * What covers a theme: 'rated' (a level >= minLevel), 'observed' (also a member observed working
   * on it in its activities, without a rating: a 3W or IATI import), or 'auto' (default):
   * 'observed' when no expertise record of the partnership is rated, else 'rated'.
   */
  readonly evidence?: CoalitionEvidence;
}

/**
 * What covers a theme in a coalition (see {@link CoalitionRequest}).
 *
 * @example
 * const evidence: CoalitionEvidence = 'observed';
 * buildCoalition(partnership, { themes: ['wash'], evidence }).evidence; // => 'observed'
 */
export type CoalitionEvidence = 'auto' | 'rated' | 'observed';

/**
 * Weights of the coalition score components; each component is in [0, 1].
 *
 * @example
 * const weights: Partial<CoalitionWeights> = { presence: 0.6, synergy: 0.1 };
 * buildCoalition(partnership, { themes: ['gbv'] }, { weights }).members.length; // => 1
 */
export interface CoalitionWeights {
  /** Mean presence weight of the members in the requested country. Default 0.4. */
  readonly presence: number;
  /** Mean synergy of the member pairs (needs `options.scores` and two or more members). Default 0.25. */
  readonly synergy: number;
  /** Mean sector network strength / 5 in the requested sector. Default 0.15. */
  readonly sector: number;
  /** Mean over covered themes of the best level in the coalition / 5. Default 0.2. */
  readonly expertise: number;
}

/**
 * How the cover is searched: 'auto' picks exact for small inputs, greedy otherwise.
 *
 * @example
 * const method: CoalitionMethod = 'greedy';
 * buildCoalition(partnership, { themes: ['gbv', 'osh'] }, { method }).method; // => 'greedy'
 */
export type CoalitionMethod = 'auto' | 'exact' | 'greedy';

/**
 * Options of {@link buildCoalition}. Defaults in {@link DEFAULT_COALITION_OPTIONS}.
 *
 * @example
 * const options: CoalitionOptions = { scores, labels, lang: 'nl' };
 * buildCoalition(partnership, { country: 'BD', themes: ['gbv'] }, options).rationale;
 * // => 'Shromik Shakti Foundation dekt gendergerelateerd geweld en seksuele intimidatie in Bangladesh af op niveau 3 of hoger en is daar al aanwezig.'
 */
export interface CoalitionOptions {
  /** Pair scores (synergy) of the partnership, e.g. `pairScoresFromMetrics(computeMetrics(p))`. Default: none (no synergy component). */
  readonly scores?: PairScores;
  /** Display labels (a baseline's `labels`); also resolves custom theme labels. Default: taxonomy labels and country names. */
  readonly labels?: Labels;
  /** Language of the rationale and labels. Default 'en'. */
  readonly lang?: Lang;
  /** Theme taxonomy the requested themes are resolved through. Default: createTaxonomy(DEFAULT_THEMES). */
  readonly themes?: Taxonomy;
  /** Sector taxonomy the requested sector is resolved through. Default: createTaxonomy(DEFAULT_SECTORS). */
  readonly sectors?: Taxonomy;
  /** Score component weights (partial; missing ones take the default). Default {@link DEFAULT_COALITION_WEIGHTS}. */
  readonly weights?: Partial<CoalitionWeights>;
  /** Presence weights (partial). Default office 1, local_partner 0.75, programme 0.5, network 0.25. */
  readonly presenceWeights?: Partial<Readonly<Record<PresenceKind, number>>>;
  /** Only members present in the requested country are candidates. Default false (presence is a preference). */
  readonly requirePresence?: boolean;
  /** Search method. Default 'auto'. */
  readonly method?: CoalitionMethod;
  /** 'auto' searches exactly when there are at most this many candidates. Default 20. */
  readonly exactMaxCandidates?: number;
  /** 'auto' searches exactly when there are at most this many coverable themes. Default 12. */
  readonly exactMaxThemes?: number;
}

/**
 * Default score weights of {@link CoalitionOptions.weights}.
 *
 * @example
 * DEFAULT_COALITION_WEIGHTS.presence; // => 0.4
 */
export const DEFAULT_COALITION_WEIGHTS: Readonly<CoalitionWeights> = Object.freeze({
  presence: 0.4,
  synergy: 0.25,
  sector: 0.15,
  expertise: 0.2,
});

/**
 * Defaults of {@link CoalitionRequest} and {@link CoalitionOptions}.
 *
 * @example
 * DEFAULT_COALITION_OPTIONS.minLevel; // => 3
 */
export const DEFAULT_COALITION_OPTIONS = Object.freeze({
  minLevel: 3,
  evidence: 'auto' as CoalitionEvidence,
  lang: 'en' as Lang,
  method: 'auto' as CoalitionMethod,
  requirePresence: false,
  exactMaxCandidates: 20,
  exactMaxThemes: 12,
  weights: DEFAULT_COALITION_WEIGHTS,
});

/**
 * A theme a coalition member covers, with the member's level.
 *
 * @example
 * const result = buildCoalition(partnership, { country: 'BD', themes: ['living wage', 'gbv'] }, { scores, labels });
 * const covered: readonly CoveredTheme[] | undefined = result.contributions[0]?.themes;
 * covered; // => [{ theme: 'living-wage', level: 5 }]
 */
export interface CoveredTheme {
  readonly theme: string;
  /** The member's rated level; null when it covers the theme by observed activity (evidence 'observed'). */
  readonly level: number | null;
}

/**
 * What one coalition member brings.
 *
 * @example
 * const result = buildCoalition(partnership, { country: 'BD', themes: ['living wage', 'gbv'] }, { scores, labels });
 * const first: CoalitionContribution | undefined = result.contributions[0];
 * first; // => { member: 'FTA', name: 'Fair Threads Alliance', unique: ['living-wage'], presence: 'office', ... }
 */
export interface CoalitionContribution {
  /** Member id. */
  readonly member: string;
  /** Member name. */
  readonly name: string;
  /** Requested themes this member has at >= minLevel, in request order. */
  readonly themes: readonly CoveredTheme[];
  /** Requested themes no other coalition member covers, in request order. */
  readonly unique: readonly string[];
  /** Strongest presence in the requested country, or null (also when no country was requested). */
  readonly presence: PresenceKind | null;
  /** Weight of that presence (0 when absent). */
  readonly presenceWeight: number;
  /** Local partners named in the requested country (empty without a country). */
  readonly partners: readonly string[];
  /** Strongest network strength (1-5) in the requested sector, or null. */
  readonly sectorStrength: number | null;
}

/**
 * The score of a coalition and its components (a component is null when it does not apply).
 *
 * @example
 * const result = buildCoalition(partnership, { country: 'BD', themes: ['living wage', 'gbv'] }, { scores, labels });
 * const score: CoalitionScore = result.score;
 * score; // => { total: 0.810084, presence: 1, synergy: 0.514286, sector: null, expertise: 0.8 }
 */
export interface CoalitionScore {
  /** Weighted mean of the applicable components, in [0, 1]; 0 for an empty coalition. */
  readonly total: number;
  readonly presence: number | null;
  readonly synergy: number | null;
  readonly sector: number | null;
  readonly expertise: number | null;
}

/**
 * The result of {@link buildCoalition}: plain, serialisable data.
 *
 * @example
 * const result: CoalitionResult = buildCoalition(partnership, { country: 'BD', themes: ['gbv', 'living wage'] });
 * [result.members, result.uncoverable, result.method]; // => [['FTA', 'SSF'], [], 'exact']
 */
export interface CoalitionResult {
  /** Resolved country (ISO alpha-2) or null. */
  readonly country: string | null;
  /** Resolved sector id or null. */
  readonly sector: string | null;
  /** Resolved theme ids, de-duplicated, in request order. */
  readonly themes: readonly string[];
  /** Minimum level used. */
  readonly minLevel: number;
  /** What covered a theme: a rated level only, or observed activity too (see {@link CoalitionRequest}). */
  readonly evidence: 'rated' | 'observed';
  /** Member ids of the coalition, sorted. */
  readonly members: readonly string[];
  /** What each member brings, in the order of `members`. */
  readonly contributions: readonly CoalitionContribution[];
  /** Themes the coalition covers, in request order. */
  readonly covered: readonly string[];
  /** Themes no (candidate) member has at >= minLevel. */
  readonly uncoverable: readonly string[];
  /** Coverable themes left uncovered because of `maxSize`. */
  readonly uncovered: readonly string[];
  /** Score and components, rounded to 6 decimals. */
  readonly score: CoalitionScore;
  /** How the cover was found. */
  readonly method: 'exact' | 'greedy';
  /**
   * Guarantee on the coalition size: 1 for exact search (minimum), ln(n) + 1 for greedy (size at
   * most that times the minimum, n = number of coverable themes).
   */
  readonly bound: number;
  /** Number of candidate members (members with a requested theme at >= minLevel). */
  readonly candidates: number;
  /** One sentence explaining the coalition, in `lang`. */
  readonly rationale: string;
}
