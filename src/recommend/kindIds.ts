/**
 * The ids of the built-in recommendation kinds (the joint activities the catalogue proposes):
 * editors complete them in the `kinds` option, and code can switch over `Recommendation.kind`
 * exhaustively for the built-in kinds. Custom kinds added with `extend` have ids of their own
 * (any lowercase kebab-case string), so `kinds` also takes other strings; an id that is in
 * neither is rejected at run time with an OptionsError listing the known kinds.
 * @example
 * const kinds: RecommendationKind[] = ['joint-lobby', 'training-offer'];
 * recommend(partnership, scores, views, { labels, kinds }).every((r) => kinds.includes(r.kind as RecommendationKind)); // => true
 * BUILTIN_CATALOGUE.map((k) => k.id).includes('coverage-gap'); // => true
 */
export type RecommendationKind =
  | 'coverage-gap'
  | 'in-country-coordination'
  | 'joint-company-engagement'
  | 'joint-lobby'
  | 'joint-programme'
  | 'joint-stakeholder-mapping'
  | 'shared-local-partner'
  | 'training-offer';
