/**
 * Worker thread of {@link topSynergyPartnersParallel}: waits for its task, opens the kernel image
 * it is given, scans every `step`-th member row from `start` into its own heaps and sends their
 * arrays back.
 */
import { parentPort } from 'node:worker_threads';
import { type KernelImage, openScanner } from '../kernel/contextScanner.js';
import { scanKernelRows } from '../kernelTopK.js';

/** What the parent sends. */
export interface TopKWorkerData {
  readonly image: KernelImage;
  readonly start: number;
  readonly step: number;
  /** Heap thresholds published by all workers (a SharedArrayBuffer of n floats, initially -1). */
  readonly published: Float32Array;
}

parentPort?.once('message', (data: TopKWorkerData) => {
  const { image, start, step, published } = data;
  const scanner = openScanner(image);
  if (scanner === null) {
    parentPort?.postMessage({ error: 'WebAssembly is not available in this worker thread.' });
    return;
  }
  scanKernelRows(scanner, start, step, published);
  const parts = scanner.heapParts(true);
  // The heap arrays are copies (plain ArrayBuffers): hand them over without copying again.
  const buffers = [parts.value, parts.member, parts.context, parts.overlap, parts.size].map(
    (a) => a.buffer as ArrayBuffer,
  );
  parentPort?.postMessage({ parts }, buffers);
});
