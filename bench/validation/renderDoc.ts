/**
 * docs/validation.md from the study results: derived numbers only (counts, AUCs, precisions,
 * intervals), fixed formatting, no dates or timings, so the same data give the same bytes.
 * @module
 */
import { formatEstimate, headline, int, n3, scoreLabel } from './format.js';
import type { FileCount } from './readIati.js';
import { sensitivitySection, synergySection, verdictSection, weightsSection } from './renderResults.js';
import { type StudyResult, VARIANTS } from './study.js';

/** A data source as the write-up describes it. */
export interface DataSource {
  /** E.g. "the IATI East Africa health sample in `../shared/realdata/...` (...)". */
  readonly description: string;
  /** Limitations that come from the source (Markdown list items without the dash). */
  readonly limitations: readonly string[];
}

/** What the write-up is made of. */
export interface WriteUp {
  readonly main: StudyResult;
  /** The same study at other split dates (point estimates). */
  readonly sensitivity: readonly StudyResult[];
  readonly files: Readonly<Record<string, FileCount>>;
  /** Where the data came from (a Markdown sentence fragment) and what that means for the results. */
  readonly source: DataSource;
  /** Plot paths relative to docs/. */
  readonly plots: { readonly roc: string; readonly auc: string; readonly weights: string };
}

const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;

function dataSection(w: WriteUp): string[] {
  const rows = Object.entries(w.files).map(([file, c]) => {
    const skipped = Object.entries(c.skipped)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([reason, n]) => `${int(n)} ${reason}`)
      .join('; ');
    return `| ${file} | ${int(c.rows)} | ${int(c.used)} | ${skipped || '-'} |`;
  });
  return [
    '## Data',
    '',
    `Source: ${w.source.description}. The data stay there; this page holds derived numbers only. Every`,
    'row is used or skipped with a reason:',
    '',
    '| file | rows | used | skipped |',
    '|---|---:|---:|---|',
    ...rows,
    '',
  ];
}

function designSection(r: StudyResult): string[] {
  const c = r.counts;
  const o = r.options;
  return [
    '## Design',
    '',
    `- **Time split.** An activity starts on its actual start date, else its planned one. Profiles come from`,
    `  activities that start before **${o.splitDate}**, collaborations to predict from activities that start on`,
    '  or after it. The date is not tuned: it is the 1 January nearest to the median start date. Other',
    '  dates are under "Other split dates".',
    '- **Organisations.** Identity is the IATI organisation ref; a row without a ref takes the ref its',
    '  (accent- and case-folded) name has elsewhere when that is unique, else the folded name. Refs of DAC',
    '  channel categories (`XM-DAC-22000` "donor country-based NGO" and the like) stand for many',
    '  organisations and are dropped.',
    '- **Participants and funders.** The participants of an activity are its reporting and implementing',
    '  organisations (accountable and extending roles are intermediaries and are left out). A **funder**,',
    '  judged on the earlier activities only, is an organisation that never implements there and is named',
    '  as funding or has IATI organisation type 10 (government), 15 (other public sector) or 60',
    `  (foundation). Funders are not peers and are never paired: **${int(c.funders)} funders** in the earlier`,
    `  period (ministries, donor agencies, foundations, pooled funds).`,
    `- **Peers (candidates).** The ${int(c.peers)} non-funder organisations with at least one earlier activity.`,
    `  Median earlier activities per peer: ${c.medianEarlierActivities}. Peers active after the split: ${int(c.peersActiveLater)}.`,
    "- **Profiles** (written as the library's own input files from the earlier activities only, read by the",
    "  library): expertise = the DAC 5-digit purpose codes of the organisation's activities (observed",
    '  activity, not a rating); sectors = their DAC 3-digit categories; geography = the recipient',
    '  countries, presence `programme`. Weights are constant (level 5, strength 3), so the weighted Jaccard',
    '  overlap is the plain Jaccard overlap of the sets and activity counts never become a rating. The',
    '  source has no sub-national areas, so there is no area dimension yet (see "Area weight").',
    `  Distinct categories: ${int(c.themes)} purpose codes, ${int(c.sectors)} categories, ${int(c.countries)} countries.`,
    '- **Collaboration (a positive pair).** Two peers that both take part (reporting or implementing) in',
    `  the same later activity. ${int(c.laterActivitiesWithPairs)} of the ${int(c.later)} later activities join two or more`,
    `  peers; the largest alone gives ${int(c.positivesFromLargestActivity)} positive pairs.`,
    '',
    '| | candidate pairs | positive pairs | base rate |',
    '|---|---:|---:|---:|',
    ...VARIANTS.map(
      (v, i) =>
        `| ${v.title} | ${int(c.candidates[i]!)} | ${int(c.positives[i]!)} | ${pct(c.positives[i]! / c.candidates[i]!)} |`,
    ),
    '',
    `Activities: ${int(c.activities)} with a start date, ${int(c.earlier)} before the split, ${int(c.later)} from it.`,
    '',
  ];
}

function methodSection(r: StudyResult): string[] {
  const o = r.options;
  return [
    '## Scores and evaluation',
    '',
    '- **Library scores** (computed by the library from the profile files; `computeMetrics` with',
    '  `cosine: true`): overlap and cosine per dimension; complementarity per dimension as the larger of the',
    '  two directions (the sum of both directions is 1 - overlap, so it adds nothing); context (mean of',
    '  geography and sector overlap, default weights 0.5 / 0.5); synergy = context x (1 - expertise overlap);',
    '  duplication = context x expertise overlap.',
    '- **Naive baselines**: shared countries (count), shared purpose codes (count), a random score',
    `  (seed ${o.seed}), activity volume (the product of the two organisations' earlier activity counts: busy`,
    '  organisations meet more often) and earlier joint activities (count: partners repeat).',
    '- **ROC AUC**: the probability that a collaborating pair scores above a non-collaborating one, ties',
    '  counting one half (0.5 = chance). **Precision at k**: the share of collaborating pairs among the k',
    `  best-scored pairs (k = ${o.ks.join(', ')}); pairs tied at the cut count in proportion (the expected value over a`,
    '  random order of the tie).',
    `- **Confidence intervals**: ${int(o.reps)} bootstrap replicates (seed ${o.seed}) that resample **organisations**, not pairs:`,
    '  each replicate draws as many organisations as there are, with replacement, and a pair counts',
    '  count(a) x count(b) times. Pairs that share an organisation are not independent, so resampling pairs',
    '  would give intervals that are too narrow. Intervals are the 2.5 and 97.5 percentiles; differences',
    '  between two scores are computed within each replicate (paired).',
    '',
  ];
}

function aucTable(r: StudyResult): string[] {
  const undef = r.scores.flatMap((s) => s.metrics.map((m) => m[0]!.interval?.undefinedReplicates ?? 0));
  const maxUndef = Math.max(0, ...undef);
  return [
    '### ROC AUC',
    '',
    '| score | all pairs | new pairs | both active later |',
    '|---|---|---|---|',
    ...r.scores.map(
      (s) => `| ${scoreLabel(s.id)} | ${s.metrics.map((m) => formatEstimate(m[0]!)).join(' | ')} |`,
    ),
    '',
    maxUndef > 0
      ? `At most ${maxUndef} replicate(s) of one score had no positive or no negative pair and were left out of its interval.`
      : 'Every replicate had positive and negative pairs.',
    '',
  ];
}

function precisionTable(r: StudyResult): string[] {
  const c = r.counts;
  const k = r.options.ks[r.options.ks.length - 1]!;
  const tied = r.scores.filter((s) => s.kind === 'library' && s.topTie > k);
  return [
    '### Precision at k (all candidate pairs)',
    '',
    `A random ranking has an expected precision of ${n3(c.positives[0]! / c.candidates[0]!)} (the base rate). "Tied at the top"`,
    "is the number of pairs that share the score's highest value.",
    '',
    `| score | tied at the top | ${r.options.ks.map((q) => `precision at ${q}`).join(' | ')} |`,
    `|---|---:|${r.options.ks.map(() => '---').join('|')}|`,
    ...r.scores.map(
      (s) =>
        `| ${scoreLabel(s.id)} | ${int(s.topTie)} | ${s.metrics[0]!.slice(1)
          .map((e) => formatEstimate(e))
          .join(' | ')} |`,
    ),
    '',
    ...(tied.length > 0
      ? [
          `${tied.length} of the ${r.scores.filter((s) => s.kind === 'library').length} library scores tie more than ${k} pairs at their highest value: with profiles`,
          'this thin, many pairs have identical profiles (overlap 1), and the library cannot order them. Their',
          'precision at k is the share of collaborating pairs in that tie, so it says little; the AUC uses the',
          'whole ranking.',
          '',
        ]
      : []),
  ];
}

function limitations(r: StudyResult, source: DataSource): string[] {
  const c = r.counts;
  return [
    '## Limitations',
    '',
    ...source.limitations.map((l) => `- ${l}`),
    `- Thin profiles: the median peer has ${c.medianEarlierActivities} earlier activit${c.medianEarlierActivities === 1 ? 'y' : 'ies'}. Partnership members describing themselves`,
    '  (rated expertise, offices, networks) give richer profiles than observed IATI activity.',
    `- Few, clustered positives: ${int(c.positives[0]!)} positive pairs from ${int(c.laterActivitiesWithPairs)} later activities, ${int(c.positivesFromLargestActivity)} of them from the largest one.`,
    '  The organisation bootstrap widens the intervals for this; it cannot add evidence.',
    '- Co-participation in an IATI activity is one kind of collaboration (often funding passed from a',
    '  reporting organisation to implementers); joint lobbying or informal coordination leaves no trace here.',
    '- The best context weight is picked on the data it is scored on; its gain over the default is optimistic.',
    '',
  ];
}

/** The whole of docs/validation.md. */
export function renderMarkdown(w: WriteUp): string {
  const r = w.main;
  const lines = [
    '# Does the method work? Synergy scores against real collaborations',
    '',
    '<!-- Generated by `npm run validate-method` (bench/validation/run.ts) from the IATI sample in',
    '     ../shared/realdata. Do not edit by hand: rerun the command. -->',
    '',
    `**Headline.** ${headline(r)}`,
    '',
    'Tools in this field (3W dashboards, IATI portals, network maps, proximity measures) describe who is',
    'similar to whom; we know of none that checks whether its similarity or synergy numbers point at',
    "partnerships that happen. This page tests partner-synergy's scores on public data: each organisation's",
    'profile is built from what it did *before* a date, and the question is whether high-scoring pairs are',
    'the pairs that work together *after* it.',
    '',
    ...dataSection(w),
    ...designSection(r),
    ...methodSection(r),
    '## Results',
    '',
    `![ROC curves](${w.plots.roc})`,
    '',
    `![AUC per score](${w.plots.auc})`,
    '',
    ...aucTable(r),
    ...precisionTable(r),
    ...synergySection(r),
    ...weightsSection(r, w.plots.weights),
    ...sensitivitySection(
      [r, ...w.sensitivity].sort((a, b) => (a.options.splitDate < b.options.splitDate ? -1 : 1)),
    ),
    ...verdictSection(r, w.sensitivity),
    ...limitations(r, w.source),
    '## Reproduce',
    '',
    'With `../shared/realdata` beside the repository:',
    '',
    '```sh',
    'npm run validate-method',
    '```',
    '',
    'It rewrites this page and its plots in `docs/validation/` byte for byte (seeded, no timestamps), and',
    'prints a visible message and stops when the data folder is absent. Options: `--split YYYY-MM-DD`,',
    '`--reps N`, `--seed N`, `--areas`, `--observed`, `--check` (fails when this page is out of date),',
    '`--lang nl`.',
    '',
  ];
  return lines.join('\n');
}
