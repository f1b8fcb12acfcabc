/**
 * The readable form of a BaselineDiff as a list of blocks (headings, paragraphs, lists,
 * tables) in one language, shared by the Markdown and HTML renderers. Every text is plain and
 * unescaped: the renderers escape it.
 * @module
 */

import { DECIMAL_SEPARATORS, formatNumber } from '../output/format.js';
import { kindTitle } from '../recommend/catalogue.js';
import { type Lang, tValue } from '../report/i18n.js';
import { type DiffMessageKey, dt } from './i18n.js';
import type { BaselineDiff, PairChanges, RecommendationRef } from './types.js';

/** A table cell: text, with a tone for changes (rendered in colour in HTML). */
export interface DiffCell {
  readonly text: string;
  readonly tone?: 'up' | 'down';
  readonly numeric?: boolean;
}

/** One block of the comparison. */
export type DiffBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string; readonly id?: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly note?: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly header: readonly DiffCell[];
      readonly rows: readonly (readonly DiffCell[])[];
    };

/** The comparison as title, summary and blocks. */
export interface DiffModel {
  readonly lang: Lang;
  readonly title: string;
  readonly summary: string;
  readonly blocks: readonly DiffBlock[];
}

const DASH = '–';
const MINUS = '−';

/**
 * Build the readable model of a diff.
 *
 * @example
 * const model = buildDiffModel(diffBaselines(a, b), 'nl');
 * model.title; // => 'Wat is er veranderd: vergelijking van twee baselines'
 */
export function buildDiffModel(diff: BaselineDiff, lang: Lang): DiffModel {
  const w = diffWriter(diff, lang);
  const { l } = w;
  membersSection(w, diff);
  presenceSection(w, diff);
  expertiseSection(w, diff);
  themesSection(w, diff);
  pairsSection(w, diff);
  recommendationsSection(w, diff);
  const { joined, left } = diff.members;
  const summary = dt(l, 'summary', {
    joined: joined.length,
    left: left.length,
    stayed: diff.members.stayed,
    gained: diff.presence.gained.length,
    lost: diff.presence.lost.length,
    changed: diff.presence.changed.length,
    new: diff.recommendations.new.length,
    dropped: diff.recommendations.dropped.length,
    open: diff.recommendations.open.length,
  });
  return { lang: l, title: dt(l, 'title'), summary, blocks: w.blocks };
}

/** The language, the cell and text helpers and the block list a diff model is written with. */
type DiffWriter = ReturnType<typeof diffWriter>;

function diffWriter(diff: BaselineDiff, lang: Lang) {
  const l: Lang = lang === 'nl' ? 'nl' : 'en';
  const num = (x: number) => formatNumber(x, 2, { decimalSeparator: DECIMAL_SEPARATORS[l] });
  const signed = (x: number): DiffCell => ({
    text: x > 0 ? `+${num(x)}` : `${MINUS}${num(Math.abs(x))}`,
    tone: x > 0 ? 'up' : 'down',
    numeric: true,
  });
  const cell = (text: string): DiffCell => ({ text });
  const numCell = (x: number): DiffCell => ({ text: num(x), numeric: true });
  const head = (...keys: DiffMessageKey[]) => keys.map((k) => cell(dt(l, k)));
  const member = (id: string) => {
    const name = diff.names[id];
    return name !== undefined && name !== id ? `${name} (${id})` : id;
  };
  const memberName = (id: string) => diff.names[id] ?? id;
  const country = (cc: string) => {
    const label = diff.labels.countries[cc]?.[l];
    return label !== undefined && label !== cc ? `${label} (${cc})` : cc;
  };
  const theme = (id: string) => diff.labels.themes[id]?.[l] ?? id;
  const sector = (id: string) => diff.labels.sectors[id]?.[l] ?? id;
  const presence = (p: string | null) => (p === null ? DASH : tValue(l, 'presence', p));
  const fieldValue = (field: string, value: string | null) => {
    if (value === null) return DASH;
    if (field === 'type') return tValue(l, 'type', value);
    if (field === 'role') return tValue(l, 'role', value);
    if (field === 'country') return country(value);
    return value;
  };
  const blocks: DiffBlock[] = [];
  const h2 = (key: DiffMessageKey, id: string) =>
    blocks.push({ kind: 'heading', level: 2, text: dt(l, key), id });
  const h3 = (text: string) => blocks.push({ kind: 'heading', level: 3, text });
  const p = (text: string, note = false) =>
    blocks.push({ kind: 'paragraph', text, ...(note ? { note } : {}) });

  return {
    l,
    num,
    signed,
    cell,
    numCell,
    head,
    member,
    memberName,
    country,
    theme,
    sector,
    presence,
    fieldValue,
    blocks,
    h2,
    h3,
    p,
  };
}

/** Members joined, left and changed. */
function membersSection(w: DiffWriter, diff: BaselineDiff): void {
  const { l, cell, head, member, country, fieldValue, blocks, h2, h3, p } = w;
  // Members.
  h2('section.members', 'members');
  const { joined, left, changed } = diff.members;
  if (joined.length + left.length + changed.length === 0) p(dt(l, 'members.none'));
  for (const [key, list] of [
    ['members.joined', joined],
    ['members.left', left],
  ] as const) {
    if (list.length === 0) continue;
    h3(dt(l, key));
    blocks.push({
      kind: 'table',
      header: head('col.id', 'col.name', 'col.type', 'col.role', 'col.hq'),
      rows: list.map((m) => [
        cell(m.id),
        cell(m.name),
        cell(tValue(l, 'type', m.type)),
        cell(tValue(l, 'role', m.role)),
        cell(m.country === null ? DASH : country(m.country)),
      ]),
    });
  }
  if (changed.length > 0) {
    h3(dt(l, 'members.changed'));
    blocks.push({
      kind: 'table',
      header: head('col.member', 'col.field', 'col.before', 'col.after'),
      rows: changed.flatMap((m) =>
        m.changes.map((c) => [
          cell(member(m.id)),
          cell(dt(l, `field.${c.field}`)),
          cell(fieldValue(c.field, c.before)),
          cell(fieldValue(c.field, c.after)),
        ]),
      ),
    });
  }
}

/** Countries joined and left, presence gained, lost and changed. */
function presenceSection(w: DiffWriter, diff: BaselineDiff): void {
  const { l, cell, head, member, country, presence, blocks, h2, p } = w;
  // Presence.
  h2('section.presence', 'presence');
  if (diff.countries.joined.length > 0) {
    p(dt(l, 'countries.joined', { list: diff.countries.joined.map(country).join(', ') }));
  }
  if (diff.countries.left.length > 0) {
    p(dt(l, 'countries.left', { list: diff.countries.left.map(country).join(', ') }));
  }
  const presenceRows = [...diff.presence.gained, ...diff.presence.lost, ...diff.presence.changed].sort(
    (a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.member < b.member ? -1 : 1),
  );
  if (presenceRows.length === 0) p(dt(l, 'presence.none'));
  else {
    blocks.push({
      kind: 'table',
      header: head('col.country', 'col.member', 'col.before', 'col.after'),
      rows: presenceRows.map((c) => [
        cell(country(c.country)),
        cell(member(c.member)),
        { text: presence(c.before), ...(c.after === null ? { tone: 'down' as const } : {}) },
        { text: presence(c.after), ...(c.before === null ? { tone: 'up' as const } : {}) },
      ]),
    });
  }
}

/** Expertise levels by member (when both baselines carry their records). */
function expertiseSection(w: DiffWriter, diff: BaselineDiff): void {
  const { l, cell, head, member, theme, blocks, h2, p } = w;
  // Expertise by member (when both baselines carry their records).
  if (diff.expertise !== null) {
    h2('section.expertise', 'expertise');
    if (diff.expertise.length === 0) p(dt(l, 'expertise.none'));
    else {
      const level = (x: number | null) => (x === null ? DASH : String(x));
      blocks.push({
        kind: 'table',
        header: [
          ...head('col.member', 'col.theme'),
          ...head('col.before', 'col.after', 'col.change').map(asNumeric),
        ],
        rows: diff.expertise.map((c) => {
          const delta = (c.after ?? 0) - (c.before ?? 0);
          return [
            cell(member(c.member)),
            cell(theme(c.theme)),
            { text: level(c.before), numeric: true },
            { text: level(c.after), numeric: true },
            {
              text: delta > 0 ? `+${delta}` : `${MINUS}${Math.abs(delta)}`,
              tone: delta > 0 ? 'up' : 'down',
              numeric: true,
            },
          ];
        }),
      });
    }
  }
}

/** Themes by country: coverage, duplication, gaps, levels, members and shared partners. */
function themesSection(w: DiffWriter, diff: BaselineDiff): void {
  const { l, memberName, country, theme, blocks, h2, h3, p } = w;
  // Themes by country.
  h2('section.themes', 'themes');
  if (diff.themes.length === 0) p(dt(l, 'themes.none'));
  for (const c of diff.themes) {
    const status =
      c.status === 'both' ? '' : ` (${dt(l, c.status === 'new' ? 'status.new' : 'status.gone')})`;
    h3(`${country(c.country)}${status}`);
    const items: string[] = [];
    const themeList = (key: DiffMessageKey, ids: readonly string[]) => {
      if (ids.length > 0) items.push(`${dt(l, key)}: ${ids.map(theme).join(', ')}`);
    };
    themeList('themes.coveredGained', c.coveredGained);
    themeList('themes.coveredLost', c.coveredLost);
    themeList('themes.duplicatedGained', c.duplicatedGained);
    themeList('themes.duplicatedLost', c.duplicatedLost);
    themeList('themes.missingGained', c.missingGained);
    themeList('themes.missingLost', c.missingLost);
    if (c.levels.length > 0) {
      items.push(
        `${dt(l, 'themes.levels')}: ${c.levels.map((x) => `${theme(x.theme)} ${x.before} → ${x.after}`).join('; ')}`,
      );
    }
    for (const tm of c.themeMembers) {
      const parts: string[] = [];
      if (tm.joined.length > 0)
        parts.push(dt(l, 'themes.now', { list: tm.joined.map(memberName).join(', ') }));
      if (tm.left.length > 0)
        parts.push(dt(l, 'themes.noLonger', { list: tm.left.map(memberName).join(', ') }));
      items.push(`${theme(tm.theme)}: ${parts.join('; ')}`);
    }
    if (c.sharedPartnersGained.length > 0) {
      items.push(`${dt(l, 'themes.sharedGained')}: ${c.sharedPartnersGained.join(', ')}`);
    }
    if (c.sharedPartnersLost.length > 0)
      items.push(`${dt(l, 'themes.sharedLost')}: ${c.sharedPartnersLost.join(', ')}`);
    blocks.push({ kind: 'list', items });
  }
  if (diff.expertise === null) p(dt(l, 'note.limitation'), true);
}

/** The largest rises and falls of each pair measure. */
function pairsSection(w: DiffWriter, diff: BaselineDiff): void {
  const { l, num, signed, cell, numCell, head, member, blocks, h2, h3, p } = w;
  // Pair changes.
  h2('section.pairs', 'pairs');
  p(dt(l, 'pairs.note', { min: num(diff.minChange), top: diff.top }), true);
  const metrics: [DiffMessageKey, PairChanges][] = [
    ['metric.synergy', diff.synergy],
    ['metric.duplication', diff.duplication],
    ['metric.expertise', diff.overlap.expertise],
    ['metric.geography', diff.overlap.geography],
    ['metric.sectors', diff.overlap.sectors],
  ];
  for (const [key, changes] of metrics) {
    h3(dt(l, key));
    const list = [...changes.rises, ...changes.falls];
    if (list.length === 0) {
      p(dt(l, 'pairs.none', { min: num(diff.minChange) }));
      continue;
    }
    blocks.push({
      kind: 'table',
      header: [
        ...head('col.memberA', 'col.memberB'),
        ...head('col.before', 'col.after', 'col.change').map(asNumeric),
      ],
      rows: list.map((c) => [
        cell(member(c.a)),
        cell(member(c.b)),
        numCell(c.before),
        numCell(c.after),
        signed(c.change),
      ]),
    });
  }
}

/** Recommendations new, dropped and still open. */
function recommendationsSection(w: DiffWriter, diff: BaselineDiff): void {
  const { l, cell, numCell, head, memberName, country, sector, blocks, h2, h3, p } = w;
  // Recommendations.
  h2('section.recommendations', 'recommendations');
  const recRow = (r: RecommendationRef): DiffCell[] => [
    cell(kindTitle(r.kind, l)),
    cell(r.members.map(memberName).join(', ')),
    cell(r.country === null ? DASH : country(r.country)),
    cell(r.sector === null ? DASH : sector(r.sector)),
  ];
  const recTable = (key: DiffMessageKey, list: readonly RecommendationRef[]) => {
    h3(dt(l, key));
    if (list.length === 0) {
      p(dt(l, 'rec.none'));
      return;
    }
    blocks.push({
      kind: 'table',
      header: [
        ...head('col.kind', 'col.members', 'col.country', 'col.sector'),
        asNumeric(cell(dt(l, 'col.score'))),
        cell(dt(l, 'col.rationale')),
      ],
      rows: list.map((r) => [...recRow(r), numCell(r.score), cell(r.rationale)]),
    });
  };
  recTable('rec.new', diff.recommendations.new);
  recTable('rec.dropped', diff.recommendations.dropped);
  h3(dt(l, 'rec.open'));
  if (diff.recommendations.open.length === 0) p(dt(l, 'rec.none'));
  else {
    blocks.push({
      kind: 'table',
      header: [
        ...head('col.kind', 'col.members', 'col.country', 'col.sector'),
        ...head('col.before', 'col.after').map(asNumeric),
        cell(dt(l, 'col.rationale')),
      ],
      rows: diff.recommendations.open.map((r) => [
        ...recRow(r),
        numCell(r.before),
        r.score === r.before
          ? numCell(r.score)
          : { ...numCell(r.score), tone: r.score > r.before ? 'up' : 'down' },
        cell(r.rationale),
      ]),
    });
  }
}

function asNumeric(c: DiffCell): DiffCell {
  return { ...c, numeric: true };
}
