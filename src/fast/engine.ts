/**
 * The fast engine: the WebAssembly kernel for full context/synergy/duplication matrices and for
 * top-k (with speculative bounds), plugged into src/metrics through its `engine` option. Every
 * value is bit-identical to the plain path (tests/fast). Browser-safe (no Node imports).
 */

import type { MetricsEngine } from '../metrics/engine.js';
import { checkPositiveInteger } from '../metrics/options.js';
import { checkOptionKeys } from '../optionKeys.js';
import { fillUpperWithKernel } from './kernel/combinedRows.js';
import { kernelTopK } from './kernelTopK.js';

/**
 * Options of {@link createFastEngine}: from how many members on each job goes to the kernel
 * (below, the plain TypeScript path runs, which is faster for small partnerships).
 *
 * @example
 * const options: FastEngineOptions = { minMembers: 1500, minTopKMembers: 600 };
 * createFastEngine(options).name; // => 'fast (matrices from 1500 members, top-k from 600)'
 */
export interface FastEngineOptions {
  /** Fewest members for which full context/synergy/duplication matrices use the kernel. Default 1 (always). */
  readonly minMembers?: number;
  /** Fewest members for which top-k uses the kernel. Default 1 (always). */
  readonly minTopKMembers?: number;
}

/**
 * The partnership sizes from which the fast engine was measured to pay (bench/crossover.ts, on
 * synthetic partnerships of two shapes; docs/performance.md, "Fast engine"): full
 * context/synergy/duplication matrices from 1,500 members (below, setting up the kernel's memory
 * costs more than it saves), top-k from 600. The CLI uses the engine from these sizes on.
 *
 * @example
 * createFastEngine(FAST_ENGINE_PAYS_FROM).name; // => 'fast (matrices from 1500 members, top-k from 600)'
 */
export const FAST_ENGINE_PAYS_FROM: Required<FastEngineOptions> = Object.freeze({
  minMembers: 1500,
  minTopKMembers: 600,
});

/**
 * A fast engine that hands full matrices and top-k to the WebAssembly kernel from the given
 * partnership sizes on. The kernel declines (and the plain path runs) when a dimension's weights
 * are not on a grid, the data is too large for it, or WebAssembly is not available.
 *
 * @param options - the sizes from which the kernel is used; default: always
 * @throws OptionsError for a size that is not a whole number >= 1.
 * @example
 * const engine = createFastEngine({ minMembers: 1500 });
 * computeMetrics(partnership, { engine }).synergy.values; // => metrics.synergy.values
 */
export function createFastEngine(options: FastEngineOptions = {}): MetricsEngine {
  checkOptionKeys(options, ['minMembers', 'minTopKMembers'] satisfies (keyof FastEngineOptions)[]);
  const minMembers = checkPositiveInteger('minMembers', options.minMembers, 1);
  const minTopKMembers = checkPositiveInteger('minTopKMembers', options.minTopKMembers, 1);
  const always = minMembers === 1 && minTopKMembers === 1;
  return {
    name: always ? 'fast' : `fast (matrices from ${minMembers} members, top-k from ${minTopKMembers})`,
    fillCombinedUpper: (index, kind, out) =>
      index.expertise.size >= minMembers && fillUpperWithKernel(index, kind, out),
    topK: (index, ids, k) => (ids.length >= minTopKMembers ? kernelTopK(index, ids, k) : undefined),
  };
}

/**
 * The fast engine, used at every size: pass it as the `engine` option of computeMetrics,
 * topSynergyPartners or buildBaseline. Results are the same as without it; it pays for top-k from
 * about 600 members and for full matrices from about 1,500 (below, use
 * `createFastEngine(FAST_ENGINE_PAYS_FROM)` or no engine).
 *
 * @example
 * topSynergyPartners(partnership, { k: 3, engine: fastEngine }); // => topSynergyPartners(partnership, { k: 3 })
 */
export const fastEngine: MetricsEngine = /* @__PURE__ */ createFastEngine();
