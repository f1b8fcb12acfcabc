export { buildCoalition } from './buildCoalition.js';
export { type CoverProblem, type CoverSolution, exactCover, greedyBound, greedyCover } from './cover.js';
export { type CoalitionSentence, coalitionRationale } from './rationale.js';
export {
  type CoalitionContribution,
  type CoalitionMethod,
  type CoalitionOptions,
  type CoalitionRequest,
  type CoalitionResult,
  type CoalitionScore,
  type CoalitionWeights,
  type CoveredTheme,
  DEFAULT_COALITION_OPTIONS,
  DEFAULT_COALITION_WEIGHTS,
  type Lang,
} from './types.js';
