import type { IngestIssue, IssueCode } from '../schema/issues.js';

/** Where a row lives, for building located issues. */
export interface RowLocation {
  readonly file: string;
  readonly line: number;
}

/** Optional parts of an issue. */
export interface IssueDetails {
  readonly column?: string | null;
  readonly value?: string | null;
  readonly suggestion?: string | null;
}

/**
 * Build a located ingestion issue. Messages are written for a coordinator, not a developer.
 *
 * @example
 * makeIssue({ file: 'expertise.csv', line: 4 }, 'invalid_level', 'Level "7" is not between 0 and 5.', { column: 'level', value: '7' });
 */
export function makeIssue(
  at: RowLocation,
  code: IssueCode,
  message: string,
  details: IssueDetails = {},
): IngestIssue {
  return {
    file: at.file,
    line: at.line,
    column: details.column ?? null,
    value: details.value ?? null,
    code,
    message,
    suggestion: details.suggestion ?? null,
  };
}

/**
 * Sort issues by file, line, column, code: the order every report shows them in.
 *
 * @example
 * sortIssues([b, a]); // => [a, b] when a is on an earlier line
 */
export function sortIssues(issues: readonly IngestIssue[]): IngestIssue[] {
  return [...issues].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      a.line - b.line ||
      cmp(a.column ?? '', b.column ?? '') ||
      cmp(a.code, b.code) ||
      cmp(a.value ?? '', b.value ?? ''),
  );
}

/** Code-unit string comparison (locale-independent, deterministic). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
