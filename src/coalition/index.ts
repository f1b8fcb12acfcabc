/**
 * partner-synergy/coalition: the smallest set of members that covers a list of themes in a
 * country (or sector), preferring members already present and strong (`buildCoalition`), with
 * its options, weights and result types. Browser-safe; kept out of the core entry so the core's
 * browser bundle stays small. Examples use the names listed on the `partner-synergy` page.
 * @packageDocumentation
 * @module partner-synergy/coalition
 */
export { buildCoalition } from './buildCoalition.js';
export {
  type CoalitionContribution,
  type CoalitionEvidence,
  type CoalitionMethod,
  type CoalitionOptions,
  type CoalitionRequest,
  type CoalitionResult,
  type CoalitionScore,
  type CoalitionWeights,
  type CoveredTheme,
  DEFAULT_COALITION_OPTIONS,
  DEFAULT_COALITION_WEIGHTS,
} from './types.js';
