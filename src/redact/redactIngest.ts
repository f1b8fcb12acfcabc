import type { Lang } from '../lang.js';
import type { IngestResult } from '../normalise/parsePartnership.js';
import type { FileReport, IngestIssue } from '../schema/issues.js';
import type { RedactionPlan } from './plan.js';
import { redactPartnership } from './redactPartnership.js';
import { REDACTED, type RedactionOptions, type Withheld } from './types.js';

/**
 * Redact ingestion issues (rejected rows and warnings carry raw input values): when an issue's
 * value, suggestion or message contains a redacted term (a removed theme, country or opted-out
 * member, or a pseudonymised partner or company name), or its value names a removed theme or
 * country (also through a typo: "Myanmr"), all three become "[redacted]". Location (file, line,
 * column) and code are kept, with sensitive terms blanked in the file name.
 *
 * @param issues - ingestion issues (rejected rows or warnings)
 * @param plan - the resolved redaction, e.g. the `plan` of {@link redactPartnership}
 * @returns the redacted issues (same order) and how many were redacted
 * @example
 * const read = parsePartnership(messy);
 * const { plan } = redactPartnership(read.partnership, { optOut: ['SJH'] });
 * const { issues, redacted } = redactIssues(read.rejected, plan);
 * redacted; // => 1
 * issues[0]; // => { code: 'unknown_member', value: '[redacted]', message: '[redacted]', suggestion: '[redacted]', ... }
 */
export function redactIssues(
  issues: readonly IngestIssue[],
  plan: RedactionPlan,
): { issues: IngestIssue[]; redacted: number } {
  let redacted = 0;
  const out = issues.map((issue) => {
    const hit =
      [issue.value, issue.suggestion, issue.message].some((t) => t !== null && plan.everything.test(t)) ||
      (issue.value !== null && plan.namesRemoved(issue.value)) ||
      (issue.suggestion !== null && plan.namesRemoved(issue.suggestion));
    const file = plan.everything.replace(issue.file, REDACTED);
    const column = issue.column === null ? null : plan.everything.replace(issue.column, REDACTED);
    if (!hit) return { ...issue, file, column };
    redacted++;
    return {
      ...issue,
      file,
      column,
      value: issue.value === null ? null : REDACTED,
      suggestion: issue.suggestion === null ? null : REDACTED,
      message: REDACTED,
    };
  });
  return { issues: out, redacted };
}

/**
 * Options the redaction narrows: focus lists must not re-introduce a removed theme or country.
 *
 * @example
 * redactIngestResult(result, { themes: ['gbv'] }, { focusThemes: ['gbv', 'osh'] }).options.focusThemes; // => ['osh']
 */
export interface FocusOptions {
  readonly focusThemes?: readonly string[];
  readonly focusCountries?: readonly string[];
  /** Language of the errors ('en' or 'nl'). Default 'en'. */
  readonly lang?: Lang;
}

/**
 * The result of {@link redactIngestResult}.
 *
 * @example
 * const { ingest, options, withheld } = redactIngestResult(result, { partners: true }, {});
 */
export interface RedactedIngest<O extends FocusOptions> {
  /** The parse result with partnership, file reports and issues redacted (taxonomies unchanged). */
  readonly ingest: IngestResult;
  /** The options with removed themes and countries taken out of the focus lists. */
  readonly options: O;
  /** How much was withheld. */
  readonly withheld: Withheld;
}

/**
 * Redact a whole parse result: the partnership ({@link redactPartnership}), the file reports
 * (sensitive terms blanked in file names) and every rejected row and warning
 * ({@link redactIssues}); and drop removed themes and countries from `focusThemes` and
 * `focusCountries`. This is what `buildBaseline(input, { redact })` applies right after parsing.
 *
 * @param result - a {@link parsePartnership} result
 * @param redaction - what to redact (see {@link RedactionOptions})
 * @param options - options with focus lists (`focusThemes`, `focusCountries`) to narrow
 * @throws OptionsError for a theme, country or member that cannot be resolved
 * @example
 * const { ingest, withheld } = redactIngestResult(parsePartnership(sample), { optOut: ['VAW'] }, {});
 * withheld.members; // => 1
 * ingest.partnership.members.some((m) => m.id === 'VAW'); // => false
 * redactIngestResult(parsePartnership(sample), { themes: ['gbv'] }, { focusThemes: ['gbv', 'osh'] }).options;
 * // => { focusThemes: ['osh'] }
 */
export function redactIngestResult<O extends FocusOptions>(
  result: IngestResult,
  redaction: RedactionOptions,
  options: O,
): RedactedIngest<O> {
  const { partnership, withheld, plan } = redactPartnership(
    result.partnership,
    redaction,
    result.themes,
    options.lang ?? 'en',
  );
  const rejected = redactIssues(result.rejected, plan);
  const warnings = redactIssues(result.warnings, plan);
  const files: FileReport[] = result.files.map((f) => ({
    ...f,
    file: plan.everything.replace(f.file, REDACTED),
  }));
  const keepTheme = (t: string) => !plan.themes.has(t) && !plan.namesRemoved(t);
  const keepCountry = (c: string) => !plan.countries.has(c) && !plan.namesRemoved(c);
  const narrowed: O = {
    ...options,
    ...(options.focusThemes === undefined ? {} : { focusThemes: options.focusThemes.filter(keepTheme) }),
    ...(options.focusCountries === undefined
      ? {}
      : { focusCountries: options.focusCountries.filter(keepCountry) }),
  };
  return {
    ingest: { ...result, partnership, files, rejected: rejected.issues, warnings: warnings.issues },
    options: narrowed,
    withheld: { ...withheld, issues: rejected.redacted + warnings.redacted },
  };
}
