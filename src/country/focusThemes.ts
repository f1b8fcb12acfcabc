import type { Partnership } from '../schema/records.js';

/** Level at or above which a member's rating makes a theme a default focus theme. */
export const DEFAULT_FOCUS_LEVEL = 4;

/**
 * The default focus themes of a partnership: every theme any member rates at
 * `minLevel` or higher (default 4), sorted by id. An empty partnership has none; observed themes
 * (no rating) never make a focus theme.
 *
 * @example
 * defaultFocusThemes({ members: [], geography: [], sectors: [], companies: [],
 *   expertise: [{ member: 'a', theme: 'gbv', level: 5, sources: [] }, { member: 'a', theme: 'osh', level: 2, sources: [] }] });
 * // => ['gbv']
 */
export function defaultFocusThemes(
  partnership: Partnership,
  minLevel: number = DEFAULT_FOCUS_LEVEL,
): string[] {
  const themes = new Set<string>();
  for (const r of partnership.expertise) if (r.level !== null && r.level >= minLevel) themes.add(r.theme);
  return [...themes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
