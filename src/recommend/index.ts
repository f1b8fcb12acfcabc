/**
 * Ranked joint-activity recommendations: the catalogue of kinds, company
 * matching, stable ids and rationale rendering.
 * @packageDocumentation
 */
export { BUILTIN_CATALOGUE, describeCatalogue, type KindDescription } from './catalogue.js';
export {
  type CompanyMatch,
  type CoveredNeed,
  DEFAULT_MATCH_COMPANIES_OPTIONS,
  type DriverMatch,
  type MatchCompaniesOptions,
  matchCompanies,
} from './companies.js';
export { mergeEvidence } from './evidence.js';
export { fnv1a64Hex, type RecommendationIdentity, recommendationId } from './hash.js';
export { type MetricsLike, type PairMatrixLike, pairScoresFromMetrics } from './pairScoresFromMetrics.js';
export {
  type CountryPresence,
  indexPartnership,
  type PartnershipIndex,
  type SectorNetwork,
} from './partnershipIndex.js';
export { CATEGORY_WEIGHTS, type Rankable, type Ranked, type RankOptions, rankItems } from './rank.js';
export { DRIVER_LABELS, joinList, type RenderContext, renderTemplate } from './rationale.js';
export {
  DEFAULT_RECOMMEND_OPTIONS,
  type RankedRecommendations,
  type RecommendOptions,
  recommend,
  recommendRanked,
} from './recommend.js';
export { resolveCatalogue } from './resolveCatalogue.js';
export type {
  Candidate,
  GenerateContext,
  KindOverride,
  LocalText,
  RationaleValue,
  RecommendationKindDefinition,
  SectorInfo,
} from './types.js';
