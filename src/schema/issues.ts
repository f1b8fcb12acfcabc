import { z } from 'zod';

/** Machine-readable codes of ingestion problems. Documented in the README's troubleshooting section. */
export const IssueCodeSchema = z.enum([
  'missing_column',
  'missing_value',
  'unknown_member',
  'unknown_country',
  'unknown_theme',
  'unknown_sector',
  'ambiguous_value',
  'fuzzy_match',
  'custom_category',
  'invalid_level',
  'invalid_strength',
  'invalid_presence',
  'invalid_network',
  'invalid_type',
  'invalid_role',
  'invalid_year',
  'invalid_driver',
  'duplicate_row',
  'duplicate_member',
  'duplicate_header',
  'unknown_column',
  'ragged_row',
  'unterminated_quote',
  'parse_error',
  'encoding_fallback',
  'binary_content',
  'empty_file',
  'unknown_file',
  'limit_exceeded',
  // Appended by ingest: file-level notes of parseTable.
  'hxl_row_skipped',
  'trailing_columns_dropped',
]);
export type IssueCode = z.infer<typeof IssueCodeSchema>;

/**
 * One problem found while reading input: where (file, 1-based physical line,
 * column name), what (the raw value), why (code + message) and, when fuzzy
 * matching found one, a suggestion. `line` is 0 for file-level issues.
 */
export const IngestIssueSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  code: IssueCodeSchema,
  message: z.string(),
  suggestion: z.string().nullable(),
});
export type IngestIssue = z.infer<typeof IngestIssueSchema>;

/** Per-file ingestion summary. rows = accepted + rejected, always. */
export const FileReportSchema = z.object({
  file: z.string(),
  kind: z.string(),
  encoding: z.string(),
  delimiter: z.string(),
  rows: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
});
export type FileReport = z.infer<typeof FileReportSchema>;
