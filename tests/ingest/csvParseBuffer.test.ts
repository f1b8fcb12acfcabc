/**
 * The browser modules give csv-parse src/ingest/csvParseBuffer.ts as its `Buffer` (see
 * tsup.config.ts). Every call csv-parse 7.0.3 makes on a Buffer must answer as Node's Buffer does:
 * checked here against Node's own, on generated strings and bytes (invalid UTF-8 included).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferBytes, Buffer as ShimBuffer } from '../../src/ingest/csvParseBuffer.js';

const NodeBuffer = globalThis.Buffer;
const bytes = fc.uint8Array({ maxLength: 40 });
const index = fc.option(fc.integer({ min: -3, max: 45 }), { nil: undefined });
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 10 }));

const shimOf = (b: Uint8Array) => ShimBuffer.from(b);
const nodeOf = (b: Uint8Array) => NodeBuffer.from(b);
const plain = (b: Uint8Array) => [...b];
/** Node's methods clamp negative indexes to 0 for these calls, as the class does. */
const positive = (i: number | undefined) => (i === undefined ? undefined : Math.max(0, i));

describe('the Buffer csv-parse gets in the browser modules', () => {
  it('encodes strings as UTF-8 and copies byte arrays, like Buffer.from', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(plain(ShimBuffer.from(s))).toEqual(plain(NodeBuffer.from(s)));
        expect(plain(ShimBuffer.from(s, 'utf8'))).toEqual(plain(NodeBuffer.from(s, 'utf8')));
      }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const copy = ShimBuffer.from(b);
        expect(plain(copy)).toEqual(plain(b));
        if (b.length > 0) {
          copy[0] = (b[0]! + 1) % 256;
          expect(copy[0]).not.toBe(b[0]); // a copy, not a view
        }
        expect(ShimBuffer.isBuffer(copy)).toBe(true);
      }),
    );
  });

  it('decodes ranges like buf.toString(encoding, start, end), invalid UTF-8 included', () => {
    fc.assert(
      fc.property(bytes, index, index, (b, start, end) => {
        expect(shimOf(b).toString('utf8', positive(start), positive(end))).toBe(
          nodeOf(b).toString('utf8', positive(start), positive(end)),
        );
        expect(shimOf(b).toString()).toBe(nodeOf(b).toString());
      }),
    );
  });

  it('concatenates, compares, copies and slices like Node', () => {
    fc.assert(
      fc.property(
        fc.array(bytes, { maxLength: 4 }),
        fc.option(fc.nat(60), { nil: undefined }),
        (list, total) => {
          expect(plain(ShimBuffer.concat(list, total))).toEqual(plain(NodeBuffer.concat(list, total)));
        },
      ),
    );
    fc.assert(
      fc.property(bytes, bytes, index, index, index, index, (a, b, ts, te, ss, se) => {
        expect(ShimBuffer.compare(a, b)).toBe(NodeBuffer.compare(a, b));
        expect(shimOf(a).equals(b)).toBe(nodeOf(a).equals(b));
        const args = [positive(ts), positive(te), positive(ss), positive(se)] as const;
        // Node throws a RangeError for a start past the end; csv-parse never asks for one.
        const inRange = (i: number | undefined, n: number) => i === undefined || i <= n;
        if (args.every((i, k) => inRange(i, k < 2 ? b.length : a.length))) {
          expect(shimOf(a).compare(b, ...args)).toBe(nodeOf(a).compare(b, ...args));
        }
      }),
    );
    fc.assert(
      fc.property(bytes, bytes, fc.nat(45), fc.nat(45), fc.nat(45), (src, dst, at, from, to) => {
        if (at > dst.length || from > src.length) return;
        const a = new Uint8Array(dst);
        const b = new Uint8Array(dst);
        expect(shimOf(src).copy(a, at, from, to)).toBe(nodeOf(src).copy(b, at, from, to));
        expect(plain(a)).toEqual(plain(b));
      }),
    );
  });

  it('slices as a view on the same bytes (Node), not a copy', () => {
    const whole = ShimBuffer.from('abcdef');
    const part = whole.slice(1, 3);
    expect(part).toBeInstanceOf(BufferBytes);
    part[0] = 0x5a;
    expect(whole.toString()).toBe('aZcdef');
    expect(part.toString()).toBe('Zc');
  });

  it('refuses what Node refuses and any encoding but UTF-8', () => {
    expect(() => ShimBuffer.from('x', 'utf16le')).toThrow(/encoding/);
    expect(() => ShimBuffer.from('x').toString('latin1')).toThrow(/encoding/);
    expect(() => ShimBuffer.from('x').equals('x' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => NodeBuffer.from('x').equals('x' as unknown as Uint8Array)).toThrow(TypeError);
    expect(ShimBuffer.isBuffer(new Uint8Array(2))).toBe(false);
    expect(ShimBuffer.allocUnsafe(3).length).toBe(3);
  });
});
