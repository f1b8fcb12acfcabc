/**
 * Outcome of resolving a free-text label against a vocabulary.
 * - exact: the folded label equals a known key (id, label, alias, code);
 * - fuzzy: a confident fuzzy match (report it as a warning original -> normalised);
 * - ambiguous: several candidates are about equally close (report with candidates);
 * - none: nothing close; `suggestion` holds the nearest candidate if any.
 * @example
 * const found: MatchResult<string> = resolveCountry('Bangaldesh');
 * found.kind === 'fuzzy' ? found.value : null; // => 'BD'
 */
export type MatchResult<T> =
  | { readonly kind: 'exact'; readonly value: T }
  | { readonly kind: 'fuzzy'; readonly value: T; readonly matched: string; readonly score: number }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly T[] }
  | { readonly kind: 'none'; readonly suggestion: T | null };

/**
 * One entry of a theme or sector taxonomy (data/taxonomies/*.json): id, English and Dutch
 * labels, aliases, and optionally the IRBC agreement, OECD DAC codes and a description.
 * Derived from the zod schema `TaxonomyEntrySchema` in src/schema/taxonomy.ts.
 */
export type { TaxonomyEntry } from '../schema/taxonomy.js';
