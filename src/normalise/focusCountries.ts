import type { Lang } from '../country/labels.js';
import { OptionsError } from '../errors.js';
import { messagesIn } from '../messages/catalogue.js';
import { countryName, resolveCountry } from './countries.js';

/**
 * Focus countries as a user writes them (names in English or Dutch, ISO alpha-2 or alpha-3 codes
 * in any case, common variants, small typos) -> ISO alpha-2 codes, the way focus themes resolve
 * by name. An unknown or ambiguous country throws OptionsError with a "did you mean" (in `lang`),
 * so a typo never silently drops every country recommendation.
 * @param raw - the countries as given
 * @param option - the option's name for the error (default 'focusCountries')
 * @param lang - the language of the error message
 * @example
 * resolveFocusCountries(['Bangladesh', 'bd', 'BGD', 'Kenia']); // => ['BD', 'BD', 'BD', 'KE']
 */
export function resolveFocusCountries(
  raw: readonly string[],
  option = 'focusCountries',
  lang: Lang = 'en',
): string[] {
  return raw.map((label) => {
    const r = resolveCountry(label);
    if (r.kind === 'exact' || r.kind === 'fuzzy') return r.value;
    const t = messagesIn(lang);
    const named = (c: string) => `${countryName(c, lang)} (${c})`;
    const hint =
      r.kind === 'ambiguous'
        ? t('focus.could_be', { options: r.candidates.map(named).join(t('word.or')) })
        : r.suggestion
          ? t('hint.did_you_mean', { suggestion: named(r.suggestion) })
          : '';
    throw new OptionsError(option, t('unknown.value', { what: t('noun.country'), value: label }) + hint);
  });
}
