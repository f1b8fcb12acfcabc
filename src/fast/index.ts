/**
 * partner-synergy/fast: the fast engine for large partnerships. `fastEngine` (or
 * `createFastEngine`) runs full context/synergy/duplication matrices and top-k in a WebAssembly
 * kernel, with the same values as the plain path of the core; pass it as the `engine` option.
 * `topSynergyPartnersParallel` spreads top-k over worker threads (Node only). The core entry never
 * loads any of this: a baseline without an engine compiles no WebAssembly. When it pays is
 * measured in docs/performance.md ("Fast engine").
 * @packageDocumentation
 * @module partner-synergy/fast
 */

export {
  createFastEngine,
  FAST_ENGINE_PAYS_FROM,
  type FastEngineOptions,
  fastEngine,
} from './engine.js';
export {
  type ParallelTopSynergyOptions,
  topSynergyPartnersParallel,
} from './parallel/topSynergyParallel.js';
