/**
 * Theme ids of the importers' tables resolved through the theme taxonomy, so output uses the
 * library's ids where one exists ('nutrition' -> 'food-security', 'disaster-risk-reduction' ->
 * 'humanitarian') and keeps the importer's id otherwise (the reader then makes it a custom
 * category).
 * @module
 */
import { foldText } from '../normalise/fold.js';
import { createTaxonomy, DEFAULT_THEMES } from '../normalise/taxonomy.js';
import type { TaxonomyEntry } from '../schema/taxonomy.js';

/**
 * Build a memoised function from an importer theme id to the taxonomy id it resolves to
 * exactly (id, English or Dutch label, or alias; fuzzy matches are not used), or the id itself.
 *
 * @param entries - theme taxonomy entries; default DEFAULT_THEMES (data/taxonomies/themes.json)
 * @example
 * const canonical = themeCanonicaliser();
 * canonical('nutrition');       // => 'food-security'
 * canonical('camp-management'); // => 'camp-management'
 */
export function themeCanonicaliser(
  entries: readonly TaxonomyEntry[] = DEFAULT_THEMES,
): (id: string) => string {
  const known = canonicalisers.get(entries);
  if (known) return known;
  const taxonomy = createTaxonomy(entries, [], { name: 'themes' });
  const cache = new Map<string, string>();
  const canonicalise = (id: string): string => {
    const hit = cache.get(id);
    if (hit !== undefined) return hit;
    const result = taxonomy.resolve(id);
    const out = result.kind === 'exact' ? result.value.id : id;
    if (cache.size < 10_000) cache.set(id, out);
    return out;
  };
  canonicalisers.set(entries, canonicalise);
  return canonicalise;
}

/** One canonicaliser per taxonomy array (building a taxonomy costs a few milliseconds). */
const canonicalisers = new WeakMap<readonly TaxonomyEntry[], (id: string) => string>();

/**
 * Build a lookup in a user theme map (keys compared folded). The lookup takes the labels of a
 * row in priority order and returns the mapped theme id, null (the map says: ignore), or
 * undefined when the map mentions none of them.
 *
 * @example
 * const lookup = themeMapLookup({ Labor: 'livelihoods', Coordination: null });
 * lookup(['LABOR']);        // => 'livelihoods'
 * lookup(['coordination']); // => null
 * lookup(['Health']);       // => undefined
 */
export function themeMapLookup(
  map: Readonly<Record<string, string | null>> | undefined,
): (labels: readonly string[]) => string | null | undefined {
  const folded = new Map<string, string | null>();
  for (const key of Object.keys(map ?? {})) {
    const k = foldText(key);
    if (k !== '' && !folded.has(k)) folded.set(k, map?.[key] ?? null);
  }
  return (labels) => {
    for (const label of labels) {
      const key = foldText(label);
      if (key !== '' && folded.has(key)) return folded.get(key) ?? null;
    }
    return undefined;
  };
}
