/**
 * The world map: one shape per country, present countries coloured by how many members are
 * there (lightness steps that survive grey-scale printing) and patterned by the strongest
 * presence, countries with joint activities outlined, small countries marked, tooltips that say
 * who is there and how, a legend, and a table with the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { OptionsError } from '../../src/errors.js';
import { WORLD_MAP } from '../../src/map/worldGeometry.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReportModel } from '../../src/report/model.js';
import {
  MAP_ABSENT_FILL,
  MAP_CLASS_FILLS,
  renderWorldMapSvg,
  type WorldMapGeometry,
} from '../../src/report/worldMap.js';
import type { BaselineJson } from '../../src/schema/baseline.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';
import { readDataDir } from '../helpers.js';
import { checkHtml, clone } from './helpers.js';

/** Four squares and two points: enough to see every rule at work. */
const TINY: WorldMapGeometry = {
  width: 1000,
  height: 400,
  source: 'test squares',
  projection: 'flat',
  countries: {
    BD: { d: 'M700 200h40v40h-40z', x: 720, y: 220, area: 1600 },
    IN: { d: 'M600 200h60v60h-60z', x: 630, y: 230, area: 3600 },
    KE: { d: 'M550 300h40v40h-40z', x: 570, y: 320, area: 1600 },
    NL: { d: 'M500 100h6v6h-6z', x: 503, y: 103, area: 36 },
    RW: { d: 'M540 300h4v4h-4z', x: 542, y: 302, area: 16 },
    SG: { d: '', x: 760, y: 300, area: 0 },
  },
};

/** Attributes of the element with data-country="code" (path or circle). */
function element(svg: string, code: string): Record<string, string> | null {
  const m = new RegExp(`<(path|circle) ([^>]*data-country="${code}"[^>]*)>`).exec(svg);
  if (m === null) return null;
  const attrs: Record<string, string> = { tag: m[1]! };
  for (const a of m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
  return attrs;
}

/** The fixture plus a one-member presence in Rwanda (small) and Singapore (a point only). */
function withSmallCountries(): BaselineJson {
  const b = clone(FIXTURE_BASELINE);
  const view = (code: string, name: string) => ({
    ...clone(b.countries.KE!),
    country: code,
    name,
    members: [{ id: 'kia', presence: 'programme' as const, partners: [] }],
  });
  b.countries.RW = view('RW', 'Rwanda');
  b.countries.SG = view('SG', 'Singapore');
  b.recommendations[6] = { ...b.recommendations[6]!, country: 'SG', countries: ['SG'] };
  return b;
}

/** WCAG relative luminance of #rrggbb: what is left of a colour in grey. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('renderWorldMapSvg(baseline, geometry, options)', () => {
  const svg = renderWorldMapSvg(withSmallCountries(), TINY);

  it('draws one shape per country, present ones with their code and numbers', () => {
    for (const code of ['BD', 'IN', 'KE', 'RW']) expect(element(svg, code)?.tag, code).toBe('path');
    expect(svg.match(/<path data-country=/g)).toHaveLength(4);
    // Every outline once: the four with members and the Netherlands without a code (the page names only the baseline's countries).
    for (const shape of Object.values(TINY.countries))
      if (shape.d !== '') expect(svg).toContain(`d="${shape.d}"`);
    expect(svg).toContain('<path d="M500 100h6v6h-6z"/>');
    // Fixture: BD has fwc (office), mvn (local partner), sgw (programme); 2 recommendations are there.
    expect(element(svg, 'BD')).toMatchObject({
      'data-members': '3',
      'data-presence': 'office',
      'data-recommendations': '2',
      fill: MAP_CLASS_FILLS[2],
    });
    // India: strongest presence a local partner -> hatched over the 3-4 class colour.
    expect(element(svg, 'IN')).toMatchObject({
      'data-presence': 'local_partner',
      fill: 'url(#ps-map-2-local_partner)',
    });
    expect(svg).toContain(`<pattern id="ps-map-2-local_partner" patternUnits="userSpaceOnUse"`);
    // Nobody in the Netherlands (headquarters are not a presence): no code, no numbers, the absent fill of its group.
    expect(element(svg, 'NL')).toBeNull();
    expect(svg).toMatch(new RegExp(`<g fill="${MAP_ABSENT_FILL}"[^>]*><path d="M500 100h6v6h-6z"/></g>`));
  });

  it('colours every present country apart from the rest', () => {
    for (const code of ['BD', 'IN', 'KE', 'RW', 'SG']) {
      const fill = element(svg, code)?.fill;
      expect(fill, code).toBeDefined();
      expect(fill).not.toBe(MAP_ABSENT_FILL);
    }
  });

  it('rings a small country named only by a recommendation', () => {
    const b = withSmallCountries();
    b.recommendations[5] = { ...b.recommendations[5]!, country: 'NL', countries: ['NL'] };
    const out = renderWorldMapSvg(b, TINY);
    expect(element(out, 'NL')).toMatchObject({ 'data-members': '0', 'data-recommendations': '1' });
    expect(out).toContain('<circle cx="503" cy="103" r="8" fill="none"');
  });

  it('marks countries too small to see, and draws a point-only country as a marker', () => {
    expect(svg).toMatch(/<circle data-marker="RW" aria-hidden="true" cx="542" cy="302" r="5"/);
    expect(element(svg, 'SG')).toMatchObject({ tag: 'circle', 'data-members': '1', cx: '760', cy: '300' });
  });

  it('outlines the countries where joint activities are proposed (double line, also on markers)', () => {
    const casings = svg.match(/<path d="([^"]+)" stroke="#1d1d1f" stroke-width="2.6"\/>/g) ?? [];
    const outlined = casings.map((c) => /d="([^"]+)"/.exec(c)![1]);
    // BD, IN and KE have recommendations in the fixture; SG now too (a ring around its marker).
    expect(outlined.sort()).toEqual(
      [TINY.countries.BD!.d, TINY.countries.IN!.d, TINY.countries.KE!.d].sort(),
    );
    expect(svg).toContain(
      '<circle cx="760" cy="300" r="8" fill="none" stroke="#1d1d1f" stroke-width="1.6" aria-hidden="true"/>',
    );
  });

  it('says who is there and how in each tooltip, in the report language', () => {
    expect(svg).toContain(
      '<title>Bangladesh, 3 members: Fair Wear Coalitie (office), Mondiaal Vakbondsnetwerk (through local partner), Stichting Gender &amp; Werk (programme). 2 joint activities proposed here</title>',
    );
    const nl = renderWorldMapSvg(withSmallCountries(), TINY, { lang: 'nl' });
    expect(nl).toContain('<title>Kenia, 3 leden: ');
    expect(nl).toContain('Aanwezige leden');
    expect(nl).toContain('Sterkste aanwezigheid');
    expect(nl).not.toMatch(/Members present|Strongest presence|joint activit/);
  });

  it('has a legend, an accessible name and a description, and is well-formed', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="world-map" viewBox="0 0 1000 \d+"/,
    );
    expect(svg).toContain('role="img" aria-labelledby="ps-map-title ps-map-desc"');
    expect(svg).toContain('<title id="ps-map-title">Where the partnership works</title>');
    expect(svg).toContain(
      '<desc id="ps-map-desc">5 countries with members present, 4 of them with proposed joint activities.',
    );
    for (const text of [
      'Members present',
      'none',
      '3–4',
      '10+',
      'office',
      'through local partner',
      'programme',
      'network: contacts only',
      'Joint activities proposed here',
      'Small country',
    ])
      expect(svg).toContain(`>${text}</text>`);
    expect(checkHtml(`<!DOCTYPE html><html><body>${svg}</body></html>`).errors).toEqual([]);
  });

  it('makes present countries keyboard buttons when interactive (the dashboard)', () => {
    const live = renderWorldMapSvg(withSmallCountries(), TINY, { interactive: true });
    expect(live).toContain('role="group"');
    expect(element(live, 'BD')).toMatchObject({ tabindex: '0', role: 'button' });
    expect(element(live, 'BD')!['aria-label']).toMatch(/^Bangladesh, 3 members: /);
    expect(element(live, 'NL')).toBeNull();
    expect(element(svg, 'BD')!.tabindex).toBeUndefined();
  });

  it('uses lightness steps that stay ordered in grey scale, each apart from "none"', () => {
    const steps = [MAP_ABSENT_FILL, ...MAP_CLASS_FILLS].map(luminance);
    for (let i = 1; i < steps.length; i++) {
      // Each class at least 1.35 times darker (contrast ratio) than the one before.
      expect((steps[i - 1]! + 0.05) / (steps[i]! + 0.05), `step ${i}`).toBeGreaterThan(1.35);
    }
  });

  it('refuses something that is not country outlines, with a clear OptionsError', () => {
    for (const bad of [null, {}, { width: 0, height: 10, countries: {} }, { width: 10, height: 10 }]) {
      expect(() => renderWorldMapSvg(FIXTURE_BASELINE, bad as unknown as WorldMapGeometry)).toThrow(
        OptionsError,
      );
      expect(() => renderHtml(FIXTURE_BASELINE, { map: bad as unknown as WorldMapGeometry })).toThrow(
        /partner-synergy\/map/,
      );
    }
  });

  it('escapes names in tooltips', () => {
    const b = clone(FIXTURE_BASELINE);
    b.members[0] = { ...b.members[0]!, name: '<script>alert(1)</script>' };
    const out = renderWorldMapSvg(b, TINY);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; (office)');
  });
});

describe('the map in report.html', () => {
  it('is drawn from the map option, with the table of the same numbers', () => {
    const html = renderHtml(FIXTURE_BASELINE, { map: TINY });
    const section = html.slice(
      html.indexOf('<section id="map"'),
      html.indexOf('</section>', html.indexOf('<section id="map"')),
    );
    expect(section).toContain('<figure class="map">');
    expect(section).toContain('<caption>The numbers behind the map, country by country.</caption>');
    const model = buildReportModel(FIXTURE_BASELINE);
    for (const row of model.map) {
      const svgRow = element(section, row.code)!;
      expect(Number(svgRow['data-members'])).toBe(row.members.length);
      expect(Number(svgRow['data-recommendations'])).toBe(row.recommendations);
      expect(section).toContain(
        `<td>${row.name} <span class="muted">(${row.code})</span></td><td class="num">${row.members.length}</td>`,
      );
    }
  });

  it('without outlines keeps the table and says how to get the map', () => {
    const html = renderHtml(FIXTURE_BASELINE);
    expect(html).not.toContain('class="world-map"');
    expect(html).toContain('The map is drawn when the report gets the country outlines');
    expect(html).toContain('<caption>The numbers behind the map, country by country.</caption>');
  });

  it('on the real outlines shows every country of the sample where a member works', () => {
    const json = toBaselineJson(buildBaseline(readDataDir('data/sample-partnership')));
    const html = renderHtml(json, { map: WORLD_MAP, lang: 'nl' });
    const codes = Object.keys(json.countries);
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) {
      const shape = element(html, code);
      expect(shape?.tag, code).toBe('path');
      expect(Number(shape!['data-members'])).toBe(json.countries[code]!.members.length);
    }
    const map = /<svg[^>]*class="world-map"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(map.match(/<path (data-country="[A-Z]{2}"[^>]*)?d="M/g)!.length).toBeGreaterThanOrEqual(170);
    expect(map.match(/data-country="/g)).toHaveLength(codes.length);
  });
});

describe('the map table of a large partnership', () => {
  it('names the first 12 members of a country and counts the rest', () => {
    const b = clone(FIXTURE_BASELINE);
    const many = Array.from({ length: 20 }, (_, i) => ({
      id: `m${String(i).padStart(2, '0')}`,
      name: `Member ${String(i).padStart(2, '0')}`,
      type: 'ngo' as const,
      country: 'NL',
      role: 'member' as const,
      extras: {},
    }));
    b.members.push(...many);
    b.countries.KE!.members = many.map((m) => ({ id: m.id, presence: 'network' as const, partners: [] }));
    const md = renderMarkdown(b);
    const row = md.split('\n').find((l) => l.startsWith('| Kenya (KE) | 20 |'))!;
    expect(row).toContain('Member 11 (network: contacts only) … and 8 more |');
    expect(row).not.toContain('Member 12');
    expect(renderHtml(b)).toContain('<span class="muted">… and 8 more</span>');
  });
});
