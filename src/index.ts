/**
 * partner-synergy: the browser-safe core. Feed it CSV text or bytes (or records), get a synergy
 * baseline: normalised partnership, located input problems, overlap/complementarity/synergy
 * matrices, in-country views, ranked and explained joint-activity recommendations, and reports.
 * Nothing under this entry imports `node:` modules; file and CLI helpers live in
 * `partner-synergy/node`, the network view in `partner-synergy/network`.
 *
 * The pipeline: ingest (bytes -> table) -> normalise (table -> records) -> profile -> metrics ->
 * country views -> recommend -> report.
 * @packageDocumentation
 */

// Records, issues and the baseline.json contract (zod schemas are the single source of the types)
export * from './schema/records.js';
export * from './schema/issues.js';
export * from './schema/baseline.js';
export { TaxonomyEntrySchema, TaxonomyFileSchema, type TaxonomyEntry } from './schema/taxonomy.js';
export {
  PartnerSynergyError,
  InputRejectedError,
  LimitError,
  OptionsError,
  type ErrorCode,
} from './errors.js';

// One call
export {
  buildBaseline,
  type Baseline,
  type BaselineInput,
  type BaselineOptions,
} from './baseline/buildBaseline.js';
export {
  toBaselineJson,
  stringifyBaseline,
  DEFAULT_JSON_DECIMALS,
  type BaselineJsonOptions,
} from './baseline/toJson.js';
export { pairScoresFromMetrics } from './recommend/pairScoresFromMetrics.js';

// Ingest: bytes -> table
export { decodeBytes, decodeInput } from './ingest/decode.js';
export { detectDelimiter } from './ingest/delimiter.js';
export { parseTable } from './ingest/parseTable.js';
export { DEFAULT_LIMITS } from './ingest/limits.js';
export { detectFileKind, matchHeaders, foldHeader, HEADER_ALIASES, REQUIRED_FIELDS } from './ingest/headers.js';
export type {
  DecodedText,
  Limits,
  RawRow,
  RawTable,
  TextEncodingName,
  HeaderMatch,
  ParseTableOptions,
} from './ingest/types.js';

// Normalise: table -> records
export {
  parsePartnership,
  parsePartnershipOrThrow,
  DEFAULT_PARSE_OPTIONS,
  type InputFile,
  type IngestResult,
  type ParseOptions,
  type PartnershipInput,
} from './normalise/parsePartnership.js';
export { foldText } from './normalise/fold.js';
export { createMatcher, DEFAULT_MATCH_OPTIONS, type Matcher, type MatchOptions } from './normalise/fuzzy.js';
export {
  parseLevel,
  parsePresence,
  parseNetworkKind,
  parseMemberType,
  parseRole,
  parseDriver,
  splitMulti,
  PRESENCE_ALIASES,
  NETWORK_ALIASES,
  MEMBER_TYPE_ALIASES,
  ROLE_ALIASES,
  DRIVER_ALIASES,
  LEVEL_ALIASES,
} from './normalise/vocab.js';
export { resolveCountry, countryName, COUNTRY_VARIANTS } from './normalise/countries.js';
export {
  createTaxonomy,
  DEFAULT_THEMES,
  DEFAULT_SECTORS,
  isCustomId,
  type Taxonomy,
} from './normalise/taxonomy.js';
export type { MatchResult } from './normalise/types.js';

// Profiles and metrics
export { buildProfiles } from './profile/buildProfiles.js';
export type { DimensionProfile, Profiles, SparseVector } from './profile/types.js';
export { SquareMatrix } from './metrics/SquareMatrix.js';
export { computeDimensionMetrics } from './metrics/computeDimensionMetrics.js';
export { computeMetrics, type MetricsOptions, type PartnershipMetrics } from './metrics/computeMetrics.js';
export { DEFAULT_METRICS_OPTIONS } from './metrics/options.js';
export type { DimensionMetrics } from './metrics/dimensionMatrices.js';

// In-country views
export {
  buildCountryViews,
  type CountryViewOptions,
  DEFAULT_COUNTRY_VIEW_OPTIONS,
} from './country/buildCountryViews.js';
export { clusterPartnerNames, type PartnerCluster } from './country/partnerNames.js';
export type { PairScores } from './country/pairScores.js';

// Recommendations
export { recommend, DEFAULT_RECOMMEND_OPTIONS, type RecommendOptions } from './recommend/recommend.js';
export { BUILTIN_CATALOGUE, describeCatalogue } from './recommend/catalogue.js';
export { matchCompanies, type CompanyMatch } from './recommend/companies.js';
export type { RecommendationKindDefinition } from './recommend/types.js';

// Reports
export { renderMarkdown } from './report/markdown.js';
export { renderHtml } from './report/html.js';
export { toCsvExports, formatCsv } from './report/csv.js';
export { renderHeatmapSvg } from './report/heatmap.js';
export { escapeHtml, csvCell, escapeMarkdownCell } from './report/escape.js';
export { seriate } from './report/seriate.js';
