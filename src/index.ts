/**
 * partner-synergy: the browser-safe core. Feed it CSV text or bytes (or records), get a synergy
 * baseline: normalised partnership, located input problems, overlap/complementarity/synergy
 * matrices, in-country views, ranked and explained joint-activity recommendations.
 * Nothing under this entry imports `node:` modules; file and CLI helpers live in
 * `partner-synergy/node`, the network view in `partner-synergy/network`, the reports (Markdown,
 * HTML, meeting pack, SVG, CSV exports) in `partner-synergy/report`.
 *
 * The pipeline: ingest (bytes -> table) -> normalise (table -> records) -> profile -> metrics ->
 * country views -> recommend -> report.
 *
 * Every example in this reference runs in the test suite (tests/docs) and each `expr; // => value`
 * in it is checked. Examples use these names without defining them: `sample` (the five CSV texts
 * of data/sample-partnership, keyed by file name), `messy` (the files of
 * data/sample-partnership-messy as bytes), `baseline = buildBaseline(sample)`,
 * `json = toBaselineJson(baseline)`, `partnership`, `metrics`, `labels` and `views` (parts of
 * `baseline`), `scores = pairScoresFromMetrics(metrics)`, `profiles = buildProfiles(partnership)`,
 * `network = buildNetwork(json)`, `nextYear` (the sample's baseline.json a year later: FTA opened
 * an office in Kenya, a new member NMW joined there) and `outDir` (an empty temporary directory).
 * @packageDocumentation
 * @module partner-synergy
 */

// One call
export {
  type Baseline,
  type BaselineInput,
  type BaselineOptions,
  buildBaseline,
  DEFAULT_BASELINE_MAX_MEMBERS,
} from './baseline/buildBaseline.js';
export { explainSynergy, type SynergyExplanation } from './baseline/explainSynergy.js';
export {
  DEFAULT_MATRICES_TOP,
  FULL_MATRICES_MAX_MEMBERS,
  type MatricesMode,
} from './baseline/matricesJson.js';
export {
  BASELINE_MATRIX_NAMES,
  type BaselineMatrix,
  type BaselineMatrixName,
  type FullIdMatrix,
  type MatrixPartner,
  readBaselineMatrix,
} from './baseline/matrixReader.js';
export type { BaselineStage, StageListener } from './baseline/stages.js';
export {
  type BaselineJsonOptions,
  type BaselineOrJson,
  DEFAULT_JSON_DECIMALS,
  stringifyBaseline,
  toBaselineJson,
} from './baseline/toJson.js';
// Coalition builder: the smallest set of members covering themes in a country or sector
// The coalition builder (buildCoalition and its types) is partner-synergy/coalition
// In-country views
export {
  buildCountryViews,
  type CountryViewOptions,
  DEFAULT_COUNTRY_VIEW_OPTIONS,
} from './country/buildCountryViews.js';
export type { DenseKind, DenseRows, PairScores } from './country/pairScores.js';
export { type MemberLevel, type ThemeLevels, themeLevelsFromRecords } from './country/themeLevels.js';
// Follow the partnership over time
// (diffBaselines and the diff renderers are in partner-synergy/diff)
export { loadBaselineJson } from './diff/loadBaselineJson.js';
export {
  type ErrorCode,
  InputRejectedError,
  IoError,
  type IoReason,
  LimitError,
  OptionsError,
  PartnerSynergyError,
} from './errors.js';
// Ingest: bytes -> table
export { DEFAULT_LIMITS } from './ingest/limits.js';
export type {
  DecodedText,
  HeaderMatch,
  Limits,
  ParseTableOptions,
  RawRow,
  RawTable,
  TextEncodingName,
} from './ingest/types.js';
export type { Lang } from './lang.js';
export { computeMetrics, type MetricsOptions, type PartnershipMetrics } from './metrics/computeMetrics.js';
export type { DimensionMetrics } from './metrics/dimensionMatrices.js';
export type { MetricsEngine } from './metrics/engine.js';
export {
  explainPair,
  type PairContribution,
  type PairExplanation,
} from './metrics/explainPair.js';
export type { ContextWeights } from './metrics/options.js';
export { DEFAULT_METRICS_OPTIONS } from './metrics/options.js';
export type { MatrixSource, SquareMatrixJson } from './metrics/SquareMatrix.js';
export { SquareMatrix } from './metrics/SquareMatrix.js';
export type { MemberTopPartners, TopK, TopPartner } from './metrics/topKTypes.js';
export { DEFAULT_TOP_K, type TopSynergyOptions, topSynergyPartners } from './metrics/topSynergyPartners.js';
export { countryName, resolveCountry } from './normalise/countries.js';
// Normalise: table -> records
export {
  DEFAULT_PARSE_OPTIONS,
  type IngestResult,
  type InputFile,
  type InputTable,
  type ParseOptions,
  type PartnershipInput,
  parsePartnership,
  parsePartnershipOrThrow,
} from './normalise/parsePartnership.js';
export type { TaxonomyOptions } from './normalise/taxonomy.js';
export {
  createTaxonomy,
  DEFAULT_SECTORS,
  DEFAULT_THEMES,
  type Taxonomy,
} from './normalise/taxonomy.js';
export type { MatchResult } from './normalise/types.js';
export { type CsvExportOptions, formatCsv } from './output/csv.js';
export type { CsvValue } from './output/escape.js';
// Profiles and metrics
export { buildProfiles } from './profile/buildProfiles.js';
export {
  DEFAULT_PROFILE_OPTIONS,
  type ExpertiseLevel,
  type NetworkStrength,
  type ProfileOptions,
} from './profile/options.js';
export type { Weighting } from './profile/specialisation.js';
export type { DimensionProfile, Profiles, SparseVector } from './profile/types.js';
export { BUILTIN_CATALOGUE, describeCatalogue, type KindDescription } from './recommend/catalogue.js';
export type { MatchCompaniesOptions } from './recommend/companies.js';
export { type CompanyMatch, matchCompanies } from './recommend/companies.js';
export { RECOMMENDATION_KINDS, type RecommendationKind } from './recommend/kindIds.js';
export { pairScoresFromMetrics } from './recommend/pairScoresFromMetrics.js';
// Recommendations
export {
  DEFAULT_RECOMMEND_OPTIONS,
  type RankedRecommendations,
  type RecommendOptions,
  recommend,
  recommendRanked,
} from './recommend/recommend.js';
export type {
  Candidate,
  GenerateContext,
  KindOverride,
  LocalText,
  RecommendationCategory,
  RecommendationKindDefinition,
  ScoreFloor,
  SectorInfo,
} from './recommend/types.js';
// Sensitive data: pseudonymise partners and companies, remove themes/countries, member opt-out
export {
  DEFAULT_REDACTION,
  type RedactedPartnership,
  type RedactionOptions,
  redactPartnership,
  type Withheld,
} from './redact/index.js';
// Reports (renderHtml, renderMarkdown, the meeting pack, SVG, CSV exports) are in partner-synergy/report
export type {
  AreaView,
  BaselineJson,
  CountryView,
  FunderSummary,
  Labels,
  Recommendation,
  SharedPartner,
} from './schema/baseline.js';
export {
  BASELINE_SCHEMA_VERSION,
  BaselineJsonSchema,
  READABLE_SCHEMA_VERSIONS,
  RecommendationKindSchema,
  RecommendationSchema,
} from './schema/baseline.js';
export * from './schema/issues.js';
// Records, issues and the baseline.json contract (zod schemas are the single source of the types)
export * from './schema/records.js';
export { type TaxonomyEntry, TaxonomyEntrySchema, TaxonomyFileSchema } from './schema/taxonomy.js';
