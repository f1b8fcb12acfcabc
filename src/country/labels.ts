import type { Lang } from '../lang.js';
import type { Labels } from '../schema/baseline.js';

export type { Lang };

/** The label groups of a Labels object. */
export type LabelGroup = keyof Labels;

/**
 * Look up the display label of a theme, sector or country id in a Labels
 * object, falling back to the raw id when the id is unknown (or no labels are
 * given). Only own properties are read, so ids like `__proto__` are safe.
 *
 * @example
 * labelOf({ themes: { gbv: { en: 'Gender-based violence', nl: 'Gendergerelateerd geweld' } }, sectors: {}, countries: {} }, 'themes', 'gbv', 'nl');
 * // => 'Gendergerelateerd geweld'
 * labelOf(undefined, 'countries', 'BD', 'en'); // => 'BD'
 */
export function labelOf(labels: Labels | undefined, group: LabelGroup, id: string, lang: Lang): string {
  if (!labels) return id;
  const table = labels[group];
  if (!Object.hasOwn(table, id)) return id;
  const label = table[id];
  const text = label?.[lang];
  return text && text.length > 0 ? text : id;
}
