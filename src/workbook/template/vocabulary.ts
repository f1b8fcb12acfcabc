/**
 * The drop-down lists of the template, made from the library's own vocabularies: theme and sector
 * labels from the taxonomies (or the user's), every country by its English or Dutch name, and the
 * closed lists (presence, levels, networks, strength, member types, roles, drivers).
 */
import type { Lang } from '../../country/labels.js';
import { countryName } from '../../normalise/countries.js';
import { isoAlpha2Codes } from '../../normalise/isoCountries.js';
import { DEFAULT_SECTORS, DEFAULT_THEMES } from '../../normalise/taxonomy.js';
import type { TaxonomyEntry } from '../../schema/taxonomy.js';
import { LIST_WORDS, type ListName } from './text.js';

/**
 * Themes or sectors for the template: taxonomy entries (their label in the language) or labels.
 *
 * @example
 * const themes: TemplateCategories = ['Living wage', DEFAULT_THEMES[0]!];
 * templateListSizes({ themes }).themes; // => 2
 */
export type TemplateCategories = readonly (TaxonomyEntry | string)[];

/** Every list of the template, in the order of the hidden lists sheet. */
export type TemplateLists = Readonly<Record<ListName, readonly string[]>>;

/** The order of the lists on the hidden lists sheet. */
export const LIST_ORDER: readonly ListName[] = [
  'themes',
  'sectors',
  'countries',
  'presence',
  'levels',
  'networks',
  'strengths',
  'types',
  'roles',
  'drivers',
];

/** Distinct labels in the language's alphabetical order. */
function sortedLabels(labels: readonly string[], lang: Lang): string[] {
  const collator = new Intl.Collator(lang === 'nl' ? 'nl' : 'en', { sensitivity: 'base' });
  return [...new Set(labels.map((l) => l.trim()).filter((l) => l !== ''))].sort(
    (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

function categoryLabels(categories: TemplateCategories, lang: Lang): string[] {
  return sortedLabels(
    categories.map((c) => (typeof c === 'string' ? c : c[lang])),
    lang,
  );
}

/**
 * The names of every country the library knows (ISO 3166-1 plus Kosovo), in the language,
 * alphabetically: the names reports show, each read back as its country.
 *
 * @example
 * countryList('nl').includes('Nederland'); // => true
 */
export function countryList(lang: Lang): string[] {
  const codes = isoAlpha2Codes();
  return sortedLabels(
    codes.map((code) => countryName(code, lang)),
    lang,
  );
}

/**
 * The template's lists in a language.
 *
 * @param lang - 'en' or 'nl'
 * @param themes - theme entries or labels; default the shipped themes
 * @param sectors - sector entries or labels; default the shipped sectors
 * @example
 * templateLists('en').levels[4]; // => '4 - advanced'
 */
export function templateLists(
  lang: Lang,
  themes: TemplateCategories = DEFAULT_THEMES,
  sectors: TemplateCategories = DEFAULT_SECTORS,
): TemplateLists {
  const words = LIST_WORDS[lang];
  return {
    themes: categoryLabels(themes, lang),
    sectors: categoryLabels(sectors, lang),
    countries: countryList(lang),
    presence: Object.values(words.presence),
    levels: words.levels,
    networks: Object.values(words.networks),
    strengths: words.strengths,
    types: Object.values(words.types),
    roles: Object.values(words.roles),
    drivers: Object.values(words.drivers),
  };
}
