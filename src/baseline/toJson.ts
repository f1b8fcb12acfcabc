import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { BaselineJson, Recommendation } from '../schema/baseline.js';
import type { GeographyRecord } from '../schema/records.js';
import { BASELINE_SCHEMA_VERSION } from '../schema/version.js';
import type { Baseline } from './buildBaseline.js';
import { type MatricesMode, matricesJson, resolveMatricesShape } from './matricesJson.js';
import { type StageListener, timed } from './stages.js';

/**
 * Options of {@link toBaselineJson}.
 * @example
 * const options: BaselineJsonOptions = { decimals: 2 };
 * toBaselineJson(baseline, options).recommendations[0]?.score; // => 1
 */
export interface BaselineJsonOptions {
  /** Decimals kept for every number in matrices and scores. Default 4. */
  readonly decimals?: number;
  /** Profiles with fewer categories than this (but not empty) are flagged as short. Default 2 (a single-category profile). */
  readonly minProfileCategories?: number;
  /**
   * How the matrices are written: 'full' (every N x N matrix), 'top' (each member's
   * `matricesTop` strongest partners per matrix, plus the full matrices among the members the
   * report's heatmaps show), or 'auto': full up to 200 members (FULL_MATRICES_MAX_MEMBERS), top
   * above. Default 'auto'.
   */
  readonly matrices?: MatricesMode;
  /** Partners listed per member and matrix in the top shape. Default 10 (DEFAULT_MATRICES_TOP). */
  readonly matricesTop?: number;
  /** Told the time of the 'metrics' (matrices) and 'json' stages. Default: none. */
  readonly onStage?: StageListener;
}

/** Every option key of {@link BaselineJsonOptions} (the compiler keeps the list complete). */
const BASELINE_JSON_OPTION_KEYS = Object.keys({
  decimals: true,
  matricesTop: true,
  matrices: true,
  minProfileCategories: true,
  onStage: true,
} satisfies Record<keyof BaselineJsonOptions, true>);

/**
 * Default number of decimals in baseline.json.
 * @example
 * DEFAULT_JSON_DECIMALS; // => 4
 */
export const DEFAULT_JSON_DECIMALS = 4;

/**
 * Round to a fixed number of decimals without producing -0.
 *
 * @example
 * roundTo(0.123456, 4); // => 0.1235
 */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/**
 * The baseline.json form (schemaVersion 4) of a baseline: plain data with numbers rounded to a
 * fixed number of decimals, keys in a fixed order, so the same input gives the same bytes.
 * Matrices are full N x N up to 200 members and each member's top partners above (option
 * `matrices`; both shapes are read by {@link readBaselineMatrix}).
 *
 * @param b - the baseline from {@link buildBaseline}
 * @param options - decimals (default {@link DEFAULT_JSON_DECIMALS}), matrices shape; see {@link BaselineJsonOptions}
 * @throws OptionsError when `decimals` is not a whole number from 0 to 15, `matrices` is not
 *   'auto', 'full' or 'top', or `matricesTop` is not a whole number from 1 to 10,000.
 * @example
 * const data = toBaselineJson(buildBaseline(sample));
 * data.schemaVersion; // => 4
 * readBaselineMatrix(data, 'synergy').full.values[0]?.slice(0, 3); // => [0, 0, 0.1456]
 * const top = toBaselineJson(baseline, { matrices: 'top', matricesTop: 2 }).matrices.synergy;
 * 'valuesTop' in top ? top.valuesTop.partners[0] : null; // => ['GHB', 'SJH']
 * toBaselineJson(baseline, { decimals: 16 }); // throws OptionsError
 */
export function toBaselineJson(b: Baseline, options: BaselineJsonOptions = {}): BaselineJson {
  checkOptionKeys(options, BASELINE_JSON_OPTION_KEYS);
  const { decimals = DEFAULT_JSON_DECIMALS, minProfileCategories = 2, onStage } = options;
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new OptionsError(
      'decimals',
      `Option decimals must be a whole number from 0 to 15, got ${String(decimals)}.`,
    );
  }
  const m = b.metrics;
  const { shape, k } = resolveMatricesShape(m.ids.length, options.matrices, options.matricesTop);
  const matrices = timed(onStage, 'metrics', () => matricesJson(m, b.recommendations, shape, k, decimals));
  return timed(onStage, 'json', () => assemble(b, matrices, decimals, minProfileCategories));
}

function assemble(
  b: Baseline,
  matrices: BaselineJson['matrices'],
  decimals: number,
  minProfileCategories: number,
): BaselineJson {
  const m = b.metrics;
  const emptyIds = (d: 'expertise' | 'geography' | 'sectors') => m.ids.filter((_, i) => m[d].empty[i]);
  const shortIds = (d: 'expertise' | 'geography' | 'sectors') =>
    m.ids.filter((_, i) => {
      const size = m.profiles[d].rows[i]?.indices.length ?? 0;
      return size > 0 && size < minProfileCategories;
    });
  const countries: BaselineJson['countries'] = {};
  for (const code of Object.keys(b.countries).sort()) {
    const v = b.countries[code]!;
    countries[code] = {
      ...v,
      pairs: v.pairs.map((p) => ({
        a: p.a,
        b: p.b,
        synergy: roundTo(p.synergy, decimals),
        duplication: roundTo(p.duplication, decimals),
      })),
    };
  }
  return {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    members: b.partnership.members.map((x) => ({
      id: x.id,
      name: x.name,
      type: x.type,
      country: x.country,
      role: x.role,
      scope: x.scope ?? null,
      extras: sortedRecord(x.extras),
    })),
    ingest: {
      files: b.ingest.files.map((f) => ({ ...f })),
      rejected: b.ingest.rejected.map((i) => ({ ...i })),
      warnings: b.ingest.warnings.map((i) => ({ ...i })),
    },
    matrices,
    countries,
    recommendations: b.recommendations.map((r) => roundRecommendation(r, decimals)),
    moreRecommendations: b.moreRecommendations.map((r) => roundRecommendation(r, decimals)),
    labels: b.labels,
    funders: b.funders.map((f) => ({ ...f })),
    records: {
      expertise: b.partnership.expertise.map((r) => ({ ...r })),
      geography: b.partnership.geography.map(geographyJson),
      sectors: b.partnership.sectors.map((r) => ({ ...r })),
      companies: b.partnership.companies.map((r) => ({ ...r })),
      funders: (b.partnership.funders ?? []).map((r) => ({ ...r })),
    },
    ...(b.withheld === undefined ? {} : { withheld: sortedCounts(b.withheld) }),
    shortProfiles: {
      minCategories: minProfileCategories,
      expertise: shortIds('expertise'),
      geography: shortIds('geography'),
      sectors: shortIds('sectors'),
    },
    emptyProfiles: {
      expertise: emptyIds('expertise'),
      geography: emptyIds('geography'),
      sectors: emptyIds('sectors'),
    },
  };
}

/** A geography record as baseline.json has it: areas without their rows (the record's sources list them). */
function geographyJson(r: GeographyRecord): GeographyRecord {
  if (r.areas === undefined) return { ...r };
  const areas = r.areas.map((a) => ({
    id: a.id,
    name: a.name,
    parent: a.parent,
    presence: a.presence,
    partners: a.partners,
  }));
  return { ...r, areas };
}

function sortedRecord(r: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(r).sort())
    Object.defineProperty(out, k, { value: r[k], enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * Serialise baseline JSON with 2-space indentation and a final newline (what the CLI writes).
 *
 * @param json - what {@link toBaselineJson} returned
 * @example
 * const text = stringifyBaseline(toBaselineJson(baseline));
 * text.startsWith('{\n  "schemaVersion": 4,'); // => true
 * text.endsWith('}\n'); // => true
 */
export function stringifyBaseline(json: BaselineJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

function sortedCounts(w: object): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(w).sort()) out[k] = (w as Record<string, number>)[k]!;
  return out;
}

/** A recommendation with its score and priority rounded to `decimals`. */
function roundRecommendation(r: Recommendation, decimals: number): Recommendation {
  return {
    ...r,
    score: roundTo(r.score, decimals),
    ...(r.priority === undefined ? {} : { priority: roundTo(r.priority, decimals) }),
  };
}

/**
 * A baseline as the functions that read one take it: the live {@link Baseline} from
 * `buildBaseline` or its JSON (`toBaselineJson`, or a parsed baseline.json file).
 * @example
 * const inputs: BaselineOrJson[] = [baseline, json];
 * renderMarkdown(inputs[0]!) === renderMarkdown(inputs[1]!); // => true
 */
export type BaselineOrJson = Baseline | BaselineJson;

/**
 * The JSON of a baseline given either way: baseline.json data as is, a live {@link Baseline}
 * through {@link toBaselineJson} with its defaults. Readers (reports, CSV, map) call it first, so
 * `renderHtml(baseline)` and `renderHtml(toBaselineJson(baseline))` give the same bytes.
 */
export function asBaselineJson(b: BaselineOrJson): BaselineJson {
  return 'schemaVersion' in b ? b : toBaselineJson(b);
}
