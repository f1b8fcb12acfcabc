/**
 * The one list of built-in recommendation kind ids: {@link RecommendationKind} is derived from it
 * and the built-in catalogue is assembled from it (src/recommend/catalogue.ts), so the type, the
 * catalogue and the run-time check of the `kinds` option cannot drift apart.
 * @module
 */

/**
 * The ids of the built-in recommendation kinds, sorted: what the `kinds` and `overrides` options
 * accept without kinds of your own.
 * @example
 * RECOMMENDATION_KINDS.length; // => 8
 * RECOMMENDATION_KINDS.includes('joint-lobby'); // => true
 */
export const RECOMMENDATION_KINDS = Object.freeze([
  'coverage-gap',
  'in-country-coordination',
  'joint-company-engagement',
  'joint-lobby',
  'joint-programme',
  'joint-stakeholder-mapping',
  'shared-local-partner',
  'training-offer',
] as const);

/**
 * The id of a built-in recommendation kind (the joint activities the catalogue proposes):
 * editors complete it in the `kinds` and `overrides` options, and code can switch over
 * `Recommendation.kind` exhaustively for the built-in kinds. A misspelt id does not compile
 * (`kinds: ['joint-lobbby']`); from JavaScript it is an OptionsError with a "did you mean".
 * Kinds of your own (`extend`, `catalogue`) widen what `kinds` accepts to their ids.
 * @example
 * const kinds: RecommendationKind[] = ['joint-lobby', 'training-offer'];
 * recommend(partnership, scores, views, { labels, kinds }).every((r) => kinds.includes(r.kind as RecommendationKind)); // => true
 * BUILTIN_CATALOGUE.map((k) => k.id).includes('coverage-gap'); // => true
 */
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];
