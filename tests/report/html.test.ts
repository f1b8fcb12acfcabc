import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { REPORT_CSP } from '../../src/output/htmlPage.js';
import { renderHtml } from '../../src/report/html.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';
import {
  checkHtml,
  clone,
  deepFreeze,
  HOSTILE_NAMES,
  hostileBaseline,
  REPORT_ALLOWED_ATTRIBUTES,
  REPORT_ALLOWED_TAGS,
  syntheticBaseline,
} from './helpers.js';

const ALLOWED_TAGS = REPORT_ALLOWED_TAGS;
const ALLOWED_ATTRIBUTES = REPORT_ALLOWED_ATTRIBUTES;

function expectSafePage(html: string): void {
  const check = checkHtml(html);
  expect(check.errors).toEqual([]);
  expect([...check.tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
  expect([...check.attributes].filter((a) => !ALLOWED_ATTRIBUTES.has(a))).toEqual([]);
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:|\/\/)/i);
  expect(html).not.toMatch(/url\(|@import|<link/i);
  for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#[a-z]+$/);
}

describe('renderHtml(baseline, options)', () => {
  const html = renderHtml(deepFreeze(clone(FIXTURE_BASELINE)));

  it('is a well-formed page that loads nothing: CSP meta, no scripts, no external references', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replace(/'/g, '&#39;')}">`,
    );
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expectSafePage(html);
  });

  it('has the summary cards and every section, each starting a printed page', () => {
    expect(html).toContain('<span class="num">5</span><span class="label">Members</span>');
    expect(html).toContain(
      '<div class="card alert"><span class="num">3</span><span class="label">Rejected rows</span>',
    );
    for (const id of [
      'members',
      'matrices',
      'pairs',
      'coverage',
      'countries',
      'recommendations',
      'problems',
    ]) {
      expect(html).toContain(`<section id="${id}" class="page">`);
      expect(html).toContain(`<a href="#${id}">`);
    }
    expect(html).toMatch(/@media print \{[^@]*section\.page \{ break-before: page; \}/);
  });

  it('has six heatmaps with tooltips, the complementarity one labelled "row gains from column"', () => {
    const figures = html.match(/<figure>/g) ?? [];
    expect(figures).toHaveLength(6);
    for (const title of [
      'Synergy',
      'Duplication risk',
      'Expertise overlap',
      'Geography overlap',
      'Sector overlap',
      'Expertise complementarity',
    ]) {
      expect(html).toContain(
        `role="img" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="11"><title>${title}</title>`,
      );
    }
    expect(html.match(/row gains from column/g)).toHaveLength(1);
    expect(html).toContain('<title>Mondiaal Vakbondsnetwerk ↔ Stichting Gender &amp; Werk: 0.41</title>');
  });

  it('has recommendation cards with kind badge, score bar, details, rationale and evidence', () => {
    expect(html.match(/<article class="rec">/g)).toHaveLength(7);
    expect(html).toContain('<span class="badge kind-joint-lobby">Joint lobby toward a sector</span>');
    expect(html).toContain('<rect width="81" height="8" rx="2" fill="#2c728e"/>');
    expect(html).toContain('<li><code>geography.csv:6</code></li>');
  });

  it('has the country table and the ingestion problems', () => {
    expect(html).toContain('<td>Kenya <span class="muted">(KE)</span></td>');
    expect(html).toContain('<td><code>Bangladsh</code></td>');
    expect(html).toContain('<code>sectors.csv</code> <span class="muted">(whole file)</span>');
  });

  it("sets lang and writes Dutch text and decimal commas with lang 'nl'", () => {
    const nl = renderHtml(FIXTURE_BASELINE, { lang: 'nl' });
    expect(nl.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(nl).toContain('<h2>Wie zit in het partnerschap</h2>');
    expect(nl).toContain('<h2>Inleesproblemen om op te lossen</h2>');
    expect(nl).toContain('kolom vult rij aan');
    expect(nl).toContain('Score 0,81');
    expect(nl).toContain('<td>Kenia <span class="muted">(KE)</span></td>');
    expectSafePage(nl);
  });

  it('is deterministic', () => {
    expect(renderHtml(FIXTURE_BASELINE)).toBe(html);
  });

  it('caps heatmaps at maxHeatmapMembers, led by the members of the top recommendations, and says so', () => {
    const json = syntheticBaseline(70);
    const recommendation = {
      id: 'r1',
      kind: 'joint-lobby',
      members: ['m65', 'm69'],
      country: null,
      sector: null,
      themes: [],
      score: 0.9,
      rationale: 'They should lobby together.',
      evidence: [],
    };
    const big = renderHtml({ ...json, recommendations: [recommendation] }, { maxHeatmapMembers: 60 });
    expect(big).toContain('Showing 60 of 70 members: those in the first 10 recommendations');
    const firstSvg = big.slice(big.indexOf('<svg'), big.indexOf('</svg>'));
    expect(firstSvg.match(/<rect /g)).toHaveLength(60 * 60 + 10);
    // m65 and m69 are not among the first 60 members, but they are in the first recommendation.
    expect(firstSvg).toContain('>Member m65<title>');
    expect(firstSvg).toContain('>Member m69<title>');
    // More members than a heatmap shows: each member's partners are listed instead.
    expect(big).toContain('<section id="partners" class="page">');
    expectSafePage(big);
    expect(() => renderHtml(FIXTURE_BASELINE, { maxHeatmapMembers: 0 })).toThrow(OptionsError);
  });

  it('renders an empty partnership without NaN', () => {
    const empty = renderHtml(syntheticBaseline(0));
    expect(empty).toContain('No data');
    expect(empty).not.toMatch(/NaN|undefined|n\/a/);
    expectSafePage(empty);
  });
});

describe('renderHtml with hostile names', () => {
  const html = renderHtml(hostileBaseline(), { title: '<script>alert("title")</script>' });

  it('contains no <script at all and stays well-formed with only allowed tags and attributes', () => {
    expectSafePage(html);
  });

  it('shows every hostile name escaped, isolated for bidirectional text when it holds right-to-left text', () => {
    for (const name of Object.values(HOSTILE_NAMES)) {
      const escaped = name
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
      const rtl = /[\u0590-\u08ff]/.test(name);
      expect(html).toContain(rtl ? `<bdi>${escaped}</bdi>` : escaped);
      if (!rtl) expect(html).not.toContain(`<bdi>${escaped}</bdi>`);
    }
    expect(HOSTILE_NAMES.tpb).toMatch(/[\u0590-\u08ff]/);
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</title>');
  });

  it('gives an unknown recommendation kind a neutral badge class', () => {
    expect(html).toContain('<span class="badge kind-other">&quot;&gt;&lt;script&gt;');
  });
});
