import { type Lang, labelOf } from '../country/labels.js';
import { clipDisplay } from '../displayText.js';
import { OptionsError } from '../errors.js';
import { countryInText } from '../normalise/countryInText.js';
import type { Labels } from '../schema/baseline.js';
import type { Driver, MemberType, Scope } from '../schema/records.js';
import type { LocalText, RationaleValue } from './types.js';

/** Display names of the company engagement drivers (seed 000). */
export const DRIVER_LABELS: Readonly<Record<Driver, LocalText>> = Object.freeze({
  strategy: { en: 'strategy', nl: 'strategie' },
  issue: { en: 'issue/responsibility', nl: 'issue/verantwoordelijkheid' },
  opportunity: { en: 'opportunity', nl: 'kansen' },
  geography: { en: 'geography', nl: 'geografie' },
});

/** Small words the renderer needs per language. */
const WORDS: Readonly<
  Record<
    Lang,
    {
      and: string;
      level: string;
      against: string;
      none: string;
      brings: string;
      bringsAfter: string;
      observed: string;
      more: (count: number) => string;
    }
  >
> = {
  en: {
    and: 'and',
    level: 'level',
    against: 'versus',
    none: 'none',
    brings: 'brings',
    bringsAfter: '',
    observed: 'observed',
    more: (count) => `${count} more`,
  },
  nl: {
    and: 'en',
    level: 'niveau',
    against: 'tegenover',
    none: 'geen',
    brings: 'brengt',
    bringsAfter: ' in',
    observed: 'waargenomen',
    more: (count) => `nog ${count} andere`,
  },
};

/**
 * Lists of themes, theme levels and countries in a rationale name at most this many; the rest
 * is counted ("and 8 more"). The recommendation's `themes` and `countries` hold every one.
 */
export const MAX_NAMED_IN_RATIONALE = 5;

/** How many areas a rationale names before "and N more". */
export const AREAS_NAMED = 4;

/**
 * The short description of an organisation's kind used in rationales ("UN agency", "national
 * NGO"), or null when type and scope say nothing useful.
 *
 * @example
 * memberTag('ngo', 'international', 'en'); // => 'international NGO'
 * memberTag('un', null, 'nl');             // => 'VN-organisatie'
 * memberTag('other', null, 'en');          // => null
 */
export function memberTag(type: MemberType | null, scope: Scope | null, lang: Lang): string | null {
  const en = lang === 'en';
  switch (type) {
    case 'un':
      return en ? 'UN agency' : 'VN-organisatie';
    case 'ngo':
      if (scope === null) return en ? 'NGO' : 'ngo';
      return en
        ? `${scope} NGO`
        : `${scope === 'international' ? 'internationale' : scope === 'national' ? 'nationale' : 'lokale'} ngo`;
    case 'government':
      return en ? 'government' : 'overheid';
    case 'company':
      return en ? 'company' : 'bedrijf';
    case 'union':
      return en ? 'union' : 'vakbond';
    case 'knowledge':
      return en ? 'knowledge institute' : 'kennisinstelling';
    default:
      if (scope === null) return null;
      return en
        ? `${scope} organisation`
        : `${scope === 'international' ? 'internationale' : scope === 'national' ? 'nationale' : 'lokale'} organisatie`;
  }
}

/** What the renderer needs besides the template and values. */
export interface RenderContext {
  /** Language of the output. */
  readonly lang: Lang;
  /** Display labels (themes, sectors, countries); ids are shown when absent. */
  readonly labels: Labels | undefined;
  /** Member display name by id. */
  readonly memberName: (id: string) => string;
  /** Member type and scope by id (for tagged member lists). Default: nothing known. */
  readonly memberKind?: (id: string) => { readonly type: MemberType | null; readonly scope: Scope | null };
  /** Area name and the name of the area above it, by country and area id. Default: the id, no parent. */
  readonly areaLabel?: (
    country: string,
    id: string,
  ) => { readonly name: string; readonly parent: string | null };
  /** The kind's fragments (for `{ kind: 'fragment' }` values). */
  readonly fragments: Readonly<Record<string, LocalText>>;
  /** The kind id, for error messages. */
  readonly kindId: string;
}

/**
 * Join items as running text: "A", "A and B", "A, B and C" (en) or "A, B en C" (nl).
 *
 * @example
 * joinList(['A', 'B', 'C'], 'nl'); // => 'A, B en C'
 */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${WORDS[lang].and} ${items[items.length - 1]}`;
}

/** Names a rationale lists (company names, spellings of a partner); the rest are counted ("and 12 more"). */
export const MAX_LISTED_ITEMS = 10;

/** The first `max` items, then how many more ("8 more" / "nog 8 andere") when there are more. */
function capped(items: readonly string[], max: number, lang: Lang): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), WORDS[lang].more(items.length - max)];
}

/**
 * {@link joinList} for lists that can grow long (themes, countries): at most
 * {@link MAX_NAMED_IN_RATIONALE} items, then how many more.
 *
 * @example
 * joinCapped(['A', 'B', 'C', 'D', 'E', 'F', 'G'], 'en'); // => 'A, B, C, D, E and 2 more'
 * joinCapped(['A', 'B', 'C', 'D', 'E', 'F'], 'nl'); // => 'A, B, C, D, E en nog 1 andere'
 * joinCapped(['A', 'B'], 'en'); // => 'A and B'
 */
export function joinCapped(items: readonly string[], lang: Lang): string {
  return joinList(capped(items, MAX_NAMED_IN_RATIONALE, lang), lang);
}

/**
 * Lowercase the first letter of a label used mid-sentence, unless it looks like an acronym ("GBV",
 * "OECD ...").
 *
 * @example
 * inline('Living wage'); // => 'living wage'
 * inline('GBV'); // => 'GBV'
 */
export function inline(label: string): string {
  const first = label.charAt(0);
  const second = label.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return label;
  return first.toLowerCase() + label.slice(1);
}

function formatNumber(x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return '0';
  const r = Math.round(x * 100) / 100;
  const s = String(Object.is(r, -0) ? 0 : r);
  return lang === 'nl' ? s.replace('.', ',') : s;
}

function countOf(value: RationaleValue): number {
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return 1;
  switch (value.kind) {
    case 'members':
    case 'themes':
    case 'countries':
    case 'drivers':
    case 'areas':
      return value.ids.length;
    case 'list':
      return value.items.length;
    case 'levels':
    case 'gaps':
    case 'contributions':
      return value.entries.length;
    default:
      return 1;
  }
}

function renderValue(value: RationaleValue, ctx: RenderContext): string {
  const { lang, labels } = ctx;
  const w = WORDS[lang];
  // Labels and names are clipped: a rationale repeats them, and one huge cell must not multiply.
  const label = (group: 'themes' | 'sectors' | 'countries', id: string) =>
    clipDisplay(labelOf(labels, group, id, lang));
  const theme = (id: string): string => inline(label('themes', id));
  const level = (n: number | null): string => (n === null ? w.observed : n <= 0 ? w.none : String(n));
  if (value === null) return '';
  if (typeof value === 'string') return clipDisplay(value);
  if (typeof value === 'number') return formatNumber(value, lang);
  switch (value.kind) {
    case 'member':
      return ctx.memberName(value.id);
    case 'members':
      return joinList(
        value.ids.map((id) => {
          const kind = value.tagged ? ctx.memberKind?.(id) : undefined;
          const tag = kind ? memberTag(kind.type, kind.scope, lang) : null;
          return tag === null ? ctx.memberName(id) : `${ctx.memberName(id)} (${tag})`;
        }),
        lang,
      );
    case 'areas':
      return renderAreas(value.country, value.ids, ctx);
    case 'theme':
      return theme(value.id);
    case 'themes':
      return joinCapped(value.ids.map(theme), lang);
    case 'sector':
      return inline(label('sectors', value.id));
    case 'country':
      return countryInText(value.id, label('countries', value.id), lang);
    case 'countries':
      return joinCapped(
        value.ids.map((c) => countryInText(c, label('countries', c), lang)),
        lang,
      );
    case 'list':
      return joinList(
        capped(value.items, MAX_LISTED_ITEMS, lang).map((item) => clipDisplay(item)),
        lang,
      );
    case 'text':
      return value[lang];
    case 'drivers':
      return joinList(
        value.ids.map((d) => DRIVER_LABELS[d]?.[lang] ?? d),
        lang,
      );
    case 'levels': {
      const themes = new Set(value.entries.map((e) => e.theme));
      if (themes.size <= 1) {
        return joinList(
          value.entries.map((e) =>
            e.level === null
              ? `${ctx.memberName(e.member)} ${w.observed}`
              : `${ctx.memberName(e.member)} ${w.level} ${level(e.level)}`,
          ),
          lang,
        );
      }
      const byMember = new Map<string, string[]>();
      for (const e of value.entries) {
        const list = byMember.get(e.member) ?? [];
        list.push(`${theme(e.theme)} ${level(e.level)}`);
        byMember.set(e.member, list);
      }
      return [...byMember.entries()]
        .map(([m, parts]) => `${ctx.memberName(m)}: ${joinCapped(parts, lang)}`)
        .join('; ');
    }
    case 'gaps': {
      if (value.entries.length === 1) {
        const e = value.entries[0];
        return e ? `${w.level} ${level(e.from)} ${w.against} ${level(e.to)}` : '';
      }
      return joinCapped(
        value.entries.map((e) => `${theme(e.theme)} ${level(e.from)} ${w.against} ${level(e.to)}`),
        lang,
      );
    }
    case 'contributions':
      return joinList(
        value.entries.map(
          (e) =>
            `${ctx.memberName(e.member)} ${w.brings} ${joinCapped(e.themes.map(theme), lang)}${w.bringsAfter}`,
        ),
        lang,
      );
    case 'fragment': {
      if (!Object.hasOwn(ctx.fragments, value.name)) {
        throw new OptionsError(
          `catalogue.${ctx.kindId}.fragments`,
          `Kind '${ctx.kindId}' uses fragment '${value.name}', which it does not define.`,
        );
      }
      const fragment = ctx.fragments[value.name] as LocalText;
      return renderTemplate(fragment[lang], value.vars, ctx);
    }
    default:
      return '';
  }
}

/**
 * Areas as running text, grouped under the area above them: "Jere and Kaga (Borno) and Damaturu
 * (Yobe)"; after AREAS_NAMED areas "and N more".
 */
function renderAreas(country: string, ids: readonly string[], ctx: RenderContext): string {
  const { lang } = ctx;
  const groups: { parent: string | null; names: string[] }[] = [];
  const shown = ids.slice(0, AREAS_NAMED);
  for (const id of shown) {
    const label = ctx.areaLabel?.(country, id) ?? { name: id, parent: null };
    const group = groups.find((g) => g.parent === label.parent);
    if (group) group.names.push(label.name);
    else groups.push({ parent: label.parent, names: [label.name] });
  }
  const parts = groups.map((g) => `${joinList(g.names, lang)}${g.parent === null ? '' : ` (${g.parent})`}`);
  if (ids.length > shown.length) parts.push(WORDS[lang].more(ids.length - shown.length));
  return joinList(parts, lang);
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/**
 * Fill a rationale template. `{name}` is replaced by the rendered value of
 * `vars.name`; `{name|one|other}` by `one` when the value counts one item (a
 * list of one, the number 1) and `other` otherwise. Member ids render as member
 * names; theme and sector labels are lowercased mid-sentence unless they look
 * like acronyms; countries keep their capitals.
 *
 * @throws OptionsError when the template names a variable that `vars` lacks
 * @example
 * renderTemplate('{members} {members|works|work} in {country}.', {
 *   members: { kind: 'members', ids: ['a', 'b'] }, country: { kind: 'country', id: 'BD' },
 * }, { lang: 'en', labels: undefined, memberName: (id) => id.toUpperCase(), fragments: {}, kindId: 'x' });
 * // => 'A and B work in BD.'
 */
export function renderTemplate(
  template: string,
  vars: Readonly<Record<string, RationaleValue>>,
  ctx: RenderContext,
): string {
  return template.replace(PLACEHOLDER, (_match, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(vars, name)) {
      throw new OptionsError(
        `catalogue.${ctx.kindId}.rationale`,
        `The rationale of kind '${ctx.kindId}' uses {${name}}, but its candidate has no value '${name}'.`,
      );
    }
    const value = vars[name] as RationaleValue;
    if (one !== undefined && other !== undefined) return countOf(value) === 1 ? one : other;
    return renderValue(value, ctx);
  });
}

/**
 * The countries a rendered rationale names: every `country` and `countries` value its template
 * (and the fragments it uses) puts in the text, sorted. Reports take a recommendation's "where"
 * from this, so a card never says less or more than its rationale.
 *
 * @example
 * countriesNamed('{members} can engage {company}{where}.', {
 *   members: { kind: 'members', ids: ['a'] }, company: 'X',
 *   where: { kind: 'fragment', name: 'in', vars: { countries: { kind: 'countries', ids: ['KE', 'ET'] } } },
 *   unused: { kind: 'country', id: 'BD' },
 * }, { in: { en: ' in {countries}', nl: ' in {countries}' } });
 * // => ['ET', 'KE']
 */
export function countriesNamed(
  template: string,
  vars: Readonly<Record<string, RationaleValue>>,
  fragments: Readonly<Record<string, LocalText>>,
): string[] {
  const found = new Set<string>();
  const visit = (text: string, values: Readonly<Record<string, RationaleValue>>): void => {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] as string;
      if (match[2] !== undefined || !Object.hasOwn(values, name)) continue;
      const value = values[name] as RationaleValue;
      if (value === null || typeof value !== 'object') continue;
      if (value.kind === 'country') found.add(value.id);
      else if (value.kind === 'countries') for (const id of value.ids) found.add(id);
      else if (value.kind === 'fragment' && Object.hasOwn(fragments, value.name)) {
        visit((fragments[value.name] as LocalText).en, value.vars);
      }
    }
  };
  visit(template, vars);
  return [...found].sort();
}
