import { type Lang, labelOf } from '../country/labels.js';
import { clipDisplay } from '../displayText.js';
import { OptionsError } from '../errors.js';
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
      more: string;
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
    more: '{count} more',
  },
  nl: {
    and: 'en',
    level: 'niveau',
    against: 'tegenover',
    none: 'geen',
    brings: 'brengt',
    bringsAfter: ' in',
    observed: 'waargenomen',
    more: '{count} andere',
  },
};

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

/** Items a rationale lists by name; the rest are counted ("and 12 more"). */
export const MAX_LISTED_ITEMS = 10;

/** The first {@link MAX_LISTED_ITEMS} items, each clipped, plus "12 more" / "12 meer" for the rest. */
function shortList(items: readonly string[], lang: Lang): string[] {
  const shown = items.slice(0, MAX_LISTED_ITEMS).map((item) => clipDisplay(item));
  if (items.length > MAX_LISTED_ITEMS)
    shown.push(WORDS[lang].more.replace('{count}', String(items.length - MAX_LISTED_ITEMS)));
  return shown;
}

/** Lowercase the first letter of a label used mid-sentence, unless it looks like an acronym ("GBV", "OECD ..."). */
function inline(label: string): string {
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
      return joinList(value.ids.map(theme), lang);
    case 'sector':
      return inline(label('sectors', value.id));
    case 'country':
      return label('countries', value.id);
    case 'countries':
      return joinList(
        value.ids.map((c) => label('countries', c)),
        lang,
      );
    case 'list':
      return joinList(shortList(value.items, lang), lang);
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
        .map(([m, parts]) => `${ctx.memberName(m)}: ${joinList(parts, lang)}`)
        .join('; ');
    }
    case 'gaps': {
      if (value.entries.length === 1) {
        const e = value.entries[0];
        return e ? `${w.level} ${level(e.from)} ${w.against} ${level(e.to)}` : '';
      }
      return joinList(
        value.entries.map((e) => `${theme(e.theme)} ${level(e.from)} ${w.against} ${level(e.to)}`),
        lang,
      );
    }
    case 'contributions':
      return joinList(
        value.entries.map(
          (e) =>
            `${ctx.memberName(e.member)} ${w.brings} ${joinList(e.themes.map(theme), lang)}${w.bringsAfter}`,
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
  for (const id of ids.slice(0, AREAS_NAMED)) {
    const label = ctx.areaLabel?.(country, id) ?? { name: id, parent: null };
    const group = groups.find((g) => g.parent === label.parent);
    if (group) group.names.push(label.name);
    else groups.push({ parent: label.parent, names: [label.name] });
  }
  const parts = groups.map((g) => `${joinList(g.names, lang)}${g.parent === null ? '' : ` (${g.parent})`}`);
  if (ids.length > AREAS_NAMED)
    parts.push(WORDS[lang].more.replace('{count}', String(ids.length - AREAS_NAMED)));
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
