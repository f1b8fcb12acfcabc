import type { HeaderMatch } from '../ingest/headers.js';
import type { RawRow } from '../ingest/types.js';
import type { IngestIssue, IssueCode } from '../schema/issues.js';
import { makeIssue, type RowLocation } from './issue.js';
import type { MatchResult } from './types.js';

/** Thrown inside a row converter to reject the row; caught by the table reader. */
export class RowRejection {
  constructor(readonly issue: IngestIssue) {}
}

/** What a row converter needs to know about its file. */
export interface TableContext {
  readonly file: string;
  readonly header: readonly string[];
  readonly match: HeaderMatch;
  /** Strict mode: every row-level warning rejects the row instead. */
  readonly strict: boolean;
  /** Whether multi-value cells may also be split on commas (the file's delimiter is not a comma). */
  readonly allowComma: boolean;
}

/** How to describe a resolved value in messages. */
export interface ResolveSpec<T> {
  /** Field (canonical column) the value came from. */
  readonly field: string;
  /** What the value is, for messages: 'country', 'theme', 'member', ... */
  readonly what: string;
  /** Code used when nothing matched. */
  readonly unknownCode: IssueCode;
  /** Display text of a resolved value. */
  readonly show: (value: T) => string;
}

/**
 * Reads one data row through its header mapping and collects or raises located problems.
 * Converters call `cell()` for values, `warn()` for recoverable problems and `reject()` to
 * refuse the row; in strict mode `warn()` rejects.
 */
export class RowReader {
  readonly warnings: IngestIssue[] = [];
  readonly at: RowLocation;

  constructor(
    readonly ctx: TableContext,
    readonly row: RawRow,
  ) {
    this.at = { file: ctx.file, line: row.line };
  }

  /** True when the file has a column for the canonical field. */
  has(field: string): boolean {
    return this.ctx.match.fields.has(field);
  }

  /** The trimmed cell of a canonical field ('' when the column or the cell is absent). */
  cell(field: string): string {
    const index = this.ctx.match.fields.get(field);
    if (index === undefined) return '';
    return (this.row.cells[index] ?? '').trim();
  }

  /** The header text the user wrote for a canonical field (for messages), or the field name. */
  column(field: string): string {
    const index = this.ctx.match.fields.get(field);
    return index === undefined ? field : (this.ctx.header[index] ?? field);
  }

  /** The cell of a required field; rejects the row when it is empty. */
  required(field: string, what: string): string {
    const value = this.cell(field);
    if (value === '') {
      this.reject('missing_value', `The ${what} is empty; every row needs one.`, field, '');
    }
    return value;
  }

  /** Refuse the row. */
  reject(
    code: IssueCode,
    message: string,
    field: string | null,
    value: string | null,
    suggestion?: string | null,
  ): never {
    throw new RowRejection(
      makeIssue(this.at, code, message, {
        column: field === null ? null : this.column(field),
        value,
        suggestion: suggestion ?? null,
      }),
    );
  }

  /** Record a recoverable problem (rejects the row in strict mode). */
  warn(
    code: IssueCode,
    message: string,
    field: string | null,
    value: string | null,
    suggestion?: string | null,
  ): void {
    const issue = makeIssue(this.at, code, message, {
      column: field === null ? null : this.column(field),
      value,
      suggestion: suggestion ?? null,
    });
    if (this.ctx.strict) throw new RowRejection({ ...issue, message: `${message} (strict mode)` });
    this.warnings.push(issue);
  }

  /**
   * Turn a MatchResult into a value: exact passes, fuzzy passes with a warning that shows
   * original -> normalised, ambiguous and none reject (none with a "did you mean").
   * `onNone` may instead return a fallback value (e.g. a custom category).
   */
  resolve<T>(raw: string, result: MatchResult<T>, spec: ResolveSpec<T>, onNone?: () => T): T {
    switch (result.kind) {
      case 'exact':
        return result.value;
      case 'fuzzy': {
        const shown = spec.show(result.value);
        this.warn(
          'fuzzy_match',
          `Read ${spec.what} "${raw}" as "${shown}" (close match); fix the file if that is wrong.`,
          spec.field,
          raw,
          shown,
        );
        return result.value;
      }
      case 'ambiguous': {
        const names = result.candidates.map(spec.show);
        return this.reject(
          'ambiguous_value',
          `The ${spec.what} "${raw}" could be ${names.map((n) => `"${n}"`).join(' or ')}; write it in full.`,
          spec.field,
          raw,
          names[0] ?? null,
        );
      }
      case 'none': {
        if (onNone) return onNone();
        const suggestion = result.suggestion === null ? null : spec.show(result.suggestion);
        const hint = suggestion === null ? '' : ` Did you mean "${suggestion}"?`;
        return this.reject(
          spec.unknownCode,
          `Unknown ${spec.what} "${raw}".${hint}`,
          spec.field,
          raw,
          suggestion,
        );
      }
    }
  }
}
