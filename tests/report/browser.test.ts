/**
 * Opens the HTML report in a real browser (Debian's Chromium through
 * playwright-core) and checks what a user would see: nothing is requested,
 * no hostile text executes, the heatmaps are drawn and print styles apply.
 * Skipped with a warning when /usr/bin/chromium is not installed; under CI=true that fails.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { renderHtml } from '../../src/report/html.js';
import type { BaselineJson } from '../../src/schema/baseline.js';
import { chromiumAvailable, launchChromium } from '../e2e/chromium.js';
import { readDataDir } from '../helpers.js';
import { hostileBaseline, syntheticBaseline } from './helpers.js';

/**
 * The rendered size of every text of every heatmap (font size times the scale the page draws the
 * SVG at) and how much each heatmap is scaled, in a 1,200 px wide window (a laptop).
 */
async function heatmapTextSizes(browser: Browser, json: BaselineJson) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent(renderHtml(json));
  const seen = await page.evaluate(() => {
    const sizes: number[] = [];
    for (const text of document.querySelectorAll('figure svg text')) {
      const m = (text as SVGGraphicsElement).getScreenCTM()!;
      sizes.push(Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b));
    }
    const scales = [...document.querySelectorAll('figure svg')].map(
      (svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('width')),
    );
    const rows = [...document.querySelectorAll('figure svg')].map(
      (svg) => svg.querySelectorAll('text[text-anchor="end"]').length,
    );
    return { sizes, scales, rows, pageWidth: document.documentElement.scrollWidth };
  });
  await page.close();
  return seen;
}

const available = chromiumAvailable('report browser tests');

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws heatmap labels and values at 11 px or more on a 1,200 px page, unscaled (sample, 12 members)', async () => {
    const json = toBaselineJson(buildBaseline(readDataDir('data/sample-partnership')));
    const seen = await heatmapTextSizes(browser, json);
    expect(seen.sizes.length).toBeGreaterThan(6 * 12 * 2);
    expect(Math.min(...seen.sizes)).toBeGreaterThanOrEqual(11 - 1e-6);
    expect(seen.scales).toHaveLength(6);
    for (const scale of seen.scales) expect(scale).toBeCloseTo(1, 5);
    expect(seen.pageWidth).toBeLessThanOrEqual(1200);
  });

  it('keeps heatmaps of a 300-member partnership to 40 members with 11 px labels, unscaled', async () => {
    const seen = await heatmapTextSizes(browser, syntheticBaseline(300));
    expect(Math.min(...seen.sizes)).toBeGreaterThanOrEqual(11 - 1e-6);
    for (const scale of seen.scales) expect(scale).toBeCloseTo(1, 5);
    // 40 row labels (plus the legend's right-hand value) per heatmap
    for (const rows of seen.rows) expect(rows).toBe(40 + 1);
    expect(seen.pageWidth).toBeLessThanOrEqual(1200);
  });

  it('loads nothing, runs no hostile text, draws six heatmaps and breaks pages when printed', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.setContent(renderHtml(hostileBaseline(), { title: '<img src=x onerror="window.__pwned=1">' }));

    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img').length,
      lang: document.documentElement.lang,
      title: document.title,
      heatmapWidths: [...document.querySelectorAll('figure svg')].map((s) => s.getBoundingClientRect().width),
      memberName: document.querySelector('#members tbody tr:nth-child(2) td:nth-child(2)')?.textContent,
    }));
    expect(seen.pwned).toBeUndefined();
    expect(seen.scripts).toBe(0);
    expect(seen.images).toBe(0);
    expect(seen.lang).toBe('en');
    expect(seen.title).toBe('<img src=x onerror="window.__pwned=1">');
    expect(seen.heatmapWidths).toHaveLength(6);
    for (const w of seen.heatmapWidths) expect(w).toBeGreaterThan(100);
    expect(seen.memberName).toBe('<script>alert(1)</script>');

    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      breakBefore: getComputedStyle(document.querySelector('section.page')!).breakBefore,
      nav: getComputedStyle(document.querySelector('nav')!).display,
    }));
    expect(print).toEqual({ breakBefore: 'page', nav: 'none' });
    await page.close();
  });
});
