import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { jsonChunks, jsonPieces } from '../../src/baseline/jsonChunks.js';
import { stringifyBaseline, toBaselineJson } from '../../src/baseline/toJson.js';
import { readDataDir } from '../helpers.js';

const joined = (value: unknown, indent?: number) => [...jsonChunks(value, indent)].join('');

describe('jsonChunks(value) joins to exactly JSON.stringify(value, null, 2)', () => {
  it('on edge cases: empty containers, skipped values, non-finite numbers, toJSON, boxed values', () => {
    const cases: unknown[] = [
      {},
      [],
      { a: undefined, f: () => 1 },
      [undefined, () => 1, Symbol('s')],
      { a: [1, Number.NaN, -0, 1e21, Number.POSITIVE_INFINITY, 5e-7] },
      'x\u2028"\\',
      5,
      null,
      true,
      { b: { c: [], d: {} } },
      new Date(0),
      { d: new Number(3), s: new String('s'), t: new Boolean(false) },
      [[1, 2], [], [3, 'x']],
      { 2: 'two', 1: 'one', b: 'b', a: 'a' },
    ];
    for (const c of cases) expect(joined(c)).toBe(JSON.stringify(c, null, 2));
  });

  it('yields nothing where JSON.stringify returns undefined', () => {
    expect(joined(undefined)).toBe('');
    expect(joined(() => 1)).toBe('');
  });

  it('on arbitrary values (fast-check), for indents 0, 2 and 4', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true }),
        fc.constantFrom(0, 2, 4),
        (v, indent) => {
          let expected: string | undefined;
          try {
            expected = JSON.stringify(v, null, indent);
          } catch {
            return; // BigInt: both throw, checked below
          }
          expect(joined(v, indent)).toBe(expected ?? '');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('joins to JSON.stringify whatever the piece size (fast-check, pieces of 1 to 20 values)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true }),
        fc.constantFrom(0, 2, 4),
        fc.integer({ min: 1, max: 20 }),
        (v, indent, pieceNodes) => {
          let expected: string | undefined;
          try {
            expected = JSON.stringify(v, null, indent);
          } catch {
            return;
          }
          expect([...jsonPieces(v, indent, pieceNodes)].join('')).toBe(expected ?? '');
        },
      ),
      { numRuns: 3000 },
    );
    const rows = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, at: [i, { x: i % 3 }] }));
    const pieces = [...jsonPieces({ rows }, 2, 12)];
    expect(pieces.join('')).toBe(JSON.stringify({ rows }, null, 2));
    expect(pieces.length).toBeGreaterThan(10);
  });

  it('joins to JSON.stringify for long arrays sized from a sample of their items (fast-check)', () => {
    const item = fc.oneof(
      fc.integer(),
      fc.string(),
      fc.array(fc.integer(), { maxLength: 40 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
      fc.date({ noInvalidDate: true }),
    );
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 17, maxLength: 80 }),
        fc.constantFrom(0, 2),
        fc.integer({ min: 1, max: 200 }),
        (items, indent, pieceNodes) => {
          const value = { items, nested: [items, items.slice(3)] };
          expect([...jsonPieces(value, indent, pieceNodes)].join('')).toBe(
            JSON.stringify(value, null, indent),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('throws on a circular structure and on a BigInt, as JSON.stringify does', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => joined(loop)).toThrow(TypeError);
    expect(() => joined({ n: 1n })).toThrow(TypeError);
  });

  it('on the sample baseline: the bytes of stringifyBaseline', () => {
    const json = toBaselineJson(buildBaseline(readDataDir('data/sample-partnership')));
    expect(`${joined(json)}\n`).toBe(stringifyBaseline(json));
  });

  it('splits a large value into pieces of at most about 1 MB (a 700 x 700 matrix is 7 MB of text)', () => {
    const rows = Array.from({ length: 700 }, (_, i) =>
      Array.from({ length: 700 }, (_, j) => ((i * j) % 997) / 997),
    );
    const value = { matrices: { synergy: { ids: rows.map((_, i) => `m${i}`), values: rows } }, n: 1 };
    const pieces = [...jsonChunks(value)];
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1.5e6);
  });
});
