import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { runCaptured } from './run.js';

/**
 * Errors a coordinator meets through a user mistake, in both languages: each case runs the same
 * command with --lang en and --lang nl and checks the sentence in each (found by an audit of
 * every command with --lang nl; these came out English before).
 */
const tmp = mkdtempSync(join(tmpdir(), 'ps-lang-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sample = join(repoRoot, 'data/sample-partnership');
const threeW = join(repoRoot, 'tests/fixtures/import/3w-admin2.csv');
const missing = join(tmp, 'does-not-exist.csv');
const aFile = join(tmp, 'a-file.txt');
writeFileSync(aFile, 'x');

async function both(...args: string[]) {
  const en = await runCaptured(...args, '--lang', 'en');
  const nl = await runCaptured(...args, '--lang', 'nl');
  return { en, nl };
}

describe('file errors of import and template follow --lang', () => {
  it('import: a file that does not exist', async () => {
    const { en, nl } = await both('import', '3w', missing, '--out', join(tmp, 'i1'));
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(`error [E_IO]: Cannot read "${missing}": no such file or folder.`);
    expect(nl.code).toBe(1);
    expect(nl.stderr).toContain(
      `fout [E_IO]: Kan "${missing}" niet lezen: dat bestand of die map bestaat niet.`,
    );
  });

  it('import: a folder given as the file', async () => {
    const { en, nl } = await both('import', '3w', sample, '--out', join(tmp, 'i2'));
    expect(en.stderr).toContain('it is a folder, not a regular file.');
    expect(nl.stderr).toContain('niet lezen: het is een map, geen gewoon bestand.');
  });

  it('import: a file above --max-bytes', async () => {
    const { en, nl } = await both('import', '3w', threeW, '--out', join(tmp, 'i3'), '--max-bytes', '10');
    expect(en.stderr).toMatch(/E_LIMIT\]: 3w-admin2\.csv is larger than the limit of 10 bytes/);
    expect(nl.stderr).toMatch(/E_LIMIT\]: 3w-admin2\.csv is groter dan de limiet van 10 bytes/);
  });

  it('import: --out names a file', async () => {
    const { en, nl } = await both('import', '3w', threeW, '--out', aFile);
    expect(en.stderr).toContain(`--out "${aFile}" is a file, not a folder.`);
    expect(nl.stderr).toContain(`--out "${aFile}" is een bestand, geen map.`);
  });

  it('import iati: an --organisations table that does not exist', async () => {
    const iati = join(repoRoot, 'tests/fixtures/import/iati-activities.csv');
    const { en, nl } = await both(
      'import',
      'iati',
      iati,
      '--out',
      join(tmp, 'i4'),
      '--organisations',
      missing,
    );
    expect(en.stderr).toContain(`Cannot read "${missing}": no such file or folder.`);
    expect(nl.stderr).toContain(`Kan "${missing}" niet lezen: dat bestand of die map bestaat niet.`);
  });

  it('template: a --themes file that does not exist', async () => {
    mkdirSync(join(tmp, 't'), { recursive: true });
    const { en, nl } = await both('template', '--out', join(tmp, 't', 'x.xlsx'), '--themes', missing);
    expect(en.stderr).toContain(`Cannot read "${missing}": no such file or folder.`);
    expect(nl.code).toBe(1);
    expect(nl.stderr).toContain(`Kan "${missing}" niet lezen: dat bestand of die map bestaat niet.`);
  });
});
