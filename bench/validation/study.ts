/**
 * The validation study: time split -> profiles from earlier activities (written as the library's
 * input files and read back by the library) -> every candidate pair scored -> ROC AUC and
 * precision at k per score, with organisation-bootstrap confidence intervals, for three sets of
 * candidate pairs (variants).
 * @module
 */
import { bootstrap, type Interval, percentileInterval } from './bootstrap.js';
import {
  ALL_ITEMS,
  type RocCurve,
  rankingMetrics,
  rankScores,
  resampleCurve,
  rocCurve,
  type SortedItems,
  sortItems,
  type VariantSpec,
} from './evaluate.js';
import { type ProfileCsvOptions, profileCsvs } from './profileCsv.js';
import type { IatiSample } from './readIati.js';
import {
  baselineScores,
  contextScores,
  libraryScores,
  type PairScore,
  type ParsedProfiles,
  parseProfiles,
} from './scores.js';
import { activityPeers, buildSplit, type StudySplit } from './split.js';

/** The sets of candidate pairs evaluated (bit v of a pair's variant mask). */
export const VARIANTS = Object.freeze([
  { id: 'all', short: 'all pairs', title: 'all candidate pairs' },
  { id: 'new', short: 'new pairs', title: 'pairs without an earlier joint activity (new collaborations)' },
  {
    id: 'active',
    short: 'both active later',
    title: 'pairs of two organisations both active after the split',
  },
] as const);

/** Options of runStudy. */
export interface StudyOptions {
  readonly splitDate: string;
  /** Seed of the bootstrap and of the random baseline. */
  readonly seed: number;
  /** Bootstrap replicates (0: no intervals). */
  readonly reps: number;
  /** The k of precision at k. */
  readonly ks: readonly number[];
  /** Geography weights of the context grid (sectors get 1 - w). */
  readonly weightGrid: readonly number[];
  readonly profile?: ProfileCsvOptions;
}

/** A statistic with its bootstrap interval (null when no bootstrap was run for it). */
export interface Estimate {
  readonly value: number;
  readonly interval: Interval | null;
}

/** Results of one score: per variant, AUC and precision at each k. */
export interface ScoreResult {
  readonly id: string;
  readonly kind: 'library' | 'baseline';
  /** Number of candidate pairs that share the highest value of the score (all-pairs variant). */
  readonly topTie: number;
  /** [variant][0 = AUC, 1.. = precision at ks[i - 1]] */
  readonly metrics: readonly (readonly Estimate[])[];
}

/** AUC of score `a` minus AUC of score `b`, paired over the same bootstrap replicates. */
export interface Comparison {
  readonly a: string;
  readonly b: string;
  /** Per variant. */
  readonly diff: readonly Estimate[];
}

/** Context, synergy and duplication AUC (per variant) at one geography weight. */
export interface GridPoint {
  readonly geography: number;
  readonly context: readonly number[];
  readonly synergy: readonly number[];
  readonly duplication: readonly number[];
}

/** Everything the write-up needs (derived numbers only). */
export interface StudyResult {
  readonly options: StudyOptions;
  readonly counts: StudyCounts;
  readonly scores: readonly ScoreResult[];
  readonly comparisons: readonly Comparison[];
  readonly grid: readonly GridPoint[];
  /** ROC curves of the all-pairs variant, resampled at 200 false-positive rates. */
  readonly roc: readonly { readonly id: string; readonly curve: RocCurve }[];
}

/** Counts that describe the split (per variant where it matters). */
export interface StudyCounts {
  readonly activities: number;
  readonly earlier: number;
  readonly later: number;
  readonly laterActivitiesWithPairs: number;
  readonly organisations: number;
  readonly funders: number;
  readonly peers: number;
  readonly peersActiveLater: number;
  readonly medianEarlierActivities: number;
  readonly themes: number;
  readonly sectors: number;
  readonly countries: number;
  readonly candidates: readonly number[];
  readonly positives: readonly number[];
  /** Positive pairs (all-pairs variant) that come from the single largest later activity. */
  readonly positivesFromLargestActivity: number;
  readonly profileWarnings: number;
}

interface Prepared {
  readonly score: PairScore;
  readonly items: SortedItems;
  readonly aS: Int32Array;
  readonly bS: Int32Array;
  readonly ranking: ReturnType<typeof rankScores>;
}

/** The variants as item subsets, in VARIANTS order. */
function variantSpecs(split: StudySplit): VariantSpec[] {
  const prior = Uint8Array.from(split.earlierTogether, (n) => (n > 0 ? 1 : 0));
  const active = new Uint8Array(split.a.length);
  for (let p = 0; p < active.length; p++) {
    active[p] = split.activeLater[split.a[p]!]! & split.activeLater[split.b[p]!]!;
  }
  return [ALL_ITEMS, { members: prior, complement: true }, { members: active, complement: false }];
}

/** Whether pair p belongs to variant v (for the counts). */
function inVariant(spec: VariantSpec, p: number): boolean {
  return spec.complement ? !spec.members[p] : Boolean(spec.members[p]);
}

function prepare(score: PairScore, split: StudySplit, variants: readonly VariantSpec[]): Prepared {
  const ranking = rankScores(score.values);
  return {
    score,
    ranking,
    items: sortItems(ranking, split.positive, variants),
    aS: Int32Array.from(ranking.order, (i) => split.a[i]!),
    bS: Int32Array.from(ranking.order, (i) => split.b[i]!),
  };
}

function counted(
  split: StudySplit,
  variants: readonly VariantSpec[],
  sample: IatiSample,
  parsed: ParsedProfiles,
): StudyCounts {
  const candidates = VARIANTS.map(() => 0);
  const positives = VARIANTS.map(() => 0);
  for (let p = 0; p < split.a.length; p++) {
    variants.forEach((spec, v) => {
      if (inVariant(spec, p)) {
        candidates[v]!++;
        if (split.positive[p]) positives[v]!++;
      }
    });
  }
  const sortedCounts = [...split.earlierActivities].sort((x, y) => x - y);
  const peerSet = new Set(split.peers);
  const funders = new Set(split.funders);
  let largest = 0;
  for (const act of split.later) {
    const n = activityPeers(act, funders).filter((k) => peerSet.has(k)).length;
    largest = Math.max(largest, (n * (n - 1)) / 2);
  }
  const { partnership } = parsed;
  return {
    activities: sample.activities.length,
    earlier: split.earlier.length,
    later: split.later.length,
    laterActivitiesWithPairs: split.laterActivitiesWithPairs,
    organisations: sample.organisations.size,
    funders: split.funders.length,
    peers: split.peers.length,
    peersActiveLater: split.activeLater.reduce((s, x) => s + x, 0),
    medianEarlierActivities: sortedCounts[Math.floor(sortedCounts.length / 2)] ?? 0,
    themes: new Set(partnership.expertise.map((e) => e.theme)).size,
    sectors: new Set(partnership.sectors.map((e) => e.sector)).size,
    countries: new Set(partnership.geography.map((e) => e.country)).size,
    candidates,
    positives,
    positivesFromLargestActivity: largest,
    profileWarnings: parsed.warnings,
  };
}

function pointMetrics(prep: Prepared, ks: readonly number[]): Float64Array {
  return rankingMetrics(prep.items, null, ks);
}

function gridPoints(
  parsed: ParsedProfiles,
  ids: readonly string[],
  split: StudySplit,
  variants: readonly VariantSpec[],
  grid: readonly number[],
) {
  const aucs = (values: Float64Array) => {
    const m = pointMetrics(prepare({ id: '', kind: 'library', values }, split, variants), []);
    return VARIANTS.map((_, v) => m[v]!);
  };
  return grid.map((w) => {
    const s = contextScores(parsed.partnership, ids, split, { geography: w, sectors: 1 - w });
    return {
      geography: w,
      context: aucs(s.context),
      synergy: aucs(s.synergy),
      duplication: aucs(s.duplication),
      scores: s,
    };
  });
}

/** The comparisons the write-up answers (AUC differences, paired). */
const COMPARISONS: readonly (readonly [string, string])[] = [
  ['synergy', 'duplication'],
  ['synergy', 'overlap.expertise'],
  ['synergy', 'context'],
  ['synergy', 'baseline.sameCountries'],
  ['context', 'baseline.sameCountries'],
  ['overlap.geography', 'overlap.sectors'],
];

/** Scores on the ROC plot. */
const ROC_SCORES = [
  'synergy',
  'context',
  'overlap.expertise',
  'overlap.geography',
  'baseline.sameCountries',
  'baseline.volume',
  'baseline.random',
];

/** Bootstrap replicates: per replicate, per prepared score, the metrics of every variant. */
function replicateMetrics(prepared: readonly Prepared[], nOrgs: number, options: StudyOptions): number[][] {
  if (options.reps === 0) return [];
  return bootstrap(nOrgs, options.reps, options.seed, (counts) => {
    const row: number[] = [];
    for (const prep of prepared)
      row.push(...rankingMetrics(prep.items, { a: prep.aS, b: prep.bS, f: counts }, options.ks));
    return row;
  });
}

function estimate(value: number, column: number, replicates: readonly (readonly number[])[]): Estimate {
  if (replicates.length === 0) return { value, interval: null };
  return { value, interval: percentileInterval(replicates.map((r) => r[column]!)) };
}

function scoreResults(
  prepared: readonly Prepared[],
  replicates: number[][],
  ks: readonly number[],
): ScoreResult[] {
  const width = 1 + ks.length;
  const stride = VARIANTS.length * width;
  return prepared.map((prep, s) => {
    const point = pointMetrics(prep, ks);
    return {
      id: prep.score.id,
      kind: prep.score.kind,
      topTie: prep.ranking.groupEnds[0] ?? 0,
      metrics: VARIANTS.map((_, v) =>
        Array.from({ length: width }, (_, m) =>
          estimate(point[v * width + m]!, s * stride + v * width + m, replicates),
        ),
      ),
    };
  });
}

function comparisons(
  results: readonly ScoreResult[],
  replicates: number[][],
  ks: readonly number[],
): Comparison[] {
  const width = 1 + ks.length;
  const stride = VARIANTS.length * width;
  const at = new Map(results.map((r, i) => [r.id, i]));
  const pairs = [...COMPARISONS];
  for (const r of results) if (r.id.includes('@')) pairs.push([r.id, r.id.split('@')[0]!]);
  return pairs.map(([a, b]) => {
    const ia = at.get(a)!;
    const ib = at.get(b)!;
    return {
      a,
      b,
      diff: VARIANTS.map((_, v) => {
        const value = results[ia]!.metrics[v]![0]!.value - results[ib]!.metrics[v]![0]!.value;
        if (replicates.length === 0) return { value, interval: null };
        const col = (i: number) => i * stride + v * width;
        return { value, interval: percentileInterval(replicates.map((r) => r[col(ia)]! - r[col(ib)]!)) };
      }),
    };
  });
}

/**
 * The split date the study uses unless told otherwise: the 1 January nearest to the median start
 * date of the activities (the earlier one on a tie), so that about half the activities build the
 * profiles and half give the collaborations to predict.
 */
export function defaultSplitDate(activities: readonly { readonly start: string }[]): string {
  const dates = activities.map((a) => a.start).sort();
  if (dates.length === 0) throw new Error('No activity with a start date: nothing to split.');
  const median = dates[Math.floor((dates.length - 1) / 2)]!;
  const year = Number(median.slice(0, 4));
  const days = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const before = `${String(year).padStart(4, '0')}-01-01`;
  const after = `${String(year + 1).padStart(4, '0')}-01-01`;
  return days(median) - days(before) <= days(after) - days(median) ? before : after;
}

/** Parse the profile files; name the contract-14 option when the library of today refuses its columns. */
function parseWithHint(profile: ReturnType<typeof profileCsvs>, options: StudyOptions): ParsedProfiles {
  try {
    return parseProfiles(profile);
  } catch (error) {
    if (options.profile?.evidence !== 'observed') throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${message} (--observed writes observed evidence with an empty level, which the library reads once the model side of issue 14 is merged.)`,
    );
  }
}

/** Run the study on a read sample. Deterministic for the same sample and options. */
export function runStudy(sample: IatiSample, options: StudyOptions): StudyResult {
  const split = buildSplit(sample.activities, sample.organisations, { splitDate: options.splitDate });
  const profile = profileCsvs(split, sample.organisations, options.profile);
  const parsed = parseWithHint(profile, options);
  const variants = variantSpecs(split);
  const scores = [
    ...libraryScores(parsed.partnership, profile.ids, split),
    ...baselineScores(parsed.partnership, profile.ids, split, options.seed),
  ];
  const grid = gridPoints(parsed, profile.ids, split, variants, options.weightGrid);
  for (const key of ['context', 'synergy'] as const) {
    const best = grid.reduce<(typeof grid)[number] | undefined>(
      (x, y) => (x && x[key][0]! >= y[key][0]! ? x : y),
      undefined,
    );
    if (best && best.geography !== 0.5) {
      scores.push({ id: `${key}@geography=${best.geography}`, kind: 'library', values: best.scores[key] });
    }
  }
  const prepared = scores.map((s) => prepare(s, split, variants));
  const replicates = replicateMetrics(prepared, split.peers.length, options);
  const results = scoreResults(prepared, replicates, options.ks);
  const positive = split.positive;
  return {
    options,
    counts: counted(split, variants, sample, parsed),
    scores: results,
    comparisons: comparisons(results, replicates, options.ks),
    grid: grid.map(({ scores: _, ...g }) => g),
    roc: prepared
      .filter((p) => ROC_SCORES.includes(p.score.id))
      .map((p) => ({ id: p.score.id, curve: resampleCurve(rocCurve(p.ranking, positive), 200) })),
  };
}
