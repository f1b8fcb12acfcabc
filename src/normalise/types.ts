/**
 * Outcome of resolving a free-text label against a vocabulary.
 * - exact: the folded label equals a known key (id, label, alias, code);
 * - fuzzy: a confident fuzzy match (report it as a warning original -> normalised);
 * - ambiguous: several candidates are about equally close (report with candidates);
 * - none: nothing close; `suggestion` holds the nearest candidate if any.
 */
export type MatchResult<T> =
  | { readonly kind: 'exact'; readonly value: T }
  | { readonly kind: 'fuzzy'; readonly value: T; readonly matched: string; readonly score: number }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly T[] }
  | { readonly kind: 'none'; readonly suggestion: T | null };

/** One entry of a theme or sector taxonomy (data/taxonomies/*.json). */
export interface TaxonomyEntry {
  /** Stable id, lowercase kebab-case, e.g. 'living-wage', 'garment-textiles'. */
  readonly id: string;
  readonly en: string;
  readonly nl: string;
  /** Other labels, abbreviations and spellings in any language (e.g. 'GBV', 'leefbaar loon'). */
  readonly aliases: readonly string[];
  /** Sectors only: the Dutch IRBC/IMVO agreement covering the sector, if any. */
  readonly irbc?: string;
  /** Sectors only: OECD DAC 5-digit purpose codes that map to this sector. */
  readonly dac?: readonly string[];
  /** A one-line description for reports and tooltips. */
  readonly description?: string;
}
