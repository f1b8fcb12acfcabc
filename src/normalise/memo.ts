/**
 * A bounded memo for pure functions of a string, for texts that recur across rows and calls.
 * @module
 */

/** Most entries a memo keeps; past it, values are computed again on every call (bounded memory). */
export const MEMO_LIMIT = 20_000;

/**
 * `compute(text)`, remembered in `memo` (up to `limit` entries, default {@link MEMO_LIMIT}).
 * `compute` must be pure.
 *
 * @example
 * const lengths = new Map<string, number>();
 * remember(lengths, 'abc', (s) => s.length); // => 3
 */
export function remember<V>(
  memo: Map<string, V>,
  text: string,
  compute: (text: string) => V,
  limit: number = MEMO_LIMIT,
): V {
  let value = memo.get(text);
  if (value === undefined) {
    value = compute(text);
    if (memo.size < limit) memo.set(text, value);
  }
  return value;
}
