/**
 * Theme and sector taxonomies: validated entries, label resolution (exact and
 * fuzzy, English and Dutch), display labels and custom categories met in input.
 */
import { OptionsError } from '../errors.js';
import { checkOptionKeys } from '../optionKeys.js';
import { type TaxonomyEntry, TaxonomyEntrySchema } from '../schema/taxonomy.js';
import { foldText } from './fold.js';
import { createMatcher, DEFAULT_MATCH_OPTIONS, type MatcherStats, type MatchOptions } from './fuzzy.js';
import { SECTOR_TABLE, THEME_TABLE } from './taxonomyTables.js';
import type { MatchResult } from './types.js';

/**
 * The entries of a table of taxonomyTables.ts (written by scripts/build-taxonomy-tables.ts from
 * data/taxonomies): rows `id~en~nl~aliases~dac~irbc`, list items separated by `;`.
 */
function decodeTable(table: string): TaxonomyEntry[] {
  return table.split('|').map((row) => {
    const [id = '', en = '', nl = '', aliases = '', dac = '', irbc = ''] = row.split('~');
    const list = (field: string): string[] => (field === '' ? [] : field.split(';'));
    return {
      id,
      en,
      nl,
      aliases: list(aliases),
      ...(irbc === '' ? {} : { irbc }),
      ...(dac === '' ? {} : { dac: list(dac) }),
    };
  });
}

/**
 * The shipped theme (expertise) taxonomy, data/taxonomies/themes.json: labour-rights and IRBC
 * themes from the seed documents (OSH, GBV, living wage, ...) plus general development themes
 * (health, education, WASH, food security, ...). The entries have no `description`: the file's
 * descriptions are `TAXONOMY_DESCRIPTIONS.themes` of `partner-synergy/report`.
 *
 * @example
 * DEFAULT_THEMES.find((t) => t.id === 'gbv')?.nl; // => 'Gendergerelateerd geweld en seksuele intimidatie'
 */
export const DEFAULT_THEMES: readonly TaxonomyEntry[] = Object.freeze(decodeTable(THEME_TABLE));

/**
 * The shipped sector taxonomy, data/taxonomies/sectors.json, with the IRBC agreement and the
 * OECD DAC purpose codes of each sector where there is one (without the descriptions:
 * `TAXONOMY_DESCRIPTIONS.sectors` of `partner-synergy/report`).
 *
 * @example
 * DEFAULT_SECTORS.find((s) => s.id === 'garment-textiles')?.dac; // => ['32163']
 */
export const DEFAULT_SECTORS: readonly TaxonomyEntry[] = Object.freeze(decodeTable(SECTOR_TABLE));

/** Prefix of the ids of custom categories (labels met in input that no entry matches). */
export const CUSTOM_ID_PREFIX = 'custom:';

/**
 * Whether an id names a custom category ('custom:<slug>').
 *
 * @param id - a theme or sector id
 * @example
 * isCustomId('custom:fair-recruitment'); // => true
 * isCustomId('living-wage');             // => false
 */
export function isCustomId(id: string): boolean {
  return typeof id === 'string' && id.startsWith(CUSTOM_ID_PREFIX);
}

/**
 * Options of {@link createTaxonomy}.
 *
 * @example
 * const options: TaxonomyOptions = { name: 'themes' };
 * createTaxonomy(DEFAULT_THEMES, [], options).resolve('leefbaar loon'); // => { kind: 'exact', value: { id: 'living-wage', ... } }
 */
export interface TaxonomyOptions {
  /** Fuzzy matching thresholds. Default DEFAULT_MATCH_OPTIONS. */
  readonly match?: MatchOptions;
  /** Name used in error messages and OptionsError.option, e.g. 'themes'. Default 'taxonomy'. */
  readonly name?: string;
}

/** Every option key of {@link MatchOptions} (the compiler keeps the list complete). */
const MATCH_OPTION_KEYS = Object.keys({
  ambiguityMargin: true,
  fuzzyThreshold: true,
  maxCacheSize: true,
  minFuzzyLength: true,
  suggestThreshold: true,
} satisfies Record<keyof MatchOptions, true>);

/**
 * A theme or sector taxonomy built by {@link createTaxonomy}.
 * @example
 * const themes: Taxonomy = parsePartnership(sample).themes;
 * themes.get('living-wage')?.en; // => 'Living wage'
 * themes.label('living-wage', 'nl'); // => 'Leefbaar loon'
 * themes.resolve('vrijheid van vakvereniging').kind; // => 'exact'
 */
export interface Taxonomy {
  /**
   * Resolve a free-text label (id, English or Dutch label, alias; case/accent-insensitive).
   * Typos resolve 'fuzzy'. A label registered with `addCustom` resolves exactly to its custom
   * entry. Memoised per distinct label.
   */
  resolve(label: string): MatchResult<TaxonomyEntry>;
  /** The entry with this id (including custom ones), or undefined. */
  get(id: string): TaxonomyEntry | undefined;
  /** The display label of an id in English or Dutch; custom ids give their original text; unknown ids give the id. */
  label(id: string, lang: 'en' | 'nl'): string;
  /**
   * Register a label no entry matched as a custom category with id 'custom:<slug>' (slug =
   * folded label in kebab-case) and en = nl = the trimmed label. Registering the same folded
   * label again returns the first entry. Does not look the label up among the entries.
   */
  addCustom(label: string): TaxonomyEntry;
  /** All entries: the given ones, then the extra ones, then custom ones in registration order. */
  entries(): readonly TaxonomyEntry[];
  /** The entry an OECD DAC 5-digit purpose code maps to, or undefined. */
  fromDac(code: string): TaxonomyEntry | undefined;
  /** Work counters of the underlying matcher. */
  readonly stats: MatcherStats;
}

/**
 * Build a taxonomy from entries (usually DEFAULT_THEMES or DEFAULT_SECTORS) plus optional extra
 * entries of your own. Every entry is validated with TaxonomyEntrySchema; the keys of an entry
 * are its id (hyphens read as spaces), `en`, `nl` and `aliases`, compared folded.
 *
 * @param entries - the base entries
 * @param extra - additional entries (e.g. from a user's JSON file); their ids must be new
 * @param options - match thresholds and the name used in errors
 * @throws OptionsError when an entry is invalid, two entries share an id, two entries share a
 *   key (after folding) or a DAC code; the message lists every problem
 * @example
 * const themes = createTaxonomy(DEFAULT_THEMES, [
 *   { id: 'cocoa-farmer-income', en: 'Cocoa farmer income', nl: 'Inkomen cacaoboeren', aliases: [] },
 * ]);
 * themes.resolve('leefbaar loon'); // => { kind: 'exact', value: { id: 'living-wage', ... } }
 * themes.resolve('livng wage'); // => { kind: 'fuzzy', value: { id: 'living-wage', ... }, matched: 'Living wage', score: 0.0909 }
 * themes.resolve('inkomen cacaoboeren'); // => { kind: 'exact', value: { id: 'cocoa-farmer-income', ... } }
 * themes.label('gbv', 'nl'); // => 'Gendergerelateerd geweld en seksuele intimidatie'
 * // an extra entry whose label is already taken
 * createTaxonomy(DEFAULT_THEMES, [{ id: 'fair-recruitment', en: 'Fair recruitment', nl: 'Eerlijke werving', aliases: [] }]);
 * // throws OptionsError
 */
export function createTaxonomy(
  entries: readonly TaxonomyEntry[],
  extra: readonly TaxonomyEntry[] = [],
  options: TaxonomyOptions = {},
): Taxonomy {
  checkOptionKeys(options, ['match', 'name'] satisfies (keyof TaxonomyOptions)[]);
  checkOptionKeys(options.match, MATCH_OPTION_KEYS, 'match.');
  const { match = {}, name = 'taxonomy' } = options;
  const all = validateEntries([...(entries ?? []), ...(extra ?? [])], name);

  const byId = new Map<string, TaxonomyEntry>();
  const byDac = new Map<string, TaxonomyEntry>();
  for (const entry of all) {
    byId.set(entry.id, entry);
    for (const code of entry.dac ?? []) byDac.set(code, entry);
  }
  const matcher = createMatcher(
    all.map((entry) => ({ keys: keysOf(entry), value: entry })),
    match,
  );

  const customs: TaxonomyEntry[] = [];
  const customByKey = new Map<string, TaxonomyEntry>();
  // The exact result of each custom key, made once (frozen, like the matcher's): a label met on
  // thousands of rows is one result, not one object per row.
  const customResults = new Map<string, MatchResult<TaxonomyEntry>>();
  // Folded labels memoised (foldText is pure): once a custom category exists, every label the
  // matcher does not know is looked up among the customs, row after row.
  const foldedLabels = new Map<string, string>();
  const maxFolded = match.maxCacheSize ?? DEFAULT_MATCH_OPTIONS.maxCacheSize;
  const foldedLabel = (label: string): string => {
    let folded = foldedLabels.get(label);
    if (folded === undefined) {
      folded = foldText(label);
      if (foldedLabels.size < maxFolded) foldedLabels.set(label, folded);
    }
    return folded;
  };

  return {
    resolve(label: string): MatchResult<TaxonomyEntry> {
      const result = matcher.match(label);
      if (result.kind !== 'none' || customs.length === 0) return result;
      return customResults.get(foldedLabel(typeof label === 'string' ? label : '')) ?? result;
    },
    get(id: string): TaxonomyEntry | undefined {
      return byId.get(id);
    },
    label(id: string, lang: 'en' | 'nl'): string {
      const entry = byId.get(id);
      if (!entry) return id;
      return lang === 'nl' ? entry.nl : entry.en;
    },
    addCustom(label: string): TaxonomyEntry {
      const text = typeof label === 'string' ? label.trim() : '';
      const folded = foldText(text);
      if (folded === '') {
        throw new OptionsError(
          `${name}.custom`,
          `cannot make a custom ${name} category of "${text}": it has no letters or digits`,
        );
      }
      const existing = customByKey.get(folded);
      if (existing) return existing;
      const id = `${CUSTOM_ID_PREFIX}${folded.replace(/ /g, '-')}`;
      const entry: TaxonomyEntry = Object.freeze({ id, en: text, nl: text, aliases: Object.freeze([]) });
      customs.push(entry);
      byId.set(id, entry);
      const exact: MatchResult<TaxonomyEntry> = Object.freeze({ kind: 'exact', value: entry });
      for (const key of [folded, foldText(id)]) {
        customByKey.set(key, entry);
        customResults.set(key, exact);
      }
      return entry;
    },
    entries(): readonly TaxonomyEntry[] {
      return Object.freeze([...all, ...customs]);
    },
    fromDac(code: string): TaxonomyEntry | undefined {
      return byDac.get(typeof code === 'string' ? code.trim() : '');
    },
    get stats(): MatcherStats {
      return matcher.stats;
    },
  };
}

function keysOf(entry: TaxonomyEntry): string[] {
  return [entry.en, entry.nl, ...entry.aliases, entry.id];
}

/** Parse every entry and check ids, folded keys and DAC codes are unique across entries. */
function validateEntries(raw: readonly unknown[], name: string): TaxonomyEntry[] {
  const problems: string[] = [];
  const parsed: TaxonomyEntry[] = [];
  raw.forEach((candidate, index) => {
    const result = TaxonomyEntrySchema.safeParse(candidate);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    const id = isRecord(candidate) && typeof candidate.id === 'string' ? ` "${candidate.id}"` : '';
    for (const issue of result.error.issues) {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(entry)';
      problems.push(`entry ${index}${id}: ${path}: ${issue.message}`);
    }
  });
  const ids = new Map<string, number>();
  const keyOwners = new Map<string, Set<string>>();
  const dacOwners = new Map<string, Set<string>>();
  for (const entry of parsed) {
    ids.set(entry.id, (ids.get(entry.id) ?? 0) + 1);
    for (const key of keysOf(entry)) addOwner(keyOwners, foldText(key), entry.id);
    for (const code of entry.dac ?? []) addOwner(dacOwners, code, entry.id);
  }
  for (const [id, count] of ids) if (count > 1) problems.push(`duplicate id "${id}" (${count} entries)`);
  for (const [key, owners] of keyOwners) {
    if (key !== '' && owners.size > 1)
      problems.push(`key "${key}" names several entries: ${[...owners].join(', ')}`);
  }
  for (const [code, owners] of dacOwners) {
    if (owners.size > 1) problems.push(`DAC code ${code} maps to several entries: ${[...owners].join(', ')}`);
  }
  if (problems.length > 0) {
    throw new OptionsError(
      name,
      `invalid ${name}: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
    );
  }
  return parsed;
}

function addOwner(owners: Map<string, Set<string>>, key: string, id: string): void {
  const set = owners.get(key) ?? new Set<string>();
  set.add(id);
  owners.set(key, set);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

let defaultThemes: Taxonomy | undefined;
let defaultSectors: Taxonomy | undefined;

/**
 * The shared default theme taxonomy (built once).
 *
 * @example
 * defaultThemeTaxonomy().resolve('GBV'); // => { kind: 'exact', value: { id: 'gbv', ... } }
 */
export function defaultThemeTaxonomy(): Taxonomy {
  defaultThemes ??= createTaxonomy(DEFAULT_THEMES, [], { name: 'themes' });
  return defaultThemes;
}

/**
 * The shared default sector taxonomy (built once).
 *
 * @example
 * defaultSectorTaxonomy().resolve('textiles').kind; // => 'exact' or 'fuzzy'
 */
export function defaultSectorTaxonomy(): Taxonomy {
  defaultSectors ??= createTaxonomy(DEFAULT_SECTORS, [], { name: 'sectors' });
  return defaultSectors;
}
