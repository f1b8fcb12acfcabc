import { OptionsError } from '../errors.js';
import type { SquareMatrix } from '../metrics/SquareMatrix.js';
import { BASELINE_SCHEMA_VERSION, type BaselineJson } from '../schema/baseline.js';
import type { Baseline } from './buildBaseline.js';

/**
 * Options of {@link toBaselineJson}.
 * @example
 * const options: BaselineJsonOptions = { decimals: 2 };
 * toBaselineJson(baseline, options).recommendations[0]?.score; // => 0.95
 */
export interface BaselineJsonOptions {
  /** Decimals kept for every number in matrices and scores. Default 4. */
  readonly decimals?: number;
  /** Profiles with fewer categories than this (but not empty) are flagged as short. Default 2 (a single-category profile). */
  readonly minProfileCategories?: number;
}

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

function nested(m: SquareMatrix, decimals: number): number[][] {
  return m.toArray(decimals);
}

/**
 * The baseline.json form (schemaVersion 2) of a baseline: plain data with numbers rounded to a
 * fixed number of decimals, keys in a fixed order, so the same input gives the same bytes.
 *
 * @param b - the baseline from {@link buildBaseline}
 * @param options - decimals (default {@link DEFAULT_JSON_DECIMALS})
 * @throws OptionsError when `decimals` is not a whole number from 0 to 15.
 * @example
 * const data = toBaselineJson(buildBaseline(sample));
 * data.schemaVersion; // => 2
 * data.matrices.synergy.values[0]?.slice(0, 3); // => [0, 0, 0.1456]
 * toBaselineJson(baseline, { decimals: 16 }); // throws OptionsError
 */
export function toBaselineJson(b: Baseline, options: BaselineJsonOptions = {}): BaselineJson {
  const { decimals = DEFAULT_JSON_DECIMALS, minProfileCategories = 2 } = options;
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new OptionsError(
      'decimals',
      `Option decimals must be a whole number from 0 to 15, got ${String(decimals)}.`,
    );
  }
  const m = b.metrics;
  const dim = (d: 'expertise' | 'geography' | 'sectors') => ({
    ids: [...m.ids],
    overlap: nested(m[d].overlap, decimals),
    complementarity: nested(m[d].complementarity, decimals),
  });
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
    matrices: {
      expertise: dim('expertise'),
      geography: dim('geography'),
      sectors: dim('sectors'),
      synergy: { ids: [...m.ids], values: nested(m.synergy, decimals) },
      duplication: { ids: [...m.ids], values: nested(m.duplication, decimals) },
    },
    countries,
    recommendations: b.recommendations.map((r) => ({ ...r, score: roundTo(r.score, decimals) })),
    labels: b.labels,
    funders: b.funders.map((f) => ({ ...f })),
    records: {
      expertise: b.partnership.expertise.map((r) => ({ ...r })),
      geography: b.partnership.geography.map((r) => ({ ...r })),
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
 * text.startsWith('{\n  "schemaVersion": 2,'); // => true
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
