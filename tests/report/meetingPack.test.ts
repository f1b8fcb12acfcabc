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
