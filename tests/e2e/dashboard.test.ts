/**
 * End-to-end test of the browser dashboard (examples/dashboard/): the static server from
 * scripts/serve-dashboard.mjs runs in-process on 127.0.0.1, Debian's Chromium (through
 * playwright-core) opens the page, and CSV files go in through the file input as a user's would.
 * What the page shows must be what the library computes in Node from the same bytes.
 * Needs dist/browser/ (`npm test` builds it first). Skipped with a warning when
 * /usr/bin/chromium is not installed (`apt-get install -y chromium`); under CI=true that fails.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/serve-dashboard.mjs';
import { import3w } from '../../src/import/import3w.js';
import { buildBaseline, describeCatalogue, toBaselineJson } from '../../src/index.js';
import { createBaselineSearch } from '../../src/search/index.js';
import { writeXlsx } from '../../src/workbook/write/xlsxWriter.js';
import { repoRoot } from '../helpers.js';
import { chromiumAvailable, launchChromium, seriousAxeViolations } from './chromium.js';
import { englishWordsIn, kindIdsIn, namesIn } from './language.js';

const available = chromiumAvailable('dashboard e2e test');

const BUNDLE = resolve(repoRoot, 'dist/browser/partner-synergy.browser.js');
const SAMPLE_DIR = resolve(repoRoot, 'data/sample-partnership');
const SAMPLE_FILES = ['members.csv', 'expertise.csv', 'geography.csv', 'sectors.csv', 'companies.csv'];
const SCREENSHOT = resolve(repoRoot, 'out/dashboard.png');

/** The sample as the dashboard hands it to the library: bytes keyed by file name, names sorted. */
function sampleBytes(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of [...SAMPLE_FILES].sort())
    files[name] = new Uint8Array(readFileSync(join(SAMPLE_DIR, name)));
  return files;
}

/** Collects what must stay empty during a run: console errors/warnings, page errors, dialogs, failed loads. */
function watch(page: Page): { problems: string[]; dialogs: string[] } {
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { problems, dialogs };
}

interface RenderedRecommendation {
  id: string;
  kind: string;
  score: number;
  scoreText: string;
  rationale: string;
}

function readRecommendations(page: Page): Promise<RenderedRecommendation[]> {
  return page.$$eval('[data-testid="recommendations"] > li', (items) =>
    items.map((li) => ({
      id: li.getAttribute('data-id') ?? '',
      kind: li.getAttribute('data-kind') ?? '',
      score: Number(li.getAttribute('data-score')),
      scoreText: li.querySelector('[data-testid="rec-score"]')?.textContent ?? '',
      rationale: li.querySelector('[data-testid="rationale"]')?.textContent ?? '',
    })),
  );
}

/** Number of heatmap cells: the legend swatches have no tooltip, every cell has one. */
function countCells(page: Page): Promise<number> {
  return page.$$eval(
    '[data-testid="heatmap"] svg rect',
    (rects) => rects.filter((r) => r.querySelector(':scope > title') !== null).length,
  );
}

describe.skipIf(!available)('dashboard in Chromium', () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) {
      throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does it in pretest).`);
    }
    [server, browser] = await Promise.all([startStaticServer({ port: 0 }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openDashboard(): Promise<{ page: Page; problems: string[]; dialogs: string[] }> {
    const page = await browser!.newPage({ viewport: { width: 1366, height: 900 } });
    const seen = watch(page);
    await page.goto(server!.dashboardUrl);
    await page.waitForSelector('body[data-ready="true"]');
    return { page, ...seen };
  }

  it('shows exactly the recommendations, heatmap and country view the library computes, in English and Dutch', async () => {
    const files = sampleBytes();
    const expected = toBaselineJson(buildBaseline(files));
    const { page, problems, dialogs } = await openDashboard();

    await page.setInputFiles(
      '[data-testid="file-input"]',
      SAMPLE_FILES.map((name) => join(SAMPLE_DIR, name)),
    );
    await page.waitForSelector('[data-testid="results"][data-lang="en"]:not([hidden])');

    // Recommendations: same ids in the same order, same kinds, scores and rationales.
    const recs = await readRecommendations(page);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.map((r) => r.id)).toEqual(expected.recommendations.map((r) => r.id));
    expect(recs.map((r) => r.kind)).toEqual(expected.recommendations.map((r) => r.kind));
    expect(recs.map((r) => r.score)).toEqual(expected.recommendations.map((r) => r.score));
    expect(recs.map((r) => r.scoreText)).toEqual(expected.recommendations.map((r) => r.score.toFixed(2)));
    expect(recs.map((r) => r.rationale)).toEqual(expected.recommendations.map((r) => r.rationale));

    // Summary numbers.
    const stat = (key: string) => page.textContent(`[data-testid="stat-${key}"] dd`);
    expect(await stat('members')).toBe(String(expected.members.length));
    expect(await stat('countries')).toBe(String(Object.keys(expected.countries).length));
    expect(await stat('rejected')).toBe(String(expected.ingest.rejected.length));

    // Heatmap: synergy first, one <rect> per member pair; switching the matrix redraws n x n cells.
    const n = expected.matrices.synergy.ids.length;
    expect(await page.getAttribute('[data-testid="heatmap"]', 'data-matrix')).toBe('synergy');
    expect(await countCells(page)).toBe(n * n);
    await page.selectOption('[data-testid="matrix-select"]', 'expertise');
    expect(await page.getAttribute('[data-testid="heatmap"]', 'data-matrix')).toBe('expertise');
    expect(await page.textContent('[data-testid="heatmap"] svg > title')).toBe('Expertise overlap');
    expect(await countCells(page)).toBe(expected.matrices.expertise.ids.length ** 2);
    await page.selectOption('[data-testid="matrix-select"]', 'synergy');

    // Country view: the members present in Bangladesh, in the library's order.
    await page.selectOption('[data-testid="country-select"]', 'BD');
    const present = await page.$$eval('[data-testid="country-members"] tbody tr', (rows) =>
      rows.map((r) => r.getAttribute('data-member')),
    );
    expect(present).toEqual(expected.countries.BD!.members.map((m) => m.id));

    mkdirSync(resolve(repoRoot, 'out'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Dutch: the page re-renders with the library's Dutch rationales.
    const expectedNl = toBaselineJson(buildBaseline(files, { lang: 'nl' }));
    await page.selectOption('[data-testid="lang"]', 'nl');
    await page.waitForSelector('[data-testid="results"][data-lang="nl"]');
    const recsNl = await readRecommendations(page);
    expect(recsNl.map((r) => r.id)).toEqual(expected.recommendations.map((r) => r.id));
    expect(recsNl.map((r) => r.rationale)).toEqual(expectedNl.recommendations.map((r) => r.rationale));
    expect(recsNl.some((r) => r.rationale.includes(' en '))).toBe(true);
    expect(recsNl.every((r, i) => r.rationale !== recs[i]!.rationale)).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.textContent('#recs-heading')).toBe('Aanbevolen gezamenlijke activiteiten');

    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows the map, opens a country from it by mouse and by keyboard, and reads well and passes axe-core in English and Dutch', async () => {
    const files = sampleBytes();
    const expected = {
      en: toBaselineJson(buildBaseline(files)),
      nl: toBaselineJson(buildBaseline(files, { lang: 'nl' })),
    };
    const context = await browser!.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const { problems, dialogs } = watch(page);
    await page.goto(server!.dashboardUrl);
    await page.waitForSelector('body[data-ready="true"]');
    await page.setInputFiles(
      '[data-testid="file-input"]',
      SAMPLE_FILES.map((name) => join(SAMPLE_DIR, name)),
    );
    await page.waitForSelector('[data-testid="world-map"][data-lang="en"] svg');

    // One shape per country; every country with members coloured apart from the rest and a keyboard button.
    const shapes = await page.$$eval('[data-testid="world-map"] [data-country]', (els) =>
      els.map((e) => ({
        code: e.getAttribute('data-country')!,
        tag: e.tagName,
        members: Number(e.getAttribute('data-members') ?? 0),
        fill: getComputedStyle(e).fill,
        role: e.getAttribute('role'),
        tabindex: e.getAttribute('tabindex'),
      })),
    );
    const outlines = await page.$$eval('[data-testid="world-map"] svg > g:not([aria-hidden]) > path', (els) =>
      els.map((e) => ({ coded: e.hasAttribute('data-country'), fill: getComputedStyle(e).fill })),
    );
    expect(outlines.length).toBeGreaterThanOrEqual(170);
    const absentFill = outlines.find((o) => !o.coded)!.fill;
    expect(outlines.filter((o) => !o.coded).every((o) => o.fill === absentFill)).toBe(true);
    for (const [code, view] of Object.entries(expected.en.countries)) {
      const shape = shapes.find((s) => s.code === code);
      expect(shape, code).toMatchObject({ members: view.members.length, role: 'button', tabindex: '0' });
      expect(shape!.fill).not.toBe(absentFill);
    }
    expect(shapes.map((s) => s.code).sort()).toEqual(Object.keys(expected.en.countries).sort());

    // The table under the map has the same numbers.
    await page.click('[data-testid="map-section"] details summary');
    const table = await page.$$eval('[data-testid="map-table"] tbody tr', (rows) =>
      rows.map((r) => [r.getAttribute('data-country'), Number(r.querySelector('td')!.textContent)]),
    );
    expect(Object.fromEntries(table)).toEqual(
      Object.fromEntries(Object.entries(expected.en.countries).map(([c, v]) => [c, v.members.length])),
    );

    // Mouse: clicking Kenya opens Kenya's view.
    await page.click('[data-testid="world-map"] path[data-country="KE"]');
    expect(await page.getAttribute('[data-testid="country-view"]', 'data-country')).toBe('KE');
    expect(await page.inputValue('[data-testid="country-select"]')).toBe('KE');
    expect(await page.getAttribute('[data-testid="world-map"] [data-country="KE"]', 'aria-pressed')).toBe(
      'true',
    );
    // Keyboard: Tab reaches the countries; Enter on Ethiopia opens its view and moves focus there.
    await page.focus('[data-testid="world-map"] [data-country="ET"]');
    // Tab moves between the countries with members, and the focused one shows a focus box.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const el = document.activeElement!;
      return { country: el.getAttribute('data-country'), outline: getComputedStyle(el).outlineStyle };
    });
    expect(next.country).toMatch(/^[A-Z]{2}$/);
    expect(next.outline).toBe('solid');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-testid="country-view"]', 'data-country')).toBe('ET');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('country-view');
    await page.focus('[data-testid="world-map"] [data-country="IN"]');
    await page.keyboard.press(' ');
    expect(await page.getAttribute('[data-testid="country-view"]', 'data-country')).toBe('IN');

    for (const lang of ['en', 'nl'] as const) {
      if (lang === 'nl') {
        await page.selectOption('[data-testid="lang"]', 'nl');
        await page.waitForSelector('[data-testid="world-map"][data-lang="nl"] svg');
      }
      const text = await page.evaluate(() => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        for (const n of copy.querySelectorAll('code, script, .code, #problems-body td:nth-child(6)'))
          n.remove();
        document.body.append(copy);
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (closed and hidden parts left out) is what a reader sees
        const seen = copy.innerText;
        copy.remove();
        return seen;
      });
      expect(kindIdsIn(text)).toEqual([]);
      if (lang === 'nl') expect(englishWordsIn(text, namesIn(expected.nl))).toEqual([]);
      // Each text in its own place (the missing-files notice has its own keys).
      expect(await page.textContent('[data-testid="country-view"] h3')).toBe(
        lang === 'en'
          ? 'Missing (focus themes nobody covers well)'
          : 'Ontbrekend (focusthema’s die niemand goed dekt)',
      );
      // Heatmap labels at 11 px or more as drawn.
      const sizes = await page.$$eval('[data-testid="heatmap"] svg text', (texts) =>
        texts.map((t) => {
          const m = (t as SVGGraphicsElement).getScreenCTM()!;
          return Number.parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
        }),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      expect(await seriousAxeViolations(page)).toEqual([]);
      mkdirSync(resolve(repoRoot, 'out'), { recursive: true });
      await page.screenshot({ path: resolve(repoRoot, `out/dashboard.${lang}.png`), fullPage: true });
      await page.locator('[data-testid="map-section"]').screenshot({
        path: resolve(repoRoot, `out/dashboard-map.${lang}.png`),
      });
    }
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('finds a misspelt member with the search box (search chunk loaded only then) and opens hits by keyboard and mouse, in English and Dutch', async () => {
    const files = sampleBytes();
    const expected = toBaselineJson(buildBaseline(files));
    const { page, problems, dialogs } = await openDashboard();
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('partner-synergy.search.js')) chunks.push(r.url());
    });
    await page.setInputFiles(
      '[data-testid="file-input"]',
      SAMPLE_FILES.map((name) => join(SAMPLE_DIR, name)),
    );
    await page.waitForSelector('[data-testid="results"][data-lang="en"]:not([hidden])');
    expect(chunks).toEqual([]);

    const hits = async (query: string) => {
      await page.fill('[data-testid="search-input"]', query);
      await page.waitForSelector(`[data-testid="search-results"][data-query="${query}"]`);
      return page.$$eval('[data-testid="search-hit"]', (items) =>
        items.map((li) => ({
          kind: li.getAttribute('data-kind'),
          id: li.getAttribute('data-id'),
          text: li.textContent ?? '',
        })),
      );
    };
    // A typo in a member's name: the member first, the same hits as the library gives.
    const typo = await hits('fair thrads aliance');
    expect(chunks).toHaveLength(1);
    expect(typo[0]).toMatchObject({ kind: 'member', id: 'FTA' });
    expect(typo[0]!.text).toContain('Fair Threads Alliance');
    const library = createBaselineSearch(expected, { catalogue: describeCatalogue() }).search(
      'fair thrads aliance',
      { limit: 8 },
    );
    expect(typo.map((h) => h.id)).toEqual(library.map((h) => h.id));
    expect(await page.textContent('[data-testid="search-status"]')).toBe(
      `${typo.length} results for “fair thrads aliance”.`,
    );

    // Keyboard: down arrow to the first hit, Enter opens the member's row in the members table.
    await page.focus('[data-testid="search-input"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id'))).toBe(
      'FTA',
    );
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() => (document.getElementById('members-details') as HTMLDetailsElement).open),
    ).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-member'))).toBe('FTA');
    expect(await page.isVisible('#members-body tr[data-member="FTA"]')).toBe(true);

    // Mouse: a country hit opens the country's view; Enter in the box opens the first hit.
    // "kenia" (the Dutch spelling) also matches member names such as Mwangaza Workers Rights Kenya, ranked near the country.
    const country = await hits('kenia');
    expect(country.find((h) => h.kind === 'country')).toMatchObject({ kind: 'country', id: 'KE' });
    await page.click('[data-testid="search-hit"][data-id="KE"] button');
    expect(await page.getAttribute('[data-testid="country-view"]', 'data-country')).toBe('KE');
    const lobby = await hits('joint lobby');
    const rec = lobby.find((h) => h.kind === 'recommendation')!;
    await page.click(`[data-testid="search-hit"][data-id="${rec.id}"] button`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(rec.id);

    // Dutch: the box's texts and the hits' labels in Dutch; a Dutch theme with a typo.
    await page.selectOption('[data-testid="lang"]', 'nl');
    await page.waitForSelector('[data-testid="results"][data-lang="nl"]');
    expect(await page.textContent('label[for="search-input"]')).toBe(
      'Zoek een lid, land, thema of gezamenlijke activiteit',
    );
    const theme = await hits('leefbar loon');
    expect(theme[0]).toMatchObject({ kind: 'theme', id: 'living-wage' });
    expect(theme[0]!.text).toBe('Thema Leefbaar loon');
    await page.focus('[data-testid="search-input"]');
    await page.keyboard.press('Enter');
    const opened = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(expected.recommendations.find((r) => r.id === opened)?.themes).toContain('living-wage');
    expect(chunks).toHaveLength(1);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('says which files to add when only members.csv is given, instead of empty heatmaps', async () => {
    const { page, problems } = await openDashboard();
    await page.setInputFiles('[data-testid="file-input"]', [join(SAMPLE_DIR, 'members.csv')]);
    await page.waitForSelector('[data-testid="results"]:not([hidden])');
    const items = await page.$$eval('[data-testid="missing"] li', (lis) => lis.map((li) => li.textContent));
    expect(items).toHaveLength(3);
    expect(items[1]).toMatch(/^geography\.csv \(member, country, presence, partners\)/);
    expect(await page.isVisible('[data-testid="missing"]')).toBe(true);
    expect(await page.textContent('[data-testid="heatmap-needs"]')).toBe(
      'No data yet: add geography.csv or sectors.csv.',
    );
    expect(await page.$$('[data-testid="heatmap"] svg')).toHaveLength(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads a dropped Excel workbook through the separate workbook chunk: the same baseline, problems by cell', async () => {
    const fixture = resolve(repoRoot, 'tests/workbook/fixtures/sample-partnership.xlsx');
    const expected = toBaselineJson(buildBaseline(sampleBytes()));
    const { page, problems, dialogs } = await openDashboard();
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('partner-synergy.workbook.js')) chunks.push(r.url());
    });
    // CSV files alone never load the workbook reader.
    await page.setInputFiles('[data-testid="file-input"]', [join(SAMPLE_DIR, 'members.csv')]);
    await page.waitForSelector('[data-testid="results"]:not([hidden])');
    expect(chunks).toEqual([]);
    await page.click('[data-testid="clear-files"]');

    await page.setInputFiles('[data-testid="file-input"]', [fixture]);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="recommendations"] > li').length > 0,
    );
    expect(chunks).toHaveLength(1);
    const recs = await readRecommendations(page);
    expect(recs.map((r) => r.id)).toEqual(expected.recommendations.map((r) => r.id));
    expect(recs.map((r) => r.rationale)).toEqual(expected.recommendations.map((r) => r.rationale));
    const files = await page.$$eval('#files-body tr td:first-child', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(files).toContain('[sample-partnership.xlsx]Expertise');

    // A workbook with a mistake: the problem row names its cell.
    const typo = new Uint8Array(
      writeXlsx({
        sheets: [
          { name: 'Leden', rows: [{ cells: ['naam'] }, { cells: ['Alpha'] }] },
          {
            name: 'Expertise',
            rows: [{ cells: ['lid', 'thema', 'niveau'] }, { cells: ['Alpha', 'gbv', 9] }],
          },
        ],
      }),
    );
    await page.click('[data-testid="clear-files"]');
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'typo.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(typo) },
    ]);
    await page.waitForSelector('tr[data-code="invalid_level"]');
    const cells = await page.$$eval('tr[data-code="invalid_level"] td', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(cells.slice(1, 4)).toEqual(['[typo.xlsx]Expertise', 'C2', 'niveau']);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('reads one dropped OCHA 3W table (CSV or workbook) as import 3w writes it, says so, and loads the importer only then', async () => {
    const imports = resolve(repoRoot, 'tests/fixtures/import');
    const csv = new Uint8Array(readFileSync(join(imports, '3w-hxl-bom.csv')));
    const expected = toBaselineJson(buildBaseline(import3w(csv, { file: '3w-hxl-bom.csv' }).files));
    const { page, problems, dialogs } = await openDashboard();
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('partner-synergy.import.js')) chunks.push(r.url());
    });
    // Partnership files never load the importer.
    await page.setInputFiles(
      '[data-testid="file-input"]',
      SAMPLE_FILES.map((name) => join(SAMPLE_DIR, name)),
    );
    await page.waitForSelector('[data-testid="results"]:not([hidden])');
    expect(chunks).toEqual([]);
    expect(await page.isHidden('[data-testid="notice"]')).toBe(true);
    await page.click('[data-testid="clear-files"]');

    await page.setInputFiles('[data-testid="file-input"]', [join(imports, '3w-hxl-bom.csv')]);
    await page.waitForSelector('[data-testid="notice"]:not([hidden])');
    await page.waitForSelector('[data-testid="results"]:not([hidden])');
    expect(chunks).toHaveLength(1);
    const recs = await readRecommendations(page);
    expect(recs.map((r) => r.id)).toEqual(expected.recommendations.map((r) => r.id));
    expect(await page.textContent('[data-testid="notice"]')).toMatch(
      /^3w-hxl-bom\.csv is an OCHA 3W table, not partnership files: it was read as "import 3w" reads it/,
    );

    // The Mali workbook as HDX serves it (pivot, read-me and hidden sheets beside the 5W), in Dutch.
    await page.click('[data-testid="clear-files"]');
    await page.selectOption('[data-testid="lang"]', 'nl');
    await page.setInputFiles('[data-testid="file-input"]', [join(imports, '3w-mali-workbook.xlsx')]);
    await page.waitForSelector('[data-testid="results"][data-lang="nl"]:not([hidden])');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="notice"]')?.hasAttribute('hidden'),
    );
    expect(await page.textContent('[data-testid="notice"]')).toMatch(
      /^3w-mali-workbook\.xlsx \(ML_5W\) is een OCHA 3W-tabel, geen partnerschapsbestanden: .*\(leden: 26 organisaties;/,
    );
    expect(await page.textContent('[data-testid="status"]')).toMatch(/^26 leden,/);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('renders hostile names, values and file names as text: no element is created, nothing runs', async () => {
    const { page, problems, dialogs } = await openDashboard();
    const csv = (text: string) => Buffer.from(text, 'utf8');
    await page.setInputFiles('[data-testid="file-input"]', [
      {
        name: 'members.csv',
        mimeType: 'text/csv',
        buffer: csv(
          'id,name,type,country,role\nX1,<img src=x onerror=alert(1)>,ngo,Netherlands,lead\nX2,"=HYPERLINK(""x"")",union,Netherlands,member\n',
        ),
      },
      {
        name: 'geography.csv',
        mimeType: 'text/csv',
        buffer: csv(
          'member,country,presence,partners\nX1,Bangladesh,office,<img src=x onerror=alert(2)>\nX2,Bangladesh,office,<img src=x onerror=alert(2)>\n<script>alert(3)</script>,Bangladesh,office,\n',
        ),
      },
      {
        name: 'expertise.csv',
        mimeType: 'text/csv',
        buffer: csv(
          'member,theme,level\nX1,living wage,5\nX2,living wage,4\nX1,<svg onload=alert(4)>,5\nX2,<svg onload=alert(4)>,5\n',
        ),
      },
      { name: '<img src=y onerror=alert(5)>.csv', mimeType: 'text/csv', buffer: csv('a,b\n1,2\n') },
    ]);
    await page.waitForSelector('[data-testid="results"]:not([hidden])');
    await page.waitForSelector('[data-testid="recommendations"] > li');
    await page.waitForSelector('[data-testid="world-map"] svg');

    const seen = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
      svgs: document.querySelectorAll('svg').length,
      members: [...document.querySelectorAll('[data-testid="members-table"] tbody td:nth-child(2)')].map(
        (td) => td.textContent,
      ),
      problems: document.querySelector('[data-testid="problems-table"]')?.textContent ?? '',
      chips: document.querySelector('[data-testid="file-list"]')?.textContent ?? '',
      rationales: [...document.querySelectorAll('[data-testid="rationale"]')].map((p) => p.textContent ?? ''),
      heatmapLabels: [...document.querySelectorAll('[data-testid="heatmap"] svg text')].map(
        (t) => t.textContent,
      ),
    }));
    expect(seen.images).toBe(0);
    expect(seen.scripts).toBe(1); // dashboard.js itself
    expect(seen.svgs).toBe(2); // the heatmap and the map
    expect(seen.members).toEqual(['<img src=x onerror=alert(1)>', '=HYPERLINK("x")']);
    expect(seen.problems).toContain('<script>alert(3)</script>');
    expect(seen.problems).toContain('<svg onload=alert(4)>');
    expect(seen.chips).toContain('<img src=y onerror=alert(5)>.csv');
    // The shared partner's hostile name (alert(2)) is a fact that ranks below the list shown;
    // the hostile member names in the rationales show as text.
    expect(seen.rationales.join('\n')).toContain('<img src=x onerror=alert(1)>');
    expect(seen.heatmapLabels.some((t) => t?.startsWith('=HYPERLINK'))).toBe(true);

    // The search box lists hostile names as text too.
    await page.fill('[data-testid="search-input"]', 'img onerror');
    await page.waitForSelector('[data-testid="search-results"][data-query="img onerror"]');
    expect(await page.textContent('[data-testid="search-hit"][data-id="X1"] .hit-label')).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);

    await page.waitForTimeout(100); // an injected onerror would fire by now
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
