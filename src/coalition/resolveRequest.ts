import { OptionsError } from '../errors.js';
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
  /** Noun used in errors, e.g. 'theme'. */
  readonly noun: string;
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
  if (text === '') throw new OptionsError(ctx.option, `an empty ${ctx.noun} was given.`);
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
    const names = match.candidates.map((c) => `"${c.en}" (${c.id})`).join(', ');
    throw new OptionsError(ctx.option, `${ctx.noun} "${text}" is ambiguous: it could be ${names}.`);
  }
  const hint = match.suggestion ? ` Did you mean "${match.suggestion.en}" (${match.suggestion.id})?` : '';
  throw new OptionsError(ctx.option, `unknown ${ctx.noun} "${text}".${hint}`);
}
