import { buildCoalition } from '../coalition/buildCoalition.js';
import type { CoalitionResult } from '../coalition/types.js';
import { labelOf } from '../country/labels.js';
import { clipDisplay, terminalLine as line, terminalJson, visibleText } from '../displayText.js';
import { OptionsError } from '../errors.js';
import { publicImportNoteOf } from '../import/publicInput.js';
import { buildBaselineFromDir } from '../node/buildFromDir.js';
import { countryName } from '../normalise/countries.js';
import { pairScoresFromMetrics } from '../recommend/pairScoresFromMetrics.js';
import type { Labels } from '../schema/baseline.js';
import { UsageError } from './errors.js';
import { flagMessages } from './messages.js';
import { FLAG_RANGES, parseLang, parseList, parsePositiveInt, parseText } from './parseFlags.js';

/**
 * Flags of `partner-synergy coalition` as commander hands them over.
 *
 * @example
 * const flags: CoalitionFlags = { country: 'BD', themes: 'living wage, gbv', format: 'json' };
 */
export interface CoalitionFlags {
  readonly country?: string;
  readonly sector?: string;
  readonly themes?: string;
  readonly maxSize?: string;
  /** Deprecated name of `maxSize` (`--max-members`), still read. */
  readonly maxMembers?: string;
  readonly minLevel?: string;
  /** What covers a theme: auto (default), rated or observed. */
  readonly evidence?: string;
  readonly lang?: string;
  readonly format?: string;
  readonly maxBytes?: string;
}

const TEXT = {
  en: {
    title: 'Coalition',
    for: 'for',
    level: 'level',
    members: 'Members',
    exact: 'exact search, minimum size',
    greedy: (bound: string) => `greedy search, at most ${bound} x the minimum size`,
    single: 'one member covers every theme: the minimum size',
    candidates: (n: number) => (n === 1 ? '1 candidate' : `${n} candidates`),
    score: 'Score',
    presence: {
      office: 'office',
      local_partner: 'local partner',
      programme: 'programme',
      network: 'network',
    },
    absent: 'not present',
    partners: 'local partners',
    uncoverable: 'No member covers',
    uncovered: 'Left open (max members)',
    none: '(none)',
    observed: 'observed activity, not rated',
    observedLevel: 'observed',
  },
  nl: {
    title: 'Coalitie',
    for: 'voor',
    level: 'niveau',
    members: 'Leden',
    exact: 'exact gezocht, kleinst mogelijk',
    greedy: (bound: string) => `gretig gezocht, hoogstens ${bound} x de kleinste omvang`,
    single: 'één lid dekt elk thema: de kleinste omvang',
    candidates: (n: number) => (n === 1 ? '1 kandidaat' : `${n} kandidaten`),
    score: 'Score',
    presence: {
      office: 'kantoor',
      local_partner: 'lokale partner',
      programme: 'programma',
      network: 'netwerk',
    },
    absent: 'niet aanwezig',
    partners: 'lokale partners',
    uncoverable: 'Geen lid dekt',
    uncovered: 'Blijft open (max. leden)',
    none: '(geen)',
    observed: 'waargenomen activiteit, niet beoordeeld',
    observedLevel: 'waargenomen',
  },
} as const;

/**
 * Render a coalition as readable text for the terminal (English or Dutch).
 *
 * @example
 * io.stdout.write(formatCoalition(result, baseline.labels, 'en'));
 */
export function formatCoalition(r: CoalitionResult, labels: Labels, lang: 'en' | 'nl'): string {
  const t = TEXT[lang];
  const theme = (id: string) => clipDisplay(labelOf(labels, 'themes', id, lang));
  const num = (x: number) => (lang === 'nl' ? x.toFixed(2).replace('.', ',') : x.toFixed(2));
  const where = [
    r.country === null
      ? null
      : labelOf(labels, 'countries', r.country, lang) === r.country
        ? countryName(r.country, lang)
        : labelOf(labels, 'countries', r.country, lang),
    r.sector === null ? null : labelOf(labels, 'sectors', r.sector, lang),
  ].filter((x): x is string => x !== null);
  const lines: string[] = [];
  const themes = r.themes.map(theme).join(', ');
  lines.push(
    `${t.title}${where.length > 0 ? ` ${t.for} ${line`${where.join(', ')}`}` : ''}: ${line`${themes}`} (${r.evidence === 'observed' ? t.observed : `${t.level} >= ${r.minLevel}`})`,
  );
  // One member is the smallest any coalition can be: no bound to state then.
  const how =
    r.method === 'exact'
      ? t.exact
      : r.members.length === 1 && r.uncovered.length === 0
        ? t.single
        : t.greedy(num(r.bound));
  lines.push(`${t.members} (${r.members.length}; ${how}; ${t.candidates(r.candidates)}):`);
  for (const c of r.contributions) {
    const presence =
      r.country === null ? '' : ` [${c.presence === null ? t.absent : t.presence[c.presence]}]`;
    const levels = c.themes.map((x) => `${theme(x.theme)} ${x.level ?? t.observedLevel}`).join(', ');
    const partners =
      c.partners.length > 0
        ? `; ${t.partners}: ${line`${c.partners.map((p) => clipDisplay(p)).join(', ')}`}`
        : '';
    lines.push(`${line`  ${c.member}  ${clipDisplay(c.name)}`}${presence}: ${line`${levels}`}${partners}`);
  }
  if (r.members.length === 0) lines.push(`  ${t.none}`);
  lines.push(`${t.score}: ${num(r.score.total)}`);
  if (r.uncoverable.length > 0)
    lines.push(`${t.uncoverable}: ${line`${r.uncoverable.map(theme).join(', ')}`}`);
  if (r.uncovered.length > 0) lines.push(`${t.uncovered}: ${line`${r.uncovered.map(theme).join(', ')}`}`);
  lines.push('', visibleText(r.rationale));
  return `${lines.join('\n')}\n`;
}

/**
 * The `coalition` command: read a partnership directory, build its baseline (for synergy scores
 * and labels) and print the smallest coalition covering the requested themes, as text or JSON.
 * Unknown themes, countries or sectors are usage errors (exit 2) with a "did you mean".
 *
 * @example
 * runCoalitionCommand('data/sample-partnership', { country: 'BD', themes: 'living wage, gbv' }, io);
 */
export function runCoalitionCommand(
  dir: string,
  flags: CoalitionFlags,
  io: { readonly stdout: { write(s: string): unknown } },
): void {
  const lang = parseLang(String(flags.lang ?? 'en'));
  const t = flagMessages(lang);
  const themes = parseList(flags.themes ?? '', '--themes', lang, 'living wage, gbv');
  const format = flags.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(t.format(format));
  const minLevel =
    flags.minLevel === undefined ? undefined : parsePositiveInt('--min-level', flags.minLevel, 5, lang);
  const evidence = flags.evidence === 'rated' || flags.evidence === 'observed' ? flags.evidence : 'auto';
  // --max-members is the deprecated name of --max-size (in `baseline` it is the member limit).
  const sizeFlag =
    flags.maxSize === undefined && flags.maxMembers !== undefined ? '--max-members' : '--max-size';
  const sizeText = flags.maxSize ?? flags.maxMembers;
  const maxSize =
    sizeText === undefined
      ? undefined
      : parsePositiveInt(sizeFlag, sizeText, FLAG_RANGES.coalitionMembers, lang);
  const country = flags.country === undefined ? undefined : parseText('--country', flags.country, lang);
  const sector = flags.sector === undefined ? undefined : parseText('--sector', flags.sector, lang);
  const baseline = buildBaselineFromDir(dir, {
    lang,
    ...(flags.maxBytes === undefined
      ? {}
      : {
          limits: { maxBytes: parsePositiveInt('--max-bytes', flags.maxBytes, FLAG_RANGES.maxBytes, lang) },
        }),
  });
  let result: CoalitionResult;
  try {
    result = buildCoalition(
      baseline.partnership,
      {
        themes,
        ...(country === undefined ? {} : { country }),
        ...(sector === undefined ? {} : { sector }),
        ...(maxSize === undefined ? {} : { maxSize }),
        ...(minLevel === undefined ? {} : { minLevel }),
        evidence,
      },
      { scores: pairScoresFromMetrics(baseline.metrics), labels: baseline.labels, lang },
    );
  } catch (err) {
    if (err instanceof OptionsError) {
      const flag = err.option
        .replace('request.maxSize', sizeFlag)
        .replace('request.', '--')
        .replace('minLevel', 'min-level');
      throw new UsageError(visibleText(`${flag}: ${err.message}`));
    }
    throw err;
  }
  // A 3W table (or IATI file) read in place of partnership files: say so first, as baseline does.
  const note = publicImportNoteOf(baseline.ingest.warnings);
  if (format === 'text' && note !== null) io.stdout.write(`${visibleText(note)}\n\n`);
  io.stdout.write(
    format === 'json' ? `${terminalJson(result, 2)}\n` : formatCoalition(result, baseline.labels, lang),
  );
}
