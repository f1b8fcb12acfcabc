import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaselineJson } from '../src/schema/baseline.js';

/** Repository root (tests run from anywhere). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared beside the repository (absent on a user's fresh clone). */
export const sharedDir = resolve(repoRoot, '../shared');
export const hasShared = existsSync(sharedDir);

/** Read every CSV of a data directory as bytes, keyed by file name. */
export function readDataDir(dir: string): Record<string, Uint8Array> {
  const abs = resolve(repoRoot, dir);
  const out: Record<string, Uint8Array> = {};
  for (const name of readdirSync(abs).sort()) {
    if (name.endsWith('.csv')) out[name] = new Uint8Array(readFileSync(join(abs, name)));
  }
  return out;
}

/** Read a data file as UTF-8 text. */
export function readText(path: string): string {
  return readFileSync(resolve(repoRoot, path), 'utf8');
}

const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Encode text as Windows-1252 bytes (throws on characters it cannot represent). */
export function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80 || (code >= 0xa0 && code < 0x100)) return code;
      const high = CP1252_HIGH[c];
      if (high === undefined) throw new Error(`not representable in Windows-1252: ${c}`);
      return high;
    }),
  );
}

/** The matrices of a baseline.json written in full (N x N), typed as such; throws for the top-partners shape. */
export function fullMatrices(json: Pick<BaselineJson, 'matrices'>): FullMatrices {
  for (const [name, m] of Object.entries(json.matrices)) {
    if (!('values' in m) && !('overlap' in m)) throw new Error(`matrices.${name} is not full`);
  }
  return json.matrices as FullMatrices;
}

type Dim = { ids: string[]; overlap: number[][]; complementarity: number[][] };
type Pair = { ids: string[]; values: number[][] };
/** baseline.json matrices in the full shape. */
export interface FullMatrices {
  expertise: Dim;
  geography: Dim;
  sectors: Dim;
  synergy: Pair;
  duplication: Pair;
}
