/**
 * Collects importer warnings, one per distinct problem value, with the first line it occurred
 * on and how often.
 * @module
 */
import type { Lang } from '../country/labels.js';
import { type ToolTranslate, toolMessagesIn } from '../messages/toolCatalogue.js';
import type { IngestIssue, IssueCode } from '../schema/issues.js';

interface Entry {
  readonly file: string;
  readonly line: number;
  readonly column: string | null;
  readonly value: string | null;
  readonly code: IssueCode;
  readonly message: string;
  readonly suggestion: string | null;
  count: number;
}

/**
 * A collector of located warnings. `add` with the same code, column and value again only counts
 * the occurrence; `list` returns one IngestIssue per distinct problem in first-seen order, the
 * message ending in "(N rows)" when it occurred more than once.
 *
 * @example
 * const w = new WarningCollector('3w.csv');
 * w.add(5, 'unknown_theme', 'Cluster', 'Labor', 'No theme for cluster "Labor"; kept as written.');
 * w.add(9, 'unknown_theme', 'Cluster', 'Labor', 'No theme for cluster "Labor"; kept as written.');
 * w.list()[0]?.message; // => 'No theme for cluster "Labor"; kept as written. (2 rows)'
 */
export class WarningCollector {
  private readonly entries = new Map<string, Entry>();
  private readonly extra: IngestIssue[] = [];
  /** The message catalogue in the language of the warnings. */
  readonly t: ToolTranslate;
  /**
   * @param file - the file the warnings are about
   * @param lang - language of the messages; default 'en'
   * @param suffix - the message key of the "(N rows)" suffix; default 'import.rows_suffix' ('import.records_suffix': "(N organisations)", for the IATI3W index)
   */
  constructor(
    readonly file: string,
    readonly lang: Lang = 'en',
    private readonly suffix: 'import.rows_suffix' | 'import.records_suffix' = 'import.rows_suffix',
  ) {
    this.t = toolMessagesIn(lang);
  }

  /** Record one occurrence. */
  add(
    line: number,
    code: IssueCode,
    column: string | null,
    value: string | null,
    message: string,
    suggestion: string | null = null,
  ): void {
    const key = `${code}\u0000${column ?? ''}\u0000${value ?? ''}`;
    const entry = this.entries.get(key);
    if (entry) {
      entry.count++;
      return;
    }
    this.entries.set(key, { file: this.file, line, column, value, code, message, suggestion, count: 1 });
  }

  /** Keep issues produced elsewhere (the parser's) as they are, before the collected ones. */
  addIssues(issues: readonly IngestIssue[]): void {
    this.extra.push(...issues);
  }

  /** The warnings, parser issues first, then collected ones in first-seen order. */
  list(): IngestIssue[] {
    const collected = [...this.entries.values()].map(({ count, ...issue }) => ({
      ...issue,
      message: count > 1 ? this.t(this.suffix, { message: issue.message, count }) : issue.message,
    }));
    return [...this.extra, ...collected];
  }
}
