import { describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReportModel, PAIRS_PER_MEMBER } from '../../src/report/model.js';
import { readDataDir } from '../helpers.js';

const appearances = (pairs: readonly { a: { id: string }; b: { id: string } }[]) => {
  const n = new Map<string, number>();
  for (const p of pairs) for (const id of [p.a.id, p.b.id]) n.set(id, (n.get(id) ?? 0) + 1);
  return Math.max(0, ...n.values());
};

/** A partnership of 90 members: more than the lists show, so the per-member cap applies. */
const large = () =>
  generatePartnership({ n: 90, themes: 30, countries: 20, sectors: 10, perMember: 5, seed: 3 });

describe('the top pair lists of the report', () => {
  it('a small partnership sees its strongest pairs as they are (no limit, no note)', () => {
    const json = toBaselineJson(buildBaseline(readDataDir('data/sample-partnership')));
    const model = buildReportModel(json, { lang: 'en', top: 10 });
    expect(model.topPairsLimits).toEqual({ perMember: null, withoutExpertise: 0, listed: null });
    expect(appearances(model.topSynergies)).toBeGreaterThan(PAIRS_PER_MEMBER);
    const values = model.topSynergies.map((p) => p.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('in a large one no member fills the list: each is in at most 2 pairs, still best first', () => {
    const partnership = large();
    const json = toBaselineJson(buildBaseline({ partnership }));
    const model = buildReportModel(json, { lang: 'en', top: 10 });
    expect(model.topPairsLimits.perMember).toBe(PAIRS_PER_MEMBER);
    expect(model.topSynergies).toHaveLength(10);
    expect(appearances(model.topSynergies)).toBeLessThanOrEqual(PAIRS_PER_MEMBER);
    expect(appearances(model.topDuplications)).toBeLessThanOrEqual(PAIRS_PER_MEMBER);
    const values = model.topSynergies.map((p) => p.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(renderMarkdown(json, { lang: 'en', top: 10 })).toContain(
      '_Each member is in at most 2 pairs of this list, so that a few members do not fill the whole list. The CSV files hold every pair._',
    );
    expect(renderHtml(json, { lang: 'nl', top: 10 })).toContain(
      'Elk lid staat in hoogstens 2 paren van deze lijst',
    );
  });

  it('leaves out members without expertise data, whose synergy is only a shared context', () => {
    const files = readDataDir('data/sample-partnership');
    // SSF keeps its countries and sectors but loses its themes.
    const expertise = new TextDecoder()
      .decode(files['expertise.csv'])
      .split('\n')
      .filter((line) => !line.startsWith('SSF,'))
      .join('\n');
    const json = toBaselineJson(buildBaseline({ ...files, 'expertise.csv': expertise }));
    expect(json.emptyProfiles.expertise).toEqual(['SSF']);
    const model = buildReportModel(json, { lang: 'en', top: 10 });
    expect(model.topSynergies.some((p) => p.a.id === 'SSF' || p.b.id === 'SSF')).toBe(false);
    for (const c of model.countries)
      expect(c.pairs.some((p) => p.a.id === 'SSF' || p.b.id === 'SSF')).toBe(false);
    expect(renderMarkdown(json, { lang: 'en', top: 10 })).toContain(
      '_Members without expertise data are left out: with no themes, synergy only says that two members share a context. The CSV files hold every pair._',
    );
  });

  it('large baselines (top-shaped matrices) still show the shared context and overlap of each pair', () => {
    const partnership = large();
    const baseline = buildBaseline({ partnership });
    const full = buildReportModel(toBaselineJson(baseline, { matrices: 'full' }), { lang: 'en', top: 10 });
    const topJson = toBaselineJson(baseline, { matrices: 'top' });
    const top = buildReportModel(topJson, { lang: 'en', top: 10 });
    const row = (p: (typeof full.topSynergies)[number]) => [p.a.id, p.b.id, p.value];
    for (const which of ['topSynergies', 'topDuplications'] as const) {
      expect(top[which].map(row)).toEqual(full[which].map(row));
      top[which].forEach((p, n) => {
        const f = full[which][n]!;
        expect(p.context).not.toBeNull();
        expect(p.expertiseOverlap).not.toBeNull();
        // Derived from the rounded synergy (or duplication) and overlap: equal to what the report shows (2 decimals).
        expect(p.context!).toBeCloseTo(f.context!, 3);
        expect(p.expertiseOverlap!).toBeCloseTo(f.expertiseOverlap!, 6);
      });
    }
    expect(renderMarkdown(topJson, { lang: 'nl', top: 10 })).toContain(
      'De CSV-bestanden bevatten per lid de 10 sterkste partners; --matrices full schrijft alle paren.',
    );
  });
});
