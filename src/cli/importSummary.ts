import { visibleText } from '../displayText.js';
import type { ImportResult } from '../import/types.js';
import type { IngestIssue } from '../schema/issues.js';

/** The sentences of `partner-synergy import`, in English and Dutch. */
const TEXT = {
  en: {
    read: (file: string, format: string, rows: number, unit: string) =>
      `Imported ${file} (${format}): ${rows} ${unit} read`,
    used: (used: number, skipped: number, filtered: number) =>
      `${used} used, ${skipped} skipped${filtered > 0 ? ` (${filtered} by the filters)` : ''}.`,
    counts: (s: ImportResult['stats']) =>
      `  organisations (members): ${s.members}; areas: ${s.areas}; funders: ${s.funders} (${s.funderRows} ${s.funderRows === 1 ? 'row' : 'rows'}); local partners: ${s.partners}; rows written: ${s.expertise} expertise, ${s.geography} geography, ${s.sectors} sectors.`,
    merged: (n: number) => `  ${n} organisation name(s) merged from several spellings (see merges.json).`,
    written: 'Written:',
    warnings: (n: number) => `Warnings (${n}):`,
    none: 'No warnings.',
    next: (out: string) =>
      `Next: partner-synergy validate ${out} && partner-synergy baseline ${out} --out <dir>`,
    nothing: (file: string) =>
      `Nothing usable in ${file}: no organisation could be read (see the warnings above). Is it the right kind of file (iati, 3w or iati3w)? Nothing was written.`,
    units: {
      iati: ['activity', 'activities'],
      '3w': ['row', 'rows'],
      iati3w: ['organisation', 'organisations'],
    },
    sheet: (sheet: string) => `XLSX, sheet "${sheet}"`,
  },
  nl: {
    read: (file: string, format: string, rows: number, unit: string) =>
      `${file} geïmporteerd (${format}): ${rows} ${unit} gelezen`,
    used: (used: number, skipped: number, filtered: number) =>
      `${used} gebruikt, ${skipped} overgeslagen${filtered > 0 ? ` (${filtered} door de filters)` : ''}.`,
    counts: (s: ImportResult['stats']) =>
      `  organisaties (leden): ${s.members}; gebieden: ${s.areas}; financiers: ${s.funders} (${s.funderRows} ${s.funderRows === 1 ? 'rij' : 'rijen'}); lokale partners: ${s.partners}; geschreven rijen: ${s.expertise} expertise, ${s.geography} geografie, ${s.sectors} sectoren.`,
    merged: (n: number) =>
      `  ${n} organisatienaam/-namen samengevoegd uit meerdere spellingen (zie merges.json).`,
    written: 'Geschreven:',
    warnings: (n: number) => `Waarschuwingen (${n}):`,
    none: 'Geen waarschuwingen.',
    next: (out: string) =>
      `Volgende stap: partner-synergy validate ${out} && partner-synergy baseline ${out} --out <map>`,
    nothing: (file: string) =>
      `Niets bruikbaars in ${file}: er kon geen organisatie worden gelezen (zie de waarschuwingen hierboven). Is het het juiste soort bestand (iati, 3w of iati3w)? Er is niets geschreven.`,
    units: {
      iati: ['activiteit', 'activiteiten'],
      '3w': ['rij', 'rijen'],
      iati3w: ['organisatie', 'organisaties'],
    },
    sheet: (sheet: string) => `XLSX, werkblad "${sheet}"`,
  },
} as const;

function issueLine(i: IngestIssue): string {
  const col = i.column ? ` [${i.column}]` : '';
  const value = i.value !== null && i.value !== '' ? ` "${i.value}"` : '';
  return `  ${i.file}:${i.line}${col}${value} ${i.code}: ${i.message}`;
}

/**
 * What `partner-synergy import` prints: what was read, the counts (members, areas, funders,
 * local partners), the written files and every importer warning; `written` null when nothing
 * was written.
 *
 * @example
 * formatImportSummary({ file: 'x.csv', kind: '3w', format: 'csv', result, written: null, outDir: 'out', lang: 'en' });
 */
export function formatImportSummary(args: {
  readonly file: string;
  readonly kind: 'iati' | '3w' | 'iati3w';
  readonly format: 'csv' | 'xml' | 'xlsx' | 'json';
  /** The sheet read from a workbook (format 'xlsx'). */
  readonly sheet?: string;
  readonly result: ImportResult;
  readonly written: readonly string[] | null;
  readonly outDir: string;
  readonly lang: 'en' | 'nl';
}): string {
  const t = TEXT[args.lang];
  const { stats, warnings, merges } = args.result;
  const format = args.sheet === undefined ? args.format.toUpperCase() : t.sheet(args.sheet);
  const lines = [
    `${t.read(args.file, `${args.kind.toUpperCase()} ${format}`, stats.rows, t.units[args.kind][stats.rows === 1 ? 0 : 1])}; ${t.used(stats.usedRows, stats.skippedRows, stats.filteredRows)}`,
    t.counts(stats),
  ];
  if (merges.length > 0) lines.push(t.merged(merges.length));
  lines.push(warnings.length === 0 ? t.none : t.warnings(warnings.length));
  for (const w of warnings) lines.push(issueLine(w));
  if (args.written === null) {
    lines.push(t.nothing(args.file));
  } else {
    lines.push(t.written, ...args.written.map((p) => `  ${p}`), t.next(args.outDir));
  }
  // Every line through the one terminal printer: names and values from the file may hold control characters.
  return `${lines.map(visibleText).join('\n')}\n`;
}
