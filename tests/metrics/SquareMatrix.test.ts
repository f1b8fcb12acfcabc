import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { toMatrix } from '../../src/matrix.js';
import { SquareMatrix } from '../../src/metrics/SquareMatrix.js';

const m = () =>
  new SquareMatrix(['a', 'b', 'c'], Float64Array.of(1, 0.25, -0.00001, 0.25, 1, 0.123456, 0, 0.5, 1));

describe('SquareMatrix', () => {
  it('get(i, j) reads by index and by member id', () => {
    expect(m().get(0, 1)).toBe(0.25);
    expect(m().get('b', 'c')).toBe(0.123456);
    expect(m().get('c', 1)).toBe(0.5);
  });

  it('get throws E_UNKNOWN_MEMBER for unknown ids and indexes out of range', () => {
    for (const [i, j] of [
      ['zz', 'a'],
      [3, 0],
      [-1, 0],
      [0.5, 0],
      ['__proto__', 'a'],
    ] as const) {
      expect(() => m().get(i, j)).toThrow(expect.objectContaining({ code: 'E_UNKNOWN_MEMBER' }));
    }
  });

  it('rejects values of the wrong length', () => {
    expect(() => new SquareMatrix(['a', 'b'], new Float64Array(3))).toThrow(
      expect.objectContaining({ code: 'E_SCHEMA' }),
    );
  });

  it('row(i) is a copy', () => {
    const x = m();
    const r = x.row('a');
    r[0] = 42;
    expect(Array.from(r)).toEqual([42, 0.25, -0.00001]);
    expect(x.get('a', 'a')).toBe(1);
  });

  it('toArray(decimals) rounds without producing -0; toJSON keeps full precision', () => {
    const rounded = m().toArray(2);
    expect(rounded).toEqual([
      [1, 0.25, 0],
      [0.25, 1, 0.12],
      [0, 0.5, 1],
    ]);
    expect(Object.is(rounded[0]![2], -0)).toBe(false);
    expect(JSON.parse(JSON.stringify(m()))).toEqual({
      ids: ['a', 'b', 'c'],
      values: [
        [1, 0.25, -0.00001],
        [0.25, 1, 0.123456],
        [0, 0.5, 1],
      ],
    });
  });

  it('toMatrix() gives an ml-matrix Matrix with the same values', () => {
    const mat = toMatrix(m());
    expect(mat).toBeInstanceOf(Matrix);
    expect(mat.rows).toBe(3);
    expect(mat.get(1, 2)).toBe(0.123456);
  });

  it('a lazy matrix computes values once and agrees with get and row', () => {
    let fills = 0;
    const lazy = SquareMatrix.lazy(['a', 'b'], {
      cell: (i, j) => i * 2 + j,
      row: (i, out) => {
        out[0] = i * 2;
        out[1] = i * 2 + 1;
      },
      fill: (out) => {
        fills++;
        out.set([0, 1, 2, 3]);
      },
    });
    expect(lazy.get('b', 'a')).toBe(2);
    expect(Array.from(lazy.row(1))).toEqual([2, 3]);
    expect(lazy.values).toBe(lazy.values);
    expect(fills).toBe(1);
    expect(lazy.toArray()).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
