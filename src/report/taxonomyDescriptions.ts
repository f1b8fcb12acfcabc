/**
 * The one-line descriptions of the shipped themes and sectors (the `description` of each entry of
 * data/taxonomies/themes.json and sectors.json), for reports and tooltips. They live here, in
 * `partner-synergy/report`, not in the core: no core code reads them, and the core's
 * DEFAULT_THEMES and DEFAULT_SECTORS (from a compact table without them) are about 2 kB smaller
 * gzipped for it. Read from the description tables scripts/build-taxonomy-tables.ts writes.
 * @module
 */
import { SECTOR_DESCRIPTIONS, THEME_DESCRIPTIONS } from '../normalise/taxonomyTables.js';

/**
 * Descriptions of a taxonomy: id -> one line.
 *
 * @example
 * const themes: TaxonomyDescriptions = TAXONOMY_DESCRIPTIONS.themes;
 * themes.osh?.startsWith('Safe and healthy workplaces'); // => true
 */
export type TaxonomyDescriptions = Readonly<Record<string, string>>;

/** The descriptions of a table of rows `id~description` separated by `|`. */
function byId(table: string): TaxonomyDescriptions {
  const out: Record<string, string> = {};
  for (const row of table.split('|')) {
    const at = row.indexOf('~');
    out[row.slice(0, at)] = row.slice(at + 1);
  }
  return Object.freeze(out);
}

/**
 * The descriptions of the shipped theme and sector taxonomies, by id (every entry of
 * data/taxonomies has one). Custom and user-supplied entries are not in it: their own
 * `description`, if any, is on the entry.
 *
 * @example
 * TAXONOMY_DESCRIPTIONS.themes['living-wage']; // => 'Wages that allow workers and their families a decent standard of living; closing the living wage gap.'
 * TAXONOMY_DESCRIPTIONS.sectors['garment-textiles']?.startsWith('Garment, textile'); // => true
 */
export const TAXONOMY_DESCRIPTIONS: Readonly<{
  themes: TaxonomyDescriptions;
  sectors: TaxonomyDescriptions;
}> = Object.freeze({ themes: byId(THEME_DESCRIPTIONS), sectors: byId(SECTOR_DESCRIPTIONS) });
