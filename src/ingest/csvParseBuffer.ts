/**
 * The part of Node's `Buffer` that csv-parse (7.0.3, its `lib/` build) uses, for the browser
 * modules in dist/browser only. csv-parse's own browser build (`csv-parse/browser/esm/sync`, what
 * src/ingest/csvRecords.ts imports, so that Node and other bundlers get a self-contained module)
 * carries a full Buffer polyfill: about 21 kB of its 52 kB minified. tsup.config.ts builds the
 * browser modules from `csv-parse/sync` (the same parser without the polyfill) and injects this
 * `Buffer` below instead; tests/ingest/csvParseBuffer.test.ts holds it to Node's Buffer for
 * every call csv-parse makes, and tests/e2e/browserCsv.test.ts reads the CSV corpus through the
 * built bundle, in Node and in Chromium, against the library.
 *
 * Text is UTF-8 only (csv-parse's default `encoding`, which src/ingest never changes: it decodes
 * other encodings itself and hands csv-parse UTF-8 bytes); any other encoding throws.
 * @module
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function checkEncoding(encoding: unknown): void {
  if (encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8') return;
  throw new TypeError(
    `Unknown encoding: ${String(encoding)} (the browser build of partner-synergy reads UTF-8 only)`,
  );
}

/** Clamp an optional index into [0, length], as Node's Buffer methods do. */
function clamp(value: number | undefined, fallback: number, length: number): number {
  if (value === undefined) return fallback;
  return Math.max(0, Math.min(length, Math.trunc(value)));
}

/** -1, 0 or 1: the byte-wise order of two byte ranges (a shorter prefix comes first). */
function compareBytes(a: Uint8Array, b: Uint8Array): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function checkBytes(value: unknown, name: string): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new TypeError(`The "${name}" argument must be an instance of Buffer or Uint8Array.`);
  }
}

/** A Uint8Array with the Buffer instance methods csv-parse calls (Node's semantics for each). */
export class BufferBytes extends Uint8Array {
  /** Node's `buf.slice` is a view on the same bytes (as `subarray`), not a copy. */
  override slice(start?: number, end?: number): BufferBytes {
    return this.subarray(start, end) as BufferBytes;
  }

  override toString(encoding?: string, start?: number, end?: number): string {
    checkEncoding(encoding);
    const from = clamp(start, 0, this.length);
    const to = clamp(end, this.length, this.length);
    return to <= from ? '' : decoder.decode(this.subarray(from, to));
  }

  equals(other: Uint8Array): boolean {
    checkBytes(other, 'otherBuffer');
    return compareBytes(this, other) === 0;
  }

  /** -1, 0 or 1: bytes [sourceStart, sourceEnd) of this against [targetStart, targetEnd) of `target`. */
  compare(
    target: Uint8Array,
    targetStart?: number,
    targetEnd?: number,
    sourceStart?: number,
    sourceEnd?: number,
  ): -1 | 0 | 1 {
    checkBytes(target, 'target');
    const t = target.subarray(
      clamp(targetStart, 0, target.length),
      clamp(targetEnd, target.length, target.length),
    );
    const s = this.subarray(clamp(sourceStart, 0, this.length), clamp(sourceEnd, this.length, this.length));
    return compareBytes(s, t);
  }

  /** Copies bytes [sourceStart, sourceEnd) into `target` at `targetStart`, as many as fit; returns how many. */
  copy(target: Uint8Array, targetStart?: number, sourceStart?: number, sourceEnd?: number): number {
    const at = clamp(targetStart, 0, target.length);
    const from = clamp(sourceStart, 0, this.length);
    const to = clamp(sourceEnd, this.length, this.length);
    const n = Math.max(0, Math.min(to - from, target.length - at));
    target.set(this.subarray(from, from + n), at);
    return n;
  }
}

/** The static side of Node's Buffer that csv-parse calls; injected as `Buffer` (see above). */
export const Buffer = {
  /** Bytes of a UTF-8 string, or a copy of an array of bytes (or of another Buffer). */
  from(value: string | ArrayLike<number>, encoding?: string): BufferBytes {
    if (typeof value === 'string') {
      checkEncoding(encoding);
      const bytes = encoder.encode(value);
      return new BufferBytes(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    const out = new BufferBytes(value.length);
    out.set(value);
    return out;
  },

  /** A Buffer of `size` bytes (zero-filled here; Node leaves them unset). */
  allocUnsafe(size: number): BufferBytes {
    return new BufferBytes(size);
  },

  isBuffer(value: unknown): value is BufferBytes {
    return value instanceof BufferBytes;
  },

  /** The list's bytes one after the other (`totalLength` bytes when given). */
  concat(list: readonly Uint8Array[], totalLength?: number): BufferBytes {
    // Node: no items give an empty Buffer; a totalLength past the bytes leaves zeros.
    const length = list.length === 0 ? 0 : (totalLength ?? list.reduce((sum, b) => sum + b.length, 0));
    const out = new BufferBytes(length);
    let at = 0;
    for (const b of list) {
      if (at >= length) break;
      const part = b.length <= length - at ? b : b.subarray(0, length - at);
      out.set(part, at);
      at += part.length;
    }
    return out;
  },

  compare(a: Uint8Array, b: Uint8Array): -1 | 0 | 1 {
    checkBytes(a, 'buf1');
    checkBytes(b, 'buf2');
    return compareBytes(a, b);
  },
};
