import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

// Runs the built binary as a user would (npm test builds first through the pretest script).
const cli = resolve(repoRoot, 'dist/cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'ps-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(cli))('partner-synergy CLI (built binary)', () => {
  it('baseline writes baseline.json, the CSV exports and both reports, and prints a summary', () => {
    const out = join(tmp, 'sample');
    const r = run('baseline', 'data/sample-partnership', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/12 members, 12 countries/);
    expect(r.stdout).toMatch(/Top recommendations:/);
    for (const f of [
      'baseline.json',
      'report.md',
      'report.html',
      'synergy.csv',
      'recommendations.csv',
      'countries.csv',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const json = JSON.parse(readFileSync(join(out, 'baseline.json'), 'utf8'));
    expect(json.schemaVersion).toBe(4);
  });

  it('baseline output is byte-identical on a second run', () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    run('baseline', 'data/sample-partnership', '--out', a);
    run('baseline', 'data/sample-partnership', '--out', b);
    for (const f of ['baseline.json', 'report.md', 'report.html', 'synergy.csv']) {
      expect(readFileSync(join(a, f), 'utf8')).toBe(readFileSync(join(b, f), 'utf8'));
    }
  });

  it('baseline --timings prints the time of every stage to stderr and changes no output byte', () => {
    const plain = join(tmp, 'plain');
    const timed = join(tmp, 'timed');
    run('baseline', 'data/sample-partnership', '--out', plain);
    const r = run('baseline', 'data/sample-partnership', '--out', timed, '--timings');
    expect(r.code).toBe(0);
    const stages = [
      'read and normalise',
      'profiles',
      'country views',
      'recommendations',
      'matrices',
      'assemble baseline.json',
      'write baseline.json',
      'write CSV files',
      'write report.md',
      'write report.html',
      'write the meeting pack',
      'write network files',
      'total',
    ];
    expect(r.stderr).toMatch(/^Time per stage \(ms\):$/m);
    for (const stage of stages) expect(r.stderr).toMatch(new RegExp(`^  ${stage} +[\\d,]+$`, 'm'));
    expect(r.stdout).not.toMatch(/Time per stage/);
    for (const f of ['baseline.json', 'report.md', 'report.html', 'synergy.csv', 'network.gexf']) {
      expect(readFileSync(join(timed, f), 'utf8'), f).toBe(readFileSync(join(plain, f), 'utf8'));
    }
    const nl = run(
      'baseline',
      'data/sample-partnership',
      '--out',
      join(tmp, 'timed-nl'),
      '--timings',
      '--lang',
      'nl',
    );
    expect(nl.stderr).toMatch(/^Tijd per stap \(ms\):$/m);
    expect(nl.stderr).toMatch(/^ {2}aanbevelingen +[\d,]+$/m);
  });

  it("baseline --matrices top --matrices-top 3 writes each member's top 3 partners (JSON and long CSV)", () => {
    const out = join(tmp, 'top');
    expect(
      run('baseline', 'data/sample-partnership', '--out', out, '--matrices', 'top', '--matrices-top', '3')
        .code,
    ).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'baseline.json'), 'utf8'));
    expect(json.matrices.synergy.valuesTop.k).toBe(3);
    expect(json.matrices.synergy.values).toBeUndefined();
    expect(json.matrices.expertise.overlapTop.partners).toHaveLength(12);
    const csv = readFileSync(join(out, 'synergy.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('member,partner,value');
    expect(run('baseline', 'data/sample-partnership', '--out', out, '--matrices', 'sparse').code).toBe(2);
    expect(run('baseline', 'data/sample-partnership', '--out', out, '--matrices-top', '0').code).toBe(2);
  });

  it('baseline --max-members: over the limit is one line naming the flag and the value that would do', () => {
    const over = run('baseline', 'data/sample-partnership', '--out', join(tmp, 'max'), '--max-members', '11');
    expect(over.code).toBe(1);
    expect(over.stderr.trim().split('\n')).toHaveLength(1);
    expect(over.stderr).toMatch(/12 members is more than the limit of 11.*--max-members 12/);
    expect(
      run('baseline', 'data/sample-partnership', '--out', join(tmp, 'max'), '--max-members', '12').code,
    ).toBe(0);
    expect(
      run('baseline', 'data/sample-partnership', '--out', join(tmp, 'max'), '--max-members', 'many').code,
    ).toBe(2);
  });

  it('baseline --lang nl writes a Dutch report', () => {
    const out = join(tmp, 'nl');
    expect(run('baseline', 'data/sample-partnership', '--out', out, '--lang', 'nl').code).toBe(0);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(
      /^## Aanbevolen gezamenlijke activiteiten$/m,
    );
  });

  it('validate exits 0 on clean input and 1 when rows were rejected, listing each with its location', () => {
    expect(run('validate', 'data/sample-partnership').code).toBe(0);
    const r = run('validate', 'data/sample-partnership-messy');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/expertise-aanvulling\.csv:5 \[niveau\] "7" invalid_level/);
    expect(r.stdout).toMatch(/80 rows: 75 accepted, 5 rejected/);
  });

  it('validate --format json prints the ingestion report as JSON', () => {
    const r = run('validate', 'data/sample-partnership-messy', '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.rejected).toHaveLength(5);
    expect(
      report.files.every(
        (f: { rows: number; accepted: number; rejected: number }) => f.accepted + f.rejected === f.rows,
      ),
    ).toBe(true);
  });

  it('bad input: one clear line on stderr, exit 1, no stack trace', () => {
    const r = run('baseline', 'no/such/dir', '--out', join(tmp, 'x'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^partner-synergy: error \[E_IO\]: Cannot read "no\/such\/dir"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a directory without members gives exit 1 with the fix', () => {
    const dir = join(tmp, 'nomembers');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeFileSync(join(dir, 'expertise.csv'), 'member,theme,level\nA,gbv,3\n');
    const r = run('baseline', dir, '--out', join(tmp, 'y'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E_NO_MEMBERS.*members\.csv/);
  });

  it('usage errors exit 2: missing --out, unknown option, bad --weights, bad --top', () => {
    expect(run('baseline', 'data/sample-partnership').code).toBe(2);
    expect(run('baseline', 'data/sample-partnership', '--out', join(tmp, 'z'), '--bogus').code).toBe(2);
    const w = run('baseline', 'data/sample-partnership', '--out', join(tmp, 'z'), '--weights', 'colour=1');
    expect(w.code).toBe(2);
    expect(w.stderr).toMatch(/unknown key "colour"/);
    expect(run('baseline', 'data/sample-partnership', '--out', join(tmp, 'z'), '--top', '0').code).toBe(2);
  });

  it('--help works on every command', () => {
    for (const cmd of [[], ['baseline'], ['validate']]) {
      const r = run(...cmd, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: partner-synergy/);
    }
  });

  it('--weights changes the result (geography-only context)', () => {
    const a = join(tmp, 'w1');
    const b = join(tmp, 'w2');
    run('baseline', 'data/sample-partnership', '--out', a);
    run('baseline', 'data/sample-partnership', '--out', b, '--weights', 'geography=1,sectors=0');
    expect(readFileSync(join(a, 'synergy.csv'), 'utf8')).not.toBe(
      readFileSync(join(b, 'synergy.csv'), 'utf8'),
    );
  });

  it('a file over --max-bytes is refused before reading, naming the limit', () => {
    const r = run('validate', 'data/sample-partnership', '--max-bytes', '100');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E_LIMIT.*limit of 100/);
  });
});
