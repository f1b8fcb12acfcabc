import { OptionsError } from '../errors.js';
import type { Lang } from '../lang.js';
import { MESSAGES, type MessageKey, message } from '../messages/catalogue.js';
import { foldText } from '../normalise/fold.js';
import type { Taxonomy } from '../normalise/taxonomy.js';
import type { Labels } from '../schema/baseline.js';

/**
 * Where a label is resolved: ids used in the data, a taxonomy, and display labels (custom categories).
 *
 * @example
 * const ctx: CategoryContext = { knownIds: new Set(['gbv']), taxonomy: defaultThemeTaxonomy(), option: 'request.themes', noun: 'theme' };
 */
export interface CategoryContext {
  /** Ids present in the partnership (a request naming one exactly always resolves). */
  readonly knownIds: ReadonlySet<string>;
  /** The taxonomy of this kind of category. */
  readonly taxonomy: Taxonomy;
  /** Display labels of this kind (en/nl) by id, e.g. Labels.themes. */
  readonly labels?: Labels['themes'];
  /** Option path used in errors, e.g. 'request.themes'. */
  readonly option: string;
  /** Noun used in errors, e.g. 'theme' (in Dutch errors the catalogue's `noun.<noun>` when it has one). */
  readonly noun: string;
  /** Language of the errors ('en' or 'nl'). Default 'en'. */
  readonly lang?: Lang;
}

/** The noun of `ctx` in its language: the catalogue's `noun.<noun>`, else the noun as given. */
function nounOf(ctx: CategoryContext, lang: Lang): string {
  const key = `noun.${ctx.noun}`;
  return Object.hasOwn(MESSAGES.en, key) ? message(lang, key as MessageKey) : ctx.noun;
}

/**
 * Resolve a category label (theme or sector) to an id, in this order: an id used in the data as
 * written; an exact taxonomy match (id, English or Dutch label, alias); an exact (folded) match of a
 * display label or an id used in the data (custom categories such as 'custom:fair-recruitment'
 * written as 'Fair recruitment'); a confident fuzzy taxonomy match (typos).
 *
 * @throws OptionsError when nothing matches (with "did you mean" when something is close) or the
 *   label is ambiguous
 * @example
 * resolveCategory('leefbaar loon', { knownIds: new Set(), taxonomy: defaultThemeTaxonomy(), option: 'request.themes', noun: 'theme' });
 * // => 'living-wage'
 */
export function resolveCategory(label: string, ctx: CategoryContext): string {
  const text = typeof label === 'string' ? label.trim() : '';
  const lang = ctx.lang ?? 'en';
  const what = nounOf(ctx, lang);
  if (text === '') throw new OptionsError(ctx.option, message(lang, 'option.empty', { what }));
  if (ctx.knownIds.has(text)) return text;
  const match = ctx.taxonomy.resolve(text);
  if (match.kind === 'exact') return match.value.id;
  const folded = foldText(text);
  if (ctx.labels) {
    for (const id of Object.keys(ctx.labels).sort()) {
      const l = ctx.labels[id];
      if (l && (foldText(l.en) === folded || foldText(l.nl) === folded || foldText(id) === folded)) return id;
    }
  }
  for (const id of [...ctx.knownIds].sort()) if (foldText(id) === folded) return id;
  if (match.kind === 'fuzzy') return match.value.id;
  if (match.kind === 'ambiguous') {
    const options = match.candidates.map((c) => `"${c[lang]}" (${c.id})`).join(', ');
    throw new OptionsError(ctx.option, message(lang, 'option.ambiguous', { what, value: text, options }));
  }
  const s = match.suggestion;
  const hint = s ? message(lang, 'option.hint_label', { label: s[lang], id: s.id }) : '';
  throw new OptionsError(ctx.option, message(lang, 'option.unknown', { what, value: text, hint }));
}
