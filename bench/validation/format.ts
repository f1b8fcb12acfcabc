/**
 * Labels and number formats of the validation write-up, and the sentences computed from the
 * numbers (so the text says "worse" when the numbers say worse, whatever the data).
 * @module
 */
import type { Comparison, Estimate, ScoreResult, StudyResult } from './study.js';

/** Short and long names of the scores: [short (sentences, plots), long (tables)]. */
const NAMES: Readonly<Record<string, readonly [string, string]>> = {
  'overlap.expertise': ['expertise overlap', 'expertise overlap (DAC purpose codes)'],
  'overlap.geography': ['geography overlap', 'geography overlap (countries)'],
  'overlap.sectors': ['sector overlap', 'sector overlap (DAC categories)'],
  'complementarity.expertise': ['expertise complementarity', 'expertise complementarity (larger direction)'],
  'complementarity.geography': ['geography complementarity', 'geography complementarity (larger direction)'],
  'complementarity.sectors': ['sector complementarity', 'sector complementarity (larger direction)'],
  'cosine.expertise': ['expertise cosine', 'expertise cosine'],
  'cosine.geography': ['geography cosine', 'geography cosine'],
  'cosine.sectors': ['sector cosine', 'sector cosine'],
  context: ['context', 'context (geography 0.5, sectors 0.5)'],
  synergy: ['synergy', 'synergy = context x (1 - expertise overlap)'],
  duplication: ['duplication', 'duplication = context x expertise overlap'],
  'baseline.sameCountries': ['shared countries', 'baseline: shared countries (count)'],
  'baseline.sameSectors': ['shared purpose codes', 'baseline: shared DAC purpose codes (count)'],
  'baseline.random': ['random', 'baseline: random score'],
  'baseline.volume': ['activity volume', 'baseline: activity volume (product of earlier activity counts)'],
  'baseline.earlierTogether': ['earlier joint activities', 'baseline: earlier joint activities (count)'],
};

/** Geography weight of a score picked on the context grid (`synergy@geography=0.9` -> 0.9), else null. */
export function gridWeight(id: string): number | null {
  const m = /@geography=([\d.]+)$/.exec(id);
  return m ? Number(m[1]) : null;
}

/** The short name of a score, for sentences and plots ("synergy", "geography overlap"). */
export function shortLabel(id: string): string {
  const w = gridWeight(id);
  if (w !== null) return `${id.split('@')[0]} (geography ${w.toFixed(1)})`;
  return NAMES[id]?.[0] ?? id;
}

/** The long name of a score, for tables. */
export function scoreLabel(id: string): string {
  const w = gridWeight(id);
  if (w !== null) return `${id.split('@')[0]} (geography ${w.toFixed(1)}, sectors ${(1 - w).toFixed(1)})`;
  return NAMES[id]?.[1] ?? id;
}

export const n3 = (x: number): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
const signed = (x: number): string => (x > 0 ? `+${n3(x)}` : n3(x));
export const int = (x: number): string => x.toLocaleString('en-US');

/** "0.753 [0.681, 0.820]" (or the value alone without an interval). */
export function formatEstimate(e: Estimate, sign = false): string {
  const v = sign ? signed(e.value) : n3(e.value);
  if (e.interval === null) return v;
  const lo = sign ? signed(e.interval.low) : n3(e.interval.low);
  const hi = sign ? signed(e.interval.high) : n3(e.interval.high);
  return `${v} [${lo}, ${hi}]`;
}

export function score(result: StudyResult, id: string): ScoreResult {
  const s = result.scores.find((x) => x.id === id);
  if (!s) throw new Error(`No score ${id} in the results.`);
  return s;
}

export const auc = (result: StudyResult, id: string, variant = 0): Estimate =>
  score(result, id).metrics[variant]![0]!;

/** Whether an interval excludes zero (a difference the bootstrap does not explain away). */
export function clear(e: Estimate): boolean {
  return e.interval !== null && (e.interval.low > 0 || e.interval.high < 0);
}

export function comparison(result: StudyResult, a: string, b: string): Comparison {
  const c = result.comparisons.find((x) => x.a === a && x.b === b);
  if (!c) throw new Error(`No comparison ${a} - ${b}.`);
  return c;
}

/** One sentence on a paired AUC difference. */
export function compareSentence(result: StudyResult, a: string, b: string, variant: number): string {
  const d = comparison(result, a, b).diff[variant]!;
  const diff = `AUC difference ${formatEstimate(d, true)}`;
  if (d.interval === null) return `${shortLabel(a)} against ${shortLabel(b)}: ${diff} (no interval).`;
  if (!clear(d))
    return `${shortLabel(a)} and ${shortLabel(b)} are not clearly different: ${diff} (the 95 % interval includes 0).`;
  return `${shortLabel(a)} ranks clearly ${d.value > 0 ? 'better' : 'worse'} than ${shortLabel(b)}: ${diff}.`;
}

export function best(result: StudyResult, kind: 'library' | 'baseline' | null, variant = 0): ScoreResult {
  const pool = result.scores.filter(
    (s) => (kind === null || s.kind === kind) && s.id !== 'baseline.random' && !s.id.includes('@'),
  );
  return pool.reduce((x, y) => (y.metrics[variant]![0]!.value > x.metrics[variant]![0]!.value ? y : x));
}

/** The headline sentence: synergy against plain overlap and the best naive baseline. */
export function headline(result: StudyResult): string {
  const c = result.counts;
  const syn = auc(result, 'synergy');
  const exp = auc(result, 'overlap.expertise');
  const base = best(result, 'baseline');
  const lib = best(result, 'library');
  const vsOverlap = syn.value > exp.value ? 'better' : 'worse';
  const vsBase = syn.value > base.metrics[0]![0]!.value ? 'better' : 'worse';
  return (
    `On ${int(c.positives[0]!)} pairs of organisations that later took part in the same IATI activity, among ` +
    `${int(c.candidates[0]!)} candidate pairs of ${int(c.peers)} organisations, synergy predicted who collaborates ` +
    `${vsOverlap} than plain expertise overlap (ROC AUC ${formatEstimate(syn)} against ${formatEstimate(exp)}) and ` +
    `${vsBase} than the best naive baseline, ${shortLabel(base.id)} (${formatEstimate(base.metrics[0]![0]!)}); ` +
    `the best library score was ${shortLabel(lib.id)} (${formatEstimate(lib.metrics[0]![0]!)}).`
  );
}
