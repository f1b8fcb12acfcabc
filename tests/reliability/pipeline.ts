/**
 * The whole pipeline as a user runs it, plus the safety checks every output must pass whatever
 * the input: valid baseline.json, well-formed HTML without unescaped user text, Markdown tables
 * that user text cannot break, CSV exports without formula cells.
 */
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { type BaselineOptions, buildBaseline } from '../../src/baseline/buildBaseline.js';
import { stringifyBaseline, toBaselineJson } from '../../src/baseline/toJson.js';
import { WORLD_MAP } from '../../src/map/worldGeometry.js';
import type { IngestResult } from '../../src/normalise/parsePartnership.js';
import { isFormulaLike } from '../../src/output/escape.js';
import { toCsvExports } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { type BaselineJson, BaselineJsonSchema } from '../../src/schema/baseline.js';
import { fullMatrices } from '../helpers.js';
import {
  checkHtml,
  markdownCellCount,
  markdownTables,
  REPORT_ALLOWED_ATTRIBUTES,
  REPORT_ALLOWED_TAGS,
} from '../report/helpers.js';

const ALLOWED_TAGS = REPORT_ALLOWED_TAGS;
const ALLOWED_ATTRIBUTES = REPORT_ALLOWED_ATTRIBUTES;

/** Everything the pipeline produces from one input. */
export interface PipelineOutput {
  readonly json: BaselineJson;
  readonly text: string;
  readonly html: string;
  readonly markdown: string;
  readonly csv: Readonly<Record<string, string>>;
}

/** buildBaseline -> baseline.json -> HTML, Markdown and CSV reports. */
export function runPipeline(
  input: Readonly<Record<string, string | Uint8Array>> | IngestResult,
  options: BaselineOptions = {},
): PipelineOutput {
  const json = toBaselineJson(buildBaseline(input, options));
  return {
    json,
    text: stringifyBaseline(json),
    html: renderHtml(json, { top: 50, map: WORLD_MAP }),
    markdown: renderMarkdown(json, { top: 50 }),
    csv: toCsvExports(json),
  };
}

/** rows = accepted + rejected for every file, and each rejected row has its own located issue. */
export function expectAccounting(result: IngestResult): void {
  for (const f of result.files) {
    expect(f.accepted + f.rejected, `${f.file}: rows = accepted + rejected`).toBe(f.rows);
    const rowIssues = result.rejected.filter((i) => i.file === f.file && i.line > 0);
    expect(rowIssues.length, `${f.file}: one issue per rejected row`).toBe(f.rejected);
  }
}

/** Every output is safe and valid, whatever text the input held. */
export function expectSafeOutputs(out: PipelineOutput): void {
  // baseline.json: valid against the published schema, and survives a JSON round trip unchanged.
  const parsed = BaselineJsonSchema.safeParse(JSON.parse(out.text));
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  expect(JSON.parse(out.text)).toEqual(JSON.parse(JSON.stringify(out.json)));
  expectFiniteNumbers(out.json);

  // HTML: well-formed, only the page's own tags and attributes (so no user text became markup).
  const check = checkHtml(out.html);
  expect(check.errors).toEqual([]);
  expect([...check.tags].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
  expect([...check.attributes].filter((a) => !ALLOWED_ATTRIBUTES.has(a))).toEqual([]);
  expect(out.html).not.toMatch(/<script|<img|<iframe|<svg[^>]*onload/i);

  // Markdown: no raw HTML from user text; every table row has as many cells as its header.
  expect(out.markdown).not.toMatch(/(?<!\\)<(?:script|img|iframe)/i);
  for (const table of markdownTables(out.markdown)) {
    const width = markdownCellCount(table[0]!);
    for (const row of table) expect(markdownCellCount(row), row).toBe(width);
  }

  // CSV exports: parse back; a cell that a spreadsheet would run as a formula must be a number.
  for (const [name, text] of Object.entries(out.csv)) {
    const rows = parse(text, { relax_column_count: true, bom: true }) as string[][];
    for (const row of rows) {
      for (const cell of row) {
        if (isFormulaLike(cell)) expect(Number.isFinite(Number(cell)), `${name}: ${cell}`).toBe(true);
      }
    }
  }
}

/** No NaN, Infinity or null where the schema wants a number (JSON turns NaN into null). */
export function expectFiniteNumbers(json: BaselineJson): void {
  const matrices = fullMatrices(json);
  for (const m of [
    matrices.expertise.overlap,
    matrices.expertise.complementarity,
    matrices.geography.overlap,
    matrices.geography.complementarity,
    matrices.sectors.overlap,
    matrices.sectors.complementarity,
    matrices.synergy.values,
    matrices.duplication.values,
  ]) {
    expect(m).toHaveLength(json.members.length);
    for (const row of m) {
      expect(row).toHaveLength(json.members.length);
      for (const v of row) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  }
  for (const r of json.recommendations) expect(Number.isFinite(r.score)).toBe(true);
}
