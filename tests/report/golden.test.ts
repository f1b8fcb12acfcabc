/**
 * Golden-file tests of the Markdown and HTML reports of the fixture baseline
 * (tests/fixtures/report/baseline.fixture.ts), in English and Dutch. The
 * rendered text must equal tests/golden/report/report.<lang>.<md|html> byte for
 * byte.
 *
 * After an intended change to the reports, regenerate the golden files with
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/report/golden.test.ts
 *
 * and review the diff (`git diff tests/golden/report`) before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import type { Lang } from '../../src/report/i18n.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { FIXTURE_BASELINE } from '../fixtures/report/baseline.fixture.js';

const GOLDEN_DIR = path.resolve(__dirname, '../golden/report');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function compareWithGolden(file: string, actual: string): void {
  const target = path.join(GOLDEN_DIR, file);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(target, actual);
  }
  expect(existsSync(target), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(target, 'utf8'));
}

describe.each<Lang>(['en', 'nl'])('golden reports (%s)', (lang) => {
  it(`renderMarkdown(fixture, { lang: '${lang}' }) equals report.${lang}.md`, () => {
    compareWithGolden(`report.${lang}.md`, renderMarkdown(FIXTURE_BASELINE, { lang }));
  });

  it(`renderHtml(fixture, { lang: '${lang}' }) equals report.${lang}.html`, () => {
    compareWithGolden(`report.${lang}.html`, renderHtml(FIXTURE_BASELINE, { lang }));
  });
});

describe('readers take the live Baseline or its JSON alike', () => {
  it('renderHtml, renderMarkdown and toCsvExports give the same bytes for both', async () => {
    const { buildBaseline, toBaselineJson } = await import('../../src/index.js');
    const { toCsvExports } = await import('../../src/report/index.js');
    const { readDataDir } = await import('../helpers.js');
    const live = buildBaseline(readDataDir('data/sample-partnership'));
    const json = toBaselineJson(live);
    expect(renderHtml(live, { lang: 'nl' })).toBe(renderHtml(json, { lang: 'nl' }));
    expect(renderMarkdown(live)).toBe(renderMarkdown(json));
    expect(toCsvExports(live)).toEqual(toCsvExports(json));
  });
});
