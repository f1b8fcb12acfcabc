/**
 * The broker rule: who connects otherwise separate groups.
 * @module
 */

/**
 * The q-quantile of `values` with linear interpolation between order statistics
 * (type 7, the default of R and numpy): position (n-1) q in the sorted values.
 * NaN never occurs: returns null for an empty list.
 *
 * @param values - the sample (not sorted, not changed)
 * @param q - the quantile, from 0 to 1
 * @example
 * quantile([1, 2, 3, 4], 0.25); // => 1.75
 * quantile([], 0.25); // => null
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

/**
 * Flags brokers: members whose Burt constraint is in the lowest quartile of the
 * connected members' constraints (constraint <= the 0.25 quantile, type 7)
 * AND whose betweenness is > 0 (they actually sit on shortest paths between
 * others). Isolated members (constraint null) are never brokers.
 *
 * @param constraints - Burt constraint per node ({@link constraint}); null for isolated nodes
 * @param betweenness - betweenness per node (`betweenness()`)
 * @example
 * // path a - b - c - d: constraints [1, 0.5, 0.5, 1], quartile 0.5 + 0.75 * 0 = 0.5
 * brokerFlags([1, 0.5, 0.5, 1], [0, 2 / 3, 2 / 3, 0]); // => [false, true, true, false]
 */
export function brokerFlags(
  constraints: readonly (number | null)[],
  betweenness: readonly number[],
): boolean[] {
  const defined = constraints.filter((c): c is number => c !== null);
  const q1 = quantile(defined, 0.25);
  return constraints.map((c, i) => c !== null && q1 !== null && c <= q1 + 1e-12 && betweenness[i]! > 1e-12);
}
