/**
 * The pair kernel: WebAssembly functions (kernel.wat) for the hot loops of top-k over
 * weights on a grid (whole-number units, see weightScaleOf). Browser-safe: the module's bytes are
 * inlined as base64 and compiled synchronously (about 6.6 kB). When WebAssembly is not
 * available (or a content security policy forbids compiling it), {@link kernelInstance} returns
 * null and callers use their JavaScript path, which gives the same results.
 */
import { KERNEL_WASM_BASE64 } from './kernelBytes.js';

/** The kernel's exports (byte addresses into its memory; see kernel.wat for the contracts). */
export interface KernelExports {
  readonly memory: WebAssembly.Memory;
  /** acc[j] += min(u_i, u_j) over member i's categories, for the postings after i (all with `full` = 1). */
  scatter(
    i: number,
    off: number,
    row: number,
    self: number,
    postOff: number,
    post: number,
    acc: number,
    full: number,
  ): void;
  /** Member i's row of top-k (configuration block at `cfg`); returns how many pairs reached the heaps' test. */
  row(cfg: number, i: number): number;
  /** Member i's exact context with every member (f64 at `out`), from the top-k configuration block. */
  contextRow(cfg: number, i: number, out: number): void;
  /** Row i (j > i) of context (0), synergy (1) or duplication (2) into the f64 array at `out`. */
  combinedRow(cfg: number, i: number, kind: number, out: number): void;
}

let compiled: WebAssembly.Module | null | undefined;

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let p = 0; p < binary.length; p++) bytes[p] = binary.charCodeAt(p);
  return bytes;
}

/**
 * A fresh instance of the kernel with its own memory of at least `bytes` bytes, or null when
 * WebAssembly cannot be used here (or refuses the memory). The module is compiled once per realm.
 * The memory is made at its size rather than grown: V8 answers a grow with a full garbage
 * collection, which costs half a second when the caller holds millions of records.
 *
 * @example
 * const kernel = kernelInstance(1 << 20);
 * kernel === null || kernel.memory.buffer.byteLength >= 1 << 20; // => true
 */
export function kernelInstance(bytes = 0): KernelExports | null {
  if (compiled === undefined) {
    try {
      compiled =
        typeof WebAssembly === 'object' ? new WebAssembly.Module(decodeBase64(KERNEL_WASM_BASE64)) : null;
    } catch {
      compiled = null;
    }
  }
  if (compiled === null) return null;
  try {
    const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / 65536)) });
    return new WebAssembly.Instance(compiled, { env: { memory } }).exports as unknown as KernelExports;
  } catch {
    return null;
  }
}

/**
 * Byte offsets in a kernel's memory, handed out in order (8-byte aligned); `size` is what to
 * make the memory with ({@link kernelInstance}).
 */
export class Arena {
  #top = 0;

  /**
   * Reserve `bytes` bytes and return their offset.
   * @example
   * const arena = new Arena(); arena.reserve(12); arena.reserve(8); // => 16
   */
  reserve(bytes: number): number {
    const at = this.#top;
    this.#top += Math.ceil(bytes / 8) * 8;
    return at;
  }

  /** Bytes reserved so far. */
  get size(): number {
    return this.#top;
  }
}
