import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import {
  checkNumber,
  DEFAULT_PROFILE_OPTIONS,
  type ProfileOptions,
  type ResolvedProfileOptions,
  resolveProfileOptions,
} from '../profile/options.js';
import { type MetricsEngine, resolveEngine } from './engine.js';

/**
 * Relative weights of geography and sector overlap in the context of a pair.
 * @example
 * const contextWeights: ContextWeights = { geography: 1, sectors: 0 };
 * // context is then geography overlap alone
 * computeMetrics(partnership, { contextWeights }).context.get('FTA', 'SEW'); // => metrics.geography.overlap.get('FTA', 'SEW')
 */
export interface ContextWeights {
  /** Weight of geography overlap. Default 0.5. */
  readonly geography?: number;
  /** Weight of sector overlap. Default 0.5. */
  readonly sectors?: number;
}

/**
 * Options of {@link computeMetrics}: the profile weights plus how the dimensions combine.
 *
 * @example
 * const options: MetricsOptions = { contextWeights: { geography: 0.7, sectors: 0.3 }, cosine: true };
 * const m = computeMetrics(partnership, options);
 * m.contextWeights; // => { geography: 0.7, sectors: 0.3 }
 * m.expertise.cosine?.get('FTA', 'SEW'); // => ~0.762
 */
export interface MetricsOptions extends ProfileOptions {
  /**
   * Weights of the context mean, finite and >= 0, not both 0. Default `{ geography: 0.5, sectors: 0.5 }`.
   * A dimension without any record drops out of the mean (the other gets weight 1).
   */
  readonly contextWeights?: ContextWeights;
  /** Also compute cosine similarity matrices per dimension. Default false. */
  readonly cosine?: boolean;
  /**
   * Largest partnership for which a matrix's full `values` (8·N² bytes each) may be built; `get`
   * and `row` work at any size. Default 10,000; use topSynergyPartners beyond.
   */
  readonly maxMatrixMembers?: number;
  /**
   * Faster code for the all-pairs loops (full combined matrices, top-k), e.g. `fastEngine` from
   * `partner-synergy/fast`; the values are the same. Default: none (the plain TypeScript path,
   * which compiles no WebAssembly).
   */
  readonly engine?: MetricsEngine;
}

/** Every option key of {@link MetricsOptions} (the compiler keeps the list complete). */
export const METRICS_OPTION_KEYS: readonly string[] = Object.keys({
  areaWeight: true,
  contextWeights: true,
  cosine: true,
  engine: true,
  levelWeights: true,
  maxMatrixMembers: true,
  observedWeight: true,
  presenceWeights: true,
  strengthWeights: true,
  weighting: true,
} satisfies Record<keyof MetricsOptions, true>);

/** Fully resolved metrics options. */
export interface ResolvedMetricsOptions extends ResolvedProfileOptions {
  readonly contextWeights: { readonly geography: number; readonly sectors: number };
  readonly cosine: boolean;
  readonly maxMatrixMembers: number;
  /** The engine given, if any. */
  readonly engine?: MetricsEngine;
}

/**
 * Default metrics options: the default profile weights, context weights 0.5/0.5, no cosine, full
 * matrices for at most 10,000 members.
 *
 * @example
 * DEFAULT_METRICS_OPTIONS.contextWeights.geography; // => 0.5
 */
export const DEFAULT_METRICS_OPTIONS: ResolvedMetricsOptions = Object.freeze({
  ...DEFAULT_PROFILE_OPTIONS,
  contextWeights: Object.freeze({ geography: 0.5, sectors: 0.5 }),
  cosine: false,
  maxMatrixMembers: 10_000,
});

/**
 * Validate and default the context weights.
 *
 * @throws OptionsError ('contextWeights.geography', 'contextWeights.sectors', 'contextWeights') for
 *   a weight that is not a finite number >= 0, an unknown key, or both weights 0.
 * @example
 * resolveContextWeights({ geography: 1 }); // => { geography: 1, sectors: 0.5 }
 */
export function resolveContextWeights(given: ContextWeights | undefined): {
  readonly geography: number;
  readonly sectors: number;
} {
  const defaults = DEFAULT_METRICS_OPTIONS.contextWeights;
  if (given === undefined) return defaults;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new OptionsError(
      'contextWeights',
      'Option contextWeights must be an object { geography, sectors }.',
    );
  }
  checkOptionKeys(given, ['geography', 'sectors'], 'contextWeights.');
  const geography =
    given.geography === undefined
      ? defaults.geography
      : checkNumber('contextWeights.geography', given.geography, 0, Number.MAX_VALUE);
  const sectors =
    given.sectors === undefined
      ? defaults.sectors
      : checkNumber('contextWeights.sectors', given.sectors, 0, Number.MAX_VALUE);
  if (geography + sectors === 0) {
    throw new OptionsError(
      'contextWeights',
      'Option contextWeights: at least one of geography and sectors must be > 0.',
    );
  }
  return { geography, sectors };
}

/**
 * Validate an optional boolean option.
 *
 * @throws OptionsError when the value is given and is not a boolean.
 * @example
 * checkBoolean('cosine', undefined, false); // => false
 */
export function checkBoolean(path: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new OptionsError(path, `Option ${path} must be true or false.`);
  return value;
}

/**
 * Validate an optional positive whole-number option.
 *
 * @throws OptionsError when the value is given and is not an integer >= 1.
 * @example
 * checkPositiveInteger('k', 10, 5); // => 10
 */
export function checkPositiveInteger(path: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new OptionsError(path, `Option ${path} must be a whole number >= 1, got ${String(value)}.`);
  }
  return value;
}

/**
 * Validate and default all metrics options.
 *
 * @throws OptionsError with the option path for any invalid option.
 * @example
 * resolveMetricsOptions({ cosine: true }).cosine; // => true
 */
export function resolveMetricsOptions(options: MetricsOptions = {}): ResolvedMetricsOptions {
  const engine = resolveEngine(options.engine);
  return {
    ...resolveProfileOptions(options),
    contextWeights: resolveContextWeights(options.contextWeights),
    cosine: checkBoolean('cosine', options.cosine, DEFAULT_METRICS_OPTIONS.cosine),
    maxMatrixMembers: checkPositiveInteger(
      'maxMatrixMembers',
      options.maxMatrixMembers,
      DEFAULT_METRICS_OPTIONS.maxMatrixMembers,
    ),
    ...(engine === undefined ? {} : { engine }),
  };
}
