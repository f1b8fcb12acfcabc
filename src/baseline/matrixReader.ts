/**
 * Reading a matrix of baseline.json in either shape: full N x N rows, or each member's top
 * partners (plus the small full `focus` block) as written for large partnerships.
 * @module
 */
import { PartnerSynergyError } from '../errors.js';
import type { BaselineJson } from '../schema/baseline.js';

/**
 * The eight matrices of baseline.json by name: `<dimension>.overlap`,
 * `<dimension>.complementarity` (row gains from column), `synergy` and `duplication`.
 * @example
 * const name: BaselineMatrixName = 'expertise.overlap';
 * readBaselineMatrix(json, name).symmetric; // => true
 */
export type BaselineMatrixName =
  | 'expertise.overlap'
  | 'expertise.complementarity'
  | 'geography.overlap'
  | 'geography.complementarity'
  | 'sectors.overlap'
  | 'sectors.complementarity'
  | 'synergy'
  | 'duplication';

/**
 * Every matrix name, in the order baseline.json writes them.
 * @example
 * BASELINE_MATRIX_NAMES.length; // => 8
 */
export const BASELINE_MATRIX_NAMES: readonly BaselineMatrixName[] = [
  'expertise.overlap',
  'expertise.complementarity',
  'geography.overlap',
  'geography.complementarity',
  'sectors.overlap',
  'sectors.complementarity',
  'synergy',
  'duplication',
];

/**
 * A partner of a member in one matrix: its index in `ids` and the value.
 * @example
 * const best: MatrixPartner | undefined = readBaselineMatrix(json, 'synergy').partners(0, 1)[0];
 * best; // => { j: 2, value: 0.1456 }
 */
export interface MatrixPartner {
  readonly j: number;
  readonly value: number;
}

/**
 * A square matrix by ids with full rows: `values[i][j]` belongs to `(ids[i], ids[j])`.
 * @example
 * const grid: FullIdMatrix = readBaselineMatrix(json, 'synergy').full;
 * grid.values.length === grid.ids.length; // => true
 */
export interface FullIdMatrix {
  readonly ids: readonly string[];
  readonly values: readonly (readonly number[])[];
}

/**
 * One matrix of a baseline.json, whichever shape it was written in.
 * @example
 * const synergy: BaselineMatrix = readBaselineMatrix(json, 'synergy');
 * synergy.shape; // => 'full'
 */
export interface BaselineMatrix {
  /** The members, row and column order. */
  readonly ids: readonly string[];
  /** 'full' (every cell) or 'top' (each member's top partners). */
  readonly shape: 'full' | 'top';
  /** The top shape's k (partners listed per member); null for a full matrix. */
  readonly k: number | null;
  /** Overlap, synergy and duplication are symmetric; complementarity is not. */
  readonly symmetric: boolean;
  /** Row index of a member id, or -1. */
  indexOf(id: string): number;
  /**
   * The value of (ids[i], ids[j]); in the top shape from the rows' lists or the focus block,
   * else 0 when a row lists fewer than k partners, else `undefined` (not held).
   */
  value(i: number, j: number): number | undefined;
  /** Member i's strongest partners (value > 0, never i), best first, ties in member order; at most k. */
  partners(i: number, k: number): MatrixPartner[];
  /** The full matrix: every row (full shape) or the `focus` block (top shape). */
  readonly full: FullIdMatrix;
}

type Matrices = BaselineJson['matrices'];
type AnyMatrix = Matrices['expertise'] | Matrices['synergy'];
interface TopRows {
  readonly k: number;
  readonly partners: readonly (readonly string[])[];
  readonly values: readonly (readonly number[])[];
}

function pick(
  matrices: Matrices,
  name: BaselineMatrixName,
): { full?: FullIdMatrix; top?: TopRows; focus?: FullIdMatrix; ids: readonly string[] } {
  if (name === 'synergy' || name === 'duplication') {
    const m = matrices[name];
    return 'values' in m ? { ids: m.ids, full: m } : { ids: m.ids, top: m.valuesTop, focus: m.focus };
  }
  const [dim, kind] = name.split('.') as [
    'expertise' | 'geography' | 'sectors',
    'overlap' | 'complementarity',
  ];
  const m: AnyMatrix = matrices[dim];
  if ('overlap' in m) return { ids: m.ids, full: { ids: m.ids, values: m[kind] } };
  return {
    ids: m.ids,
    top: kind === 'overlap' ? m.overlapTop : m.complementarityTop,
    focus: { ids: m.focus.ids, values: m.focus[kind] },
  };
}

/** Insert (j, value) into a best-first list of at most k, ties in index order. */
function offer(best: MatrixPartner[], k: number, j: number, value: number): void {
  const last = best[best.length - 1];
  if (best.length >= k && last !== undefined && (value < last.value || (value === last.value && j > last.j)))
    return;
  let at = best.length;
  while (at > 0) {
    const prev = best[at - 1]!;
    if (prev.value > value || (prev.value === value && prev.j < j)) break;
    at--;
  }
  best.splice(at, 0, { j, value });
  if (best.length > k) best.pop();
}

/**
 * Index of each id in a matrix (first occurrence wins). Built on a Map, so any
 * string is a safe id.
 *
 * @example
 * indexOfIds(['a', 'b']).get('b'); // => 1
 */
export function indexOfIds(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  return index;
}

/** `indexOfIds` built on first use, as a lookup that gives -1 for an unknown id. */
function indexer(ids: readonly string[]): (id: string) => number {
  let index: Map<string, number> | undefined;
  return (id) => {
    index ??= indexOfIds(ids);
    return index.get(id) ?? -1;
  };
}

/**
 * A reader over a full matrix (e.g. a top shape's focus block), so code written for
 * {@link BaselineMatrix} reads it too.
 *
 * @param full - ids and full rows
 * @param symmetric - whether value(i, j) = value(j, i) (overlap, synergy, duplication)
 * @example
 * readFullMatrix({ ids: ['a', 'b'], values: [[0, 0.5], [0.5, 0]] }, true).partners(0, 3); // => [{ j: 1, value: 0.5 }]
 */
export function readFullMatrix(full: FullIdMatrix, symmetric: boolean): BaselineMatrix {
  return fullReader(full.ids, full, symmetric);
}

function fullReader(ids: readonly string[], full: FullIdMatrix, symmetric: boolean): BaselineMatrix {
  return {
    ids,
    shape: 'full',
    k: null,
    symmetric,
    indexOf: indexer(ids),
    value: (i, j) => {
      const v = full.values[i]?.[j];
      return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    },
    partners: (i, k) => {
      const best: MatrixPartner[] = [];
      const row = full.values[i] ?? [];
      for (let j = 0; j < row.length; j++) {
        const v = row[j]!;
        if (j !== i && v > 0) offer(best, k, j, v);
      }
      return best;
    },
    full,
  };
}

function topReader(
  ids: readonly string[],
  top: TopRows,
  focus: FullIdMatrix,
  symmetric: boolean,
): BaselineMatrix {
  const indexOf = indexer(ids);
  if (top.partners.length !== ids.length || top.values.length !== ids.length) {
    throw new PartnerSynergyError(
      'E_SCHEMA',
      `A top-partners matrix has ${top.partners.length} rows for ${ids.length} ids.`,
    );
  }
  // Row i as partner index -> value, built once per row on first use.
  const rows: (Map<number, number> | undefined)[] = new Array(ids.length);
  const rowOf = (i: number): Map<number, number> => {
    let row = rows[i];
    if (row === undefined) {
      row = new Map();
      const names = top.partners[i]!;
      const values = top.values[i]!;
      names.forEach((id, p) => {
        const j = indexOf(id);
        const v = values[p];
        if (j >= 0 && typeof v === 'number' && Number.isFinite(v)) row!.set(j, v);
      });
      rows[i] = row;
    }
    return row;
  };
  const complete = (i: number) => (top.partners[i]?.length ?? 0) < top.k;
  const inFocus = indexOfIds(focus.ids);
  const fromFocus = (i: number, j: number): number | undefined => {
    const a = inFocus.get(ids[i]!);
    const b = inFocus.get(ids[j]!);
    const v = a === undefined || b === undefined ? undefined : focus.values[a]?.[b];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  return {
    ids,
    shape: 'top',
    k: top.k,
    symmetric,
    indexOf,
    value: (i, j) => {
      if (i < 0 || j < 0 || i >= ids.length || j >= ids.length) return undefined;
      const listed = i === j ? undefined : (rowOf(i).get(j) ?? (symmetric ? rowOf(j).get(i) : undefined));
      if (listed !== undefined) return listed;
      const known = fromFocus(i, j);
      if (known !== undefined) return known;
      return i !== j && (complete(i) || (symmetric && complete(j))) ? 0 : undefined;
    },
    partners: (i, k) => {
      const best: MatrixPartner[] = [];
      for (const [j, v] of rowOf(i)) if (j !== i && v > 0) offer(best, k, j, v);
      return best;
    },
    full: focus,
  };
}

/**
 * Read one matrix of a baseline.json (either shape): values by index, each member's strongest
 * partners, and the full rows where they exist (all of them, or the top shape's focus block).
 * Baselines written before the top shape existed are full.
 *
 * @param json - baseline.json data
 * @param name - which matrix, e.g. 'synergy' or 'expertise.overlap'
 * @throws PartnerSynergyError E_SCHEMA when a top-partners block has a row count unlike its ids.
 * @example
 * const synergy = readBaselineMatrix(json, 'synergy');
 * synergy.value(synergy.indexOf('FTA'), synergy.indexOf('SEW')); // => 0.4012
 * synergy.partners(synergy.indexOf('FTA'), 1).map((p) => synergy.ids[p.j]); // => ['SSF']
 */
export function readBaselineMatrix(
  json: Pick<BaselineJson, 'matrices'>,
  name: BaselineMatrixName,
): BaselineMatrix {
  const { ids, full, top, focus } = pick(json.matrices, name);
  const symmetric = !name.endsWith('complementarity');
  if (full !== undefined) return fullReader(ids, full, symmetric);
  return topReader(ids, top!, focus!, symmetric);
}

/** A pair of members (indices, i < j) and its value. */
export interface MatrixPair {
  readonly i: number;
  readonly j: number;
  readonly value: number;
}

/**
 * Options of {@link strongestPairs}.
 *
 * @example
 * const options: StrongestPairsOptions = { skip: new Set([0]), perMember: 2 };
 * strongestPairs(readBaselineMatrix(json, 'synergy'), 5, options).every((p) => p.i !== 0); // => true
 */
export interface StrongestPairsOptions {
  /** Member indices whose pairs are left out (e.g. members without expertise data). Default none. */
  readonly skip?: ReadonlySet<number>;
  /** Most pairs one member may be in, so a few members do not fill the list. Default no limit. */
  readonly perMember?: number;
}

/**
 * The `count` strongest pairs (i < j, value > 0) of a symmetric matrix, best first, ties by i
 * then j: the same pairs as scanning the whole upper triangle, found from each member's top
 * `count` partners (a pair among the strongest `count` is among both members' top `count`). In
 * the top shape, among the pairs the baseline lists. Cost N calls of `partners(i, count)`.
 * With `skip`, pairs of those members are left out (each member's top `count + skip.size`
 * partners are searched); with `perMember`, the best pairs are taken in order and a pair whose
 * member is already in `perMember` taken pairs is passed over (the same pairs as that greedy
 * choice over the whole upper triangle).
 *
 * @param matrix - a symmetric matrix (overlap, synergy, duplication)
 * @param count - how many pairs at most (Infinity for all)
 * @param options - members to leave out and the most pairs per member; see {@link StrongestPairsOptions}
 * @example
 * strongestPairs(readBaselineMatrix(json, 'synergy'), 1).map((p) => [json.members[p.i]?.id, json.members[p.j]?.id]);
 * // => [['FTA', 'SSF']]
 */
export function strongestPairs(
  matrix: { readonly ids: readonly string[]; partners(i: number, k: number): readonly MatrixPartner[] },
  count: number,
  options: StrongestPairsOptions = {},
): MatrixPair[] {
  const n = matrix.ids.length;
  if (!(count > 0)) return [];
  const skip = options.skip ?? new Set<number>();
  const perMember = options.perMember ?? Number.POSITIVE_INFINITY;
  // A pair passed over for the limit is one of at most 2 * count / perMember members already
  // full, or of this member's own (< perMember): that many more partners per member suffice.
  const k =
    perMember === Number.POSITIVE_INFINITY
      ? count + skip.size
      : count + skip.size + Math.ceil((2 * count) / perMember) + perMember;
  const pairs: MatrixPair[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (skip.has(i)) continue;
    for (const { j, value } of matrix.partners(i, k)) {
      if (skip.has(j)) continue;
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      if (seen.has(a * n + b)) continue;
      seen.add(a * n + b);
      pairs.push({ i: a, j: b, value });
    }
  }
  pairs.sort((x, y) => y.value - x.value || x.i - y.i || x.j - y.j);
  return takeWithLimit(pairs, count, perMember, (p) => [p.i, p.j]);
}

/**
 * The first `count` of pairs sorted best first, passing over a pair whose member is already in
 * `perMember` taken pairs (the greedy choice strongestPairs and the report's country lists make).
 *
 * @param sorted - pairs, best first
 * @param count - how many to take at most
 * @param perMember - most pairs one member may be in (Infinity: no limit)
 * @param ends - the two members of a pair
 * @example
 * takeWithLimit([{ a: 'x', b: 'y' }, { a: 'x', b: 'z' }, { a: 'y', b: 'z' }], 3, 1, (p) => [p.a, p.b]); // => [{ a: 'x', b: 'y' }]
 */
export function takeWithLimit<T, K>(
  sorted: readonly T[],
  count: number,
  perMember: number,
  ends: (pair: T) => readonly [K, K],
): T[] {
  if (perMember === Number.POSITIVE_INFINITY) return sorted.slice(0, count);
  const taken = new Map<K, number>();
  const chosen: T[] = [];
  for (const p of sorted) {
    if (chosen.length >= count) break;
    const [a, b] = ends(p);
    if ((taken.get(a) ?? 0) >= perMember || (taken.get(b) ?? 0) >= perMember) continue;
    taken.set(a, (taken.get(a) ?? 0) + 1);
    taken.set(b, (taken.get(b) ?? 0) + 1);
    chosen.push(p);
  }
  return chosen;
}
