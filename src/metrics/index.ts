export { pairValues } from './combined.js';
export type { CombinedKind } from './combinedIndex.js';
export { computeDimensionMetrics, type DimensionMetricsOptions } from './computeDimensionMetrics.js';
export { computeMetrics, type PartnershipMetrics } from './computeMetrics.js';
export { type DenseMetrics, denseDimensionMetrics, denseMetrics, denseWeights } from './dense.js';
export type { DimensionMetrics } from './dimensionMatrices.js';
export { explainPair, type PairContribution, type PairExplanation } from './explainPair.js';
export {
  contextOf,
  contextWeightsOf,
  cosineOf,
  duplicationOf,
  gainOf,
  overlapOf,
  synergyOf,
} from './formulas.js';
export {
  type ContextWeights,
  DEFAULT_METRICS_OPTIONS,
  type MetricsOptions,
  type ResolvedMetricsOptions,
  resolveMetricsOptions,
} from './options.js';
export { type MatrixSource, roundDecimals, SquareMatrix, type SquareMatrixJson } from './SquareMatrix.js';
export type { MemberTopPartners, TopK, TopPartner } from './topKTypes.js';
export { DEFAULT_TOP_K, type TopSynergyOptions, topSynergyPartners } from './topSynergyPartners.js';
