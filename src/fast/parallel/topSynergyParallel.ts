import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkPositiveInteger } from '../../metrics/options.js';
import { type TopHeapParts, TopHeaps } from '../../metrics/topHeaps.js';
import type { TopK } from '../../metrics/topKTypes.js';
import {
  prepareTopK,
  TOP_SYNERGY_OPTION_KEYS,
  type TopSynergyOptions,
  topKOfPrepared,
} from '../../metrics/topSynergyPartners.js';
import { checkOptionKeys } from '../../optionKeys.js';
import type { Partnership } from '../../schema/records.js';
import { type ContextScanner, imageInKernel, scannerOn } from '../kernel/contextScanner.js';
import { boundsFor, kernelTopK } from '../kernelTopK.js';
import { repairSpeculated } from '../speculativeBounds.js';
import type { TopKWorkerData } from './topk-worker.js';

/**
 * Options of {@link topSynergyPartnersParallel}.
 * @example
 * const options: ParallelTopSynergyOptions = { k: 10, threads: 2 };
 * (await topSynergyPartnersParallel(partnership, options)).length; // => 12
 */
export interface ParallelTopSynergyOptions extends TopSynergyOptions {
  /** Worker threads. Default: the machine's available parallelism, at most 8. 1 runs in this thread. */
  readonly threads?: number;
  /** Each worker gets at least this many members, so small inputs run in this thread. Default 2,000. */
  readonly minMembersPerWorker?: number;
  /**
   * Called with the reason when the work runs in this thread instead of in workers (one thread
   * asked for or available, too few members, weights not on a grid, or a worker failed). Default:
   * none.
   */
  readonly onSingleThread?: (reason: string) => void;
}

/** Default of {@link ParallelTopSynergyOptions.minMembersPerWorker}. */
const MIN_MEMBERS = 2000;

/** A started worker thread waiting for its task. */
interface PendingWorker {
  run(data: TopKWorkerData): Promise<TopHeapParts>;
  stop(): void;
}

/** Start a top-k worker thread now (it loads while this thread prepares the data). */
function startWorker(): PendingWorker {
  // From the package the worker is dist/topk-worker.js next to this chunk; from the sources (tests,
  // benchmarks) it is the .ts file next to this one, run through tsx.
  const here = import.meta.url;
  const fromSource = here.endsWith('.ts');
  const url = new URL(fromSource ? './topk-worker.ts' : './topk-worker.js', here);
  const worker = fromSource
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
        { eval: true },
      )
    : new Worker(url);
  const result = new Promise<TopHeapParts>((resolve, reject) => {
    let settled = false;
    worker.once('message', (message: { parts?: TopHeapParts; error?: string }) => {
      settled = true;
      if (message.parts) resolve(message.parts);
      else reject(new Error(message.error ?? 'top-k worker failed'));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`top-k worker stopped with exit code ${code}`));
    });
  });
  // A worker stopped before its task is not an error anyone waits for.
  result.catch(() => undefined);
  return {
    run(data) {
      worker.postMessage(data);
      return result;
    },
    stop() {
      void worker.terminate();
    },
  };
}

/**
 * {@link topSynergyPartners} on several cores (Node only): the profiles and the kernel's data are
 * prepared once, each worker thread scans every T-th member row with its own heaps (pruning with
 * the heap thresholds all workers publish in shared memory), and the heaps are merged. The result is identical to topSynergyPartners (same values, same order). Runs in
 * this thread (and says why through `onSingleThread`) when there is one thread, fewer than
 * `minMembersPerWorker` members per worker for two workers, weights the kernel does not take (not
 * on a grid), or when a worker fails.
 *
 * @param partnership - the normalised partnership
 * @param options - those of topSynergyPartners plus `threads` and `minMembersPerWorker`
 * @throws OptionsError for an invalid option.
 * @example
 * const top = await topSynergyPartnersParallel(partnership, { k: 1, threads: 2 });
 * top[1]?.partners[0]?.id; // => 'SSF'
 */
export async function topSynergyPartnersParallel(
  partnership: Partnership,
  options: ParallelTopSynergyOptions = {},
): Promise<TopK> {
  checkOptionKeys(options, [...TOP_SYNERGY_OPTION_KEYS, 'minMembersPerWorker', 'onSingleThread', 'threads']);
  const { threads: threadsOption, minMembersPerWorker, onSingleThread, ...topOptions } = options;
  const threads = checkPositiveInteger('threads', threadsOption, Math.min(8, availableParallelism()));
  const minMembers = checkPositiveInteger('minMembersPerWorker', minMembersPerWorker, MIN_MEMBERS);
  const n = partnership.members.length;
  const workers = Math.min(threads, Math.floor(n / minMembers));
  // Start the threads first: they load while this thread prepares the profiles.
  const pending = workers > 1 ? Array.from({ length: workers }, startWorker) : [];
  let parts: TopHeapParts[];
  let prepared: ReturnType<typeof prepareTopK>['prepared'];
  let k: number;
  let bounds: Float32Array | null = null;
  let rows: ContextScanner | null = null;
  try {
    ({ k, prepared } = prepareTopK(partnership, topOptions));
    const single = (reason: string): TopK => {
      onSingleThread?.(reason);
      const { combined, profiles } = prepared;
      return kernelTopK(combined, profiles.ids, k) ?? topKOfPrepared(prepared, k);
    };
    if (workers < 2) {
      return single(
        threads < 2
          ? `${threads} thread`
          : `${n} members: fewer than ${minMembers} per worker for 2 workers (minMembersPerWorker)`,
      );
    }
    const { combined } = prepared;
    // The image is written into this thread's own kernel, which computes the pilot rows of the
    // speculative bounds (stored in the image before the workers copy it) and, afterwards, the
    // heaps to recompute; each worker gets a copy of the bytes.
    const made = imageInKernel(combined, combined.weights.geography, combined.weights.sectors, k);
    if (made === null) {
      return single('the WebAssembly kernel does not apply (weights not on a grid, or too large)');
    }
    const { image } = made;
    rows = scannerOn(made.kernel, image);
    bounds = boundsFor(combined, k, rows);
    if (bounds !== null) rows.bound.set(bounds);
    const published = new Float32Array(new SharedArrayBuffer(n * 4)).fill(-1);
    try {
      parts = await Promise.all(
        pending.map((worker, w) => worker.run({ image, start: w, step: workers, published })),
      );
    } catch (error) {
      return single(`a worker failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    for (const worker of pending) worker.stop();
  }
  const heaps = TopHeaps.fromParts(parts[0]!);
  for (const other of parts.slice(1)) heaps.merge(TopHeaps.fromParts(other));
  if (bounds !== null && rows !== null) repairSpeculated(heaps, bounds, prepared.combined, rows);
  return heaps.toTopK(prepared.profiles.ids);
}
