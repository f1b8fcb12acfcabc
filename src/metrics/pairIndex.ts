import { PartnerSynergyError } from '../errors.js';
import { compressedRowsOf } from '../profile/buildDimensionProfile.js';
import type { DimensionProfile } from '../profile/types.js';
import { l1Of, sqOf } from './formulas.js';
import { weightInUnits, weightScaleOf } from './weightScale.js';

/**
 * A dimension profile in compressed form for pair computations: the rows (CSR, categories
 * ascending), the inverted index over categories (per category the members that have it, in
 * member order, with their weights), each row's L1 and squared L2 norm, and weight codes (index
 * into the distinct weights) so that min(x, y) is a table lookup instead of a branch.
 */
export interface PairIndex {
  /** Number of members. */
  readonly size: number;
  /** Row offsets: member i's entries are offsets[i] .. offsets[i + 1] - 1. */
  readonly offsets: Int32Array;
  /** Category index of each row entry (ascending within a row). */
  readonly categories: Int32Array;
  /**
   * Weight of each row entry in summing units: w·scale (a whole number) when the dimension's
   * weights are on a grid (see weightScaleOf), else w. Every pair sum, l1 and sq is in these units;
   * overlap, complementarity and cosine are ratios, so the unit cancels.
   */
  readonly weights: Float64Array;
  /** The common denominator D of the weights (weights stored as w·D), or 0 when there is none. */
  readonly scale: number;
  /** Posting offsets: category k's postings are postOffsets[k] .. postOffsets[k + 1] - 1. */
  readonly postOffsets: Int32Array;
  /** Member of each posting (ascending within a category). */
  readonly postMembers: Int32Array;
  /** Weight of each posting. */
  readonly postWeights: Float64Array;
  /** For row entry p (member i, category k): the position of member i in category k's postings. */
  readonly selfPosting: Int32Array;
  /** L1 norm of each row (sum of weights in ascending category order). */
  readonly l1: Float64Array;
  /** Squared L2 norm of each row. */
  readonly sq: Float64Array;
  /** Code of each row entry's weight, or null when there are more than 256 distinct weights. */
  readonly rowCodes: Uint8Array | null;
  /**
   * Each posting as (member << 8) | weight code, one load per posting in the hot loop; null when
   * rowCodes is null or there are 2^23 members or more.
   */
  readonly postPacked: Int32Array | null;
  /** minTables[a][b] = min(w_a, w_b) for the distinct weights w (ascending). */
  readonly minTables: readonly Float64Array[];
}

function invalid(profile: DimensionProfile, message: string): never {
  throw new PartnerSynergyError('E_SCHEMA', `Invalid ${profile.dimension} profile: ${message}`);
}

function weightCodes(weights: Float64Array): { codes: Uint8Array | null; tables: Float64Array[] } {
  const seen = new Set<number>();
  let last = Number.NaN;
  for (let p = 0; p < weights.length; p++) {
    const w = weights[p]!;
    if (w !== last) {
      seen.add(w);
      last = w;
      if (seen.size > 256) return { codes: null, tables: [] };
    }
  }
  const distinct = [...seen].sort((a, b) => a - b);
  if (distinct.length > 256) return { codes: null, tables: [] };
  const codeOf = new Map<number, number>();
  for (let c = 0; c < distinct.length; c++) codeOf.set(distinct[c]!, c);
  const codes = new Uint8Array(weights.length);
  // Few distinct weights (the usual case): a linear search with the last hit remembered beats a Map.
  if (distinct.length <= 16) {
    let last = 0;
    for (let p = 0; p < weights.length; p++) {
      const w = weights[p]!;
      if (distinct[last] !== w) {
        last = 0;
        while (distinct[last] !== w) last++;
      }
      codes[p] = last;
    }
  } else {
    for (let p = 0; p < weights.length; p++) codes[p] = codeOf.get(weights[p]!)!;
  }
  const tables = distinct.map((a) => Float64Array.from(distinct, (b) => Math.min(a, b)));
  return { codes, tables };
}

/**
 * Compress a dimension profile and build its inverted index. Checks the profile (one row per id,
 * category indices strictly ascending and in range, weights finite in [0, 1]). Cost O(N + C + nnz).
 *
 * @throws PartnerSynergyError E_SCHEMA for a malformed profile.
 * @example
 * const index = buildPairIndex(buildProfiles(partnership).sectors);
 * index.l1[0]; // => sum of member 0's sector weights
 */
export function buildPairIndex(profile: DimensionProfile): PairIndex {
  const n = profile.ids.length;
  const nCat = profile.categories.length;
  // The compressed rows (kept from buildProfiles; made from `rows` for other profiles).
  const { offsets, indices: categories, weights: raw } = compressedRowsOf(profile);
  if (offsets.length !== n + 1) invalid(profile, `${offsets.length - 1} rows for ${n} members.`);
  const nnz = offsets[n]!;
  const weights = new Float64Array(nnz);
  const l1 = new Float64Array(n);
  const sq = new Float64Array(n);
  const postOffsets = new Int32Array(nCat + 1);
  const scale = weightScaleOf(profile);
  for (let i = 0; i < n; i++) {
    const base = offsets[i]!;
    const end = offsets[i + 1]!;
    let prev = -1;
    for (let p = base; p < end; p++) {
      const k = categories[p]!;
      const x = raw[p]!;
      if (!(k > prev && k < nCat)) invalid(profile, `row ${i} has category indices out of order or range.`);
      if (!(x >= 0 && x <= 1)) invalid(profile, `row ${i} has weight ${x}; weights must be in [0, 1].`);
      prev = k;
      postOffsets[k + 1]!++;
      weights[p] = weightInUnits(x, scale);
    }
    const w = weights.subarray(base, end);
    l1[i] = l1Of(w);
    sq[i] = sqOf(w);
  }
  for (let k = 0; k < nCat; k++) postOffsets[k + 1]! += postOffsets[k]!;
  // The postings and weight codes are built on first use: the WebAssembly top-k reads only the
  // rows of dimensions it sums from byte codes, so it never pays for them.
  let postings: Postings | undefined;
  const built = (): Postings => {
    postings ??= buildPostings(n, offsets, categories, weights, postOffsets);
    return postings;
  };
  return {
    size: n,
    offsets,
    categories,
    weights,
    scale,
    postOffsets,
    get postMembers() {
      return built().postMembers;
    },
    get postWeights() {
      return built().postWeights;
    },
    get selfPosting() {
      return built().selfPosting;
    },
    l1,
    sq,
    get rowCodes() {
      return built().rowCodes;
    },
    get postPacked() {
      return built().postPacked;
    },
    get minTables() {
      return built().minTables;
    },
  };
}

/** The inverted index proper and the weight codes (see {@link PairIndex}). */
interface Postings {
  readonly postMembers: Int32Array;
  readonly postWeights: Float64Array;
  readonly selfPosting: Int32Array;
  readonly rowCodes: Uint8Array | null;
  readonly postPacked: Int32Array | null;
  readonly minTables: readonly Float64Array[];
}

/**
 * The inverted index's order: for each row entry p, its position in its category's postings
 * (members ascending within a category), written into `self`, which is returned.
 *
 * @example
 * placePostings(index.offsets, index.categories, index.postOffsets, new Int32Array(nnz)); // => selfPosting
 */
export function placePostings(
  offsets: Int32Array,
  categories: Int32Array,
  postOffsets: Int32Array,
  self: Int32Array,
): Int32Array {
  const cursor = postOffsets.slice(0, postOffsets.length - 1);
  for (let p = 0; p < offsets[offsets.length - 1]!; p++) self[p] = cursor[categories[p]!]!++;
  return self;
}

function buildPostings(
  n: number,
  offsets: Int32Array,
  categories: Int32Array,
  weights: Float64Array,
  postOffsets: Int32Array,
): Postings {
  const nnz = categories.length;
  const postMembers = new Int32Array(nnz);
  const postWeights = new Float64Array(nnz);
  const selfPosting = placePostings(offsets, categories, postOffsets, new Int32Array(nnz));
  const { codes: rowCodes, tables: minTables } = weightCodes(weights);
  const postPacked = rowCodes === null || n >= 1 << 23 ? null : new Int32Array(nnz);
  for (let i = 0; i < n; i++) {
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const q = selfPosting[p]!;
      postMembers[q] = i;
      postWeights[q] = weights[p]!;
      if (postPacked !== null) postPacked[q] = (i << 8) | rowCodes![p]!;
    }
  }
  return { postMembers, postWeights, selfPosting, rowCodes, postPacked, minTables };
}

function scatterMinPacked(
  packed: Int32Array,
  from: number,
  to: number,
  table: Float64Array,
  acc: Float64Array,
): void {
  // Unrolled by four (about 1.5x faster in V8); the members of one posting list are distinct, so
  // each acc[j] still receives exactly one term per category, in category order.
  let q = from;
  for (; q + 3 < to; q += 4) {
    const x0 = packed[q]!;
    const x1 = packed[q + 1]!;
    const x2 = packed[q + 2]!;
    const x3 = packed[q + 3]!;
    const j0 = x0 >>> 8;
    const j1 = x1 >>> 8;
    const j2 = x2 >>> 8;
    const j3 = x3 >>> 8;
    acc[j0] = acc[j0]! + table[x0 & 255]!;
    acc[j1] = acc[j1]! + table[x1 & 255]!;
    acc[j2] = acc[j2]! + table[x2 & 255]!;
    acc[j3] = acc[j3]! + table[x3 & 255]!;
  }
  for (; q < to; q++) {
    const x = packed[q]!;
    const j = x >>> 8;
    acc[j] = acc[j]! + table[x & 255]!;
  }
}

function scatterMin(
  members: Int32Array,
  weights: Float64Array,
  from: number,
  to: number,
  w: number,
  acc: Float64Array,
): void {
  for (let q = from; q < to; q++) {
    const v = weights[q]!;
    const j = members[q]!;
    // biome-ignore lint/complexity/useMathMinMax: hot loop; the plain comparison is faster than Math.min here
    acc[j] = acc[j]! + (w < v ? w : v);
  }
}

function scatterProduct(
  members: Int32Array,
  weights: Float64Array,
  from: number,
  to: number,
  w: number,
  acc: Float64Array,
): void {
  for (let q = from; q < to; q++) {
    const j = members[q]!;
    acc[j] = acc[j]! + w * weights[q]!;
  }
}

function accumulate(
  index: PairIndex,
  i: number,
  upper: boolean,
  accMin: Float64Array | null,
  accDot: Float64Array | null,
): void {
  const {
    offsets,
    categories,
    weights,
    postOffsets,
    postMembers,
    postWeights,
    selfPosting,
    rowCodes,
    postPacked,
  } = index;
  const end = offsets[i + 1]!;
  for (let p = offsets[i]!; p < end; p++) {
    const k = categories[p]!;
    const from = upper ? selfPosting[p]! + 1 : postOffsets[k]!;
    const to = postOffsets[k + 1]!;
    if (accMin !== null) {
      if (postPacked !== null)
        scatterMinPacked(postPacked, from, to, index.minTables[rowCodes![p]!]!, accMin);
      else scatterMin(postMembers, postWeights, from, to, weights[p]!, accMin);
    }
    if (accDot !== null) scatterProduct(postMembers, postWeights, from, to, weights[p]!, accDot);
  }
}

/**
 * For member i, add to `accMin[j]` the sum over shared categories of min(x_ik, x_jk) for every
 * member j > i (and the products x_ik·x_jk to `accDot[j]` when given), visiting i's categories in
 * ascending order, so each pair sum is accumulated in ascending category order (the order of the
 * dense reference and of {@link pairMin}). Cost: the postings after i of i's categories.
 *
 * @example
 * const acc = new Float64Array(index.size);
 * accumulateUpper(index, 0, acc, null); // acc[j] = sum_k min(x_0k, x_jk) for j > 0
 */
export function accumulateUpper(
  index: PairIndex,
  i: number,
  accMin: Float64Array | null,
  accDot: Float64Array | null,
): void {
  accumulate(index, i, true, accMin, accDot);
}

/**
 * Like {@link accumulateUpper} for every member j (j = i included: acc[i] gets l1[i] and sq[i]).
 *
 * @example
 * accumulateRow(index, 3, acc, null); // acc[j] = sum_k min(x_3k, x_jk) for all j
 */
export function accumulateRow(
  index: PairIndex,
  i: number,
  accMin: Float64Array | null,
  accDot: Float64Array | null,
): void {
  accumulate(index, i, false, accMin, accDot);
}

/** Per index: the accumulator of {@link rowSums} and the row (and kind) it holds. */
const lastRows = new WeakMap<PairIndex, { acc: Float64Array; i: number; dot: boolean }>();

/**
 * Member i's pair sums with every member ({@link accumulateRow}: sums of minima, or dot products
 * when `dot`), the last row of each index kept: every matrix over the index asked for the same
 * member's row (overlap, complementarity, and context, synergy and duplication over the three
 * dimensions) shares one pass. Read-only, and valid only until the next call for this index.
 *
 * @example
 * rowSums(index, 3, false)[5] === pairMin(index, 3, 5); // => true
 */
export function rowSums(index: PairIndex, i: number, dot: boolean): Float64Array {
  let last = lastRows.get(index);
  if (last === undefined) {
    last = { acc: new Float64Array(index.size), i: -1, dot };
    lastRows.set(index, last);
  }
  if (last.i !== i || last.dot !== dot) {
    last.acc.fill(0);
    accumulate(index, i, false, dot ? null : last.acc, dot ? last.acc : null);
    last.i = i;
    last.dot = dot;
  }
  return last.acc;
}

/**
 * sum_k min(x_ik, x_jk) of one pair by merging the two sorted rows, summing in ascending category
 * order (bit-identical to the accumulated sums). O(nnz_i + nnz_j).
 *
 * @example
 * pairMin(index, 0, 1); // => 0.75
 */
export function pairMin(index: PairIndex, i: number, j: number): number {
  const { offsets, categories, weights } = index;
  let p = offsets[i]!;
  let q = offsets[j]!;
  const pe = offsets[i + 1]!;
  const qe = offsets[j + 1]!;
  let min = 0;
  while (p < pe && q < qe) {
    const a = categories[p]!;
    const b = categories[q]!;
    if (a < b) p++;
    else if (b < a) q++;
    else {
      const x = weights[p++]!;
      const y = weights[q++]!;
      // biome-ignore lint/complexity/useMathMinMax: hot loop; the plain comparison is faster than Math.min here
      min += x < y ? x : y;
    }
  }
  return min;
}

/**
 * sum_k x_ik·x_jk of one pair by merging the two sorted rows, in ascending category order.
 * O(nnz_i + nnz_j).
 *
 * @example
 * pairDot(index, 0, 1); // => 0.5
 */
export function pairDot(index: PairIndex, i: number, j: number): number {
  const { offsets, categories, weights } = index;
  let p = offsets[i]!;
  let q = offsets[j]!;
  const pe = offsets[i + 1]!;
  const qe = offsets[j + 1]!;
  let dot = 0;
  while (p < pe && q < qe) {
    const a = categories[p]!;
    const b = categories[q]!;
    if (a < b) p++;
    else if (b < a) q++;
    else dot += weights[p++]! * weights[q++]!;
  }
  return dot;
}

/**
 * Sums of mins of one fixed member against many others, fast: `load(i)` spreads member i's weight
 * codes over a dense per-category array, then `minWith(j)` walks only j's row (no merge
 * branches). Sums in ascending category order, so equal to {@link pairMin}. Falls back to
 * pairMin when the index has no weight codes. Call `unload(i)` before loading another member.
 *
 * @example
 * const probe = minProbe(index); probe.load(0); probe.minWith(5) === pairMin(index, 0, 5); // => true
 */
export function minProbe(index: PairIndex): {
  load(i: number): void;
  unload(i: number): void;
  minWith(j: number): number;
} {
  const { offsets, categories, rowCodes, minTables } = index;
  const nCat = index.postOffsets.length - 1;
  if (rowCodes === null) {
    let loaded = -1;
    return {
      load: (i) => {
        loaded = i;
      },
      unload: () => {
        loaded = -1;
      },
      minWith: (j) => pairMin(index, loaded, j),
    };
  }
  // codeOf[k] = 1 + code of the loaded member's weight in category k, or 0 (row 0 of `tables` is zeros).
  const codeOf = new Int32Array(nCat);
  const tables = [new Float64Array(minTables.length), ...minTables];
  return {
    load: (i) => {
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) codeOf[categories[p]!] = rowCodes[p]! + 1;
    },
    unload: (i) => {
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) codeOf[categories[p]!] = 0;
    },
    minWith: (j) => {
      let m = 0;
      for (let q = offsets[j]!; q < offsets[j + 1]!; q++)
        m += tables[codeOf[categories[q]!]!]![rowCodes[q]!]!;
      return m;
    },
  };
}
