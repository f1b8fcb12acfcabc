import { buildCountryViews, declaredFocus } from '../country/buildCountryViews.js';
import type { Lang } from '../country/labels.js';
import { LimitError, OptionsError, PartnerSynergyError } from '../errors.js';
import { message, messagesIn } from '../messages/catalogue.js';
import { computeMetrics, type MetricsOptions, type PartnershipMetrics } from '../metrics/computeMetrics.js';
import { checkPositiveInteger, METRICS_OPTION_KEYS, resolveMetricsOptions } from '../metrics/options.js';
import {
  type IngestResult,
  PARSE_OPTION_KEYS,
  type ParseOptions,
  type PartnershipInput,
  parsePartnership,
} from '../normalise/parsePartnership.js';
import { createTaxonomy, DEFAULT_SECTORS, DEFAULT_THEMES, type Taxonomy } from '../normalise/taxonomy.js';
import { checkOptionKeys, pickOptions } from '../optionKeys.js';
import { pairScoresFromMetrics } from '../recommend/pairScoresFromMetrics.js';
import { RECOMMEND_OPTION_KEYS, type RecommendOptions, recommendRanked } from '../recommend/recommend.js';
import { redactIngestResult } from '../redact/redactIngest.js';
import { REDACTION_OPTION_KEYS, type RedactionOptions, type Withheld } from '../redact/types.js';
import type { CountryView, FunderSummary, Labels, Recommendation } from '../schema/baseline.js';
import type { FileReport, IngestIssue } from '../schema/issues.js';
import { type Partnership, PartnershipSchema } from '../schema/records.js';
import { summariseFunders } from './funders.js';
import { buildLabels } from './labels.js';
import { DEFAULT_BASELINE_MAX_MEMBERS } from './maxMembers.js';
import { type StageListener, timed } from './stages.js';

export { DEFAULT_BASELINE_MAX_MEMBERS };

/**
 * Options of {@link buildBaseline}: parsing, metric weights and recommendation settings together
 * (each documented, with its default, on {@link ParseOptions}, {@link MetricsOptions} and
 * {@link RecommendOptions}; `Custom` as there: the ids of your own recommendation kinds). A key
 * that is none of these, at any depth, is an OptionsError with a "did you mean".
 * @example
 * const options: BaselineOptions = { lang: 'nl', top: 5, contextWeights: { geography: 0.7, sectors: 0.3 } };
 * const dutch = buildBaseline(sample, options);
 * dutch.recommendations.length; // => 5
 * dutch.recommendations[0]?.rationale.startsWith('Lobby samen binnen het Convenant Duurzame Kleding en Textiel'); // => true
 */
export interface BaselineOptions<Custom extends string = never>
  extends ParseOptions,
    Omit<MetricsOptions, 'maxMatrixMembers'>,
    Omit<RecommendOptions<Custom>, 'labels'> {
  /**
   * Focus themes of the whole partnership: what a country's "missing" themes are measured against,
   * and the recommendations' focus. Default: the rows of focus.csv without a country; without
   * those, no country view calls a theme missing and the recommendations use every theme some
   * member rates 4 or higher. focus.csv rows with a country add focus themes to that country.
   */
  readonly focusThemes?: readonly string[];
  /**
   * Largest partnership (number of members) to build a baseline for, checked right after reading
   * and before any pair is computed: more gives LimitError 'maxMembers'. Default
   * {@link DEFAULT_BASELINE_MAX_MEMBERS} (1,500).
   */
  readonly maxMembers?: number;
  /** Redact partners, companies, themes, countries or opted-out members before any metric is computed. Default: none. */
  readonly redact?: RedactionOptions;
  /**
   * Told the wall time of each stage as it ends ('read' when given files, 'profile', 'countries',
   * 'recommendations'); for benchmarks and the CLI's `--timings`. Default: none (nothing timed).
   */
  readonly onStage?: StageListener;
}

/**
 * A synergy baseline: the normalised partnership, what went wrong reading it, metrics, country
 * views and recommendations. {@link toBaselineJson} turns it into baseline.json.
 * @example
 * const b: Baseline = buildBaseline(sample);
 * b.ingest.rejected.length; // => 0
 * b.metrics.ids.length; // => 12
 * Object.keys(b.countries).length; // => 12
 * b.recommendations[0]?.kind; // => 'joint-lobby'
 */
export interface Baseline {
  readonly partnership: Partnership;
  readonly ingest: {
    readonly files: readonly FileReport[];
    readonly rejected: readonly IngestIssue[];
    readonly warnings: readonly IngestIssue[];
  };
  readonly metrics: PartnershipMetrics;
  readonly countries: Readonly<Record<string, CountryView>>;
  readonly recommendations: readonly Recommendation[];
  /** Recommendations that scored but are not listed (cut by a cap, past `top`, or merged into a listed one). */
  readonly moreRecommendations: readonly Recommendation[];
  readonly labels: Labels;
  /** Who funds the members (funders.csv), one entry per funder; never members, never in recommendations. */
  readonly funders: readonly FunderSummary[];
  /** What `options.redact` withheld (counts only); absent without redaction. */
  readonly withheld?: Withheld;
}

/**
 * What buildBaseline accepts: CSV files (text or bytes), a parse result, or already-normalised records.
 * @example
 * const fromFiles: BaselineInput = sample;
 * const fromParse: BaselineInput = parsePartnership(sample);
 * const fromRecords: BaselineInput = { partnership };
 * // the same recommendations from each form
 * const ids = [fromFiles, fromParse, fromRecords].map((input) => buildBaseline(input).recommendations.map((r) => r.id));
 * ids[1]; // => ids[0]
 */
export type BaselineInput = PartnershipInput | IngestResult | { readonly partnership: Partnership };

function isIngestResult(x: unknown): x is IngestResult {
  return typeof x === 'object' && x !== null && 'partnership' in x && 'files' in x && 'themes' in x;
}

/**
 * Build the synergy baseline in one call: read and normalise the files, compute overlap,
 * complementarity, synergy and duplication, build the in-country views and rank joint-activity
 * recommendations. Pure and browser-safe; same input, same output.
 *
 * @throws PartnerSynergyError E_NO_MEMBERS when no member could be read; E_SCHEMA when given
 *   records that do not fit the Partnership schema; LimitError for input over a limit (file
 *   size, rows, columns, cell size, or more than `maxMembers` members); OptionsError for invalid
 *   weights and for an unknown option key, with the closest known key as `suggestion`
 *   (checked before reading).
 * @param input - CSV files keyed by file name (text or bytes), a {@link parsePartnership} result,
 *   or `{ partnership }` records
 * @param options - parsing, metric and recommendation options; all optional, defaults on
 *   {@link BaselineOptions}
 * @example
 * const small = buildBaseline({
 *   'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,union\n',
 *   'expertise.csv': 'member,theme,level\nA,living wage,5\nB,freedom of association,5\n',
 *   'geography.csv': 'member,country,presence\nA,Bangladesh,office\nB,Bangladesh,office\n',
 * });
 * // Same country (geography overlap 1, no sectors file so that dimension drops out) and nothing
 * // in common on expertise: synergy = 1 x (1 - 0).
 * small.metrics.synergy.get('A', 'B'); // => 1
 * small.metrics.duplication.get('A', 'B'); // => 0
 * buildBaseline(sample, { contextWieghts: { geography: 1 } } as BaselineOptions); // throws OptionsError
 */
export function buildBaseline<const Custom extends string = never>(
  input: BaselineInput,
  options: BaselineOptions<Custom> = {},
): Baseline {
  checkOptionKeys(options, BASELINE_OPTION_KEYS); // a misspelt key fails instead of passing silently
  checkOptionKeys(options.redact, REDACTION_OPTION_KEYS, 'redact.', options.lang);
  const maxMembers = checkPositiveInteger('maxMembers', options.maxMembers, DEFAULT_BASELINE_MAX_MEMBERS);
  resolveMetricsOptions(options); // invalid weights fail before any reading
  let ingest: IngestResult;
  if (isIngestResult(input)) {
    ingest = input;
  } else if (typeof input === 'object' && input !== null && 'partnership' in input && !Array.isArray(input)) {
    const parsed = PartnershipSchema.safeParse((input as { partnership: unknown }).partnership);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new PartnerSynergyError(
        'E_SCHEMA',
        `The partnership records do not fit the schema: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}.`,
      );
    }
    ingest = {
      partnership: parsed.data,
      files: [],
      rejected: [],
      warnings: [],
      themes: createTaxonomy(DEFAULT_THEMES, options.themes),
      sectors: createTaxonomy(DEFAULT_SECTORS, options.sectors),
    };
  } else {
    const parseOptions = pickOptions(options, PARSE_OPTION_KEYS);
    ingest = timed(options.onStage, 'read', () => parsePartnership(input as PartnershipInput, parseOptions));
  }
  let withheld: Withheld | undefined;
  if (options.redact !== undefined) {
    const redacted = redactIngestResult(ingest, options.redact, options);
    ({ ingest, options, withheld } = redacted);
  }
  const { partnership } = ingest;
  if (partnership.members.length === 0) {
    throw new PartnerSynergyError('E_NO_MEMBERS', message(options.lang ?? 'en', 'E_NO_MEMBERS.baseline'));
  }
  if (partnership.members.length > maxMembers) {
    const n = partnership.members.length;
    throw new LimitError(
      'maxMembers',
      maxMembers,
      n,
      message(options.lang ?? 'en', 'E_LIMIT.max_members', { count: n, max: maxMembers }),
    );
  }
  const labels = buildLabels(partnership, ingest.themes, ingest.sectors);
  const { onStage } = options;
  // Every full matrix of a baseline may be built: its N is within maxMembers.
  const metricsOptions = { ...pickOptions(options, METRICS_OPTION_KEYS), maxMatrixMembers: maxMembers };
  const metrics = timed(onStage, 'profile', () => computeMetrics(partnership, metricsOptions));
  const scores = pairScoresFromMetrics(metrics);
  const sectorInfo = (id: string) => {
    const irbc = ingest.sectors.get(id)?.irbc;
    return irbc === undefined ? undefined : { irbc };
  };
  // Focus themes: the option, else the partnership-wide rows of focus.csv (per-country rows reach
  // the country views from the partnership).
  const declared = declaredFocus(partnership).all;
  const focusThemes =
    options.focusThemes?.map((t) => resolveFocusTheme(ingest.themes, t, options.lang ?? 'en')) ??
    (declared.length > 0 ? declared : undefined);
  const countries = timed(onStage, 'countries', () =>
    buildCountryViews(partnership, scores, {
      labels,
      ...(focusThemes === undefined ? {} : { focusThemes }),
    }),
  );
  const ranked = timed(onStage, 'recommendations', () =>
    recommendRanked<Custom>(partnership, scores, countries, {
      ...pickOptions(options, RECOMMEND_OPTION_KEYS),
      ...(focusThemes === undefined ? {} : { focusThemes }),
      labels,
      sectorInfo,
    }),
  );
  return {
    partnership,
    ingest: { files: ingest.files, rejected: ingest.rejected, warnings: ingest.warnings },
    metrics,
    countries,
    recommendations: ranked.recommendations,
    moreRecommendations: ranked.more,
    labels,
    funders: summariseFunders(partnership.funders ?? []),
    ...(withheld === undefined ? {} : { withheld }),
  };
}

/**
 * A focus theme given as an id, a label, an alias or with a small typo -> its taxonomy id.
 * Unknown or ambiguous themes throw OptionsError with a "did you mean", so a typo never
 * silently empties the coverage-gap analysis.
 */
function resolveFocusTheme(themes: Taxonomy, raw: string, lang: Lang): string {
  if (themes.get(raw)) return raw;
  const r = themes.resolve(raw);
  if (r.kind === 'exact' || r.kind === 'fuzzy') return r.value.id;
  const t = messagesIn(lang);
  const label = (e: { en: string; nl: string }) => (lang === 'nl' ? e.nl : e.en);
  const hint =
    r.kind === 'ambiguous'
      ? t('focus.could_be', { options: r.candidates.map((c) => `"${label(c)}"`).join(t('word.or')) })
      : r.suggestion
        ? t('hint.did_you_mean', { suggestion: label(r.suggestion) })
        : '';
  throw new OptionsError(
    'focusThemes',
    t('unknown.value', { what: t('noun.focus_theme'), value: raw }) + hint,
  );
}

/** Every option key of {@link BaselineOptions} (the compiler keeps the list complete). */
export const BASELINE_OPTION_KEYS: readonly string[] = Object.keys({
  areaWeight: true,
  catalogue: true,
  companies: true,
  contextWeights: true,
  cosine: true,
  decimals: true,
  delimiter: true,
  engine: true,
  extend: true,
  focusCountries: true,
  focusThemes: true,
  kinds: true,
  lang: true,
  maxPerPair: true,
  levelWeights: true,
  limits: true,
  maxMembers: true,
  minScore: true,
  more: true,
  observedWeight: true,
  onStage: true,
  overrides: true,
  presenceWeights: true,
  redact: true,
  sectorInfo: true,
  sectors: true,
  strengthWeights: true,
  strict: true,
  themes: true,
  top: true,
  topPerKind: true,
  weighting: true,
} satisfies Record<keyof BaselineOptions, true>);
