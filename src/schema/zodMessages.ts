/**
 * Zod's validation messages in the language of the output: English is zod's configured default
 * (see zod.ts); Dutch uses zod's own Dutch locale, passed per parse so the global stays English.
 * @module
 */
import nl from 'zod/v4/locales/nl.js';
import type { Lang } from '../lang.js';

let dutch: { readonly error: ReturnType<typeof nl>['localeError'] } | undefined;

/**
 * The parse options that give zod's messages in `lang` (`{}` for English, the default).
 *
 * @example
 * TaxonomyFileSchema.safeParse(json, zodMessages('nl')); // issues like "Ongeldige invoer: verwacht array, ontving undefined"
 */
export function zodMessages(lang: Lang): { readonly error?: ReturnType<typeof nl>['localeError'] } {
  if (lang !== 'nl') return {};
  dutch ??= { error: nl().localeError };
  return dutch;
}
