import { clipDisplay, terminalLine as line, visibleText } from '../displayText.js';
import type { IngestResult } from '../normalise/parsePartnership.js';
import type { BaselineJson } from '../schema/baseline.js';
import type { IngestIssue } from '../schema/issues.js';

/** One issue on one line: every part that came from the input goes through the terminal printer. */
function issueLine(i: IngestIssue): string {
  const col = i.column ? line` [${i.column}]` : '';
  const value = i.value !== null && i.value !== '' ? line` "${i.value}"` : '';
  const hint = i.suggestion ? line` (did you mean "${i.suggestion}"?)` : '';
  const repeats = i.suggestion !== null && i.message.includes(`"${i.suggestion}"`);
  const where = i.cell === undefined ? `${i.file}:${i.line}` : `${i.file}!${i.cell}`;
  return `${line`  ${where}`}${col}${value} ${i.code}: ${line`${i.message}`}${repeats ? '' : hint}`;
}

/**
 * The human ingestion report printed by `partner-synergy validate`.
 *
 * @example
 * console.log(formatIngestReport(readPartnershipDir('data/sample-partnership-messy')));
 */
export function formatIngestReport(result: Pick<IngestResult, 'files' | 'rejected' | 'warnings'>): string {
  const lines: string[] = [];
  // The file column fits the longest name (a workbook sheet is named "[book.xlsx]Sheet").
  const width = Math.max(30, ...result.files.map((f) => f.file.length + 2));
  lines.push(`${'file'.padEnd(width)}kind        encoding      delim  rows  accepted  rejected`);
  for (const f of result.files) {
    const delim = f.delimiter === '\t' ? 'tab' : visibleText(f.delimiter);
    lines.push(
      `${visibleText(f.file).padEnd(width)}${f.kind.padEnd(12)}${f.encoding.padEnd(14)}${delim.padEnd(7)}${String(f.rows).padStart(4)}  ${String(f.accepted).padStart(8)}  ${String(f.rejected).padStart(8)}`,
    );
  }
  const rows = result.files.reduce((s, f) => s + f.rows, 0);
  const accepted = result.files.reduce((s, f) => s + f.accepted, 0);
  lines.push('');
  lines.push(
    `${rows} rows: ${accepted} accepted, ${rows - accepted} rejected, ${result.warnings.length} warnings.`,
  );
  if (result.rejected.length > 0) {
    lines.push('', 'Rejected:');
    for (const i of result.rejected) lines.push(issueLine(i));
  }
  if (result.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const i of result.warnings) lines.push(issueLine(i));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The short summary printed by `partner-synergy baseline`.
 *
 * @example
 * console.log(formatBaselineSummary(json, 'out/sample'));
 */
export function formatBaselineSummary(json: BaselineJson, outDir: string | null): string {
  const names = new Map(json.members.map((m) => [m.id, clipDisplay(m.name)]));
  const name = (id: string) => names.get(id) ?? clipDisplay(id);
  const lines: string[] = [];
  const rows = json.ingest.files.reduce((s, f) => s + f.rows, 0);
  lines.push(
    `Synergy baseline: ${json.members.length} members, ${Object.keys(json.countries).length} countries, ${json.recommendations.length} recommendations.`,
  );
  lines.push(
    `Input: ${rows} rows in ${json.ingest.files.length} files, ${json.ingest.rejected.length} rejected, ${json.ingest.warnings.length} warnings.`,
  );
  const top = json.recommendations.slice(0, 5);
  if (top.length > 0) {
    lines.push('', 'Top recommendations:');
    top.forEach((r, i) => {
      lines.push(
        line`  ${i + 1}. [${r.kind}] ${r.members.map(name).join(' + ')} (score ${r.score.toFixed(2)})`,
      );
      lines.push(line`     ${r.rationale}`);
    });
  }
  if (json.ingest.rejected.length > 0) {
    lines.push('', `Rejected rows (fix these in the files; run "partner-synergy validate" for all of them):`);
    for (const i of json.ingest.rejected.slice(0, 10)) lines.push(issueLine(i));
    if (json.ingest.rejected.length > 10) lines.push(`  ... and ${json.ingest.rejected.length - 10} more`);
  }
  if (outDir !== null)
    lines.push('', line`Written to ${outDir}: baseline.json, report.md, report.html and CSV exports.`);
  return `${lines.join('\n')}\n`;
}
