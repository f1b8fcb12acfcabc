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
import { joinList } from '../recommend/rationale.js';
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
}

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
    cols: ['#', 'Owner', 'Action', 'Next step', 'Date'],
    doorOpener: (x: string) => `door opener for ${x}`,
    specialist: (x: string) => `specialist for ${x}`,
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
    cols: ['#', 'Eigenaar', 'Actie', 'Volgende stap', 'Datum'],
    doorOpener: (x: string) => `opent de deur naar ${x}`,
    specialist: (x: string) => `specialist voor ${x}`,
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
  readonly agenda: readonly Recommendation[];
  readonly members: readonly MemberPage[];
  readonly actions: readonly ActionRow[];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The short name of an item: its kind, its company or sector, where. */
function itemTitle(r: Recommendation, lang: Lang, look: Lookup): string {
  const where = (r.countries ?? (r.country === null ? [] : [r.country])).map(look.country);
  const what = r.sector === null ? '' : ` – ${look.sector(r.sector)}`;
  return `${kindTitle(r.kind, lang)}${what}${where.length > 0 ? ` (${joinList(where, lang)})` : ''}`;
}

/**
 * The meeting pack as data: the first `agenda` recommendations, every member's page (from the
 * listed recommendations, else the "more" ones, else its own strongest themes) and one action
 * row per agenda item (owner: the first door opener, else the first member) plus one for every
 * member that owns none yet.
 *
 * @param baseline - baseline.json as data
 * @param options - language and agenda length
 *
 * @example
 * const pack = buildMeetingPack(json, { lang: 'en' });
 * pack.members.length === json.members.length; // => true
 */
export function buildMeetingPack(baseline: BaselineJson, options: MeetingPackOptions = {}): MeetingPack {
  checkOptionKeys(options, ['agenda', 'lang'] satisfies (keyof MeetingPackOptions)[]);
  const lang = options.lang ?? 'en';
  const tx = TEXT[lang];
  const look = createLookup(baseline, lang);
  const listed = baseline.recommendations;
  const extra = (baseline.moreRecommendations ?? []).filter((r) => r.mergedInto === undefined);
  const agenda = listed.slice(0, Math.max(0, options.agenda ?? 8));
  const itemsOf = (id: string) => {
    const own = listed.filter((r) => r.members.includes(id));
    return own.length > 0 ? own : extra.filter((r) => r.members.includes(id));
  };
  const members: MemberPage[] = baseline.members.map((m) => {
    const items = itemsOf(m.id);
    const bring = new Set<string>();
    const gain = new Set<string>();
    const whom = new Set<string>();
    for (const r of items) {
      const role = r.roles?.find((x) => x.member === m.id);
      if (role?.role === 'door-opener') bring.add(tx.doorOpener(itemTitle(r, lang, look)));
      else if (role) bring.add(tx.specialist(joinList(role.themes.map(look.theme), lang)));
      for (const other of r.roles ?? []) {
        if (other.member !== m.id) for (const t of other.themes) gain.add(look.theme(t));
      }
      if (!r.roles) gain.add(itemTitle(r, lang, look));
      for (const o of r.members) if (o !== m.id) whom.add(look.member(o));
    }
    if (bring.size === 0) {
      const strong = (baseline.records?.expertise ?? [])
        .filter((e) => e.member === m.id && (e.level ?? 0) >= 4)
        .map((e) => look.theme(e.theme));
      if (strong.length > 0) bring.add(`${tx.profile}: ${joinList([...new Set(strong)].sort(cmp), lang)}`);
    }
    return {
      id: m.id,
      name: look.member(m.id),
      bring: [...bring],
      gain: [...gain].sort(cmp),
      whom: [...whom].sort(cmp),
    };
  });
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
  for (const m of baseline.members) {
    if (owners.has(m.id)) continue;
    const best = itemsOf(m.id)[0];
    if (best) row(m.id, best);
    else {
      actions.push({ owner: m.id, ownerName: look.member(m.id), action: tx.profile, next: tx.alone });
      owners.add(m.id);
    }
  }
  return { lang, agenda, members, actions };
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
  const pack = buildMeetingPack(baseline, options);
  const tx = TEXT[pack.lang];
  const list = (items: readonly string[]) => (items.length === 0 ? md(tx.nothing) : items.map(md).join('; '));
  const out: string[] = [`# ${md(tx.title)}`, md(tx.intro), `## ${md(tx.agenda)}`];
  for (const [i, r] of pack.agenda.entries()) out.push(`${i + 1}\\. ${md(r.rationale)}`);
  out.push(`## ${md(tx.members)}`);
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
  const pack = buildMeetingPack(baseline, options);
  const tx = TEXT[pack.lang];
  const list = (items: readonly string[]) =>
    items.length === 0 ? esc(tx.nothing) : items.map(esc).join('; ');
  const main: string[] = [
    `<section id="agenda" class="page">\n<h2>${esc(tx.agenda)}</h2>\n<ol>\n${pack.agenda.map((r) => `<li>${esc(r.rationale)}</li>`).join('\n')}\n</ol>\n</section>`,
    `<section id="members" class="page">\n<h2>${esc(tx.members)}</h2>\n${pack.members
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
  return renderHtmlPage(pack.lang, tx.title, {
    header: [`<h1>${esc(tx.title)}</h1>`, `<p class="summary">${esc(tx.intro)}</p>`],
    nav: '',
    main,
    footer: tx.footer,
  });
}
