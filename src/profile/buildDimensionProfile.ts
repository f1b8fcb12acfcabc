import { PartnerSynergyError } from '../errors.js';
import type { Dimension } from '../schema/records.js';
import type { DimensionProfile, SparseVector } from './types.js';

/**
 * One weighted (member, category) pair, the input of {@link buildDimensionProfile}.
 * @example
 * const entries: ProfileEntry[] = [{ member: 'a', category: 'textiles', weight: 0.6 }];
 * buildDimensionProfile('sectors', ['a'], entries).categories; // => ['textiles']
 */
export interface ProfileEntry {
  /** Member id; must be one of the ids given. */
  readonly member: string;
  /** Category key (theme id, country code, sector id, or any key of a custom dimension). */
  readonly category: string;
  /** Weight in [0, 1]; 0 means the entry does not count. */
  readonly weight: number;
}

/**
 * Entries read by position, without an object or array per entry: entry r (0 <= r < length) is
 * (member(r), category(r), weight(r)). buildProfiles reads the partnership's records this way, so
 * a large partnership is not copied into columns first.
 */
export interface ProfileColumns {
  readonly length: number;
  member(r: number): string;
  category(r: number): string;
  weight(r: number): number;
}

/** Map from member id to row index, keyed safely (a Map, so ids like `__proto__` are fine). */
export function indexIds(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) {
      throw new PartnerSynergyError(
        'E_SCHEMA',
        `Member id "${id}" occurs more than once; member ids must be unique.`,
      );
    }
    index.set(id, i);
  });
  return index;
}

/**
 * Sort `order` stably by key[order[p]] (keys 0..buckets-1) into `out`; returns `out`. O(R + buckets).
 */
function stableCountingSort(
  order: Int32Array,
  key: Int32Array,
  buckets: number,
  out: Int32Array,
): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let p = 0; p < order.length; p++) start[key[order[p]!]! + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  for (let p = 0; p < order.length; p++) {
    const r = order[p]!;
    out[start[key[r]!]!++] = r;
  }
  return out;
}

/** Longest run of one member's records sorted in place by {@link sortRuns}. */
const SHORT_RUN = 64;

/** `out` filled with 0, 1, 2, ...; returns `out`. */
function identity(out: Int32Array): Int32Array {
  for (let r = 0; r < out.length; r++) out[r] = r;
  return out;
}

/**
 * Record order by (member, category) when the members already come in order in short runs: each
 * run insertion-sorted by category (stable). Returns `out`.
 */
function sortRuns(memberOf: Int32Array, catOf: Int32Array, out: Int32Array): Int32Array {
  const count = memberOf.length;
  let start = 0;
  while (start < count) {
    let end = start + 1;
    while (end < count && memberOf[end] === memberOf[start]) end++;
    for (let r = start; r < end; r++) {
      const c = catOf[r]!;
      let p = r;
      while (p > start && catOf[out[p - 1]!]! > c) {
        out[p] = out[p - 1]!;
        p--;
      }
      out[p] = r;
    }
    start = end;
  }
  return out;
}

/**
 * Working arrays of {@link profileFromColumns}, one slot per entry (24 bytes each). buildProfiles
 * makes one set for its three dimensions, so a large partnership does not allocate them three
 * times.
 */
export interface ProfileScratch {
  readonly memberOf: Int32Array;
  readonly categoryOf: Int32Array;
  readonly weightOf: Float64Array;
  readonly order: Int32Array;
  readonly sorted: Int32Array;
}

/**
 * Working arrays for profiles of up to `entries` entries.
 * @example
 * const scratch = profileScratch(1000);
 * scratch.order.length; // => 1000
 */
export function profileScratch(entries: number): ProfileScratch {
  return {
    memberOf: new Int32Array(entries),
    categoryOf: new Int32Array(entries),
    weightOf: new Float64Array(entries),
    order: new Int32Array(entries),
    sorted: new Int32Array(entries),
  };
}

/**
 * Build a dimension profile from parallel columns. Same rules as {@link buildDimensionProfile}
 * (which it implements); buildProfiles uses it so that no object is allocated per record. Cost
 * O(R + N + C log C) for R entries, N members, C categories.
 *
 * @throws PartnerSynergyError E_UNKNOWN_MEMBER for an entry of an unknown member; E_SCHEMA for a
 *   weight that is not a finite number in [0, 1] or duplicate member ids.
 * @example
 * const members = ['a', 'b'];
 * const weights = [1, 0.5];
 * const p = profileFromColumns('geography', ['a', 'b'], {
 *   length: 2, member: (r) => members[r]!, category: () => 'BD', weight: (r) => weights[r]!,
 * });
 * p.rows[1].weights; // => Float64Array [0.5]
 */
export function profileFromColumns(
  dimension: Dimension,
  ids: readonly string[],
  columns: ProfileColumns,
  scratch?: ProfileScratch,
): DimensionProfile {
  const memberIndex = indexIds(ids);
  const n = ids.length;
  const count = columns.length;
  const work = scratch !== undefined && scratch.order.length >= count ? scratch : profileScratch(count);
  const memberOf = work.memberOf.subarray(0, count);
  const categoryOf = work.categoryOf.subarray(0, count);
  const weightOf = work.weightOf.subarray(0, count);
  // Categories get provisional ids in order of first appearance, remapped to sorted order below.
  const provisional = new Map<string, number>();
  // Records of one member usually come together: remember the last member looked up, and whether
  // the members come in order in runs of at most SHORT_RUN (then a per-run sort suffices).
  let lastMember: string | undefined;
  let lastIndex: number | undefined;
  let inRuns = true;
  let runStart = 0;
  for (let r = 0; r < count; r++) {
    const member = columns.member(r);
    const i = member === lastMember ? lastIndex : memberIndex.get(member);
    if (i !== lastIndex) {
      if (lastIndex !== undefined && i !== undefined && i < lastIndex) inRuns = false;
      runStart = r;
    } else if (r - runStart >= SHORT_RUN) inRuns = false;
    lastMember = member;
    lastIndex = i;
    if (i === undefined) {
      throw new PartnerSynergyError(
        'E_UNKNOWN_MEMBER',
        `A ${dimension} record refers to member "${member}", which is not in the members list.`,
      );
    }
    const weight = columns.weight(r);
    if (typeof weight !== 'number' || !(weight >= 0 && weight <= 1)) {
      throw new PartnerSynergyError(
        'E_SCHEMA',
        `A ${dimension} record of member "${member}" has weight ${String(weight)}; weights must be finite numbers in [0, 1].`,
      );
    }
    const key = columns.category(r);
    let c = provisional.get(key);
    if (c === undefined) {
      c = provisional.size;
      provisional.set(key, c);
    }
    memberOf[r] = i;
    categoryOf[r] = c;
    weightOf[r] = weight;
  }
  const categories = [...provisional.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sortedIndex = new Int32Array(categories.length);
  for (let k = 0; k < categories.length; k++) sortedIndex[provisional.get(categories[k]!)!] = k;
  // Provisional category ids become sorted ones, in place.
  const catOf = categoryOf;
  for (let r = 0; r < count; r++) catOf[r] = sortedIndex[catOf[r]!]!;

  // Order records by (member, category), stably: members in order in short runs (the usual file)
  // need only each run sorted by category; otherwise two stable counting sorts. Then keep the
  // maximum weight of each (member, category) and drop zero weights.
  const order = inRuns
    ? sortRuns(memberOf, catOf, work.sorted.subarray(0, count))
    : stableCountingSort(
        stableCountingSort(
          identity(work.sorted.subarray(0, count)),
          catOf,
          categories.length,
          work.order.subarray(0, count),
        ),
        memberOf,
        n,
        work.sorted.subarray(0, count),
      );
  const indices = new Int32Array(count);
  const weights = new Float64Array(count);
  const offsets = new Int32Array(n + 1);
  let nnz = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    while (p < count && memberOf[order[p]!] === i) {
      const k = catOf[order[p]!]!;
      let w = 0;
      while (p < count && memberOf[order[p]!] === i && catOf[order[p]!] === k) {
        const x = weightOf[order[p]!]!;
        if (x > w) w = x;
        p++;
      }
      if (w > 0) {
        indices[nnz] = k;
        weights[nnz] = w;
        nnz++;
      }
    }
    offsets[i + 1] = nnz;
  }
  const empty: boolean[] = new Array(n);
  for (let i = 0; i < n; i++) empty[i] = offsets[i + 1] === offsets[i];
  // The rows (one object and two views per member) are made when first read: the metrics read
  // the compressed form.
  let rows: SparseVector[] | undefined;
  const profile: DimensionProfile = {
    dimension,
    ids: [...ids],
    categories,
    get rows(): SparseVector[] {
      rows ??= Array.from({ length: n }, (_, i) => ({
        indices: indices.subarray(offsets[i]!, offsets[i + 1]!),
        weights: weights.subarray(offsets[i]!, offsets[i + 1]!),
      }));
      return rows;
    },
    empty,
    present: count > 0,
  };
  compressed.set(profile, { offsets, indices: indices.subarray(0, nnz), weights: weights.subarray(0, nnz) });
  return profile;
}

/**
 * A profile's rows in compressed form (CSR): member i's entries are offsets[i] .. offsets[i + 1] - 1
 * of `indices` and `weights`.
 */
export interface CompressedRows {
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly weights: Float64Array;
}

const compressed = new WeakMap<DimensionProfile, CompressedRows>();

/**
 * The rows of a profile in compressed form: kept from building for profiles made here, made from
 * `rows` (once) for any other.
 *
 * @example
 * const { offsets, indices } = compressedRowsOf(buildDimensionProfile('sectors', ['a'], [
 *   { member: 'a', category: 'textiles', weight: 0.6 },
 * ]));
 * [offsets, indices]; // => [Int32Array.of(0, 1), Int32Array.of(0)]
 */
export function compressedRowsOf(profile: DimensionProfile): CompressedRows {
  const known = compressed.get(profile);
  if (known !== undefined) return known;
  const { rows } = profile;
  for (const [i, row] of rows.entries()) {
    if (row.indices.length !== row.weights.length) {
      throw new PartnerSynergyError(
        'E_SCHEMA',
        `Invalid ${profile.dimension} profile: row ${i} has unequal lengths.`,
      );
    }
  }
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => {
    offsets[i + 1] = offsets[i]! + row.indices.length;
  });
  const nnz = offsets[rows.length]!;
  const indices = new Int32Array(nnz);
  const weights = new Float64Array(nnz);
  rows.forEach((row, i) => {
    indices.set(row.indices, offsets[i]!);
    weights.set(row.weights, offsets[i]!);
  });
  const made = { offsets, indices, weights };
  compressed.set(profile, made);
  return made;
}

/**
 * Build the profile of one dimension from weighted (member, category) entries. Several entries for
 * the same member and category (two presence rows in one country, two networks in one sector)
 * count once, with the largest weight. Entries with weight 0 are kept out of the vectors but their
 * categories are listed; a member without a positive weight is empty. The dimension is `present`
 * when there is at least one entry.
 *
 * @param dimension - which dimension the profile describes
 * @param ids - the member ids, in row order (no duplicates)
 * @param entries - weighted (member, category) pairs; weights in [0, 1]
 * @throws PartnerSynergyError E_UNKNOWN_MEMBER for an entry of an unknown member; E_SCHEMA for a
 *   weight that is not a finite number in [0, 1] or duplicate member ids.
 * @example
 * const p = buildDimensionProfile('sectors', ['a', 'b'], [
 *   { member: 'a', category: 'textiles', weight: 0.6 },
 *   { member: 'a', category: 'textiles', weight: 1 },
 * ]);
 * p.rows[0]?.weights; // => Float64Array.of(1)
 * p.empty; // => [false, true]
 */
export function buildDimensionProfile(
  dimension: Dimension,
  ids: readonly string[],
  entries: readonly ProfileEntry[],
): DimensionProfile {
  return profileFromColumns(dimension, ids, {
    length: entries.length,
    member: (r) => entries[r]!.member,
    category: (r) => entries[r]!.category,
    weight: (r) => entries[r]!.weight,
  });
}
