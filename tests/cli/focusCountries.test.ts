import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'ps-cli-focus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('baseline --focus-countries', () => {
  it('keeps only recommendations in those countries (and those without a country)', async () => {
    const all = await runCaptured('baseline', 'data/sample-partnership', '--out', join(dir, 'all'));
    const bd = await runCaptured(
      'baseline',
      'data/sample-partnership',
      '--out',
      join(dir, 'bd'),
      '--focus-countries',
      'Bangladesh; bgd',
    );
    expect([all.code, bd.code]).toEqual([0, 0]);
    const countries = (out: string) =>
      (
        parse(readFileSync(join(dir, out, 'recommendations.csv'), 'utf8'), { columns: true }) as Record<
          string,
          string
        >[]
      ).map((r) => r.country);
    expect(new Set(countries('all')).size).toBeGreaterThan(2);
    expect(new Set(countries('bd'))).toEqual(new Set(['BD', '']));
  });

  it('refuses an unknown country before reading anything, in the language asked for, with a suggestion', async () => {
    const r = await runCaptured(
      'baseline',
      'data/sample-partnership',
      '--out',
      join(dir, 'typo'),
      '--focus-countries',
      'Bangladsh; Kenyaa Republic',
      '--lang',
      'nl',
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'partner-synergy: fout [E_OPTIONS]: Het land "Kenyaa Republic" is onbekend. Bedoelde je "Kenia (KE)"?',
    );
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });
});
