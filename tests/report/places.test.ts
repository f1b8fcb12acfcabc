import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { import3w } from '../../src/import/import3w.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReportModel } from '../../src/report/model.js';
import { type AreaRow, areaThemeGrid } from '../../src/report/places.js';
import { fixture } from '../import/helpers.js';

const area = (id: string, themes: [string, number][]): AreaRow => ({
  id,
  name: id,
  members: [],
  missing: [],
  sharedPartners: [],
  below: 0,
  themes: themes.map(([t, n]) => ({ theme: { id: t, name: t.toUpperCase() }, members: n, maxLevel: null })),
});

describe('areaThemeGrid', () => {
  it('puts the themes worked on in the most areas first, and counts members per area', () => {
    const grid = areaThemeGrid([
      area('Gao', [
        ['health', 5],
        ['wash', 1],
      ]),
      area('Mopti', [['wash', 2]]),
      area('Kidal', [
        ['wash', 1],
        ['shelter', 1],
      ]),
    ]);
    expect(grid?.themes.map((t) => t.id)).toEqual(['wash', 'health', 'shelter']);
    expect(grid?.rows.map((r) => [r.area.id, ...r.counts])).toEqual([
      ['Gao', 1, 5, 0],
      ['Mopti', 2, 0, 0],
      ['Kidal', 1, 0, 1],
    ]);
    expect(grid?.max).toEqual([2, 5, 1]);
    expect(grid?.service).toEqual([false, false, false]);
    expect(grid?.hidden).toBe(0);
  });

  it('keeps at most maxThemes columns and says how many it left out', () => {
    const themes: [string, number][] = Array.from({ length: 15 }, (_, i) => [
      `t${String(i).padStart(2, '0')}`,
      1,
    ]);
    const grid = areaThemeGrid([area('A', themes), area('B', themes.slice(0, 3))], 12);
    expect(grid?.themes).toHaveLength(12);
    expect(grid?.themes.slice(0, 3).map((t) => t.id)).toEqual(['t00', 't01', 't02']);
    expect(grid?.hidden).toBe(3);
  });

  it('is null where a table says it all: one area, or one theme', () => {
    expect(
      areaThemeGrid([
        area('A', [
          ['wash', 1],
          ['health', 2],
        ]),
      ]),
    ).toBeNull();
    expect(areaThemeGrid([area('A', [['wash', 1]]), area('B', [['wash', 3]])])).toBeNull();
  });
});

describe('the who-does-what-where grid of a 3W table (Nigeria fixture)', () => {
  const imported = import3w(fixture('3w-hxl-bom.csv'), { file: 'nigeria.csv' });
  const json = toBaselineJson(buildBaseline(imported.files));
  const model = buildReportModel(json, { lang: 'en' });
  const nigeria = model.countries.find((c) => c.name === 'Nigeria')!;
  const grid = areaThemeGrid(nigeria.areas)!;

  it('marks as 0 exactly the themes the area table calls missing there', () => {
    expect(grid.rows.length).toBeGreaterThan(1);
    grid.rows.forEach((row, r) => {
      const missing = new Set(nigeria.areas[r]!.missing.map((m) => m.id));
      row.counts.forEach((n, i) => {
        expect(n === 0, `${row.area.name} x ${grid.themes[i]!.id}`).toBe(missing.has(grid.themes[i]!.id));
      });
    });
  });

  it('is in both reports and both languages, above the areas table', () => {
    const html = renderHtml(json, { lang: 'en' });
    expect(html).toContain('<h3>Who works on what where in Nigeria</h3>');
    expect(html.indexOf('Who works on what where in Nigeria')).toBeLessThan(html.indexOf('Areas in Nigeria'));
    expect(html).toMatch(/<td class="num gap">0<\/td>/);
    expect(renderMarkdown(json, { lang: 'nl' })).toContain('#### Wie werkt waaraan, waar in Nigeria');
  });

  it('says in a note, not a call to add a file, that a 3W table has no sector networks', () => {
    const md = renderMarkdown(json, { lang: 'en' });
    expect(md).not.toContain('## Add these files for a complete baseline');
    expect(md).toContain('_3W tables and IATI activities say nothing about sector networks,');
    const html = renderHtml(json, { lang: 'nl' });
    expect(html).not.toContain('<aside class="missing"');
    expect(html).toContain('3W-tabellen en IATI-activiteiten zeggen niets over sectornetwerken');
  });
});
