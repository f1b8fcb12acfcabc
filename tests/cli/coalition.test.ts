import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCoalition } from '../../src/cli/coalitionCommand.js';
import type { CoalitionResult } from '../../src/coalition/types.js';
import { repoRoot } from '../helpers.js';
import { runCaptured } from './run.js';

const sample = resolve(repoRoot, 'data/sample-partnership');

describe('partner-synergy coalition', () => {
  it('prints the smallest coalition for Bangladesh covering living wage and GBV', async () => {
    // In the sample nobody has both living wage and GBV at 3+, so two members are the minimum.
    // FTA (office in Bangladesh, living wage 5) and SSF (office, GBV 3) win over VAW (GBV 5 but a
    // local partner) because presence weighs more than depth of expertise.
    const r = await runCaptured('coalition', sample, '--country', 'BD', '--themes', 'living wage, gbv');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Coalition for Bangladesh: Living wage, Gender-based violence/);
    expect(r.stdout).toMatch(/^ {2}FTA {2}Fair Threads Alliance \[office\]: Living wage 5$/m);
    expect(r.stdout).toMatch(/^ {2}SSF {2}Shromik Shakti Foundation \[office\]/m);
    expect(r.stdout).toMatch(/both are already present there\.\n$/);
  });

  it('on the 3W table itself says first that it read it as import 3w does (text only; JSON stays JSON)', async () => {
    const table = resolve(repoRoot, 'tests/fixtures/import/3w-hxl-bom.csv');
    const text = await runCaptured('coalition', table, '--country', 'NG', '--themes', 'wash');
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(
      /^3w-hxl-bom\.csv is an OCHA 3W table, not partnership files: /,
    );
    expect(text.stdout).toContain(
      'Coalition for Nigeria: Water, sanitation and hygiene (WASH) (observed activity, not rated)',
    );
    const json = await runCaptured(
      'coalition',
      table,
      '--country',
      'NG',
      '--themes',
      'wash',
      '--format',
      'json',
    );
    expect(JSON.parse(json.stdout).evidence).toBe('observed');
  });

  it('on a 3W import (nothing rated) counts observed activity and says so; --evidence rated does not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ps-cli-coalition-'));
    try {
      const fixture = resolve(repoRoot, 'tests/fixtures/import/3w-admin2.csv');
      expect((await runCaptured('import', '3w', fixture, '--out', dir)).code).toBe(0);
      const r = await runCaptured('coalition', dir, '--country', 'AF', '--themes', 'food security, health');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Coalition for Afghanistan: .* \(observed activity, not rated\)$/m);
      expect(r.stdout).not.toContain('No member');
      const nl = await runCaptured(
        'coalition',
        dir,
        '--country',
        'AF',
        '--themes',
        'food security',
        '--lang',
        'nl',
      );
      expect(nl.stdout).toMatch(/\(waargenomen activiteit, niet beoordeeld\)$/m);
      // One member covering every theme is the smallest coalition, however it was found: no
      // "at most 2.1 x the minimum size" (the greedy search runs above a few dozen candidates).
      const json = await runCaptured(
        'coalition',
        dir,
        '--country',
        'AF',
        '--themes',
        'food security',
        '--format',
        'json',
      );
      const found = JSON.parse(json.stdout) as CoalitionResult;
      expect(found.members).toHaveLength(1);
      const greedy = formatCoalition(
        { ...found, method: 'greedy', bound: 2.1 },
        { themes: {}, sectors: {}, countries: {} },
        'nl',
      );
      expect(greedy).toMatch(/^Leden \(1; één lid dekt elk thema: de kleinste omvang; \d+ kandidaten?\):$/m);
      const rated = await runCaptured(
        'coalition',
        dir,
        '--country',
        'AF',
        '--themes',
        'food security',
        '--evidence',
        'rated',
      );
      expect(rated.stdout).toMatch(/\(level >= 3\)$/m);
      expect(rated.stdout).toContain('No member has food security at level 3 or higher.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a country no member is in by its name, not its code', async () => {
    const r = await runCaptured(
      'coalition',
      sample,
      '--country',
      'Iceland',
      '--themes',
      'living wage',
      '--lang',
      'nl',
    );
    expect(r.stdout).toMatch(/^Coalitie voor IJsland: Leefbaar loon/);
  });

  it('--format json prints the CoalitionResult', async () => {
    const r = await runCaptured(
      'coalition',
      sample,
      '--country',
      'Bangladesh',
      '--themes',
      'living wage; gbv',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.members).toEqual(['FTA', 'SSF']);
    expect(json.country).toBe('BD');
    expect(json.themes).toEqual(['living-wage', 'gbv']);
    expect(json.method).toBe('exact');
    expect(json.score.total).toBeGreaterThan(0);
    expect(json.score.total).toBeLessThanOrEqual(1);
  });

  it('--min-level, --max-size, --sector and --lang nl are honoured', async () => {
    const r = await runCaptured(
      'coalition',
      sample,
      '--country',
      'BD',
      '--themes',
      'leefbaar loon, gbv, vrijheid van vakvereniging',
      '--min-level',
      '5',
      '--max-size',
      '2',
      '--sector',
      'textiel',
      '--lang',
      'nl',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.minLevel).toBe(5);
    expect(json.members.length).toBeLessThanOrEqual(2);
    expect(json.sector).toBe('garment-textiles');
    expect(json.rationale).toMatch(/op niveau 5 of hoger/);
    const text = await runCaptured('coalition', sample, '--country', 'BD', '--themes', 'gbv', '--lang', 'nl');
    expect(text.stdout).toMatch(/^Coalitie voor Bangladesh/);
  });

  it('still reads --max-members, the deprecated name of --max-size', async () => {
    const args = ['coalition', sample, '--themes', 'living wage, gbv, osh, research', '--format', 'json'];
    const old = await runCaptured(...args, '--max-members', '1');
    expect(old.code).toBe(0);
    expect(JSON.parse(old.stdout).members).toHaveLength(1);
    expect(old.stdout).toBe((await runCaptured(...args, '--max-size', '1')).stdout);
    const bad = await runCaptured('coalition', sample, '--themes', 'gbv', '--max-members', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-members/);
  });

  it('is deterministic: the same bytes on a second run', async () => {
    const a = await runCaptured(
      'coalition',
      sample,
      '--themes',
      'research, osh, child labour',
      '--format',
      'json',
    );
    const b = await runCaptured(
      'coalition',
      sample,
      '--themes',
      'research, osh, child labour',
      '--format',
      'json',
    );
    expect(a.stdout).toBe(b.stdout);
  });

  it('an unknown theme is a usage error (exit 2) with a "did you mean" and no stack trace', async () => {
    const r = await runCaptured('coalition', sample, '--country', 'BD', '--themes', 'living wage, gbvvv');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--themes: unknown theme "gbvvv"\. Did you mean "Gender-based violence/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('an unknown country, a bad level or a missing --themes are usage errors', async () => {
    expect((await runCaptured('coalition', sample, '--country', 'Atlantis', '--themes', 'gbv')).code).toBe(2);
    expect((await runCaptured('coalition', sample, '--themes', 'gbv', '--min-level', '6')).code).toBe(2);
    const zero = await runCaptured('coalition', sample, '--themes', 'gbv', '--max-size', '0');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/--max-size/);
    expect((await runCaptured('coalition', sample)).code).toBe(2);
  });

  it('a missing directory exits 1 with one line on stderr', async () => {
    const r = await runCaptured('coalition', resolve(repoRoot, 'no-such-dir'), '--themes', 'gbv');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
