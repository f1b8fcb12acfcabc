/**
 * Display names for the ids in a baseline: member names, and theme, sector and
 * country labels in the report language (from `baseline.labels`).
 * @module
 */
import { clipDisplay } from '../displayText.js';
import type { BaselineJson, Labels } from '../schema/baseline.js';
import type { Lang } from './i18n.js';

/**
 * Resolves ids to display text, clipped to MAX_DISPLAY_CHARS (see displayText.ts); unknown ids
 * come back as they are (never empty, never undefined).
 */
export interface Lookup {
  /** The member's name, or the id when the member is not in `baseline.members`. */
  readonly member: (id: string) => string;
  /** The theme label in the report language, or the id. */
  readonly theme: (id: string) => string;
  /** The sector label in the report language, or the id. */
  readonly sector: (id: string) => string;
  /** The country label in the report language, else the country view's name, else the code. */
  readonly country: (code: string) => string;
  /** Member id -> name, in baseline member order (for heatmap axis labels). */
  readonly memberNames: ReadonlyMap<string, string>;
  /**
   * An area's display name from its country view, with the area above it below the top level
   * ("Spin Boldak (Kandahar)"), else the id.
   */
  readonly area: (country: string | null, id: string) => string;
}

function labelReader(
  table: Labels[keyof Labels],
  lang: Lang,
  fallback: (id: string) => string,
): (id: string) => string {
  // Each label once: a report asks for the same few hundred labels many thousand times.
  const seen = new Map<string, string>();
  return (id) => {
    let text = seen.get(id);
    if (text === undefined) {
      const label = Object.hasOwn(table, id) ? table[id]?.[lang] : undefined;
      text = !Object.hasOwn(table, id)
        ? fallback(id)
        : clipDisplay(label !== undefined && label !== '' ? label : fallback(id));
      seen.set(id, text);
    }
    return text;
  };
}

/**
 * Builds the id -> display text lookup of a baseline for one language. Reads
 * user-keyed records with `Object.hasOwn` (an id `__proto__` is just an id).
 * Cost O(members).
 *
 * @example
 * const look = createLookup(baseline, 'nl');
 * look.country('KE'); // => 'Kenia'
 * look.member('fwc'); // => 'Fair Wear Coalitie'
 */
export function createLookup(baseline: BaselineJson, lang: Lang): Lookup {
  const names = new Map<string, string>();
  for (const m of baseline.members) {
    if (!names.has(m.id)) names.set(m.id, clipDisplay(m.name === '' ? m.id : m.name));
  }
  const viewName = (code: string): string => {
    if (!Object.hasOwn(baseline.countries, code)) return code;
    const name = baseline.countries[code]?.name;
    return name !== undefined && name !== '' ? name : code;
  };
  return {
    member: (id) => names.get(id) ?? clipDisplay(id),
    theme: labelReader(baseline.labels.themes, lang, (id) => id),
    sector: labelReader(baseline.labels.sectors, lang, (id) => id),
    country: labelReader(baseline.labels.countries, lang, viewName),
    memberNames: names,
    area: (country, id) => areaName(baseline, country, id),
  };
}

function areaName(baseline: BaselineJson, country: string | null, id: string): string {
  if (country === null || !Object.hasOwn(baseline.countries, country)) return id;
  const areas = baseline.countries[country]?.areas ?? [];
  const area = areas.find((a) => a.area === id);
  if (area === undefined) return id;
  const parent = area.parent === null ? undefined : areas.find((a) => a.area === area.parent);
  return parent === undefined ? area.name : `${area.name} (${parent.name})`;
}
