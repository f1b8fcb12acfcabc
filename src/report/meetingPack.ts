/**
 * The meeting pack: what a coordinator takes to the partner meeting. One section per member
 * (what you bring, what you could gain, with whom), a draft agenda from the top merged
 * recommendations, an action list (owner, next step, an empty date column) and a line on
 * rerunning the baseline next year with `diff`. Markdown and HTML, English and Dutch; escaped as
 * the report is (the report's escaping and page shell).
 * @module
 */

import { checkOptionKeys } from '../optionKeys.js';
import { escapeHtml as esc, escapeMarkdownCell as md } from '../output/escape.js';
import { kindTitle } from '../recommend/catalogue.js';
import { inline, joinList } from '../recommend/rationale.js';
import type { BaselineJson, Recommendation } from '../schema/baseline.js';
import { renderHtmlPage } from './html.js';
import type { Lang } from './i18n.js';
import { createLookup, type Lookup } from './lookup.js';

/**
 * Options of the meeting pack renderers.
 * @example
 * const options: MeetingPackOptions = { lang: 'nl', agenda: 5 };
 * buildMeetingPack(json, options).agenda.length; // => 5
 */
export interface MeetingPackOptions {
  /** Language. Default 'en'. */
  readonly lang?: Lang;
  /** How many recommendations make the draft agenda. Default 8. */
  readonly agenda?: number;
  /**
   * Member sections at most ({@link MEETING_PACK_MEMBERS}); above it the members in the draft
   * agenda come first, then those in other listed recommendations, and the pack says how many
   * more there are, and lists longer than {@link MEETING_PACK_LIST_ITEMS} are cut. Default 30.
   */
  readonly members?: number;
  /**
   * Name of the partnership or the baseline, shown after the pack's own title ("Meeting pack:
   * Dutch Relief Alliance 2026"). Default: none (the heading is "Meeting pack").
   */
  readonly title?: string;
}

/**
 * Member sections a meeting pack holds at most by default: a pack is a few pages to take to a
 * meeting, not a page per member of a large partnership (every member's recommendations stay in
 * report.html and baseline.json).
 *
 * @example
 * MEETING_PACK_MEMBERS; // => 30
 */
export const MEETING_PACK_MEMBERS = 30;

/**
 * Items shown per list of a member section (what you bring, could gain, with whom) when the
 * sections were capped (a large partnership); the rest is counted ("… and 12 more").
 *
 * @example
 * MEETING_PACK_LIST_ITEMS; // => 10
 */
export const MEETING_PACK_LIST_ITEMS = 10;

const TEXT = {
  en: {
    title: 'Meeting pack',
    intro:
      'For the partner meeting: a draft agenda from the top recommendations, one section per member and an action list to fill in together.',
    agenda: 'Draft agenda',
    members: 'Per member',
    bring: 'What you bring',
    gain: 'What you could gain',
    whom: 'With whom',
    nothing: 'nothing in the recommendations yet',
    actions: 'Action list',
    more: (count: number) => `… and ${count} more`,
    someMembers: (shown: number, total: number) =>
      `Showing ${shown} of ${total} members: those in the draft agenda first, then those in other listed recommendations. Every member's recommendations are in report.html and baseline.json.`,
    cols: ['#', 'Owner', 'Action', 'Next step', 'Date'],
    doorOpener: (x: string) => `door opener for ${x}`,
    specialist: (x: string) => `specialist for ${x}`,
    work: (x: string) => `your work on ${x}`,
    next: {
      opportunity: (who: string) => `Plan a first call with ${who}`,
      alert: (who: string) => `Compare plans with ${who} and divide the work`,
      fact: (who: string) => `Agree with ${who} how to support the shared partner`,
    },
    alone: 'Update your profile (expertise, countries, networks) and bring one joint idea to the meeting',
    profile: 'Your profile',
    nextYear: [
      'Next year: rerun the baseline with updated files and compare the two with',
      'partner-synergy diff last-year/baseline.json this-year/baseline.json',
      ', to monitor and evaluate together what changed.',
    ],
    footer: 'Made from baseline.json by partner-synergy.',
  },
  nl: {
    title: 'Vergaderpakket',
    intro:
      'Voor het partneroverleg: een conceptagenda op basis van de belangrijkste aanbevelingen, een deel per lid en een actielijst om samen in te vullen.',
    agenda: 'Conceptagenda',
    members: 'Per lid',
    bring: 'Wat je inbrengt',
    gain: 'Wat je kunt winnen',
    whom: 'Met wie',
    nothing: 'nog niets in de aanbevelingen',
    actions: 'Actielijst',
    more: (count: number) => `… en nog ${count}`,
    someMembers: (shown: number, total: number) =>
      `${shown} van de ${total} leden worden getoond: eerst wie in de conceptagenda staat, dan wie in andere getoonde aanbevelingen staat. De aanbevelingen van elk lid staan in report.html en baseline.json.`,
    cols: ['#', 'Eigenaar', 'Actie', 'Volgende stap', 'Datum'],
    doorOpener: (x: string) => `opent de deur naar ${x}`,
    specialist: (x: string) => `specialist in ${x}`,
    work: (x: string) => `je werk aan ${x}`,
    next: {
      opportunity: (who: string) => `Plan een eerste gesprek met ${who}`,
      alert: (who: string) => `Vergelijk plannen met ${who} en verdeel het werk`,
      fact: (who: string) => `Spreek met ${who} af hoe jullie de gedeelde partner steunen`,
    },
    alone:
      'Werk je profiel bij (expertise, landen, netwerken) en breng één gezamenlijk idee in op het overleg',
    profile: 'Je profiel',
    nextYear: [
      'Volgend jaar: draai de nulmeting opnieuw met bijgewerkte bestanden en vergelijk beide met',
      'partner-synergy diff vorig-jaar/baseline.json dit-jaar/baseline.json',
      ', om samen te volgen en te evalueren wat er veranderde.',
    ],
    footer: 'Gemaakt uit baseline.json door partner-synergy.',
  },
} as const;

/**
 * One member's section of the pack (plain text, unescaped).
 * @example
 * const page: MemberPage | undefined = buildMeetingPack(json).members.find((m) => m.id === 'VAW');
 * page?.name; // => 'Vrouwen aan het Werk'
 */
export interface MemberPage {
  readonly id: string;
  readonly name: string;
  readonly bring: readonly string[];
  readonly gain: readonly string[];
  readonly whom: readonly string[];
}

/**
 * One row of the action list (plain text, unescaped); the date is left empty to fill in.
 * @example
 * const row: ActionRow | undefined = buildMeetingPack(json).actions[0];
 * row?.owner; // => 'FTA'
 */
export interface ActionRow {
  readonly owner: string;
  readonly ownerName: string;
  readonly action: string;
  readonly next: string;
}

/**
 * The pack as plain data: agenda items, member pages and action rows.
 * @example
 * const pack: MeetingPack = buildMeetingPack(json, { lang: 'en' });
 * pack.members.length; // => 12
 */
export interface MeetingPack {
  readonly lang: Lang;
  /** The heading of both files: "Meeting pack", followed by `options.title` when given. */
  readonly title: string;
  readonly agenda: readonly Recommendation[];
  /** The member sections, in the order of members.csv (at most `options.members`). */
  readonly members: readonly MemberPage[];
  /** Members of the partnership; more than `members.length` when the sections were capped. */
  readonly totalMembers: number;
  readonly actions: readonly ActionRow[];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The short name of an item: its kind, its company or sector, where. */
function itemTitle(r: Recommendation, lang: Lang, look: Lookup): string {
  const where = (r.countries ?? (r.country === null ? [] : [r.country])).map(look.country);
  const what = r.sector === null ? '' : ` – ${look.sector(r.sector)}`;
  // An item placed in areas says which (a 3W table's items are all in one country).
  const areas = (r.areas ?? []).map((id) => look.area(r.country, id));
  const shown = areas.length > AREAS_IN_TITLE ? [...areas.slice(0, AREAS_IN_TITLE), '…'] : areas;
  const place = shown.length > 0 ? [...shown, ...where].join(', ') : joinList(where, lang);
  return `${kindTitle(r.kind, lang)}${what}${place !== '' ? ` (${place})` : ''}`;
}

/** Areas an item title names before "…". */
const AREAS_IN_TITLE = 2;

/** Recommendations per member, each list in baseline order. */
function byMember(items: readonly Recommendation[]): Map<string, Recommendation[]> {
  const out = new Map<string, Recommendation[]>();
  for (const r of items) {
    for (const id of new Set(r.members)) {
      const list = out.get(id);
      if (list === undefined) out.set(id, [r]);
      else list.push(r);
    }
  }
  return out;
}

/**
 * The members that get a section: all of them up to `max`; above it the members in the agenda
 * first, then those in other listed recommendations, then the rest (each group in members.csv
 * order), shown in members.csv order.
 */
function shownMembers(
  baseline: BaselineJson,
  agenda: readonly Recommendation[],
  listed: ReadonlyMap<string, readonly Recommendation[]>,
  max: number,
): BaselineJson['members'] {
  const all = baseline.members;
  if (all.length <= max) return all;
  const inAgenda = new Set(agenda.flatMap((r) => r.members));
  const rank = (id: string) => (inAgenda.has(id) ? 0 : listed.has(id) ? 1 : 2);
  const keep = new Set(
    all
      .map((m, i) => ({ m, i, rank: rank(m.id) }))
      .sort((x, y) => x.rank - y.rank || x.i - y.i)
      .slice(0, max)
      .map((x) => x.m.id),
  );
  return all.filter((m) => keep.has(m.id));
}

/**
 * One member's page: its roles (else, in an item without roles, the item's themes it works on),
 * what the others bring, with whom; else its strongest themes.
 */
function memberPage(
  m: BaselineJson['members'][number],
  items: readonly Recommendation[],
  own: { readonly strong: readonly string[]; readonly works: ReadonlySet<string> },
  lang: Lang,
  look: Lookup,
): MemberPage {
  const tx = TEXT[lang];
  const bring = new Set<string>();
  const gain = new Set<string>();
  const whom = new Set<string>();
  const specialistIn = new Set<string>();
  const worksOn = new Set<string>();
  for (const r of items) {
    const role = r.roles?.find((x) => x.member === m.id);
    if (role?.role === 'door-opener') bring.add(tx.doorOpener(inline(itemTitle(r, lang, look))));
    else if (role) {
      bring.add(
        tx.specialist(
          joinList(
            role.themes.map((t) => inline(look.theme(t))),
            lang,
          ),
        ),
      );
      for (const t of role.themes) specialistIn.add(t);
    }
    for (const other of r.roles ?? []) {
      if (other.member !== m.id) for (const t of other.themes) gain.add(look.theme(t));
    }
    if (!r.roles) {
      gain.add(itemTitle(r, lang, look));
      for (const t of r.themes) if (own.works.has(t)) worksOn.add(t);
    }
    for (const o of r.members) if (o !== m.id) whom.add(look.member(o));
  }
  const work = [...worksOn].filter((t) => !specialistIn.has(t)).map(look.theme);
  if (work.length > 0) bring.add(tx.work(joinList(work.sort(cmp).map(inline), lang)));
  if (bring.size === 0 && own.strong.length > 0) {
    bring.add(`${tx.profile}: ${joinList([...new Set(own.strong.map(look.theme))].sort(cmp), lang)}`);
  }
  return {
    id: m.id,
    name: look.member(m.id),
    bring: [...bring],
    gain: [...gain].sort(cmp),
    whom: [...whom].sort(cmp),
  };
}

/** Per member from baseline.json's records: its strongest themes (level 4 or 5) and every theme it works on (rated 1 or more, or observed). */
function ownThemes(baseline: BaselineJson): Map<string, { strong: string[]; works: Set<string> }> {
  const out = new Map<string, { strong: string[]; works: Set<string> }>();
  for (const e of baseline.records?.expertise ?? []) {
    const level = e.level ?? null;
    if (level !== null && level < 1) continue;
    let own = out.get(e.member);
    if (own === undefined) {
      own = { strong: [], works: new Set() };
      out.set(e.member, own);
    }
    own.works.add(e.theme);
    if (level !== null && level >= 4) own.strong.push(e.theme);
  }
  return out;
}

/**
 * The meeting pack as data: the first `agenda` recommendations, the member pages (from the
 * listed recommendations, else the "more" ones, else the member's own strongest themes; at most
 * `members` of them, see {@link MeetingPackOptions}) and one action row per agenda item (owner:
 * the first door opener, else the first member) plus one for every shown member that owns none
 * yet.
 *
 * @param baseline - baseline.json as data
 * @param options - language, agenda length and member sections
 *
 * @example
 * const pack = buildMeetingPack(json, { lang: 'en' });
 * pack.members.length === json.members.length; // => true
 */
export function buildMeetingPack(baseline: BaselineJson, options: MeetingPackOptions = {}): MeetingPack {
  checkOptionKeys(options, ['agenda', 'lang', 'members', 'title'] satisfies (keyof MeetingPackOptions)[]);
  const lang = options.lang ?? 'en';
  const tx = TEXT[lang];
  const look = createLookup(baseline, lang);
  const listed = byMember(baseline.recommendations);
  const extra = byMember((baseline.moreRecommendations ?? []).filter((r) => r.mergedInto === undefined));
  const agenda = baseline.recommendations.slice(0, Math.max(0, options.agenda ?? 8));
  const itemsOf = (id: string) => listed.get(id) ?? extra.get(id) ?? [];
  const shown = shownMembers(baseline, agenda, listed, Math.max(0, options.members ?? MEETING_PACK_MEMBERS));
  const own = ownThemes(baseline);
  const members = shown.map((m) =>
    memberPage(m, itemsOf(m.id), own.get(m.id) ?? { strong: [], works: new Set() }, lang, look),
  );
  const actions: ActionRow[] = [];
  const owners = new Set<string>();
  const row = (owner: string, r: Recommendation) => {
    const others = r.members.filter((o) => o !== owner).map(look.member);
    actions.push({
      owner,
      ownerName: look.member(owner),
      action: itemTitle(r, lang, look),
      next: others.length === 0 ? tx.alone : tx.next[r.category ?? 'opportunity'](joinList(others, lang)),
    });
    owners.add(owner);
  };
  for (const r of agenda) {
    const opener = r.roles?.find((x) => x.role === 'door-opener')?.member;
    row(opener ?? (r.members[0] as string), r);
  }
  for (const m of shown) {
    if (owners.has(m.id)) continue;
    const best = itemsOf(m.id)[0];
    if (best) row(m.id, best);
    else {
      actions.push({ owner: m.id, ownerName: look.member(m.id), action: tx.profile, next: tx.alone });
      owners.add(m.id);
    }
  }
  const name = options.title?.trim() ?? '';
  const title = name === '' ? tx.title : `${tx.title}: ${name}`;
  return { lang, title, agenda, members, totalMembers: baseline.members.length, actions };
}

/**
 * A member's list, escaped; in a capped pack the first {@link MEETING_PACK_LIST_ITEMS} items and
 * how many more there are.
 */
function capped(pack: MeetingPack, items: readonly string[], escapeText: (s: string) => string): string {
  const tx = TEXT[pack.lang];
  if (items.length === 0) return escapeText(tx.nothing);
  if (pack.members.length === pack.totalMembers) return items.map(escapeText).join('; ');
  const shown = items.slice(0, MEETING_PACK_LIST_ITEMS).map(escapeText).join('; ');
  const left = items.length - MEETING_PACK_LIST_ITEMS;
  return left > 0 ? `${shown} ${escapeText(tx.more(left))}` : shown;
}

/**
 * The meeting pack as Markdown (meeting-pack.md), escaped as the report is.
 *
 * @param baseline - baseline.json as data
 * @param options - language and agenda length
 * @example
 * renderMeetingPackMarkdown(json, { lang: 'nl' }).startsWith('# Vergaderpakket'); // => true
 */
export function renderMeetingPackMarkdown(baseline: BaselineJson, options: MeetingPackOptions = {}): string {
  return meetingPackMarkdown(buildMeetingPack(baseline, options));
}

/**
 * meeting-pack.md from a pack already built (the file writer builds it once for both files).
 *
 * @param pack - from {@link buildMeetingPack}
 * @example
 * meetingPackMarkdown(buildMeetingPack(json)) === renderMeetingPackMarkdown(json); // => true
 */
export function meetingPackMarkdown(pack: MeetingPack): string {
  const tx = TEXT[pack.lang];
  const list = (items: readonly string[]) => capped(pack, items, md);
  const out: string[] = [`# ${md(pack.title)}`, md(tx.intro), `## ${md(tx.agenda)}`];
  for (const [i, r] of pack.agenda.entries()) out.push(`${i + 1}\\. ${md(r.rationale)}`);
  out.push(`## ${md(tx.members)}`);
  if (pack.members.length < pack.totalMembers)
    out.push(`_${md(tx.someMembers(pack.members.length, pack.totalMembers))}_`);
  for (const m of pack.members) {
    out.push(
      `### ${md(m.name)}`,
      [
        `- **${md(tx.bring)}:** ${list(m.bring)}`,
        `- **${md(tx.gain)}:** ${list(m.gain)}`,
        `- **${md(tx.whom)}:** ${list(m.whom)}`,
      ].join('\n'),
    );
  }
  out.push(`## ${md(tx.actions)}`);
  const rows = pack.actions.map(
    (a, i) => `| ${i + 1} | ${md(a.ownerName)} | ${md(a.action)} | ${md(a.next)} |   |`,
  );
  out.push([`| ${tx.cols.map(md).join(' | ')} |`, '| ---: | --- | --- | --- | --- |', ...rows].join('\n'));
  out.push(`${md(tx.nextYear[0])} \`${tx.nextYear[1]}\`${md(tx.nextYear[2])}`);
  return `${out.join('\n\n')}\n`;
}

/**
 * The meeting pack as one HTML page (meeting-pack.html), in the report's page shell (strict
 * Content-Security-Policy, no scripts), every text escaped.
 *
 * @param baseline - baseline.json as data
 * @param options - language and agenda length
 * @example
 * renderMeetingPackHtml(json).includes('<h1>Meeting pack</h1>'); // => true
 */
export function renderMeetingPackHtml(baseline: BaselineJson, options: MeetingPackOptions = {}): string {
  return meetingPackHtml(buildMeetingPack(baseline, options));
}

/**
 * meeting-pack.html from a pack already built (the file writer builds it once for both files).
 *
 * @param pack - from {@link buildMeetingPack}
 * @example
 * meetingPackHtml(buildMeetingPack(json)) === renderMeetingPackHtml(json); // => true
 */
export function meetingPackHtml(pack: MeetingPack): string {
  const tx = TEXT[pack.lang];
  const list = (items: readonly string[]) => capped(pack, items, esc);
  const some =
    pack.members.length < pack.totalMembers
      ? `<p class="note">${esc(tx.someMembers(pack.members.length, pack.totalMembers))}</p>\n`
      : '';
  const main: string[] = [
    `<section id="agenda" class="page">\n<h2>${esc(tx.agenda)}</h2>\n<ol>\n${pack.agenda.map((r) => `<li>${esc(r.rationale)}</li>`).join('\n')}\n</ol>\n</section>`,
    `<section id="members" class="page">\n<h2>${esc(tx.members)}</h2>\n${some}${pack.members
      .map(
        (m) =>
          `<h3>${esc(m.name)}</h3>\n<dl><dt>${esc(tx.bring)}</dt><dd>${list(m.bring)}</dd><dt>${esc(tx.gain)}</dt><dd>${list(m.gain)}</dd><dt>${esc(tx.whom)}</dt><dd>${list(m.whom)}</dd></dl>`,
      )
      .join('\n')}\n</section>`,
    `<section id="actions" class="page">\n<h2>${esc(tx.actions)}</h2>\n<div class="table-wrap"><table><caption class="sr-only">${esc(tx.actions)}</caption>\n<thead><tr>${tx.cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${pack.actions
      .map(
        (a, i) =>
          `<tr><td class="num">${i + 1}</td><td>${esc(a.ownerName)}</td><td>${esc(a.action)}</td><td>${esc(a.next)}</td><td></td></tr>`,
      )
      .join(
        '\n',
      )}\n</tbody>\n</table></div>\n<p class="note">${esc(tx.nextYear[0])} <code>${esc(tx.nextYear[1])}</code>${esc(tx.nextYear[2])}</p>\n</section>`,
  ];
  return renderHtmlPage(pack.lang, pack.title, {
    header: [`<h1>${esc(pack.title)}</h1>`, `<p class="summary">${esc(tx.intro)}</p>`],
    nav: '',
    main,
    footer: tx.footer,
  });
}
