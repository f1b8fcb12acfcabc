/**
 * Display names of themes, sectors and countries from a baseline's labels.
 * @module
 */
import type { BaselineJson } from '../schema/baseline.js';
import type { Lang } from './types.js';

/**
 * Which label table.
 *
 * @example
 * labelOf(baseline, 'countries' satisfies LabelTable, 'BD', 'nl'); // => 'Bangladesh'
 */
export type LabelTable = 'themes' | 'sectors' | 'countries';

/**
 * The display name of a category id in `lang`, else the country view's name
 * (countries), else the id itself. Own properties only (an id such as
 * `constructor` or `__proto__` never reads the prototype).
 *
 * @example
 * labelOf(baseline, 'themes', 'living-wage', 'nl'); // => 'Leefbaar loon'
 * labelOf(baseline, 'themes', 'unknown-theme', 'en'); // => 'unknown-theme'
 */
export function labelOf(baseline: BaselineJson, table: LabelTable, id: string, lang: Lang): string {
  const t = baseline.labels[table];
  if (Object.hasOwn(t, id)) {
    const name = t[id]?.[lang];
    if (name) return name;
  }
  if (table === 'countries' && Object.hasOwn(baseline.countries, id)) {
    const name = baseline.countries[id]?.name;
    if (name) return name;
  }
  return id;
}
