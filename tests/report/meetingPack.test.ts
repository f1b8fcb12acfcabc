/**
 * The meeting pack stays a few pages in a large partnership: at most `members` member sections
 * (the members in the draft agenda first), a note saying how many members there are, and long
 * lists cut to their first items with a count of the rest, in English and Dutch.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import {
  buildMeetingPack,
  MEETING_PACK_LIST_ITEMS,
  MEETING_PACK_MEMBERS,
  meetingPackHtml,
  meetingPackMarkdown,
  renderMeetingPackHtml,
  renderMeetingPackMarkdown,
} from '../../src/report/meetingPack.js';
import type { BaselineJson, Recommendation } from '../../src/schema/baseline.js';
import { readDataDir, repoRoot } from '../helpers.js';

const json = toBaselineJson(buildBaseline(readDataDir(join(repoRoot, 'data/sample-partnership'))));

describe('meeting pack of a large partnership', () => {
  it('keeps every member of a small partnership, without the note', () => {
    expect(json.members.length).toBeLessThanOrEqual(MEETING_PACK_MEMBERS);
    const pack = buildMeetingPack(json);
    expect(pack.members).toHaveLength(json.members.length);
    expect(pack.totalMembers).toBe(json.members.length);
    expect(renderMeetingPackMarkdown(json)).not.toContain('Showing');
  });

  it('shows at most `members` sections, agenda members first, in members.csv order, and says so', () => {
    const agenda = buildMeetingPack(json, { agenda: 1 }).agenda;
    const inAgenda = new Set(agenda.flatMap((r) => r.members));
    const max = inAgenda.size + 1;
    expect(max).toBeLessThan(json.members.length);
    const pack = buildMeetingPack(json, { agenda: 1, members: max });
    const ids = pack.members.map((m) => m.id);
    expect(ids).toHaveLength(max);
    for (const id of inAgenda) expect(ids).toContain(id);
    const order = json.members.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    // Action rows: the agenda item, then one per shown member without one; no hidden member.
    for (const a of pack.actions) expect(ids).toContain(a.owner);
    const en = meetingPackMarkdown(pack);
    expect(en).toContain(
      `_Showing ${max} of ${json.members.length} members: those in the draft agenda first`,
    );
    const nl = renderMeetingPackHtml(json, { lang: 'nl', agenda: 1, members: max });
    expect(nl).toContain(`<p class="note">${max} van de ${json.members.length} leden worden getoond`);
    expect(en.match(/^### /gm)).toHaveLength(max);
  });

  it('in a capped pack, cuts a long list to its first items and counts the rest', () => {
    const ids = json.members.map((m) => m.id);
    const wide: Recommendation = { ...(json.recommendations[0] as Recommendation), members: ids };
    const big: BaselineJson = { ...json, recommendations: [wide, ...json.recommendations] };
    const pack = buildMeetingPack(big, { members: 3 });
    expect(buildMeetingPack(big).members[0]!.whom.length).toBe(ids.length - 1);
    const first = pack.members[0]!;
    expect(first.whom.length).toBe(ids.length - 1);
    const left = first.whom.length - MEETING_PACK_LIST_ITEMS;
    expect(left).toBeGreaterThan(0);
    const shown = first.whom.slice(0, MEETING_PACK_LIST_ITEMS).join('; ');
    expect(meetingPackHtml(pack)).toContain(
      `<dt>With whom</dt><dd>${shown.replaceAll('&', '&amp;')} … and ${left} more</dd>`,
    );
    expect(renderMeetingPackMarkdown(big, { lang: 'nl', members: 3 })).toContain(`… en nog ${left}`);
    expect(renderMeetingPackMarkdown(big)).not.toContain(`… and ${left} more`);
    expect(meetingPackMarkdown(pack)).toContain(`- **With whom:** ${shown} … and ${left} more\n`);
  });
});

describe('what a member brings to items without roles', () => {
  it('is its work on the item’s themes (a 3W import: observed only, no level 4 or 5 to fall back on)', async () => {
    const { import3w } = await import('../../src/import/import3w.js');
    const { readFileSync } = await import('node:fs');
    const imported = import3w(readFileSync(join(repoRoot, 'tests/fixtures/import/3w-admin2.csv'), 'utf8'));
    const threeW = toBaselineJson(buildBaseline({ ...imported.files }, { minScore: 0 }));
    const pack = buildMeetingPack(threeW);
    expect(pack.members.length).toBeGreaterThan(0);
    const themeOf = (t: string) => threeW.labels.themes[t]?.en ?? t;
    for (const page of pack.members) {
      const items = threeW.recommendations.filter((r) => r.members.includes(page.id));
      const works = new Set(
        threeW.records?.expertise.filter((e) => e.member === page.id).map((e) => e.theme),
      );
      const themes = [...new Set(items.flatMap((r) => r.themes).filter((t) => works.has(t)))];
      if (themes.length === 0) continue;
      const text = page.bring.find((b) => b.startsWith('your work on '));
      expect(text).toBeDefined();
      for (const t of themes) expect(text?.toLowerCase()).toContain(themeOf(t).toLowerCase());
    }
    expect(pack.members.some((p) => p.bring.some((b) => b.startsWith('your work on ')))).toBe(true);
    expect(
      buildMeetingPack(threeW, { lang: 'nl' }).members.some((p) =>
        p.bring.some((b) => b.startsWith('je werk aan ')),
      ),
    ).toBe(true);
  });

  it('names a theme once: not again as "your work on" when the member is the specialist for it', () => {
    for (const page of buildMeetingPack(json).members) {
      const work = page.bring.find((b) => b.startsWith('your work on ')) ?? '';
      for (const b of page.bring.filter((x) => x.startsWith('specialist for '))) {
        for (const theme of b.slice('specialist for '.length).split(/, | and /))
          expect(work).not.toContain(theme);
      }
    }
  });
});

describe('meeting pack of a 3W-like partnership (items placed in areas)', () => {
  const areas = toBaselineJson(buildBaseline(readDataDir(join(repoRoot, 'tests/fixtures/areas'))));

  it('says in which areas an item is, not only the country, in the member sections and the action list', () => {
    const pack = buildMeetingPack(areas, { lang: 'en' });
    const nrc = pack.members.find((m) => m.id === 'NRC');
    expect(nrc?.gain).toContain('In-country joint programme (Daman (Kandahar), Afghanistan)');
    expect(pack.actions.map((a) => a.action)).toContain(
      'Shared local partner (Spin Boldak (Kandahar), Afghanistan)',
    );
    const nl = buildMeetingPack(areas, { lang: 'nl' });
    expect(nl.actions.map((a) => a.action)).toContain(
      'Gedeelde lokale partner (Spin Boldak (Kandahar), Afghanistan)',
    );
  });
});
