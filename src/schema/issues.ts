import * as z from './zod.js';

/**
 * Machine-readable codes of ingestion problems. Each is explained, with its fix, in
 * docs/troubleshooting.md.
 * @example
 * IssueCodeSchema.options.includes('unknown_member'); // => true
 */
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
  'invalid_scope',
  'invalid_evidence',
  'invalid_activities',
  'invalid_area',
  'place_not_present',
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
  'self_reference',
  // Appended by the workbook reader (partner-synergy/workbook).
  'unreadable_workbook',
  'hidden_sheet',
  'uncalculated_formula',
  'cell_error',
  // Appended by issue 16 (reliability, round two).
  'invalid_utf8',
  'title_row_skipped',
  'repeated_header',
  'member_conflict',
  'rejected_member',
  'lookalike_id',
]);
/**
 * The code of an ingestion problem (see {@link IssueCodeSchema}).
 * @example
 * const codes: IssueCode[] = parsePartnership(messy).rejected.map((i) => i.code);
 * codes; // => ['unknown_member', 'invalid_level', 'missing_value', 'unknown_country', 'invalid_strength']
 */
export type IssueCode = z.output<typeof IssueCodeSchema>;

/**
 * One problem found while reading input: where (file, 1-based physical line,
 * column name), what (the raw value), why (code + message) and, when fuzzy
 * matching found one, a suggestion. `line` is 0 for file-level issues. For a workbook sheet,
 * `file` is the sheet as Excel names it in another workbook (`[partnership.xlsx]Expertise`),
 * `line` its row and `cell` the cell (`C14`), so `${file}!${cell}` is the cell's full reference.
 * @example
 * IngestIssueSchema.safeParse(parsePartnership(messy).rejected[0]).success; // => true
 */
export const IngestIssueSchema = z.object({
  file: z.string(),
  line: z.number().check(z.int()).check(z.nonnegative()),
  column: z.nullable(z.string()),
  value: z.nullable(z.string()),
  code: IssueCodeSchema,
  message: z.string(),
  suggestion: z.nullable(z.string()),
  /** Workbook sheets only: the cell (`C14`) or row (`14:14`) in the sheet `file` names; absent for CSV files. */
  cell: z.optional(z.string()),
});
/**
 * One located problem found while reading input (see {@link IngestIssueSchema}).
 * @example
 * const issue: IngestIssue = parsePartnership(messy).rejected[0]!;
 * issue;
 * // => { file: 'expertise-aanvulling.csv', line: 4, column: 'lid', value: 'Onbekende Stichting',
 * //      code: 'unknown_member', suggestion: 'Stichting Jonge Handen', ... }
 */
export type IngestIssue = z.output<typeof IngestIssueSchema>;

/**
 * Per-file ingestion summary. rows = accepted + rejected, always.
 * @example
 * baseline.ingest.files.every((f) => FileReportSchema.safeParse(f).success); // => true
 */
export const FileReportSchema = z.object({
  file: z.string(),
  kind: z.string(),
  encoding: z.string(),
  delimiter: z.string(),
  rows: z.number().check(z.int()).check(z.nonnegative()),
  accepted: z.number().check(z.int()).check(z.nonnegative()),
  rejected: z.number().check(z.int()).check(z.nonnegative()),
});
/**
 * What reading one file gave (see {@link FileReportSchema}).
 * @example
 * const report: FileReport = baseline.ingest.files.find((f) => f.file === 'members.csv')!;
 * report;
 * // => { file: 'members.csv', kind: 'members', encoding: 'utf-8', delimiter: ',', rows: 12, accepted: 12, rejected: 0 }
 */
export type FileReport = z.output<typeof FileReportSchema>;
