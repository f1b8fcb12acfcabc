import { countryName } from '../normalise/countries.js';
import { cmp } from '../normalise/issue.js';
import type { Taxonomy } from '../normalise/taxonomy.js';
import type { Labels } from '../schema/baseline.js';
import type { Partnership } from '../schema/records.js';

/**
 * English and Dutch display labels for every theme, sector and country the partnership uses,
 * so reports and dashboards can render from baseline.json alone.
 *
 * @example
 * buildLabels(partnership, themes, sectors).countries.BD; // => { en: 'Bangladesh', nl: 'Bangladesh' }
 */
export function buildLabels(p: Partnership, themes: Taxonomy, sectors: Taxonomy): Labels {
  const themeIds = new Set<string>([
    ...p.expertise.map((e) => e.theme),
    ...p.companies.flatMap((c) => c.needs),
  ]);
  const sectorIds = new Set<string>([
    ...p.sectors.map((s) => s.sector),
    ...p.companies.flatMap((c) => (c.sector === null ? [] : [c.sector])),
  ]);
  const countryIds = new Set<string>([
    ...p.geography.map((g) => g.country),
    ...p.members.flatMap((m) => (m.country === null ? [] : [m.country])),
    ...p.companies.flatMap((c) => c.countries),
  ]);
  const table = (ids: Set<string>, label: (id: string, lang: 'en' | 'nl') => string) => {
    const out: Record<string, { en: string; nl: string }> = Object.create(null);
    for (const id of [...ids].sort(cmp)) out[id] = { en: label(id, 'en'), nl: label(id, 'nl') };
    return out;
  };
  return {
    themes: table(themeIds, (id, lang) => themes.label(id, lang)),
    sectors: table(sectorIds, (id, lang) => sectors.label(id, lang)),
    countries: table(countryIds, countryName),
  };
}
