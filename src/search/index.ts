/**
 * `partner-synergy/search`: interactive search over a baseline (members, themes, sectors,
 * countries, recommendations) with Fuse.js, kept out of the browser core. The dashboard loads its
 * browser chunk (dist/browser/partner-synergy.search.js) when the search box is first used.
 *
 * ```ts
 * import { describeCatalogue } from 'partner-synergy';
 * import { createBaselineSearch } from 'partner-synergy/search';
 * const index = createBaselineSearch(baseline, { lang: 'nl', catalogue: describeCatalogue() });
 * index.search('leefbar loon'); // the theme 'Leefbaar loon' first
 * ```
 * Examples use the names listed on the `partner-synergy` page.
 * @module partner-synergy/search
 */
export {
  type BaselineSearch,
  type BaselineSearchOptions,
  createBaselineSearch,
  type KindTitle,
  type SearchHit,
  type SearchHitKind,
  type SearchKey,
  type SearchOptions,
} from './baselineSearch.js';
