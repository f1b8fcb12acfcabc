import { OptionsError } from '../errors.js';
import { countryName, resolveCountry } from './countries.js';

/**
 * Focus countries as a user writes them (names in English or Dutch, ISO alpha-2 or alpha-3 codes
 * in any case, common variants, small typos) -> ISO alpha-2 codes, the way focus themes resolve
 * by name. An unknown or ambiguous country throws OptionsError with a "did you mean", so a typo
 * never silently drops every country recommendation.
 * @param raw - the countries as given
 * @param option - the option's name for the error (default 'focusCountries')
 * @example
 * resolveFocusCountries(['Bangladesh', 'bd', 'BGD', 'Kenia']); // => ['BD', 'BD', 'BD', 'KE']
 */
export function resolveFocusCountries(raw: readonly string[], option = 'focusCountries'): string[] {
  return raw.map((label) => {
    const r = resolveCountry(label);
    if (r.kind === 'exact' || r.kind === 'fuzzy') return r.value;
    const hint =
      r.kind === 'ambiguous'
        ? ` It could be ${r.candidates.map((c) => `${countryName(c, 'en')} (${c})`).join(' or ')}.`
        : r.suggestion
          ? ` Did you mean ${countryName(r.suggestion, 'en')} (${r.suggestion})?`
          : '';
    throw new OptionsError(option, `Unknown focus country "${label}".${hint}`);
  });
}
