/**
 * The sample partnership's country views as a partnership coordinator reads them (issue 21, item
 * 5): no sector tied to a country no row links it to, "missing" only against declared focus
 * themes with the level rule stated, contacts-only presence marked and not counted, every member
 * listed with its level.
 */
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReportModel } from '../../src/report/model.js';
import { readDataDir } from '../helpers.js';

const sample = readDataDir('data/sample-partnership');
const json = toBaselineJson(buildBaseline(sample));
const en = renderMarkdown(json, { lang: 'en' });
const nl = renderMarkdown(json, { lang: 'nl' });
/** One country's section of a Markdown report. */
const section = (md: string, heading: string) => {
  const from = md.indexOf(`### ${heading}`);
  return md.slice(from, md.indexOf('\n### ', from + 1));
};

describe('the sample partnership’s country views', () => {
  it('ties no sector to a country no row links it to ("Cocoa: Bangladesh ... Vietnam" is gone)', () => {
    const cocoa = buildReportModel(json).sectorCoverage.find((r) => r.id === 'cocoa');
    expect(cocoa?.members.map((m) => m.id)).toEqual(['KMK', 'SJH']);
    expect(cocoa?.countries).toEqual([]);
    expect(en).not.toMatch(/\| Cocoa \|[^\n]*Bangladesh/);
    expect(en).toContain('sectors.csv does not say in which countries the networks are');
    // In Bangladesh cocoa is a sector of a member present (KMK), labelled as such.
    expect(section(en, 'Bangladesh')).toContain(
      '**Sectors of the members present (sectors.csv does not say where):** Garment and textiles',
    );
    expect(json.countries.BD?.sectors.find((s) => s.sector === 'cocoa')).toEqual({
      sector: 'cocoa',
      members: ['KMK'],
      linked: [],
    });
  });

  it('calls nothing missing without declared focus themes (land rights is not "missing" in Bangladesh)', () => {
    for (const view of Object.values(json.countries)) expect(view.missing).toEqual([]);
    expect(section(en, 'Bangladesh')).toContain(
      '**Focus themes not covered here:** – (no focus themes declared: add focus.csv or use --focus-themes)',
    );
    expect(section(nl, 'Bangladesh')).toContain('geen focusthema’s opgegeven');
  });

  it('measures "missing" against the declared focus only, and per country where focus.csv says so', () => {
    const focused = toBaselineJson(
      buildBaseline({ ...sample, 'focus.csv': 'theme,country\nliving wage,\ngbv,\nland rights,Kenya\n' }),
    );
    expect(focused.countries.BD?.focus).toEqual(['gbv', 'living-wage']);
    expect(focused.countries.BD?.missing).toEqual([]);
    expect(focused.countries.KE?.focus).toEqual(['gbv', 'land-rights', 'living-wage']);
    // Kenya: land rights at level 3 (MWK) covers; living wage only at level 2.
    expect(focused.countries.KE?.missing).toEqual(['living-wage']);
  });

  it('states the level rule: Kenya’s living wage at level 2 is "not covered here (highest here: level 2)", not a bare "missing"', () => {
    const focused = toBaselineJson(buildBaseline(sample, { focusThemes: ['living wage'] }));
    const kenya = section(renderMarkdown(focused, { lang: 'en' }), 'Kenya');
    expect(kenya).toContain(
      '| Living wage | 2 | Stichting Rozen en Rechten (2), Unie Werk & Solidariteit (2) |',
    );
    expect(kenya).toContain('**Focus themes not covered here:** Living wage (highest here: level 2)');
    const rules = renderMarkdown(focused, { lang: 'en' });
    expect(rules).toContain('declared focus themes that no member present has at level 3 or higher');
    const dutch = section(renderMarkdown(focused, { lang: 'nl' }), 'Kenia');
    expect(dutch).toContain('Leefbaar loon (hoogste hier: niveau 2)');
  });

  it('marks contacts-only presence and does not count it as coverage', () => {
    const bd = json.countries.BD!;
    expect(bd.members.filter((m) => m.presence === 'network').map((m) => m.id)).toEqual(['HDN', 'KMK']);
    const counted = new Set(
      bd.themes.flatMap((t) => [...(t.rated ?? []).map((r) => r.id), ...(t.observed ?? [])]),
    );
    expect(counted.has('HDN') || counted.has('KMK')).toBe(false);
    // KMK rates research 5 but is in Bangladesh with contacts only: FTA's 3 is the level there.
    expect(bd.themes.find((t) => t.theme === 'research')).toMatchObject({ maxLevel: 3, members: ['FTA'] });
    expect(section(en, 'Bangladesh')).toContain(
      '| Kennisinstituut Mondiale Ketens | network: contacts only | – |',
    );
    expect(section(nl, 'Bangladesh')).toContain(
      '| Kennisinstituut Mondiale Ketens | netwerk: alleen contacten | – |',
    );
  });

  it('lists every member with its level, not only the strongest', () => {
    expect(section(en, 'Bangladesh')).toContain(
      '| Living wage | 5 | Fair Threads Alliance (5), Stichting Eerlijk Werk (5), Unie Werk & Solidariteit (2) |',
    );
    const html = renderHtml(json, { lang: 'en' });
    expect(html).toContain('Unie Werk &amp; Solidariteit (2)');
  });

  it('shows the strongest pairs of a country with how many pairs there are', () => {
    expect(json.countries.BD?.pairsTotal).toBe(21);
    expect(json.countries.BD?.pairs.length).toBe(10);
    expect(section(en, 'Bangladesh')).toContain('**Strongest pairs (3 of 21 pairs):**');
  });

  it('names the sectors a sectors row places in a country apart from the sectors of the members present', () => {
    const text = new TextDecoder().decode(sample['sectors.csv']);
    const withCountries = text
      .split('\n')
      .map((line, i) =>
        i === 0
          ? `${line},countries`
          : line.startsWith('KMK,cocoa')
            ? `${line},Ghana; Ivory Coast`
            : line === ''
              ? line
              : `${line},`,
      )
      .join('\n');
    const linked = toBaselineJson(buildBaseline({ ...sample, 'sectors.csv': withCountries }));
    expect(linked.countries.BD?.sectors.find((s) => s.sector === 'cocoa')).toBeUndefined();
    expect(linked.countries.GH?.sectors.find((s) => s.sector === 'cocoa')).toEqual({
      sector: 'cocoa',
      members: ['KMK', 'SJH'],
      linked: ['KMK'],
    });
    const model = buildReportModel(linked);
    expect(model.sectorCoverage.find((r) => r.id === 'cocoa')?.countries.map((c) => c.id)).toEqual([
      'CI',
      'GH',
    ]);
    expect(section(renderMarkdown(linked, { lang: 'en' }), 'Ghana')).toContain(
      '**Sectors named for this country in sectors.csv:** Cocoa (Kennisinstituut Mondiale Ketens, Stichting Jonge Handen)',
    );
  });
});
