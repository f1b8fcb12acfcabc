import Fuse, { type FuseResult, type FuseResultMatch } from 'fuse.js';
import type { Baseline } from '../baseline/buildBaseline.js';
import type { Lang } from '../country/labels.js';
import { OptionsError } from '../errors.js';
import { checkOptionKeys, checkOptionValues } from '../optionKeys.js';
import type { BaselineJson } from '../schema/baseline.js';
import {
  type KindTitle,
  type SearchDocument,
  type SearchFields,
  type SearchHitKind,
  searchDocuments,
} from './documents.js';

export type { KindTitle, SearchHitKind } from './documents.js';

/**
 * A searchable field of a hit (see {@link SearchHit.key}): `label`, `otherLabel` (a theme or
 * sector label in the other language), `code` (ids, initials, ISO codes), `type`, `members` (of a
 * recommendation) or `rationale`.
 * @example
 * const key: SearchKey = createBaselineSearch(json).search('CGB')[0]!.key;
 * key; // => 'code'
 */
export type SearchKey = keyof SearchFields;

/**
 * One ranked search hit: what it is, its id (member id, theme/sector id, ISO country code or
 * recommendation id), its label in the search's language, its relevance, and the field and text
 * that matched. Every string is data from the baseline, returned as it is (render it as text).
 * @example
 * const hit: SearchHit = createBaselineSearch(json).search('fair thrads')[0]!;
 * [hit.kind, hit.id, hit.key]; // => ['member', 'FTA', 'label']
 */
export interface SearchHit {
  readonly kind: SearchHitKind;
  readonly id: string;
  readonly label: string;
  /** Relevance in [0, 1], 1 for an exact match of a heavy field (1 - Fuse.js score, 3 decimals). */
  readonly score: number;
  /** The field that matched best (the heaviest of the fields that matched). */
  readonly key: SearchKey;
  /** The text of that field that matched. */
  readonly value: string;
}

/**
 * Options of {@link createBaselineSearch}.
 * @example
 * const options: BaselineSearchOptions = { lang: 'nl', catalogue: describeCatalogue(), threshold: 0.3 };
 * createBaselineSearch(json, options).search('leefbar loon')[0]?.label; // => 'Leefbaar loon'
 */
export interface BaselineSearchOptions {
  /** Language of the labels (country names, theme and kind titles). Default 'en'. */
  readonly lang?: Lang;
  /**
   * Titles of the recommendation kinds, as `describeCatalogue()` lists them. Default: none, and a
   * kind's title is its id in words ("joint-lobby" -> "Joint lobby").
   */
  readonly catalogue?: readonly KindTitle[];
  /** How far a match may be off: 0 exact only, 1 anything (Fuse.js `threshold`). Default 0.4. */
  readonly threshold?: number;
}

/**
 * Options of one {@link BaselineSearch.search} call.
 * @example
 * const only: SearchOptions = { kinds: ['country'], limit: 1 };
 * createBaselineSearch(json).search('kenia', only).map((h) => h.id); // => ['KE']
 */
export interface SearchOptions {
  /** At most this many hits. Default 10. */
  readonly limit?: number;
  /** Only hits of these kinds. Default: all kinds. */
  readonly kinds?: readonly SearchHitKind[];
}

/**
 * A baseline indexed for interactive search (see {@link createBaselineSearch}).
 * @example
 * const index: BaselineSearch = createBaselineSearch(json);
 * index.size > json.members.length; // => true
 */
export interface BaselineSearch {
  /** Number of indexed documents (members, themes, sectors, countries, recommendations). */
  readonly size: number;
  /**
   * Ranked hits for `query`, best first; equal scores in a fixed order (kind, then label, then
   * id). An empty or blank query gives [].
   * @param query - what the user typed
   * @param options - limit and kinds; defaults on {@link SearchOptions}
   */
  search(query: string, options?: SearchOptions): SearchHit[];
}

/** Field weights: the names people type weigh most, a rationale least. */
const WEIGHTS: Readonly<Record<SearchKey, number>> = Object.freeze({
  label: 4,
  otherLabel: 3,
  code: 3,
  members: 1.5,
  type: 1,
  rationale: 0.5,
});
const KEYS = Object.keys(WEIGHTS) as SearchKey[];
const KIND_ORDER: readonly SearchHitKind[] = ['member', 'country', 'theme', 'sector', 'recommendation'];
const DEFAULT_LIMIT = 10;
const DEFAULT_THRESHOLD = 0.4;

function checkSearchOptions(options: BaselineSearchOptions): { lang: Lang; threshold: number } {
  checkOptionKeys(options, ['lang', 'catalogue', 'threshold']);
  const lang = options.lang ?? 'en';
  if (lang !== 'en' && lang !== 'nl') {
    throw new OptionsError('lang', `Option lang must be 'en' or 'nl', got ${String(lang)}.`);
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new OptionsError(
      'threshold',
      `Option threshold must be a number from 0 to 1, got ${String(threshold)}.`,
    );
  }
  return { lang, threshold };
}

function checkQueryOptions(options: SearchOptions): { limit: number; kinds: ReadonlySet<string> | null } {
  checkOptionKeys(options, ['limit', 'kinds']);
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new OptionsError('limit', `Option limit must be a whole number >= 1, got ${String(limit)}.`);
  }
  checkOptionValues('kinds', options.kinds ?? [], KIND_ORDER, 'noun.search_hit_kind');
  return { limit, kinds: options.kinds === undefined ? null : new Set(options.kinds) };
}

/** True when `a` is greater than `b` at their first difference. */
function beats(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/**
 * The field that matched best: the one holding the longest unbroken run of the query, then the
 * one the run fills most (an exact id beats a word inside a name), then the heaviest.
 */
function bestMatch(
  matches: readonly FuseResultMatch[] | undefined,
  queryLength: number,
): { key: SearchKey; refIndex: number | undefined } {
  let best: { key: SearchKey; refIndex: number | undefined; rank: readonly number[] } | null = null;
  for (const m of matches ?? []) {
    const key = m.key as SearchKey;
    const length = Math.max(1, m.value?.length ?? 0);
    const run = Math.max(0, ...m.indices.map(([start, end]) => end - start + 1));
    const rank = [Math.min(run, queryLength) / queryLength, run / length, WEIGHTS[key] ?? 0];
    if (best === null || beats(rank, best.rank)) best = { key, refIndex: m.refIndex, rank };
  }
  return best ?? { key: 'label', refIndex: undefined };
}

/**
 * Text as the index holds it: lower case, accents removed ("Côte" -> "cote"). Folded once when
 * the index is built (Fuse.js's own `ignoreDiacritics` and case folding redo it for every text
 * at every query, which made a query about 2.5x slower).
 */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One indexed document: the document, and its fields folded for matching. */
interface Entry {
  readonly doc: SearchDocument;
  readonly folded: SearchFields;
}

function entryOf(doc: SearchDocument): Entry {
  const f = doc.fields;
  const all = (xs: readonly string[]) => xs.map(fold);
  return {
    doc,
    folded: {
      label: fold(f.label),
      otherLabel: all(f.otherLabel),
      code: all(f.code),
      type: all(f.type),
      members: all(f.members),
      rationale: all(f.rationale),
    },
  };
}

/** The original (unfolded) text of a match: the field, or its element `refIndex`. */
function originalOf(doc: SearchDocument, key: SearchKey, refIndex: number | undefined): string {
  const field = doc.fields[key];
  return typeof field === 'string' ? field : (field[refIndex ?? 0] ?? '');
}

function toHit(result: FuseResult<Entry>, queryLength: number): SearchHit {
  const { doc } = result.item;
  const score = Math.round((1 - (result.score ?? 1)) * 1000) / 1000;
  const { key, refIndex } = bestMatch(result.matches, queryLength);
  return {
    kind: doc.kind,
    id: doc.id,
    label: doc.fields.label,
    score,
    key,
    value: originalOf(doc, key, refIndex),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Best score first; equal scores by kind, label and id, so the order never depends on the engine. */
function byRank(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    cmp(a.label, b.label) ||
    cmp(a.id, b.id)
  );
}

/**
 * Index a baseline (the live `Baseline` or its baseline.json, alike) for interactive search with
 * Fuse.js: members (name, id, acronym, type), themes and sectors (labels in English and Dutch,
 * ids), countries with an in-country view (name in `lang`, ISO code) and recommendations (kind
 * title, member names, rationale). Typos are forgiven ("fair thrads", "leefbar loon"), accents
 * ignored, and the hits are ranked and typed. Browser-safe; build the index once per baseline
 * (about 1 ms for the sample, see docs/dependencies.md) and query it as the user types.
 *
 * @param baseline - a `buildBaseline` result or its `toBaselineJson` data
 * @param options - language, kind titles and fuzziness; defaults on {@link BaselineSearchOptions}
 * @throws OptionsError for an unknown option (with a "did you mean") or an invalid value.
 * @example
 * const index = createBaselineSearch(json, { catalogue: describeCatalogue() });
 * index.search('fair thrads aliance', { limit: 1 }).map((h) => [h.kind, h.id, h.label]);
 * // => [['member', 'FTA', 'Fair Threads Alliance']]
 * const [theme] = index.search('leefbaar loon', { kinds: ['theme'] });
 * [theme?.id, theme?.label, theme?.key, theme?.value]; // => ['living-wage', 'Living wage', 'otherLabel', 'Leefbaar loon']
 * index.search('   '); // => []
 */
export function createBaselineSearch(
  baseline: Baseline | BaselineJson,
  options: BaselineSearchOptions = {},
): BaselineSearch {
  const { lang, threshold } = checkSearchOptions(options);
  const documents = searchDocuments(baseline, lang, options.catalogue ?? []);
  const fuse = new Fuse(documents.map(entryOf), {
    keys: KEYS.map((key) => ({
      name: key,
      weight: WEIGHTS[key],
      getFn: (e: Entry) => e.folded[key],
    })),
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    isCaseSensitive: true, // the index and the query are folded to lower case already
    minMatchCharLength: 2,
    threshold,
  });
  return {
    size: documents.length,
    search(query: string, searchOptions: SearchOptions = {}): SearchHit[] {
      const { limit, kinds } = checkQueryOptions(searchOptions);
      const text = fold(String(query).trim());
      if (text === '') return [];
      const hits = fuse
        .search(text)
        .filter((r) => kinds === null || kinds.has(r.item.doc.kind))
        .map((r) => toHit(r, text.length));
      return hits.sort(byRank).slice(0, limit);
    },
  };
}
