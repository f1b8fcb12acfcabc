/**
 * Top-k in the WebAssembly kernel: for member i, the context of every pair (i, j > i) from the
 * geography and sector pair sums, then for the pairs whose context reaches the lower of the two
 * members' pruning bounds the expertise overlap and synergy, offered to both members' bounded
 * heaps, which live in the kernel's memory too. Each context dimension's pair sums come from
 * whichever costs less of: byte codes (up to 64 categories: one byte per category and member,
 * i8x16.min_u and adds), bit sets per unit level (with weights in whole units u, min(x, y) = the
 * number of levels v = 1, 2, ... with x >= v and y >= v, so a pair's sum is the popcount of
 * maxUnit x ceil(categories / 32) ANDed words), or the inverted index (scatter: work = pairs
 * sharing a category, summed over categories). All give exact whole-number sums, so the context
 * has the bits of the JavaScript formula.
 */
import { type PairIndex, placePostings } from '../../metrics/pairIndex.js';
import type { TopHeapParts } from '../../metrics/topHeaps.js';
import { Arena, type KernelExports, kernelInstance } from './kernel.js';

/** Cost of one 32-bit bit-set word per pair relative to one scatter update (bench/README.md). */
const BIT_WORD_COST = 0.2;
/** Most 32-bit words per member the kernel's bit-set sum takes (its byte counters stay < 256). */
const MAX_BIT_WORDS = 16;
/** Upper bound on the kernel's memory. */
const MAX_KERNEL_BYTES = 2 * 1024 * 1024 * 1024 - 65536;

/**
 * Whether a dimension's sums fit the kernel: whole-number units with every row sum below `limit`
 * (top-k: 2^23, so that sums of two are exact in the kernel's f32 pre-test; all-pairs rows: 2^31,
 * the i32 accumulators).
 *
 * @example
 * fitsKernel(combined.sectors, 2 ** 23); // => true for the default weights
 */
export function fitsKernel(index: PairIndex, limit: number): boolean {
  if (!(index.scale > 0)) return false;
  for (let i = 0; i < index.size; i++) if (!(index.l1[i]! < limit)) return false;
  return true;
}

/** The largest unit of a dimension. */
function maxUnitOf(index: PairIndex): number {
  let max = 0;
  for (const u of index.weights) if (u > max) max = u;
  return max;
}

export interface ScatterPlan {
  readonly mode: 'scatter';
  /** Row offsets (n + 1). */
  readonly off: number;
  /** Row entries as (category << 10) | unit. */
  readonly row: number;
  /** Each row entry's own posting position. */
  readonly self: number;
  /** Posting offsets per category. */
  readonly postOff: number;
  /** Postings as (member << 10) | unit. */
  readonly post: number;
}

interface BitPlan {
  readonly mode: 'bits';
  /** The bit sets, by groups of four members (see kernel.wat). */
  readonly bits: number;
  /** Words of 32 bits per member: maxUnit x wordsPerLevel (<= MAX_BIT_WORDS). */
  readonly words: number;
  /** ceil(categories / 32). */
  readonly wordsPerLevel: number;
}

interface CodePlan {
  readonly mode: 'codes';
  /** The byte codes, by groups of four members (see kernel.wat). */
  readonly codes: number;
  /** Words of four bytes per member: ceil(categories / 4) (<= MAX_CODE_WORDS). */
  readonly words: number;
}

/** How the kernel gets one dimension's pair sums. */
export type DimensionPlan = ScatterPlan | BitPlan | CodePlan;

/** Cost of one four-byte code word per pair relative to one scatter update (bench/README.md). */
const CODE_WORD_COST = 0.08;
/** Most four-byte words per member the kernel's code sum takes (64 categories). */
const MAX_CODE_WORDS = 16;

/** Members rounded up to whole groups of four (the kernel reads four at a time). */
function padded(n: number): number {
  return Math.ceil(n / 4) * 4;
}

/**
 * Pick the cheaper way to get a dimension's pair sums and reserve its memory; null when none fits
 * (the scatter packs a posting as (member << 10) | unit: units below 1024, under 2^21 members).
 */
function planDimension(index: PairIndex, arena: Arena): DimensionPlan | null {
  const n = index.size;
  const nCat = index.postOffsets.length - 1;
  let scatterWork = 0;
  for (let k = 0; k < nCat; k++) {
    const p = index.postOffsets[k + 1]! - index.postOffsets[k]!;
    scatterWork += (p * (p - 1)) / 2;
  }
  const maxUnit = maxUnitOf(index);
  const pairs = (n * (n - 1)) / 2;
  // Byte codes: ceil(categories / 4) words, min and add; the kernel's byte sums must stay below
  // 256 (words x largest unit).
  const codeWords = Math.ceil(nCat / 4);
  const codeWork =
    codeWords <= MAX_CODE_WORDS && codeWords * maxUnit <= 255 ? pairs * codeWords * CODE_WORD_COST : Infinity;
  // Bit sets: one word of 32 categories per unit level.
  const wordsPerLevel = Math.ceil(nCat / 32);
  const words = maxUnit * wordsPerLevel;
  const bitWork = words <= MAX_BIT_WORDS ? pairs * words * BIT_WORD_COST : Infinity;
  if (nCat > 0 && codeWork <= bitWork && codeWork < scatterWork) {
    return { mode: 'codes', codes: arena.reserve(padded(n) * codeWords * 4), words: codeWords };
  }
  if (words > 0 && bitWork < scatterWork) {
    return { mode: 'bits', bits: arena.reserve(padded(n) * words * 4), words, wordsPerLevel };
  }
  return scatterPlan(index, arena);
}

/**
 * Whether a dimension's entries pack into one i32 as (member or category << 10) | unit: units
 * below 1024, fewer than 2^21 members and categories.
 */
function packs(index: PairIndex): boolean {
  return maxUnitOf(index) < 1024 && index.size < 2 ** 21 && index.postOffsets.length - 1 < 2 ** 21;
}

/**
 * Reserve a dimension's inverted index for the kernel's scatter; null when it does not fit the
 * packing of a posting as (member << 10) | unit (see {@link packs}).
 *
 * @example
 * scatterPlan(combined.geography, new Arena())?.mode; // => 'scatter'
 */
export function scatterPlan(index: PairIndex, arena: Arena): ScatterPlan | null {
  const n = index.size;
  const nCat = index.postOffsets.length - 1;
  if (!packs(index)) return null;
  const nnz = index.categories.length;
  return {
    mode: 'scatter',
    off: arena.reserve((n + 1) * 4),
    row: arena.reserve(nnz * 4),
    self: arena.reserve(nnz * 4),
    postOff: arena.reserve((nCat + 1) * 4),
    post: arena.reserve(nnz * 4),
  };
}

/** A dimension's row entries as (category << 10) | unit. */
function writePackedRows(index: PairIndex, out: Int32Array): void {
  const { categories, weights } = index;
  for (let p = 0; p < categories.length; p++) out[p] = (categories[p]! << 10) | weights[p]!;
}

/**
 * Copy a dimension into the kernel's memory as planned.
 *
 * @example
 * writeDimension(index, plan, memory.buffer);
 */
export function writeDimension(index: PairIndex, plan: DimensionPlan, buffer: ArrayBufferLike): void {
  const nnz = index.categories.length;
  if (plan.mode === 'scatter') {
    const { offsets, categories, weights, postOffsets } = index;
    new Int32Array(buffer, plan.off, index.size + 1).set(offsets);
    writePackedRows(index, new Int32Array(buffer, plan.row, nnz));
    new Int32Array(buffer, plan.postOff, postOffsets.length).set(postOffsets);
    // The postings, members ascending within a category, straight from the rows (the index's own
    // postings are not built for this: they would be another 21 bytes per entry).
    const self = placePostings(offsets, categories, postOffsets, new Int32Array(buffer, plan.self, nnz));
    const post = new Int32Array(buffer, plan.post, nnz);
    for (let i = 0; i < index.size; i++) {
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) post[self[p]!] = (i << 10) | weights[p]!;
    }
    return;
  }
  if (plan.mode === 'codes') {
    // Byte c of word t of member i = its unit in category 4t + c; words by groups of four members.
    const { words } = plan;
    const codes = new Uint8Array(buffer, plan.codes, padded(index.size) * words * 4);
    for (let i = 0; i < index.size; i++) {
      const base = (i >> 2) * words * 16 + (i & 3) * 4;
      for (let p = index.offsets[i]!; p < index.offsets[i + 1]!; p++) {
        const k = index.categories[p]!;
        codes[base + (k >> 2) * 16 + (k & 3)] = index.weights[p]!;
      }
    }
    return;
  }
  const { words, wordsPerLevel } = plan;
  const bits = new Uint32Array(buffer, plan.bits, padded(index.size) * words);
  for (let i = 0; i < index.size; i++) {
    const base = (i >> 2) * words * 4 + (i & 3);
    for (let p = index.offsets[i]!; p < index.offsets[i + 1]!; p++) {
      const k = index.categories[p]!;
      const u = index.weights[p]!;
      // Unit levels v = 1..u: word t = (v - 1) * wordsPerLevel + k / 32.
      for (let v = 0; v < u; v++) {
        const at = base + (v * wordsPerLevel + (k >> 5)) * 4;
        bits[at] = bits[at]! | (1 << (k & 31));
      }
    }
  }
}

/**
 * The kernel set up for one top-k run. `scan(i)` scores member i's row and offers what may
 * qualify to the heaps; `bound[x]` is the pruning bound of member x (-1 at first, or a
 * speculative bound set by the caller; the kernel raises it to x's heap threshold, and workers
 * raise it to what other workers publish);
 * `heapParts(copy)` gives the heaps' arrays.
 */
export interface ContextScanner {
  readonly bound: Float32Array;
  /** How each context dimension's pair sums are computed. */
  readonly modes: { readonly geography: DimensionPlan['mode']; readonly sectors: DimensionPlan['mode'] };
  /** Score member i's row; returns how many pairs were offered to the heaps. */
  scan(i: number): number;
  /**
   * Member i's exact context with every member j (j = i included), as the JavaScript formula
   * computes it: a view into the kernel's memory, overwritten by the next call.
   */
  contextRow(i: number): Float64Array;
  /** The heaps' arrays: views of the kernel's memory, or (`copy`) copies that can be transferred. */
  heapParts(copy: boolean): TopHeapParts;
}

/** Byte offsets of the kernel's configuration block (see kernel.wat, function row). */
const CFG = {
  n: 0,
  accG: 4,
  accS: 8,
  le: 20,
  th: 24,
  heapValue: 28,
  heapMember: 32,
  heapContext: 36,
  geoBits: 40,
  geoWords: 44,
  secBits: 48,
  secWords: 52,
  expOff: 56,
  expRow: 60,
  probe: 68,
  wg: 72,
  ws: 80,
  geoCodes: 88,
  secCodes: 92,
  heapOverlap: 96,
  heapSize: 100,
  own: 104,
  k: 108,
  lgF: 112,
  lsF: 116,
  /** 256..767: scratch for member i's splatted words (read from up to 240 bytes before). */
  bytes: 768,
} as const;

/**
 * Everything one top-k run puts into the kernel's memory, as plain data (structured-cloneable, so
 * worker threads can each open their own copy): the bytes, where the configuration block is, and
 * how each context dimension's sums are made.
 */
export interface KernelImage {
  readonly bytes: Uint8Array;
  readonly n: number;
  readonly cfg: number;
  readonly accG: number;
  readonly accS: number;
  readonly th: number;
  readonly k: number;
  readonly heapValue: number;
  readonly heapMember: number;
  readonly heapContext: number;
  readonly heapOverlap: number;
  readonly heapSize: number;
  /** n doubles: the output of contextRow. */
  readonly contextOut: number;
  readonly geo: DimensionPlan;
  readonly sec: DimensionPlan;
}

/**
 * Lay out a top-k run over the three dimension indexes with normalised context weights wg, ws;
 * null when a dimension's weights are not on a grid or the data would not fit the kernel's
 * memory (the caller then uses the JavaScript scan, which gives the same result). `k` sizes the
 * heaps. The bytes are written at the start of `memoryFor(size)`: by default a fresh ArrayBuffer
 * (open copies with {@link openScanner}); {@link imageInKernel} writes into a kernel's memory.
 *
 * @example
 * const image = kernelImage(combined, 0.5, 0.5, 10);
 * image?.n; // => number of members
 */
export function kernelImage(
  dims: { readonly expertise: PairIndex; readonly geography: PairIndex; readonly sectors: PairIndex },
  wg: number,
  ws: number,
  k: number,
  memoryFor: (bytes: number) => ArrayBuffer | null = (bytes) => new ArrayBuffer(bytes),
): KernelImage | null {
  const { expertise: exp, geography: geo, sectors: sec } = dims;
  if (![geo, sec, exp].every((d) => fitsKernel(d, 2 ** 23)) || !packs(exp)) return null;
  const n = geo.size;
  const n4 = padded(n);
  const arena = new Arena();
  const cfg = arena.reserve(CFG.bytes);
  const accG = arena.reserve(n4 * 4);
  const accS = arena.reserve(n4 * 4);
  const le = arena.reserve(n4 * 4);
  const th = arena.reserve(n4 * 4);
  const lgF = arena.reserve(n4 * 4);
  const lsF = arena.reserve(n4 * 4);
  const heapValue = arena.reserve(n * k * 8);
  const heapMember = arena.reserve(n * k * 4);
  const heapContext = arena.reserve(n * k * 8);
  const heapOverlap = arena.reserve(n * k * 8);
  const heapSize = arena.reserve(n * 4);
  const contextOut = arena.reserve(n * 8);
  const own = arena.reserve(n * 8);
  const expNnz = exp.categories.length;
  const expCats = exp.postOffsets.length - 1;
  const expOff = arena.reserve((n + 1) * 4);
  const expRow = arena.reserve(expNnz * 4);
  const probe = arena.reserve(expCats * 4);
  const geoPlan = planDimension(geo, arena);
  const secPlan = planDimension(sec, arena);
  if (geoPlan === null || secPlan === null || arena.size > MAX_KERNEL_BYTES) return null;
  const buffer = memoryFor(arena.size);
  if (buffer === null) return null;
  new Int32Array(buffer, le, n).set(exp.l1);
  new Float32Array(buffer, lgF, n).set(geo.l1);
  new Float32Array(buffer, lsF, n).set(sec.l1);
  new Float32Array(buffer, th, n).fill(-1);
  new Float64Array(buffer, own, n).fill(-1);
  new Int32Array(buffer, expOff, n + 1).set(exp.offsets);
  writePackedRows(exp, new Int32Array(buffer, expRow, expNnz));
  writeDimension(geo, geoPlan, buffer);
  writeDimension(sec, secPlan, buffer);
  const view = new DataView(buffer, cfg, CFG.bytes);
  const addresses: [number, number][] = [
    [CFG.n, n],
    [CFG.accG, accG],
    [CFG.accS, accS],
    [CFG.le, le],
    [CFG.th, th],
    [CFG.heapValue, heapValue],
    [CFG.heapMember, heapMember],
    [CFG.heapContext, heapContext],
    [CFG.heapOverlap, heapOverlap],
    [CFG.heapSize, heapSize],
    [CFG.own, own],
    [CFG.k, k],
    [CFG.geoBits, geoPlan.mode === 'bits' ? geoPlan.bits : 0],
    [CFG.lgF, lgF],
    [CFG.lsF, lsF],
    [CFG.geoWords, geoPlan.mode === 'scatter' ? 0 : geoPlan.words],
    [CFG.secBits, secPlan.mode === 'bits' ? secPlan.bits : 0],
    [CFG.secWords, secPlan.mode === 'scatter' ? 0 : secPlan.words],
    [CFG.geoCodes, geoPlan.mode === 'codes' ? geoPlan.codes : 0],
    [CFG.secCodes, secPlan.mode === 'codes' ? secPlan.codes : 0],
    [CFG.expOff, expOff],
    [CFG.expRow, expRow],
    [CFG.probe, probe],
  ];
  for (const [at, value] of addresses) view.setInt32(at, value, true);
  view.setFloat64(CFG.wg, wg, true);
  view.setFloat64(CFG.ws, ws, true);
  return {
    bytes: new Uint8Array(buffer, 0, arena.size),
    n,
    cfg,
    accG,
    accS,
    th,
    k,
    heapValue,
    heapMember,
    heapContext,
    heapOverlap,
    heapSize,
    contextOut,
    geo: geoPlan,
    sec: secPlan,
  };
}

/**
 * Open a kernel image in a fresh kernel instance (the bytes are copied into its memory); null
 * when WebAssembly is unavailable here or refuses the memory.
 *
 * @example
 * const scanner = openScanner(kernelImage(combined, 0.5, 0.5, 10)!);
 * scanner?.scan(0); // => number of pairs of member 0 offered to the heaps
 */
export function openScanner(image: KernelImage): ContextScanner | null {
  const kernel = kernelInstance(image.bytes.length);
  if (kernel === null) return null;
  new Uint8Array(kernel.memory.buffer, 0, image.bytes.length).set(image.bytes);
  return scannerOn(kernel, image);
}

/**
 * {@link kernelImage} written straight into the memory of a new kernel instance (no copy), or
 * null when the kernel does not apply.
 *
 * @example
 * const made = imageInKernel(combined, 0.5, 0.5, 10);
 * made === null || scannerOn(made.kernel, made.image).bound.length === made.image.n; // => true
 */
export function imageInKernel(
  dims: { readonly expertise: PairIndex; readonly geography: PairIndex; readonly sectors: PairIndex },
  wg: number,
  ws: number,
  k: number,
): { readonly kernel: KernelExports; readonly image: KernelImage } | null {
  const made: { kernel: KernelExports | null } = { kernel: null };
  const image = kernelImage(dims, wg, ws, k, (bytes) => {
    made.kernel = kernelInstance(bytes);
    return made.kernel?.memory.buffer ?? null;
  });
  return image === null || made.kernel === null ? null : { kernel: made.kernel, image };
}

/**
 * The scanner of a kernel whose memory holds `image` (written there by kernelImage or copied by
 * openScanner).
 *
 * @example
 * const { kernel, image } = imageInKernel(combined, 0.5, 0.5, 10)!;
 * scannerOn(kernel, image).scan(0);
 */
export function scannerOn(kernel: KernelExports, image: KernelImage): ContextScanner {
  const buffer = kernel.memory.buffer;
  const { n, cfg, accG, accS, geo: geoPlan, sec: secPlan } = image;
  const scatter = (plan: DimensionPlan, i: number, acc: number, full: number): void => {
    if (plan.mode === 'scatter')
      kernel.scatter(i, plan.off, plan.row, plan.self, plan.postOff, plan.post, acc, full);
  };
  const contextOut = new Float64Array(buffer, image.contextOut, n);
  return {
    bound: new Float32Array(buffer, image.th, n),
    heapParts: (copy: boolean) => {
      const { k, heapValue, heapMember, heapContext, heapOverlap, heapSize } = image;
      const parts = {
        k,
        value: new Float64Array(buffer, heapValue, n * k),
        member: new Int32Array(buffer, heapMember, n * k),
        context: new Float64Array(buffer, heapContext, n * k),
        overlap: new Float64Array(buffer, heapOverlap, n * k),
        size: new Int32Array(buffer, heapSize, n),
      };
      if (!copy) return parts;
      return {
        k,
        value: parts.value.slice(),
        member: parts.member.slice(),
        context: parts.context.slice(),
        overlap: parts.overlap.slice(),
        size: parts.size.slice(),
      };
    },
    modes: { geography: geoPlan.mode, sectors: secPlan.mode },
    scan(i: number): number {
      scatter(geoPlan, i, accG, 0);
      scatter(secPlan, i, accS, 0);
      return kernel.row(cfg, i);
    },
    contextRow(i: number): Float64Array {
      scatter(geoPlan, i, accG, 1);
      scatter(secPlan, i, accS, 1);
      kernel.contextRow(cfg, i, image.contextOut);
      return contextOut;
    },
  };
}

/**
 * A kernel set up for one top-k run in this thread ({@link kernelImage} written into its memory),
 * or null when it does not apply.
 *
 * @example
 * rowScanner(combined, 0.5, 0.5, 10)?.bound.length; // => number of members
 */
export function rowScanner(
  dims: { readonly expertise: PairIndex; readonly geography: PairIndex; readonly sectors: PairIndex },
  wg: number,
  ws: number,
  k: number,
): ContextScanner | null {
  const made = imageInKernel(dims, wg, ws, k);
  return made === null ? null : scannerOn(made.kernel, made.image);
}
