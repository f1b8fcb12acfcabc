import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { RawTable } from '../../src/ingest/types.js';

/** The repository root (tests/ingest/../..). */
export const repoRoot = path.resolve(__dirname, '../..');
/** Shared real-world data, cloned beside the repository as ../shared (may be absent). */
export const sharedRealdata = path.resolve(repoRoot, '../shared/realdata');
/** Conformance files copied into the repository (always present). */
export const conformanceFixtures = path.resolve(repoRoot, 'tests/fixtures/csv-conformance');

/** Whether the shared data is present; warns visibly when it is not. */
export function haveShared(what: string): boolean {
  const ok = existsSync(sharedRealdata);
  if (!ok)
    console.warn(`[skip] ${what}: ${sharedRealdata} is absent (clone the shared data beside the repo).`);
  return ok;
}

/** File bytes as a plain Uint8Array (not a Buffer), as a browser would have them. */
export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** Number of physical line breaks in s: CRLF counts once, a lone CR or LF once. */
export function countBreaks(s: string): number {
  return (s.match(/\r\n|\r|\n/g) ?? []).length;
}

/** Line breaks inside the cells of one record (each cell counted on its own). */
export function sumBreaks(cells: readonly string[]): number {
  return cells.reduce((sum, cell) => sum + countBreaks(cell), 0);
}

/** The physical lines of a text, split on CRLF, CR and LF. */
export function physicalLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** totalRows = rows + row-level rejected; every row as wide as the header; lines increase. */
export function expectAccounted(t: RawTable): void {
  expect(t.totalRows).toBe(t.rows.length + t.rejected.filter((i) => i.line > 0).length);
  const wrong: string[] = [];
  let previous = t.headerLine;
  for (const row of t.rows) {
    if (row.cells.length !== t.header.length) wrong.push(`line ${row.line}: ${row.cells.length} cells`);
    if (row.line <= previous) wrong.push(`line ${row.line} after ${previous}`);
    previous = row.line;
  }
  for (const issue of t.rejected) {
    if (!Number.isInteger(issue.line) || issue.line < 0) wrong.push(`issue line ${issue.line}`);
  }
  expect(wrong).toEqual([]);
}
