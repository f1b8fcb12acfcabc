/**
 * Expertise levels and network strengths derived from activity shares.
 * @module
 */

/**
 * Level 1-5 from the share of an organisation's activities that concern a theme (or sector):
 * `level = 1 + round(4 * count / total)`, clamped to 1-5. Exact integer arithmetic (half rounds
 * up), so 1 of 8 activities (4 x 0.125 = 0.5) gives 2. Any activity at all gives at least 1;
 * every activity gives 5. `total <= 0` or `count <= 0` gives 1 (never NaN).
 *
 * | share | level |
 * |---|---|
 * | < 12.5% | 1 |
 * | 12.5% - < 37.5% | 2 |
 * | 37.5% - < 62.5% | 3 |
 * | 62.5% - < 87.5% | 4 |
 * | >= 87.5% | 5 |
 *
 * @param count - activities of the organisation in the theme
 * @param total - all activities of the organisation
 * @example
 * levelFromShare(1, 8);  // => 2
 * levelFromShare(3, 10); // => 2
 * levelFromShare(5, 10); // => 3
 * levelFromShare(10, 10); // => 5
 */
export function levelFromShare(count: number, total: number): number {
  if (!(total > 0) || !(count > 0)) return 1;
  const c = Math.min(Math.round(count), Math.round(total));
  const t = Math.round(total);
  // round(4c / t) with halves up, in integers: floor((8c + t) / (2t)).
  const rounded = Math.floor((8 * c + t) / (2 * t));
  return Math.max(1, Math.min(5, 1 + rounded));
}
