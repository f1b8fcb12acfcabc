/**
 * The languages every user-facing text comes in: English and Dutch. Options named `lang` in the
 * whole API (reports, country views, coalition, network, messages) take this type.
 * @example
 * const lang: Lang = 'nl';
 * renderMarkdown(json, { lang }).startsWith('# '); // => true
 */
export type Lang = 'en' | 'nl';
