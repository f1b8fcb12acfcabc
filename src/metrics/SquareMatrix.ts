import { LimitError, PartnerSynergyError } from '../errors.js';

/**
 * How a lazily computed matrix produces its values: `cell(i, j)` computes one value, `row(i, out)`
 * writes row i into `out` (length size), `fill(out)` writes all of them row-major (much faster
 * than size² cells). `maxSize`: largest size for which `values` may be built.
 *
 * @example
 * const source: MatrixSource = {
 *   cell: (i, j) => (i === j ? 1 : 0.5),
 *   row: (i, out) => { out.fill(0.5); out[i] = 1; },
 *   fill: (out) => { out.fill(0.5); out[0] = 1; out[3] = 1; },
 * };
 * SquareMatrix.lazy(['a', 'b'], source).get(0, 1); // => 0.5
 */
export interface MatrixSource {
  readonly cell: (i: number, j: number) => number;
  readonly row: (i: number, out: Float64Array) => void;
  readonly fill: (out: Float64Array) => void;
  readonly maxSize?: number;
}

/**
 * Plain JSON form of a {@link SquareMatrix}: ids and a nested row-major array.
 * @example
 * const plain: SquareMatrixJson = new SquareMatrix(['a', 'b'], Float64Array.of(1, 0.25, 0.25, 1)).toJSON();
 * plain; // => { ids: ['a', 'b'], values: [[1, 0.25], [0.25, 1]] }
 */
export interface SquareMatrixJson {
  readonly ids: string[];
  readonly values: number[][];
}

/** 10 ** d for the usual decimals (the same numbers, computed once: a power per value is slow). */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, d) => 10 ** d);

/**
 * Round to a fixed number of decimals without producing -0.
 *
 * @example
 * roundDecimals(0.123456, 4); // => 0.1235
 */
export function roundDecimals(x: number, decimals: number): number {
  const f = POWERS_OF_TEN[decimals] ?? 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/**
 * A square matrix of pair values indexed by member: `values[i * size + j]` is the value of the pair
 * (ids[i], ids[j]), row-major in a Float64Array. Rows and columns follow `ids` (the partnership's
 * member order). Read with `get(i, j)` by index or by id, convert with `toArray()`, `toJSON()` or
 * `toMatrix(m)` from `partner-synergy/matrix` (an ml-matrix `Matrix`).
 *
 * Matrices made by the metrics functions are computed lazily from the pair sums: `get` is O(1)
 * without allocating N²; the `values` array is built (8·N² bytes) on first access and then kept.
 * Treat `values` as read-only.
 *
 * @example
 * const m = new SquareMatrix(['a', 'b'], Float64Array.of(1, 0.25, 0.25, 1));
 * m.get('a', 'b'); // => 0.25
 * m.get(1, 1);     // => 1
 * m.toArray();     // => [[1, 0.25], [0.25, 1]]
 */
export class SquareMatrix {
  /** Member ids: row i and column i belong to ids[i]. */
  readonly ids: readonly string[];
  /** Number of rows (= columns = ids.length). */
  readonly size: number;
  #values: Float64Array | undefined;
  readonly #source: MatrixSource | undefined;
  #index: Map<string, number> | undefined;

  /**
   * @param ids member ids (unique), the row and column order
   * @param values row-major values (length ids.length²), or a {@link MatrixSource} that computes
   *   them on demand
   * @throws PartnerSynergyError E_SCHEMA when the number of values does not match.
   */
  constructor(ids: readonly string[], values: Float64Array | MatrixSource) {
    this.ids = ids;
    this.size = ids.length;
    if (values instanceof Float64Array) {
      if (values.length !== ids.length * ids.length) {
        throw new PartnerSynergyError(
          'E_SCHEMA',
          `A ${ids.length} x ${ids.length} matrix needs ${ids.length * ids.length} values, got ${values.length}.`,
        );
      }
      this.#values = values;
      this.#source = undefined;
    } else {
      this.#values = undefined;
      this.#source = values;
    }
  }

  /**
   * A matrix whose values are computed on demand from `source`.
   *
   * @example
   * const identity = SquareMatrix.lazy(['a', 'b'], {
   *   cell: (i, j) => (i === j ? 1 : 0),
   *   row: (i, out) => { out.fill(0); out[i] = 1; },
   *   fill: (out) => { out[0] = 1; out[3] = 1; },
   * });
   * identity.get(0, 0); // => 1
   */
  static lazy(ids: readonly string[], source: MatrixSource): SquareMatrix {
    return new SquareMatrix(ids, source);
  }

  /**
   * Row-major values (length size²); built on first access for lazily computed matrices.
   *
   * @throws LimitError (limit 'maxMatrixMembers') when a lazy matrix is larger than its source allows.
   */
  get values(): Float64Array {
    if (this.#values === undefined) {
      const max = this.#source!.maxSize;
      if (max !== undefined && this.size > max) {
        throw new LimitError(
          'maxMatrixMembers',
          max,
          this.size,
          `A full ${this.size} x ${this.size} matrix needs ${Math.ceil((8 * this.size * this.size) / 2 ** 20)} MiB, over the maxMatrixMembers limit (${max}). Use get(), row() or topSynergyPartners, or raise maxMatrixMembers.`,
        );
      }
      const out = new Float64Array(this.size * this.size);
      this.#source!.fill(out);
      this.#values = out;
    }
    return this.#values;
  }

  /**
   * Row index of a member id, or -1.
   *
   * @example
   * m.indexOf('b'); // => 1
   */
  indexOf(id: string): number {
    if (this.#index === undefined) {
      this.#index = new Map();
      for (let i = 0; i < this.size; i++) this.#index.set(this.ids[i]!, i);
    }
    return this.#index.get(id) ?? -1;
  }

  #resolve(x: number | string): number {
    const i = typeof x === 'number' ? x : this.indexOf(x);
    if (!Number.isInteger(i) || i < 0 || i >= this.size) {
      throw new PartnerSynergyError(
        'E_UNKNOWN_MEMBER',
        typeof x === 'number' ? `No member at index ${x} (size ${this.size}).` : `Unknown member id "${x}".`,
      );
    }
    return i;
  }

  /**
   * The value of the pair (i, j), by row index or member id.
   *
   * @throws PartnerSynergyError E_UNKNOWN_MEMBER for an unknown id or an index out of range.
   * @example
   * synergy.get('fnv', 'oxfam'); // => 0.42
   * synergy.get(0, 1);           // => 0.42
   */
  get(i: number | string, j: number | string): number {
    const a = this.#resolve(i);
    const b = this.#resolve(j);
    if (this.#values !== undefined) return this.#values[a * this.size + b]!;
    return this.#source!.cell(a, b);
  }

  /**
   * A copy of row i (by index or id): the values of (i, j) for every j; written into `out` (length
   * size) when given, so a loop over rows can reuse one array.
   *
   * @example
   * m.row('a'); // => Float64Array [1, 0.25]
   */
  row(i: number | string, out: Float64Array = new Float64Array(this.size)): Float64Array {
    const a = this.#resolve(i);
    const n = this.size;
    if (this.#values !== undefined) out.set(this.#values.subarray(a * n, a * n + n));
    else this.#source!.row(a, out);
    return out;
  }

  /**
   * Nested row-major arrays, optionally rounded to `decimals` (never -0).
   *
   * @example
   * m.toArray(1); // => [[1, 0.3], [0.3, 1]]
   */
  toArray(decimals?: number): number[][] {
    const n = this.size;
    const values = this.values;
    const out: number[][] = [];
    for (let a = 0; a < n; a++) {
      const row: number[] = new Array(n);
      for (let b = 0; b < n; b++) {
        const v = values[a * n + b]!;
        row[b] = decimals === undefined ? v : roundDecimals(v, decimals);
      }
      out.push(row);
    }
    return out;
  }

  /**
   * JSON form `{ ids, values }` (full precision); `JSON.stringify(matrix)` uses it.
   *
   * @example
   * JSON.stringify(m); // => '{"ids":["a","b"],"values":[[1,0.25],[0.25,1]]}'
   */
  toJSON(): SquareMatrixJson {
    return { ids: [...this.ids], values: this.toArray() };
  }
}
