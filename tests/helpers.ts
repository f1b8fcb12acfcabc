import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
