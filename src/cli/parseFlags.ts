import { Option } from 'commander';
import type { Lang } from '../country/labels.js';
import type { MetricsOptions } from '../metrics/computeMetrics.js';
import { resolveFocusCountries } from '../normalise/focusCountries.js';
import { UsageError } from './errors.js';
import { helpTexts } from './helpText.js';
import { flagMessages } from './messages.js';

const CONTEXT_KEYS = new Set(['geography', 'sectors']);
const PRESENCE_KEYS = new Set(['office', 'local_partner', 'programme', 'network']);
/** `area` = areaWeight (areas below the country), `observed` = observedWeight (observed themes). */
const SINGLE_KEYS: Readonly<Record<string, 'areaWeight' | 'observedWeight'>> = {
  area: 'areaWeight',
  observed: 'observedWeight',
};

/**
 * Ranges of the numeric flags. Context weights are relative (geography=7,sectors=3 is
 * geography=0.7,sectors=0.3), capped so that no sum overflows; presence weights are the weight
 * of a country in a profile, 0 to 1. --max-bytes stops below what one JavaScript string can hold.
 */
export const FLAG_RANGES = Object.freeze({
  top: 100_000,
  maxBytes: 500 * 1024 * 1024,
  maxMembers: 1_000_000,
  coalitionMembers: 1_000,
  contextWeight: 1_000,
  presenceWeight: 1,
});

/**
 * Parse `--weights geography=0.7,sectors=0.3,office=1,network=0.1` into metric options.
 * Keys: geography, sectors (context weights, 0 to 1,000, not both 0); office, local_partner,
 * programme, network (presence weights, 0 to 1); area (areaWeight, 0 to 1: 0 = country level
 * only), observed (observedWeight of observed themes, 0 to 1). Every value must be a plain finite number.
 *
 * @example
 * parseWeights('geography=0.7,sectors=0.3'); // => { contextWeights: { geography: 0.7, sectors: 0.3 } }
 * parseWeights('area=0,observed=1'); // => { areaWeight: 0, observedWeight: 1 }
 */
export function parseWeights(spec: string, lang: Lang = 'en'): MetricsOptions {
  const t = flagMessages(lang);
  const contextWeights: Record<string, number> = {};
  const presenceWeights: Record<string, number> = {};
  const single: Partial<Record<'areaWeight' | 'observedWeight', number>> = {};
  const parts = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new UsageError(t.emptyList('--weights', 'geography=0.7,sectors=0.3'));
  for (const part of parts) {
    const pieces = part.split('=').map((s) => s.trim());
    const [key, raw] = pieces;
    if (!key || raw === undefined || raw === '' || pieces.length !== 2)
      throw new UsageError(t.weightPart(part));
    const context = CONTEXT_KEYS.has(key);
    const singleKey = Object.hasOwn(SINGLE_KEYS, key) ? SINGLE_KEYS[key] : undefined;
    if (!context && !PRESENCE_KEYS.has(key) && singleKey === undefined)
      throw new UsageError(t.weightKey(key));
    const max = context ? FLAG_RANGES.contextWeight : FLAG_RANGES.presenceWeight;
    const value = /^(\d+(\.\d*)?|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value) || value < 0 || value > max)
      throw new UsageError(t.weightRange(key, raw, max));
    if (context) contextWeights[key] = value;
    else if (singleKey !== undefined) single[singleKey] = value;
    else presenceWeights[key] = value;
  }
  if (contextWeights.geography === 0 && contextWeights.sectors === 0) throw new UsageError(t.weightsZero);
  return {
    ...(Object.keys(contextWeights).length ? { contextWeights } : {}),
    ...(Object.keys(presenceWeights).length ? { presenceWeights } : {}),
    ...single,
  } as MetricsOptions;
}

/**
 * Parse a whole-number flag written in digits (no sign, exponent or decimals) within [1, max].
 *
 * @example
 * parsePositiveInt('--top', '10'); // => 10
 * parsePositiveInt('--top', '1e308'); // throws UsageError
 */
export function parsePositiveInt(
  flag: string,
  raw: string,
  max: number = FLAG_RANGES.top,
  lang: Lang = 'en',
): number {
  const text = raw.trim();
  const n = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max)
    throw new UsageError(flagMessages(lang).wholeNumber(flag, raw, 1, max));
  return n;
}

/**
 * Parse --lang.
 *
 * @example
 * parseLang('nl'); // => 'nl'
 */
export function parseLang(raw: string): Lang {
  if (raw !== 'en' && raw !== 'nl') throw new UsageError(flagMessages('en').lang(raw));
  return raw;
}

/**
 * The language a command speaks when `--lang` is not given: Dutch when the first set of the
 * locale variables LC_ALL, LC_MESSAGES and LANG starts with "nl" (nl_NL.UTF-8, nl_BE, nl), else
 * English.
 *
 * @example
 * defaultLang({ LANG: 'nl_NL.UTF-8' }); // => 'nl'
 * defaultLang({ LC_ALL: 'C', LANG: 'nl_NL.UTF-8' }); // => 'en'
 * defaultLang({}); // => 'en'
 */
export function defaultLang(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale !== undefined && /^nl(?:[_.@-]|$)/i.test(locale) ? 'nl' : 'en';
}

/**
 * The `--lang en|nl` option every command that prints for people has; its default is
 * {@link defaultLang}.
 *
 * @example
 * program.command('validate').addOption(langOption('language of the report and of every message'));
 */
export function langOption(description: string, lang: Lang = 'en'): Option {
  return new Option('--lang <lang>', `${description} ${helpTexts(lang)['lang.default']}`)
    .choices(['en', 'nl'])
    .default(defaultLang());
}

/**
 * The language named on a command line (`--lang nl` or `--lang=nl`), else {@link defaultLang}:
 * what an error found before the command ran is reported in.
 *
 * @example
 * langOfArgs(['validate', 'data', '--lang', 'nl']); // => 'nl'
 */
export function langOfArgs(args: readonly string[]): Lang {
  let found: string | undefined;
  args.forEach((a, i) => {
    if (a === '--lang') found = args[i + 1];
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  });
  return found === 'nl' || found === 'en' ? found : defaultLang();
}

/**
 * Split a comma/semicolon list flag; an empty list (`--focus-themes ""`, `--opt-out ";"`) is a
 * usage error naming the flag.
 *
 * @example
 * parseList('living wage; gbv', '--focus-themes'); // => ['living wage', 'gbv']
 * parseList('', '--focus-themes'); // throws UsageError
 */
export function parseList(
  raw: string,
  flag: string,
  lang: Lang = 'en',
  example = 'living wage; gbv',
): string[] {
  const items = raw
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(flagMessages(lang).emptyList(flag, example));
  return items;
}

/**
 * A list flag of countries (names in English or Dutch, ISO alpha-2 or alpha-3 codes) -> ISO
 * alpha-2 codes: an empty list is a UsageError, an unknown country an OptionsError with a "did you
 * mean", both in `lang`.
 *
 * @example
 * parseCountryList('Kenia; ug', '--countries'); // => ['KE', 'UG']
 */
export function parseCountryList(raw: string, flag: string, lang: Lang = 'en'): string[] {
  return resolveFocusCountries(parseList(raw, flag, lang, 'Kenya; Uganda; TZ'), flag, lang);
}

/**
 * A flag value that must not be empty or only spaces (e.g. `--country ""`).
 *
 * @example
 * parseText('--country', ' BD '); // => 'BD'
 */
export function parseText(flag: string, raw: string, lang: Lang = 'en'): string {
  const text = raw.trim();
  if (text === '') throw new UsageError(flagMessages(lang).emptyValue(flag));
  return text;
}

/** Characters a report title may have (`--title`). */
const MAX_TITLE_LENGTH = 200;

/**
 * `--title <text>`: trimmed, line breaks, tabs and other control characters made spaces (a title
 * is one line), not empty and at most 200 characters.
 *
 * @example
 * parseTitle('  Dutch Relief Alliance\n2026 '); // => 'Dutch Relief Alliance 2026'
 */
export function parseTitle(raw: string, lang: Lang = 'en'): string {
  const text = parseText('--title', raw.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' '), lang).replace(
    / {2,}/g,
    ' ',
  );
  if (text.length > MAX_TITLE_LENGTH) {
    throw new UsageError(flagMessages(lang).tooLong('--title', text.length, MAX_TITLE_LENGTH));
  }
  return text;
}

/**
 * `--max-bytes <n>` as the `limits` option (nothing when the flag is absent).
 *
 * @example
 * limitsFrom({ maxBytes: '1000' }); // => { limits: { maxBytes: 1000 } }
 */
export function limitsFrom(
  opts: { maxBytes?: unknown },
  lang: Lang = 'en',
): { limits?: { maxBytes: number } } {
  return typeof opts.maxBytes === 'string'
    ? { limits: { maxBytes: parsePositiveInt('--max-bytes', opts.maxBytes, FLAG_RANGES.maxBytes, lang) } }
    : {};
}
