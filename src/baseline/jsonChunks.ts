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

/**
 * Values (containers and primitives) a piece may hold: about 100 KB of text. JSON.stringify
 * returns a rope of parts that is flattened (copied into one new string) when first written or
 * sliced; pieces of 1 MB made each such copy a large-object allocation, and writing baseline.json
 * at N = 800 took ~20% longer than with pieces this size (fewer pieces cost a few more calls).
 */
const PIECE_NODES = 4_000;

/**
 * Items of a long array whose sizes are counted when its size is estimated (spread over it, the
 * first and the last among them); the other items are taken to be as large on average.
 */
const SAMPLED_ITEMS = 8;

/** Arrays up to this length are counted item by item. */
const COUNTED_ITEMS = 2 * SAMPLED_ITEMS;

/**
 * What is left of `budget` after counting the values in `value` (an estimate: enumerable keys;
 * an array longer than {@link COUNTED_ITEMS} counted from {@link SAMPLED_ITEMS} of its items);
 * 0 or less as soon as it runs out, so a large or circular value stops the count early. The
 * estimate only sizes the pieces: the text is the same whatever it says.
 */
function budgetLeft(value: unknown, budget: number): number {
  let left = budget - 1;
  if (value === null || typeof value !== 'object' || left <= 0) return left;
  if (Array.isArray(value)) {
    if (value.length >= left) return 0;
    if (value.length > COUNTED_ITEMS) return left - sampledMean(value, 0, value.length, left) * value.length;
    for (let i = 0; i < value.length && left > 0; i++) {
      const item: unknown = value[i];
      left = item !== null && typeof item === 'object' ? budgetLeft(item, left) : left - 1;
    }
    return left;
  }
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    left = item !== null && typeof item === 'object' ? budgetLeft(item, left) : left - 1;
    if (left <= 0) return left;
  }
  return left;
}

/**
 * The mean number of values in the items of `items[from..to)` (more than {@link COUNTED_ITEMS} of
 * them), from {@link SAMPLED_ITEMS} items spread over the range (the first and the last among
 * them), each counted up to `budget`.
 */
function sampledMean(items: readonly unknown[], from: number, to: number, budget: number): number {
  const step = (to - 1 - from) / (SAMPLED_ITEMS - 1);
  let spent = 0;
  for (let s = 0; s < SAMPLED_ITEMS; s++) {
    const item: unknown = items[from + Math.round(s * step)];
    spent += item !== null && typeof item === 'object' ? budget - Math.max(0, budgetLeft(item, budget)) : 1;
  }
  return spent / SAMPLED_ITEMS;
}

function hasToJson(v: unknown): boolean {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

/** JSON.stringify's text of a small value, its line breaks indented to `depth`. */
function smallText(value: unknown, indent: string, depth: string): string {
  // A JSON text has no raw line break inside a string, so every '\n' in it is layout.
  const text = JSON.stringify(value, null, indent);
  return depth === '' || depth === '\n' ? text : text.replaceAll('\n', depth);
}

/**
 * How many items of `items` from `from` on fit in one piece (0 when the first does not). A long
 * stretch is sized from a sample of its items; an item with a toJSON method ends the run (its
 * key must be its own index).
 */
function smallRun(items: readonly unknown[], from: number, pieceNodes: number): number {
  let to = from;
  if (items.length - from > COUNTED_ITEMS) {
    const fit = Math.floor(pieceNodes / sampledMean(items, from, items.length, pieceNodes));
    const end = Math.min(items.length, from + fit);
    if (end - from > COUNTED_ITEMS) {
      while (to < end && !hasToJson(items[to])) to++;
      return to - from;
    }
  }
  let left = pieceNodes;
  while (to < items.length) {
    const item = items[to];
    if (hasToJson(item)) break;
    left = budgetLeft(item, left);
    if (left <= 0) break;
    to++;
  }
  return to - from;
}

/** The items of an array: runs of small items as one piece each (one JSON.stringify), large items split. */
function* arrayItems(
  items: readonly unknown[],
  indent: string,
  depth: string,
  ancestors: Set<object>,
  pieceNodes: number,
): Generator<string> {
  const inner = depth + indent;
  let i = 0;
  while (i < items.length) {
    const run = smallRun(items, i, pieceNodes);
    if (run === items.length) {
      yield smallText(items, indent, depth);
      return;
    }
    if (run > 0) {
      // '[' inner a ',' inner b ... depth ']': keep from the first inner to before the last depth.
      const text = smallText(items.slice(i, i + run), indent, depth);
      yield i === 0 ? '[' : ',';
      yield text.slice(1, text.length - depth.length - 1);
      i += run;
      continue;
    }
    yield i === 0 ? `[${inner}` : `,${inner}`;
    const item = prepare(String(i), items[i]);
    if (isSkipped(item)) yield 'null';
    else yield* node(item, indent, inner, ancestors, pieceNodes);
    i++;
  }
  yield `${depth}]`;
}

/** `depth`: the line break and indentation before this value's closing bracket ('' when compact). */
function* node(
  value: unknown,
  indent: string,
  depth: string,
  ancestors: Set<object>,
  pieceNodes: number,
): Generator<string> {
  const p = primitive(value);
  if (p !== undefined) {
    yield p;
    return;
  }
  const obj = value as object;
  if (ancestors.has(obj)) throw new TypeError('Converting circular structure to JSON');
  // A small value is one piece: JSON.stringify's own text.
  if (ancestors.size > 0 && !hasToJson(obj) && budgetLeft(obj, pieceNodes) > 0) {
    yield smallText(obj, indent, depth);
    return;
  }
  ancestors.add(obj);
  if (Array.isArray(obj)) {
    if (obj.length === 0) yield '[]';
    else yield* arrayItems(obj, indent, depth, ancestors, pieceNodes);
  } else {
    const inner = depth + indent;
    const colon = indent === '' ? ':' : ': ';
    let first = true;
    for (const key of Object.keys(obj)) {
      const item = prepare(key, (obj as Record<string, unknown>)[key]);
      if (isSkipped(item)) continue;
      yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}${colon}`;
      first = false;
      yield* node(item, indent, inner, ancestors, pieceNodes);
    }
    yield first ? '{}' : `${depth}}`;
  }
  ancestors.delete(obj);
}

/**
 * The pieces of `JSON.stringify(value, null, indent)`: joined, they are exactly that text (same
 * key order, number formatting, toJSON calls, skipped undefined and function properties, `null`
 * for non-finite numbers). A value with fewer than 4,000 values inside is one piece (made by
 * JSON.stringify itself); larger ones are split at their items, a run of small items of an array
 * again one piece. Yields nothing for a value
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
  yield* jsonPieces(value, indent, PIECE_NODES);
}

/**
 * {@link jsonChunks} with the number of values a piece may hold (`pieceNodes`, about 20 bytes of
 * text each); tests use small pieces to reach every way of splitting.
 *
 * @example
 * [...jsonPieces([1, [2, 3], 4], 0, 2)].join(''); // => '[1,[2,3],4]'
 */
export function* jsonPieces(value: unknown, indent: number, pieceNodes: number): Generator<string> {
  const top = prepare('', value);
  if (isSkipped(top)) return;
  const pad = ' '.repeat(Math.max(0, Math.min(10, Math.floor(indent))));
  yield* node(top, pad, pad === '' ? '' : '\n', new Set(), pieceNodes);
}
