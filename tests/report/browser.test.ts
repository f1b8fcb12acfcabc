/**
 * Opens the HTML report in a real browser (Debian's Chromium through
 * playwright-core) and checks what a user would see: nothing is requested,
 * no hostile text executes, the heatmaps are drawn and print styles apply.
 * Skipped with a warning when /usr/bin/chromium is not installed; under CI=true that fails.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { chromiumAvailable, launchChromium } from '../e2e/chromium.js';
import { hostileBaseline } from './helpers.js';

const available = chromiumAvailable('report browser tests');

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
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
