/**
 * Top-k in the WebAssembly kernel, in this thread: the kernel scans every member row and keeps the
 * heaps in its memory; from {@link SPECULATION_MIN_MEMBERS} members on, speculative bounds prune
 * first and the members they may have wronged are recomputed afterwards, so the result is exact.
 */
import type { CombinedIndex } from '../metrics/combinedIndex.js';
import { TopHeaps } from '../metrics/topHeaps.js';
import type { TopK } from '../metrics/topKTypes.js';
import { type ContextScanner, rowScanner } from './kernel/contextScanner.js';
import {
  type ContextRows,
  repairSpeculated,
  SPECULATION_MIN_MEMBERS,
  speculativeBounds,
} from './speculativeBounds.js';

/** Rows between two exchanges of pruning bounds with the other workers. */
const EXCHANGE_EVERY = 64;

/**
 * Score rows start, start + step, ... in the kernel (which keeps the heaps). With `published`
 * (shared memory, one bound per member, for worker threads): every EXCHANGE_EVERY rows, publish
 * this worker's bounds and take the larger ones others published. Every published value is the
 * k-th best synergy some worker has seen for that member, so it never exceeds the final k-th
 * best: a pair below it cannot be in the result (ties are kept). A lost race between workers only
 * leaves a bound lower than it could be.
 *
 * @example
 * scanKernelRows(openScanner(image)!, 0, 2, published);
 */
export function scanKernelRows(
  scanner: ContextScanner,
  start: number,
  step: number,
  published?: Float32Array,
): void {
  const bound = scanner.bound;
  const n = bound.length;
  let row = 0;
  for (let i = start; i < n; i += step, row++) {
    if (published !== undefined && row % EXCHANGE_EVERY === 0) {
      for (let x = 0; x < n; x++) {
        const mine = bound[x]!;
        const theirs = published[x]!;
        if (mine > theirs) published[x] = mine;
        else if (theirs > mine) bound[x] = theirs;
      }
    }
    scanner.scan(i);
  }
}

/**
 * Speculative pruning bounds for a top-k run over the kernel (see speculativeBounds.ts), computed
 * with the run's scanner: none below {@link SPECULATION_MIN_MEMBERS} members.
 *
 * @example
 * boundsFor(combined, 10, scanner); // => null for a small partnership
 */
export function boundsFor(combined: CombinedIndex, k: number, rows: ContextRows): Float32Array | null {
  return combined.expertise.size >= SPECULATION_MIN_MEMBERS ? speculativeBounds(combined, k, rows) : null;
}

/**
 * The kernel's top-k heaps of a prepared partnership, or null when the kernel does not apply
 * (weights not on a grid, too large, or no WebAssembly here). `bounds`: speculative pruning bounds
 * (default: {@link boundsFor}; any values give the same result, tests pass their own).
 *
 * @example
 * kernelTopHeaps(prepared.combined, 10)?.toTopK(prepared.profiles.ids); // => topSynergyPartners(partnership)
 */
export function kernelTopHeaps(
  combined: CombinedIndex,
  k: number,
  bounds?: Float32Array | null,
): TopHeaps | null {
  const scanner = rowScanner(combined, combined.weights.geography, combined.weights.sectors, k);
  if (scanner === null) return null;
  const speculated = bounds === undefined ? boundsFor(combined, k, scanner) : bounds;
  if (speculated !== null) scanner.bound.set(speculated);
  scanKernelRows(scanner, 0, 1);
  const heaps = TopHeaps.fromParts(scanner.heapParts(false));
  if (speculated !== null) repairSpeculated(heaps, speculated, combined, scanner);
  return heaps;
}

/**
 * {@link kernelTopHeaps} as a result (ids[i] names member i), or undefined when the kernel does
 * not apply.
 *
 * @example
 * kernelTopK(prepared.combined, prepared.profiles.ids, 10); // => topSynergyPartners(partnership)
 */
export function kernelTopK(combined: CombinedIndex, ids: readonly string[], k: number): TopK | undefined {
  return kernelTopHeaps(combined, k)?.toTopK(ids);
}
