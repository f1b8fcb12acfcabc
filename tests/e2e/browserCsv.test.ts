/**
 * The browser bundle of the core (dist/browser/partner-synergy.browser.js) reads CSV with
 * csv-parse's `lib/` build and src/ingest/csvParseBuffer.ts as its Buffer (tsup.config.ts), not
 * the browser build with a full Buffer polyfill that the library imports. Both must read every
 * file alike: each corpus case (tests/corpus: mixed line endings, ragged rows, NUL bytes, invalid
 * UTF-8, pasted exports, ...), the messy sample, the typical mistakes and the CSV conformance
 * files (each read as a members.csv) gives the same IngestResult from the bundle, in Node and in
 * Chromium, as from the sources. The bundle also leaves out the sentences of the CLI and the
 * importers. Needs dist/browser/ (`npm test` builds it first).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/serve-dashboard.mjs';
import { parsePartnership } from '../../src/index.js';
import { repoRoot } from '../helpers.js';
import { chromiumAvailable, launchChromium } from './chromium.js';

const BUNDLE = resolve(repoRoot, 'dist/browser/partner-synergy.browser.js');

interface Case {
  readonly name: string;
  readonly files: { name: string; content: Uint8Array }[];
}

function csvFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return csvFilesUnder(path);
      return entry.endsWith('.csv') ? [path] : [];
    });
}

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

/** Partnership folders as they are, and single CSV files as a members.csv. */
function cases(): Case[] {
  const folders = [
    ...readdirSync(resolve(repoRoot, 'tests/corpus'))
      .sort()
      .map((d) => resolve(repoRoot, 'tests/corpus', d)),
    resolve(repoRoot, 'data/sample-partnership-messy'),
    resolve(repoRoot, 'data/sample-partnership'),
  ].filter((d) => statSync(d).isDirectory());
  const fromFolders = folders.map((dir) => ({
    name: relative(repoRoot, dir),
    files: csvFilesUnder(dir).map((path) => ({ name: relative(dir, path), content: bytesOf(path) })),
  }));
  const singles = ['tests/fixtures/csv-conformance', 'tests/fixtures/typical-mistakes']
    .flatMap((d) => csvFilesUnder(resolve(repoRoot, d)))
    .map((path) => ({
      name: relative(repoRoot, path),
      files: [{ name: 'members.csv', content: bytesOf(path) }],
    }));
  return [...fromFolders, ...singles];
}

const CASES = cases();
/** What the sources make of each case (JSON: the bundle's result crosses a page boundary). */
const EXPECTED = new Map(CASES.map((c) => [c.name, JSON.parse(JSON.stringify(parsePartnership(c.files)))]));

type Bundle = { parsePartnership: typeof parsePartnership };

describe('the browser bundle reads CSV like the library', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE)) {
      throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does it in pretest).`);
    }
  });

  it('carries csv-parse without its Buffer polyfill', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    // Markers of the polyfill (feross/buffer): its pool size and its base64 table.
    expect(code).not.toContain('poolSize');
    expect(code).not.toContain('INSPECT_MAX_BYTES');
    expect(code).toContain('CSV_QUOTE_NOT_CLOSED');
  });

  it(`gives the same result for all ${CASES.length} cases in Node`, async () => {
    expect(CASES.length).toBeGreaterThan(60);
    const bundle = (await import(pathToFileURL(BUNDLE).href)) as Bundle;
    for (const c of CASES) {
      const got = JSON.parse(JSON.stringify(bundle.parsePartnership(c.files)));
      expect(got, c.name).toEqual(EXPECTED.get(c.name));
    }
  });
});

describe('the browser bundle of the core', () => {
  it("leaves out the CLI's, the importers' and the redaction summary's sentences (toolCatalogue.ts)", () => {
    // esbuild's metafile of the core bundle (written by the build beside it) lists its inputs.
    const meta = JSON.parse(readFileSync(resolve(repoRoot, 'dist/browser/metafile-esm.json'), 'utf8')) as {
      outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }>;
    };
    const core = Object.values(meta.outputs).find((o) => o.entryPoint === 'src/index.ts');
    const bytesOf = (input: string) => core?.inputs[input]?.bytesInOutput ?? 0;
    expect(bytesOf('src/messages/catalogue.ts')).toBeGreaterThan(10_000);
    expect(bytesOf('src/messages/toolCatalogue.ts')).toBe(0);
  });
});

const available = chromiumAvailable('browser CSV test');

describe.skipIf(!available)('the browser bundle in Chromium', () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startStaticServer({ port: 0 }), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads every case as the library does in Node', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server!.url}/examples/dashboard/`);
    const input = CASES.map((c) => ({
      name: c.name,
      files: c.files.map((f) => ({ name: f.name, bytes: [...f.content] })),
    }));
    // A string, so that vitest does not rewrite the page's import().
    await page.evaluate("import('/dist/browser/partner-synergy.browser.js').then((m) => { window.ps = m; })");
    const results = await page.evaluate((cases) => {
      const ps = (window as unknown as { ps: Bundle }).ps;
      const out: Record<string, string> = {};
      for (const c of cases) {
        const files = c.files.map((f) => ({ name: f.name, content: new Uint8Array(f.bytes) }));
        out[c.name] = JSON.stringify(ps.parsePartnership(files));
      }
      return out;
    }, input);
    for (const c of CASES) expect(JSON.parse(results[c.name]!), c.name).toEqual(EXPECTED.get(c.name));
    expect(errors).toEqual([]);
    await page.close();
  });
});
