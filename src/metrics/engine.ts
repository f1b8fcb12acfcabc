/**
 * The one injection point for faster metric code. The plain TypeScript of src/metrics computes
 * every metric on its own; an engine (such as `fastEngine` of `partner-synergy/fast`) may take
 * over the two all-pairs loops, full combined matrices and top-k, when it gives exactly the same
 * values. src/metrics only knows this interface, never an implementation.
 */
import { OptionsError } from '../errors.js';
import type { CombinedIndex, CombinedKind } from './combinedIndex.js';
import type { TopK } from './topKTypes.js';

/**
 * Faster code for the all-pairs loops, passed as the `engine` option of computeMetrics,
 * topSynergyPartners and buildBaseline. Each method either does the whole job, with values
 * bit-identical to the plain path, or declines (false / undefined) and the plain path runs.
 *
 * @example
 * const countingEngine: MetricsEngine = {
 *   name: 'declines everything',
 *   fillCombinedUpper: () => false,
 *   topK: () => undefined,
 * };
 * computeMetrics(partnership, { engine: countingEngine }).synergy.values; // => metrics.synergy.values
 */
export interface MetricsEngine {
  /** A short name for messages. */
  readonly name: string;
  /**
   * Write the strict upper triangle (j > i) of the context, synergy or duplication matrix into
   * `out` (row-major n x n, n = index.expertise.size) and return true, or write nothing and
   * return false to leave it to the plain path.
   */
  fillCombinedUpper(index: CombinedIndex, kind: CombinedKind, out: Float64Array): boolean;
  /**
   * Per member (ids[i] names member i) its k best partners by synergy, equal to the plain scan's
   * result, or undefined to leave it to the plain scan.
   */
  topK(index: CombinedIndex, ids: readonly string[], k: number): TopK | undefined;
}

/**
 * Check the `engine` option: undefined (the plain path) or an object with a name and the two
 * methods of {@link MetricsEngine}.
 *
 * @throws OptionsError ('engine') for anything else.
 * @example
 * resolveEngine(undefined); // => undefined
 * resolveEngine('fast'); // throws OptionsError
 */
export function resolveEngine(value: unknown): MetricsEngine | undefined {
  if (value === undefined) return undefined;
  const e = value as Partial<MetricsEngine> | null;
  if (
    typeof e !== 'object' ||
    e === null ||
    typeof e.name !== 'string' ||
    typeof e.fillCombinedUpper !== 'function' ||
    typeof e.topK !== 'function'
  ) {
    throw new OptionsError(
      'engine',
      "Option engine must be a metrics engine such as fastEngine from 'partner-synergy/fast' (or left out for the plain path).",
    );
  }
  return e as MetricsEngine;
}
