import type { Lang } from '../country/labels.js';
import type { HeaderMatch } from '../ingest/headers.js';
import type { RawRow } from '../ingest/types.js';
import { type MessageKey, messagesIn, type Translate } from '../messages/catalogue.js';
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
  /** Language of the issue messages. Default 'en'. */
  readonly lang?: Lang;
}

/** A noun of the message catalogue ('noun.theme', 'noun.country', ...). */
export type NounKey = Extract<MessageKey, `noun.${string}`>;

/** How to describe a resolved value in messages. */
export interface ResolveSpec<T> {
  /** Field (canonical column) the value came from. */
  readonly field: string;
  /** What the value is, for messages: 'noun.country', 'noun.theme', 'noun.member', ... */
  readonly what: NounKey;
  /** Code used when nothing matched. */
  readonly unknownCode: IssueCode;
  /** Display text of a resolved value. */
  readonly show: (value: T) => string;
}

/** One message catalogue per language, shared by every row (not a closure made per row). */
const TRANSLATORS = new Map<Lang, Translate>();

function translatorIn(lang: Lang): Translate {
  let t = TRANSLATORS.get(lang);
  if (t === undefined) {
    t = messagesIn(lang);
    TRANSLATORS.set(lang, t);
  }
  return t;
}

/**
 * Reads one data row through its header mapping and collects or raises located problems.
 * Converters call `cell()` for values, `warn()` for recoverable problems and `reject()` to
 * refuse the row; in strict mode `warn()` rejects.
 */
export class RowReader {
  readonly warnings: IngestIssue[] = [];
  readonly at: RowLocation;
  /** The message catalogue in the run's language. */
  readonly t: Translate;

  constructor(
    readonly ctx: TableContext,
    readonly row: RawRow,
  ) {
    this.at = { file: ctx.file, line: row.line };
    this.t = translatorIn(ctx.lang ?? 'en');
  }

  /** The language of the messages. */
  get lang(): Lang {
    return this.ctx.lang ?? 'en';
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
  required(field: string, what: NounKey): string {
    const value = this.cell(field);
    if (value === '') {
      this.reject('missing_value', this.t('missing_value.required', { what: this.t(what) }), field, '');
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
    if (this.ctx.strict) throw new RowRejection({ ...issue, message: this.t('strict.suffix', { message }) });
    this.warnings.push(issue);
  }

  /** ' Did you mean "x"?' in the run's language, or '' without a suggestion. */
  hint(suggestion: string | null): string {
    return suggestion === null ? '' : this.t('hint.did_you_mean', { suggestion });
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
          this.t('fuzzy_match.read_as', { what: this.t(spec.what), value: raw, shown }),
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
          this.t('ambiguous_value.could_be', {
            what: this.t(spec.what),
            value: raw,
            options: names.map((n) => `"${n}"`).join(this.t('word.or')),
          }),
          spec.field,
          raw,
          names[0] ?? null,
        );
      }
      case 'none': {
        if (onNone) return onNone();
        const suggestion = result.suggestion === null ? null : spec.show(result.suggestion);
        return this.reject(
          spec.unknownCode,
          this.t('unknown.value', { what: this.t(spec.what), value: raw }) + this.hint(suggestion),
          spec.field,
          raw,
          suggestion,
        );
      }
    }
  }
}
