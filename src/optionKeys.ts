/**
 * Unknown option keys are mistakes (`contextWieghts`, `topPerKnd`): rejected with an
 * OptionsError naming the closest known key, instead of passing silently. The one checker every
 * public function that takes an options object uses, at the top level and for nested objects.
 * @module
 */
import { OptionsError } from './errors.js';
import type { Lang } from './lang.js';
import { message } from './messages/catalogue.js';
import { editDistance } from './normalise/editDistance.js';

/** The known key closest to `key` (case-insensitive edit distance at most 3), or undefined. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(key.length / 2)));
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase(), bestDistance);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** The language of an options object's messages: its own `lang` when that is 'nl', else `fallback`. */
function langOf(options: object, fallback: Lang): Lang {
  return (options as { lang?: unknown }).lang === 'nl' ? 'nl' : fallback;
}

/**
 * Throws OptionsError (with `suggestion`, the closest known key) for the first own key of
 * `options` that is not in `known`. `path` prefixes the key in the message ('redact.'); the
 * message is in the options' own `lang` ('nl'), else in `lang`.
 */
export function checkOptionKeys(
  options: object | undefined,
  known: readonly string[],
  path = '',
  lang: Lang = 'en',
): void {
  if (options === undefined || options === null || typeof options !== 'object') return;
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const suggestion = closestKey(key, known);
    const l = langOf(options, lang);
    throw new OptionsError(
      `${path}${key}`,
      message(l, 'options.unknown_key', {
        option: `${path}${key}`,
        hint:
          suggestion === undefined
            ? ''
            : message(l, 'hint.did_you_mean', { suggestion: `${path}${suggestion}` }),
        known: known.join(', '),
      }),
      suggestion === undefined ? undefined : `${path}${suggestion}`,
    );
  }
}

/** The nouns of the values {@link checkOptionValues} checks. */
type ValueNoun = 'noun.recommendation_kind' | 'noun.search_hit_kind';

/**
 * The OptionsError for `value`, which is not one of `known` (an unknown recommendation kind), with
 * the closest known value as `suggestion` and the known values listed.
 */
export function unknownOptionValue(
  option: string,
  value: unknown,
  known: readonly string[],
  noun: ValueNoun,
  lang: Lang = 'en',
): OptionsError {
  const text = String(value);
  const suggestion = closestKey(text, known);
  return new OptionsError(
    option,
    message(lang, 'unknown.value', { what: message(lang, noun), value: text }) +
      (suggestion === undefined ? '' : message(lang, 'hint.did_you_mean', { suggestion })) +
      message(lang, 'options.known', { known: known.join(', ') }),
    suggestion,
  );
}

/**
 * Throws {@link unknownOptionValue} for the first of `values` not in `known` (an unknown
 * recommendation kind in `kinds`, an unknown search hit kind).
 * @param option - the option's name ('kinds')
 * @param noun - the catalogue noun of one value ('noun.recommendation_kind')
 */
export function checkOptionValues(
  option: string,
  values: Iterable<unknown>,
  known: readonly string[],
  noun: ValueNoun,
  lang: Lang = 'en',
): void {
  for (const value of values) {
    if (typeof value !== 'string' || !known.includes(value))
      throw unknownOptionValue(option, value, known, noun, lang);
  }
}

/**
 * The keys of `options` that are in `known`, copied (what a composite function such as
 * buildBaseline hands to each step, so each step can reject keys that are not its own).
 */
export function pickOptions<T extends object>(options: T, known: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of known)
    if (Object.hasOwn(options, key)) out[key] = (options as Record<string, unknown>)[key];
  return out as Partial<T>;
}
