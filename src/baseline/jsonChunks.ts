/**
 * JSON text in pieces: the exact bytes of `JSON.stringify(value, null, indent)`, produced piece by
 * piece so that a writer can put a document of any size on disk without ever holding it as one
 * string (V8's strings end near 512 MiB; a baseline with full 2,000 x 2,000 matrices is larger).
 * @module
 */

/** A value JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** What JSON.stringify serialises in place of `value`: the result of toJSON, unboxed primitives. */
function prepare(holderKey: string, value: unknown): unknown {
  let v = value;
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    v = (v as { toJSON: (key: string) => unknown }).toJSON(holderKey);
  }
  if (v instanceof Number) return Number(v);
  if (v instanceof String) return String(v);
  if (v instanceof Boolean) return v.valueOf();
  return v;
}

function primitive(v: unknown): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  return undefined;
}

/** Values (containers and primitives) a piece may hold: about 1 MB of text at most. */
const PIECE_NODES = 50_000;

/** Whether `value` has fewer than `budget` values in it (counting stops as soon as it has not). */
function isSmall(value: unknown, budget: number): boolean {
  let left = budget;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (--left <= 0) return false;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      if (v.length >= left) return false;
      for (const item of v) stack.push(item);
    } else {
      const keys = Object.keys(v);
      if (keys.length >= left) return false;
      for (const key of keys) stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return true;
}

/** `depth`: the line break and indentation before this value's closing bracket ('' when compact). */
function* node(value: unknown, indent: string, depth: string, ancestors: Set<object>): Generator<string> {
  const p = primitive(value);
  if (p !== undefined) {
    yield p;
    return;
  }
  const obj = value as object;
  if (ancestors.has(obj)) throw new TypeError('Converting circular structure to JSON');
  // A small value is one piece: JSON.stringify's own text, its line breaks indented to this depth
  // (a JSON text has no raw line break inside a string, so every '\n' in it is layout).
  const ownToJson = typeof (obj as { toJSON?: unknown }).toJSON === 'function';
  if (ancestors.size > 0 && !ownToJson && isSmall(obj, PIECE_NODES)) {
    const text = JSON.stringify(obj, null, indent);
    yield depth === '' || depth === '\n' ? text : text.replaceAll('\n', depth);
    return;
  }
  ancestors.add(obj);
  const inner = depth + indent;
  const colon = indent === '' ? ':' : ': ';
  if (Array.isArray(obj)) {
    if (obj.length === 0) yield '[]';
    else {
      for (let i = 0; i < obj.length; i++) {
        yield i === 0 ? `[${inner}` : `,${inner}`;
        const item = prepare(String(i), obj[i]);
        if (isSkipped(item)) yield 'null';
        else yield* node(item, indent, inner, ancestors);
      }
      yield `${depth}]`;
    }
  } else {
    let first = true;
    for (const key of Object.keys(obj)) {
      const item = prepare(key, (obj as Record<string, unknown>)[key]);
      if (isSkipped(item)) continue;
      yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}${colon}`;
      first = false;
      yield* node(item, indent, inner, ancestors);
    }
    yield first ? '{}' : `${depth}}`;
  }
  ancestors.delete(obj);
}

/**
 * The pieces of `JSON.stringify(value, null, indent)`: joined, they are exactly that text (same
 * key order, number formatting, toJSON calls, skipped undefined and function properties, `null`
 * for non-finite numbers). A value with fewer than 50,000 values inside is one piece (made by
 * JSON.stringify itself); larger ones are split at their items. Yields nothing for a value
 * JSON.stringify returns undefined for.
 * Cost O(size of the text).
 *
 * @param value - any JSON-serialisable value
 * @param indent - spaces per level (0-10, like JSON.stringify). Default 2.
 * @throws TypeError for a circular structure or a BigInt, as JSON.stringify does.
 * @example
 * [...jsonChunks({ a: [1, 2], b: 'x' })].join(''); // => JSON.stringify({ a: [1, 2], b: 'x' }, null, 2)
 */
export function* jsonChunks(value: unknown, indent = 2): Generator<string> {
  const top = prepare('', value);
  if (isSkipped(top)) return;
  const pad = ' '.repeat(Math.max(0, Math.min(10, Math.floor(indent))));
  yield* node(top, pad, pad === '' ? '' : '\n', new Set());
}
