/**
 * "More recommendations" in report.md and report.html: per kind how many scored but were not
 * listed and the first few, how many were merged into a listed one; nothing when there are none.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReportModel, MORE_RECOMMENDATIONS_SHOWN } from '../../src/report/model.js';
import { readDataDir, repoRoot } from '../helpers.js';

const json = toBaselineJson(buildBaseline(readDataDir(join(repoRoot, 'data/sample-partnership'))));
const more = json.moreRecommendations ?? [];

describe('More recommendations', () => {
  it('counts every not-merged item per kind and keeps the first few in baseline order', () => {
    const model = buildReportModel(json);
    const open = more.filter((r) => r.mergedInto === undefined);
    expect(model.moreRecommendations.reduce((s, r) => s + r.count, 0)).toBe(open.length);
    expect(model.mergedRecommendations).toBe(more.length - open.length);
    expect(model.mergedRecommendations).toBeGreaterThan(0);
    for (const row of model.moreRecommendations) {
      const ofKind = open.filter((r) => r.kind === row.kind);
      expect(row.count).toBe(ofKind.length);
      expect(row.first.map((x) => x.score)).toEqual(
        ofKind.slice(0, MORE_RECOMMENDATIONS_SHOWN).map((r) => r.score),
      );
    }
  });

  it('says it in report.md and report.html, in English and Dutch', () => {
    const row = buildReportModel(json).moreRecommendations.find(
      (r) => r.kind === 'joint-stakeholder-mapping',
    )!;
    expect(row.count).toBeGreaterThan(MORE_RECOMMENDATIONS_SHOWN);
    const md = renderMarkdown(json);
    expect(md).toContain('### More recommendations');
    expect(md).toContain(`| Joint stakeholder mapping | ${row.count} | `);
    expect(md).toContain(
      `Merged into a listed recommendation (the same members and theme, another kind): ${buildReportModel(json).mergedRecommendations} more.`,
    );
    const nl = renderMarkdown(json, { lang: 'nl' });
    expect(nl).toContain('### Meer aanbevelingen');
    expect(nl).toContain(`| Gezamenlijke stakeholderanalyse | ${row.count} | `);
    expect(nl).toMatch(/Kenia \(Score 0,\d\d\)/);
    const html = renderHtml(json);
    expect(html).toContain('<h3>More recommendations</h3>');
    expect(html).toContain(`<tr><td>Joint stakeholder mapping</td><td class="num">${row.count}</td><td>`);
    // An item with more than four members names three and counts the rest.
    const wide = { ...more.find((r) => r.mergedInto === undefined)!, members: json.members.map((m) => m.id) };
    const big = { ...json, moreRecommendations: [wide] };
    expect(renderMarkdown(big)).toContain(`… and ${json.members.length - 3} more`);
  });

  it('is left out when nothing more scored', () => {
    const none = { ...json, moreRecommendations: [] };
    expect(renderMarkdown(none)).not.toContain('More recommendations');
    expect(renderHtml(none, { lang: 'nl' })).not.toContain('Meer aanbevelingen');
  });
});
