/**
 * partner-synergy/parts: the steps and helpers the pipeline is built from, for people who
 * assemble their own pipeline or tools around it: decoding and table parsing, header and
 * vocabulary matching, fuzzy matching and organisation-name clustering, per-dimension profiles
 * and metrics, dense matrices, redaction pieces, escaping and seriation. The root entry
 * (`partner-synergy`) keeps the pipeline itself; these are lower level and change more often.
 * Browser-safe. Examples use the names listed on the `partner-synergy` page.
 * @packageDocumentation
 * @module partner-synergy/parts
 */
export { decodeBytes, decodeInput } from './ingest/decode.js';
export { type DetectDelimiterOptions, detectDelimiter } from './ingest/delimiter.js';
export {
  detectFileKind,
  foldHeader,
  HEADER_ALIASES,
  matchHeaders,
  REQUIRED_FIELDS,
} from './ingest/headers.js';
export { parseTable } from './ingest/parseTable.js';
export {
  computeDimensionMetrics,
  type DimensionMetricsOptions,
} from './metrics/computeDimensionMetrics.js';
export { denseDimensionMetrics, denseMetrics } from './metrics/dense.js';
export { COUNTRY_VARIANTS } from './normalise/countries.js';
export { foldText } from './normalise/fold.js';
export { createMatcher, DEFAULT_MATCH_OPTIONS, type Matcher, type MatchOptions } from './normalise/fuzzy.js';
export { clusterOrgNames } from './normalise/orgClusters.js';
export {
  clusterPartnerNames,
  type PartnerCluster,
  type PartnerNameOptions,
} from './normalise/orgNames.js';
export { isCustomId } from './normalise/taxonomy.js';
export {
  DRIVER_ALIASES,
  LEVEL_ALIASES,
  MEMBER_TYPE_ALIASES,
  NETWORK_ALIASES,
  PRESENCE_ALIASES,
  parseDriver,
  parseLevel,
  parseMemberType,
  parseNetworkKind,
  parsePresence,
  parseRole,
  ROLE_ALIASES,
  type SplitMultiOptions,
  splitMulti,
} from './normalise/vocab.js';
export { type CsvCellOptions, csvCell, escapeHtml, escapeMarkdownCell } from './output/escape.js';
export { buildDimensionProfile, type ProfileEntry } from './profile/buildDimensionProfile.js';
export { applySpecialisation, specialisationFactors } from './profile/specialisation.js';
export { formatWithheld, REDACTED, redactIngestResult, redactIssues } from './redact/index.js';
export { seriate } from './report/seriate.js';
export {
  AreaViewSchema,
  BaselineMemberSchema,
  CountryMemberSchema,
  CountryThemeSchema,
  CountryViewSchema,
  DimensionMatricesSchema,
  DimensionMatricesTopSchema,
  FunderSummarySchema,
  LabelSchema,
  LabelsSchema,
  PairValuesSchema,
  PairValuesTopSchema,
  SharedPartnerSchema,
  ThemeEvidenceSchema,
  TopPartnersSchema,
} from './schema/baseline.js';
