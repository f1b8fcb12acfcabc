import type { Lang } from '../country/labels.js';
import { clipDisplay, terminalLine as line, visibleText } from '../displayText.js';
import { type ToolTranslate, toolMessagesIn } from '../messages/toolCatalogue.js';
import type { IngestResult } from '../normalise/parsePartnership.js';
import { kindTitle } from '../recommend/catalogue.js';
import { tValue } from '../report/i18n.js';
import type { BaselineJson } from '../schema/baseline.js';
import type { IngestIssue } from '../schema/issues.js';

/** One issue on one line: every part that came from the input goes through the terminal printer. */
export function issueLine(i: IngestIssue, t: ToolTranslate = toolMessagesIn('en')): string {
  const col = i.column ? line` [${i.column}]` : '';
  const value = i.value !== null && i.value !== '' ? line` "${i.value}"` : '';
  const hint = i.suggestion ? visibleText(t('issue.did_you_mean', { suggestion: i.suggestion })) : '';
  const repeats = i.suggestion !== null && i.message.includes(`"${i.suggestion}"`);
  const where = i.cell === undefined ? `${i.file}:${i.line}` : `${i.file}!${i.cell}`;
  return `${line`  ${where}`}${col}${value} ${i.code}: ${line`${i.message}`}${repeats ? '' : hint}`;
}

/**
 * The human ingestion report printed by `partner-synergy validate`, in English or Dutch (the
 * issue messages come in the language the files were read in).
 *
 * @example
 * console.log(formatIngestReport(readPartnershipDir('data/sample-partnership-messy', { lang: 'nl' }), 'nl'));
 */
export function formatIngestReport(
  result: Pick<IngestResult, 'files' | 'rejected' | 'warnings'>,
  lang: Lang = 'en',
): string {
  const t = toolMessagesIn(lang);
  // English keeps the file kind ids the JSON output has; Dutch names them as report.md does.
  const kindOf = (kind: string) => (lang === 'en' ? kind : tValue(lang, 'fileKind', kind));
  const lines: string[] = [];
  // The file column fits the longest name (a workbook sheet is named "[book.xlsx]Sheet").
  const width = Math.max(30, ...result.files.map((f) => f.file.length + 2));
  const kindWidth = Math.max(12, ...result.files.map((f) => kindOf(f.kind).length + 2));
  lines.push(
    `${t('validate.file').padEnd(width)}${t('validate.kind').padEnd(kindWidth)}${t('validate.header')}`,
  );
  for (const f of result.files) {
    const delim = f.delimiter === '\t' ? t('validate.tab') : visibleText(f.delimiter);
    lines.push(
      `${visibleText(f.file).padEnd(width)}${kindOf(f.kind).padEnd(kindWidth)}${f.encoding.padEnd(14)}${delim.padEnd(7)}${String(f.rows).padStart(4)}  ${String(f.accepted).padStart(8)}  ${String(f.rejected).padStart(8)}`,
    );
  }
  const rows = result.files.reduce((s, f) => s + f.rows, 0);
  const accepted = result.files.reduce((s, f) => s + f.accepted, 0);
  lines.push('');
  lines.push(
    t('validate.totals', {
      rows: counted(t, 'rows', rows),
      accepted,
      rejected: rows - accepted,
      warnings: counted(t, 'warnings', result.warnings.length),
    }),
  );
  if (result.rejected.length > 0) {
    lines.push('', t('validate.rejected'));
    for (const i of result.rejected) lines.push(issueLine(i, t));
  }
  if (result.warnings.length > 0) {
    lines.push('', t('validate.warnings'));
    for (const i of result.warnings) lines.push(issueLine(i, t));
  }
  return `${lines.join('\n')}\n`;
}

/** "1 country", "3 countries" ("1 land", "3 landen"): a count with its noun in the right number. */
function counted(
  t: ToolTranslate,
  noun: 'members' | 'countries' | 'recommendations' | 'rows' | 'activities' | 'files' | 'warnings',
  count: number,
): string {
  return t(`baseline.${noun}.${count === 1 ? 'one' : 'many'}`, { count });
}

/** The one table (3W or IATI file) a baseline was read from in place of partnership files. */
export interface SummaryTable {
  readonly file: string;
  /** A 3W table counts rows; an IATI file (CSV or XML) activities. */
  readonly kind: '3w' | 'iati';
  /** Its data rows (a 3W table) or activities (IATI), and how many of them the import used. */
  readonly rows: number;
  readonly used: number;
}

/**
 * The short summary printed by `partner-synergy baseline`, in English or Dutch. With `table` (a
 * 3W table or IATI file read in place of partnership files) the input line counts that table's
 * rows, not the rows of the files its import would write.
 *
 * @example
 * console.log(formatBaselineSummary(json, 'out/sample', 'nl'));
 */
export function formatBaselineSummary(
  json: BaselineJson,
  outDir: string | null,
  lang: Lang = 'en',
  table: SummaryTable | null = null,
): string {
  const t = toolMessagesIn(lang);
  const names = new Map(json.members.map((m) => [m.id, clipDisplay(m.name)]));
  const name = (id: string) => names.get(id) ?? clipDisplay(id);
  const lines: string[] = [];
  const rows = json.ingest.files.reduce((s, f) => s + f.rows, 0);
  lines.push(
    t('baseline.headline', {
      members: counted(t, 'members', json.members.length),
      countries: counted(t, 'countries', Object.keys(json.countries).length),
      recommendations: counted(t, 'recommendations', json.recommendations.length),
    }),
  );
  lines.push(
    table === null
      ? t('baseline.input', {
          rows: counted(t, 'rows', rows),
          files: counted(t, 'files', json.ingest.files.length),
          rejected: json.ingest.rejected.length,
          warnings: counted(t, 'warnings', json.ingest.warnings.length),
        })
      : t('baseline.input_table', {
          rows: counted(t, table.kind === 'iati' ? 'activities' : 'rows', table.rows),
          file: table.file,
          used: table.used,
          rejected: json.ingest.rejected.length,
          // The first warning is the note that says the table was read as its import (printed above).
          warnings: counted(t, 'warnings', json.ingest.warnings.length - 1),
        }),
  );
  const top = json.recommendations.slice(0, 5);
  if (top.length > 0) {
    lines.push('', t('baseline.top'));
    top.forEach((r, i) => {
      // The kind's title in the run's language, the score with its decimal separator.
      const fixed = r.score.toFixed(2);
      const score = t('baseline.score', { score: lang === 'nl' ? fixed.replace('.', ',') : fixed });
      lines.push(line`  ${i + 1}. ${kindTitle(r.kind, lang)}: ${r.members.map(name).join(' + ')} (${score})`);
      lines.push(line`     ${r.rationale}`);
    });
  }
  if (json.ingest.rejected.length > 0) {
    lines.push('', t('baseline.rejected'));
    for (const i of json.ingest.rejected.slice(0, 10)) lines.push(issueLine(i, t));
    if (json.ingest.rejected.length > 10)
      lines.push(t('baseline.more', { count: json.ingest.rejected.length - 10 }));
  }
  if (outDir !== null) lines.push('', visibleText(t('baseline.written', { out: outDir })));
  return `${lines.join('\n')}\n`;
}
