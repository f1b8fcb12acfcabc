import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/browser/esm/sync';
import type { ImportedFiles } from '../../src/import/types.js';

/** The shared real-data folder beside the repository (absent in a bare clone). */
export const REALDATA = path.resolve(__dirname, '../../../shared/realdata');
export const HAS_REALDATA = existsSync(REALDATA);
if (!HAS_REALDATA) {
  console.warn(`[tests/import] ${REALDATA} not found: real-data importer tests are skipped.`);
}

/** Bytes of a file in tests/fixtures/import/. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.resolve(__dirname, '../fixtures/import', name)));
}

/** Bytes of a real-data file. */
export function realdata(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(REALDATA, relative)));
}

/** Parse CSV text into header + records with csv-parse (an independent reader). */
export function rows(text: string): { header: string[]; records: Record<string, string>[] } {
  const all = parse(text, { relax_column_count: false }) as string[][];
  const header = all[0] ?? [];
  const records = all.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  return { header, records };
}

/** The headers every importer writes. */
export const EXPECTED_HEADERS: Readonly<Record<keyof ImportedFiles, readonly string[]>> = {
  'members.csv': ['id', 'name', 'type', 'country', 'role', 'org_acronym', 'source_type', 'activities'],
  'expertise.csv': ['member', 'theme', 'level', 'activities'],
  'geography.csv': ['member', 'country', 'presence', 'partners', 'since', 'activities'],
  'sectors.csv': ['member', 'sector', 'network', 'strength', 'companies', 'activities'],
};
