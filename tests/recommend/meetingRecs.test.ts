/**
 * Issue 21's "done when" on the sample partnership: what a coordinator takes to the partner
 * meeting. Company engagement starts from the members that know the company, the garment lobby
 * has the gender specialist, no pair fills the top, rationales can be read aloud, and every
 * member has a section and an action row in the meeting pack.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { foldText } from '../../src/normalise/fold.js';
import { companiesKnownBy } from '../../src/recommend/companies.js';
import { indexPartnership } from '../../src/recommend/partnershipIndex.js';
import { PAIR_WINDOW } from '../../src/recommend/rank.js';
import {
  buildMeetingPack,
  renderMeetingPackHtml,
  renderMeetingPackMarkdown,
} from '../../src/report/meetingPack.js';
import { readDataDir, repoRoot } from '../helpers.js';

const files = readDataDir(join(repoRoot, 'data/sample-partnership'));
const baseline = buildBaseline(files);
const all = [...baseline.recommendations, ...baseline.moreRecommendations];
const engagements = all.filter((r) => r.kind === 'joint-company-engagement');

function pairCounts(recs: readonly { members: readonly string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of recs) {
    for (let i = 0; i < r.members.length; i++) {
      for (let j = i + 1; j < r.members.length; j++) {
        const key = `${r.members[i]}+${r.members[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

describe('company engagement from existing relationships', () => {
  it('engages Noorderlicht Fashion through FTA and SEW, who open the door, and lists it in the top 15', () => {
    const top = baseline.recommendations.slice(0, 15);
    const noorderlicht = top.find(
      (r) => r.kind === 'joint-company-engagement' && r.rationale.includes('Noorderlicht'),
    );
    expect(noorderlicht?.members).toEqual(expect.arrayContaining(['FTA', 'SEW']));
    const openers = noorderlicht?.roles?.filter((x) => x.role === 'door-opener').map((x) => x.member);
    expect(openers).toEqual(['FTA', 'SEW']);
  });

  it('includes, in every company engagement, every member whose network names the company', () => {
    const knownBy = companiesKnownBy(indexPartnership(baseline.partnership));
    const names = [...new Set([...baseline.partnership.companies.map((c) => c.company), ...knownBy.keys()])];
    let checked = 0;
    for (const r of engagements) {
      for (const name of names) {
        if (!r.rationale.includes(name) && !r.rationale.toLowerCase().includes(name)) continue;
        const knowers = knownBy.get(foldText(name)) ?? [];
        expect(r.members, `${name} in ${r.id}`).toEqual(expect.arrayContaining(knowers));
        checked++;
      }
    }
    // Every companies.csv company with a coalition is engaged (listed or "more"), none dropped by a cap.
    for (const c of baseline.partnership.companies) {
      expect(
        engagements.some((r) => r.rationale.includes(c.company)),
        c.company,
      ).toBe(true);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('gives the company members (Horizon Denim, the bank) a place in company engagement', () => {
    const members = new Set(engagements.flatMap((r) => r.members));
    expect(members.has('HDN')).toBe(true);
    expect(members.has('GHB')).toBe(true);
  });
});

describe('one lobby per IRBC agreement', () => {
  const lobbies = all.filter((r) => r.kind === 'joint-lobby');
  it('has one lobby item per sector, the garment one with the gender specialist doing the details', () => {
    const sectors = lobbies.map((r) => r.sector);
    expect(new Set(sectors).size).toBe(sectors.length);
    const garment = lobbies.find((r) => r.sector === 'garment-textiles');
    expect(garment?.members).toContain('VAW');
    const vaw = garment?.roles?.find((x) => x.member === 'VAW');
    expect(vaw?.role).toBe('specialist');
    expect(vaw?.themes).toContain('gbv');
    expect(garment?.rationale).toContain('Dutch Agreement on Sustainable Garments and Textile');
  });

  it('names the agreement in Dutch first in Dutch', () => {
    const nl = buildBaseline(files, { lang: 'nl' });
    const garment = nl.recommendations.find(
      (r) => r.kind === 'joint-lobby' && r.sector === 'garment-textiles',
    );
    expect(garment?.rationale).toContain('Convenant Duurzame Kleding en Textiel');
    expect(garment?.rationale).not.toContain('Dutch Agreement');
    for (const r of nl.recommendations) {
      expect(r.rationale).not.toMatch(/behoefte aan|gepaste zorgvuldigheid/i);
    }
  });
});

describe('merge, then rank', () => {
  const top = baseline.recommendations.slice(0, PAIR_WINDOW);
  it('puts no pair of members in more than two of the top 15', () => {
    for (const [pair, n] of pairCounts(top)) expect(n, pair).toBeLessThanOrEqual(2);
  });

  it('lets a user allow more per pair (maxPerPair)', () => {
    const loose = buildBaseline(files, { maxPerPair: 100 });
    const most = Math.max(...pairCounts(loose.recommendations.slice(0, PAIR_WINDOW)).values());
    expect(most).toBeGreaterThan(2);
  });

  it('ranks by priority = score x category weight and never repeats a set of members and theme', () => {
    for (const r of baseline.recommendations) {
      const weight = { opportunity: 1, alert: 0.8, fact: 0.5 }[r.category ?? 'opportunity'];
      expect(r.priority).toBeCloseTo(r.score * weight, 3);
    }
    const seen = new Set<string>();
    for (const r of baseline.recommendations) {
      for (const t of r.themes) {
        const key = `${r.members.join('+')}|${t}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
    expect(baseline.recommendations.find((r) => r.kind === 'shared-local-partner')?.category ?? 'fact').toBe(
      'fact',
    );
  });

  it('lists every merged item and every capped item as "more"', () => {
    const ids = new Set(baseline.moreRecommendations.map((r) => r.id));
    for (const r of baseline.recommendations) for (const id of r.merged ?? []) expect(ids.has(id)).toBe(true);
    expect(baseline.moreRecommendations.some((r) => r.mergedInto === undefined)).toBe(true);
  });
});

describe('rationales a coordinator can read aloud', () => {
  it('keeps the median top-15 rationale at 40 words or fewer, in English and Dutch', () => {
    for (const lang of ['en', 'nl'] as const) {
      const b = lang === 'en' ? baseline : buildBaseline(files, { lang });
      const counts = b.recommendations.slice(0, 15).map((r) => words(r.rationale));
      expect(median(counts), lang).toBeLessThanOrEqual(40);
    }
  });

  it('says where in one place: countries holds every country of the item', () => {
    for (const r of baseline.recommendations) {
      if (r.country !== null) expect(r.countries).toContain(r.country);
    }
  });
});

describe('meeting pack', () => {
  const json = toBaselineJson(baseline);
  it('has a section and an action row with owner for every member, and an empty date column', () => {
    for (const lang of ['en', 'nl'] as const) {
      const pack = buildMeetingPack(json, { lang });
      expect(pack.members.map((m) => m.id)).toEqual(json.members.map((m) => m.id));
      for (const m of json.members)
        expect(
          pack.actions.some((a) => a.owner === m.id),
          m.id,
        ).toBe(true);
      const text = renderMeetingPackMarkdown(json, { lang });
      for (const m of json.members) expect(text).toContain(`### ${m.name.replace('&', '&')}`);
      for (const row of text.split('\n').filter((l) => /^\| \d+ \|/.test(l)))
        expect(row.endsWith('|   |')).toBe(true);
      expect(text).toContain('partner-synergy diff');
    }
  });

  it('escapes names in HTML and Markdown like the report does', () => {
    const evil = {
      ...json,
      members: json.members.map((m, i) => (i === 0 ? { ...m, name: '<script>x</script> | *b*' } : m)),
    };
    const html = renderMeetingPackHtml(evil);
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Content-Security-Policy');
    const mdText = renderMeetingPackMarkdown(evil);
    expect(mdText).toContain('\\<script>');
    expect(mdText).not.toContain('| *b*');
  });
});
