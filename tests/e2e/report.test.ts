/**
 * report.html as the CLI writes it (writeBaselineOutputs, with the world map of
 * partner-synergy/map), opened in Chromium in English and Dutch: the map draws a shape per
 * country and colours every country where members work apart from the rest, no kind id and no
 * English sentence reaches the Dutch reader, heatmap labels are 11 px or more on a 1,200 px
 * page, axe-core finds no serious or critical violation, and the print styles apply.
 * Screenshots go to out/report.<lang>.png and out/report-map.<lang>.png (gitignored).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBaselineJson } from '../../src/baseline/toJson.js';
import { buildBaselineFromDir } from '../../src/node/buildFromDir.js';
import { writeBaselineOutputs } from '../../src/node/writeOutputs.js';
import type { Lang } from '../../src/report/i18n.js';
import { MAP_ABSENT_FILL } from '../../src/report/worldMap.js';
import { repoRoot } from '../helpers.js';
import { chromiumAvailable, launchChromium, seriousAxeViolations } from './chromium.js';
import { englishWordsIn, kindIdsIn, namesIn } from './language.js';

const available = chromiumAvailable('report.html end-to-end test');
const OUT = resolve(repoRoot, 'out');

/** A Dutch partnership (the messy sample: Dutch headers, file names and values) and the English sample. */
const CASES: readonly { lang: Lang; dir: string }[] = [
  { lang: 'en', dir: 'data/sample-partnership' },
  { lang: 'nl', dir: 'data/sample-partnership-messy' },
];

/** rgb(...) of a #rrggbb colour, as getComputedStyle reports it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** What a reader sees: the page's rendered text without codes (ids, file names) and without the ingestion messages (translated in the later message sweep). */
function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const n of copy.querySelectorAll('code, style, #problems td:nth-child(5), #problems li')) n.remove();
    document.body.append(copy);
    copy.style.position = 'absolute';
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (closed and hidden parts left out) is what a reader sees
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

describe.skipIf(!available)('report.html in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { lang, dir } of CASES) {
    it(`${lang}: map, titles, language, label sizes, accessibility, print (${dir})`, async () => {
      const baseline = buildBaselineFromDir(resolve(repoRoot, dir), { lang });
      const json = toBaselineJson(baseline);
      const target = join(OUT, `e2e-report-${lang}`);
      writeBaselineOutputs(baseline, target, { lang, network: false });
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.goto(`file://${join(target, 'report.html')}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(requests).toEqual([]);

      // The map: one shape per country, every country with members coloured apart from the rest.
      const map = await page.evaluate(() => {
        const svg = document.querySelector('svg.world-map')!;
        // Country outlines: the map's groups except the outline overlay (aria-hidden); the legend has no paths.
        const outlines = [...svg.querySelectorAll(':scope > g:not([aria-hidden]) > path')];
        const shapes = [...svg.querySelectorAll('[data-country]')].map((el) => ({
          code: el.getAttribute('data-country')!,
          tag: el.tagName,
          members: Number(el.getAttribute('data-members') ?? 0),
          fill: getComputedStyle(el).fill,
        }));
        const absentFills = outlines
          .filter((p) => !p.hasAttribute('data-country'))
          .map((p) => getComputedStyle(p).fill);
        return { outlines: outlines.length, shapes, absentFills, width: svg.getBoundingClientRect().width };
      });
      expect(map.outlines).toBeGreaterThanOrEqual(170);
      expect(new Set(map.shapes.map((s) => s.code)).size).toBe(map.shapes.length);
      expect(new Set(map.absentFills)).toEqual(new Set([rgb(MAP_ABSENT_FILL)]));
      const present = Object.keys(json.countries);
      expect(present.length).toBeGreaterThanOrEqual(8);
      for (const code of present) {
        const shape = map.shapes.find((s) => s.code === code);
        expect(shape, code).toBeDefined();
        expect(shape!.members).toBe(json.countries[code]!.members.length);
        expect(shape!.fill, code).not.toBe(rgb(MAP_ABSENT_FILL));
        expect(shape!.fill).toMatch(/^(rgb\(|url\()/);
      }
      expect(map.width).toBeGreaterThan(900);

      // Kind titles only; in Dutch no English sentence once names and codes are set aside.
      const text = await readerText(page);
      expect(kindIdsIn(text)).toEqual([]);
      const english = englishWordsIn(text, namesIn(json));
      if (lang === 'nl') expect(english).toEqual([]);
      // The detector sees English where there is English.
      else expect(english).toEqual(expect.arrayContaining(['the', 'and', 'members', 'with']));

      // Heatmap labels and values: at least 11 px as drawn on a 1,200 px page.
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('figure svg:not(.world-map) text')].map((t) => {
          const m = (t as SVGGraphicsElement).getScreenCTM()!;
          return Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        }),
      );
      expect(sizes.length).toBeGreaterThan(50);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);

      // Accessibility: no serious or critical axe-core violation.
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.screenshot({ path: join(OUT, `report.${lang}.png`), fullPage: true });
      await page.locator('#map').screenshot({ path: join(OUT, `report-map.${lang}.png`) });

      // Print: sections on their own pages, the map fits the paper, the folded tables are not printed.
      await page.emulateMedia({ media: 'print' });
      const print = await page.evaluate(() => ({
        breakBefore: getComputedStyle(document.querySelector('section.page')!).breakBefore,
        mapWidth: document.querySelector('svg.world-map')!.getBoundingClientRect().width,
        pageWidth: document.documentElement.clientWidth,
        folded: getComputedStyle(document.querySelector('details.as-table')!).display,
      }));
      expect(print.breakBefore).toBe('page');
      expect(print.mapWidth).toBeLessThanOrEqual(print.pageWidth);
      expect(print.folded).toBe('none');
      await context.close();
    });
  }
});
