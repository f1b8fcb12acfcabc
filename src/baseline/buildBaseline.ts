import { buildCountryViews } from '../country/buildCountryViews.js';
import { LimitError, PartnerSynergyError } from '../errors.js';
import { computeMetrics, type MetricsOptions, type PartnershipMetrics } from '../metrics/computeMetrics.js';
import { checkPositiveInteger, resolveMetricsOptions } from '../metrics/options.js';
import {
  type IngestResult,
  type ParseOptions,
  type PartnershipInput,
  parsePartnership,
} from '../normalise/parsePartnership.js';
import { createTaxonomy, DEFAULT_SECTORS, DEFAULT_THEMES } from '../normalise/taxonomy.js';
import { pairScoresFromMetrics } from '../recommend/pairScoresFromMetrics.js';
import { type RecommendOptions, recommend } from '../recommend/recommend.js';
import { redactIngestResult } from '../redact/redactIngest.js';
import type { RedactionOptions, Withheld } from '../redact/types.js';
import type { CountryView, Labels, Recommendation } from '../schema/baseline.js';
import type { FileReport, IngestIssue } from '../schema/issues.js';
import { type Partnership, PartnershipSchema } from '../schema/records.js';
import { buildLabels } from './labels.js';

/**
 * Largest number of members {@link buildBaseline} accepts by default. A baseline holds eight
 * all-pairs (N x N) matrices: at 1,000 members baseline.json is about 140 MB, at 1,500 about
 * 300 MB; near 2,000 it no longer fits in a JavaScript string. Real partnerships have 5-100
 * members.
 *
 * @example
 * buildBaseline(files, { maxMembers: 3000 }); // allow twice as many, at your own risk
 */
export const DEFAULT_BASELINE_MAX_MEMBERS = 1500;

/** Options of {@link buildBaseline}: parsing, metric weights and recommendation settings together. */
export interface BaselineOptions extends ParseOptions, MetricsOptions, Omit<RecommendOptions, 'labels'> {
  /** Focus themes for coverage gaps; default: every theme some member rates 4 or higher. */
  readonly focusThemes?: readonly string[];
  /**
   * Largest partnership (number of members) to build a baseline for, checked right after reading
   * and before any pair is computed: more gives LimitError 'maxMembers'. Default
   * {@link DEFAULT_BASELINE_MAX_MEMBERS} (1,500).
   */
  readonly maxMembers?: number;
  /** Redact partners, companies, themes, countries or opted-out members before any metric is computed. Default: none. */
  readonly redact?: RedactionOptions;
}

/** A synergy baseline: the normalised partnership, what went wrong reading it, metrics, country views and recommendations. */
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
  readonly labels: Labels;
  /** What `options.redact` withheld (counts only); absent without redaction. */
  readonly withheld?: Withheld;
}

/** What buildBaseline accepts: CSV files (text or bytes), a parse result, or already-normalised records. */
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
 *   weights (checked before reading).
 * @example
 * const baseline = buildBaseline({
 *   'members.csv': 'id,name,type\nA,Alpha,ngo\nB,Beta,union\n',
 *   'expertise.csv': 'member,theme,level\nA,living wage,5\nB,freedom of association,5\n',
 *   'geography.csv': 'member,country,presence\nA,Bangladesh,office\nB,Bangladesh,office\n',
 * });
 * baseline.metrics.synergy.get('A', 'B'); // => 0.5 (same country, nothing in common on expertise; sectors missing)
 */
export function buildBaseline(input: BaselineInput, options: BaselineOptions = {}): Baseline {
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
    ingest = parsePartnership(input as PartnershipInput, options);
  }
  let withheld: Withheld | undefined;
  if (options.redact !== undefined) {
    const redacted = redactIngestResult(ingest, options.redact, options);
    ({ ingest, options, withheld } = redacted);
  }
  const { partnership } = ingest;
  if (partnership.members.length === 0) {
    throw new PartnerSynergyError(
      'E_NO_MEMBERS',
      'No members were read, so there is no baseline to build. Add a members.csv (id, name, type, country, role).',
    );
  }
  if (partnership.members.length > maxMembers) {
    const n = partnership.members.length;
    throw new LimitError(
      'maxMembers',
      maxMembers,
      n,
      `${n} members is more than the limit of ${maxMembers} (maxMembers): a baseline holds every pair of members (${n} x ${n} per matrix). Raise it with the option maxMembers, e.g. { maxMembers: ${n} }, or use topSynergyPartners for very large networks.`,
    );
  }
  const labels = buildLabels(partnership, ingest.themes, ingest.sectors);
  const metrics = computeMetrics(partnership, { ...options, maxMembers });
  const scores = pairScoresFromMetrics(metrics);
  const sectorInfo = (id: string) => {
    const irbc = ingest.sectors.get(id)?.irbc;
    return irbc === undefined ? undefined : { irbc };
  };
  const countries = buildCountryViews(partnership, scores, {
    labels,
    ...(options.focusThemes === undefined ? {} : { focusThemes: options.focusThemes }),
  });
  const recommendations = recommend(partnership, scores, countries, { ...options, labels, sectorInfo });
  return {
    partnership,
    ingest: { files: ingest.files, rejected: ingest.rejected, warnings: ingest.warnings },
    metrics,
    countries,
    recommendations,
    labels,
    ...(withheld === undefined ? {} : { withheld }),
  };
}
