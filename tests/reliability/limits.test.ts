/**
 * Limits: input over a size limit fails fast with a LimitError that names the limit, the value
 * found and the option (or CLI flag) that raises it, through parsePartnership, buildBaseline and
 * the CLI; the defaults are generous; and input within the limits does not hang.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBaseline, DEFAULT_BASELINE_MAX_MEMBERS } from '../../src/baseline/buildBaseline.js';
import { runCli } from '../../src/cli/program.js';
import { LimitError, OptionsError } from '../../src/errors.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { parsePartnership } from '../../src/normalise/parsePartnership.js';

const MEMBERS = 'id,name\nFTA,Fair Threads Alliance\nSEW,Stichting Eerlijk Werk\n';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}

function elapsed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const membersCsv = (n: number) =>
  `id,name\n${Array.from({ length: n }, (_, i) => `M${i},Member ${i}\n`).join('')}`;

describe('size limits through parsePartnership and buildBaseline', () => {
  it('defaults are generous: 100 MiB, 1,000,000 rows, 20,000 columns, 2,000,000 characters per cell', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxBytes: 100 * 1024 * 1024,
      maxRows: 1_000_000,
      maxColumns: 20_000,
      maxCellChars: 2_000_000,
    });
    expect(DEFAULT_BASELINE_MAX_MEMBERS).toBe(1500);
  });

  it('maxBytes is checked before decoding: a 64 MiB file over a 1 MiB limit fails at once', () => {
    const big = new Uint8Array(64 * 1024 * 1024).fill(0x41);
    let err: unknown;
    const ms = elapsed(() => {
      err = caught(() => parsePartnership({ 'members.csv': big }, { limits: { maxBytes: 1024 * 1024 } }));
    });
    expect(err).toBeInstanceOf(LimitError);
    expect(err).toMatchObject({ code: 'E_LIMIT', limit: 'maxBytes', max: 1024 * 1024, actual: big.length });
    expect((err as Error).message).toMatch(/^members\.csv: .*limits\.maxBytes/);
    expect(ms).toBeLessThan(250);
  });

  it('maxBytes counts UTF-16 code units for text input', () => {
    const text = `${MEMBERS}${'x'.repeat(100)}`;
    expect(
      caught(() => parsePartnership({ 'members.csv': text }, { limits: { maxBytes: text.length - 1 } })),
    ).toMatchObject({ limit: 'maxBytes', actual: text.length });
    expect(() =>
      parsePartnership({ 'members.csv': text }, { limits: { maxBytes: text.length } }),
    ).not.toThrow();
  });

  it('maxRows names the file and stops reading at the first row over the limit', () => {
    const expertise = `member,theme,level\n${'FTA,living wage,4\n'.repeat(50_000)}`;
    const err = caught(() =>
      buildBaseline({ 'members.csv': MEMBERS, 'expertise.csv': expertise }, { limits: { maxRows: 1000 } }),
    );
    expect(err).toBeInstanceOf(LimitError);
    expect(err).toMatchObject({ limit: 'maxRows', max: 1000, actual: 1001 });
    expect((err as Error).message).toMatch(
      /^expertise\.csv: more than 1000 data rows .*limits: \{ maxRows: /,
    );
  });

  it('a limit applies to every file, and a file exactly at the limit is accepted', () => {
    const files = { 'members.csv': MEMBERS, 'expertise.csv': 'member,theme,level\nFTA,gbv,3\nSEW,gbv,4\n' };
    expect(parsePartnership(files, { limits: { maxRows: 2 } }).rejected).toEqual([]);
    expect(caught(() => parsePartnership(files, { limits: { maxRows: 1 } }))).toMatchObject({
      limit: 'maxRows',
    });
    expect(caught(() => parsePartnership(files, { limits: { maxColumns: 2 } }))).toMatchObject({
      limit: 'maxColumns',
    });
    expect(caught(() => parsePartnership(files, { limits: { maxCellChars: 21 } }))).toMatchObject({
      limit: 'maxCellChars',
      actual: 'Stichting Eerlijk Werk'.length,
    });
  });

  it('invalid limits are OptionsErrors naming the limit', () => {
    for (const [limits, option] of [
      [{ maxBytes: 0 }, 'limits.maxBytes'],
      [{ maxRows: -1 }, 'limits.maxRows'],
      [{ maxColumns: Number.NaN }, 'limits.maxColumns'],
      [{ maxCellChars: '10' as unknown as number }, 'limits.maxCellChars'],
    ] as const) {
      const err = caught(() => parsePartnership({ 'members.csv': MEMBERS }, { limits }));
      expect(err).toBeInstanceOf(OptionsError);
      expect((err as OptionsError).option).toBe(option);
    }
  });
});

describe('members limit (all-pairs matrices)', () => {
  it('more members than maxMembers fails with LimitError before any pair is computed', () => {
    const err = caught(() => buildBaseline({ 'members.csv': membersCsv(11) }, { maxMembers: 10 }));
    expect(err).toBeInstanceOf(LimitError);
    expect(err).toMatchObject({ code: 'E_LIMIT', limit: 'maxMembers', max: 10, actual: 11 });
    expect((err as Error).message).toMatch(
      /11 members is more than the limit of 10 \(maxMembers\).*maxMembers: 11/,
    );
    expect(
      buildBaseline({ 'members.csv': membersCsv(10) }, { maxMembers: 10 }).partnership.members,
    ).toHaveLength(10);
  });

  it('the default stops a partnership of 1,501 members quickly instead of building 8 x 1501² cells', () => {
    const files = { 'members.csv': membersCsv(DEFAULT_BASELINE_MAX_MEMBERS + 1) };
    let err: unknown;
    const ms = elapsed(() => {
      err = caught(() => buildBaseline(files));
    });
    expect(err).toMatchObject({ limit: 'maxMembers', max: 1500, actual: 1501 });
    expect(ms).toBeLessThan(5000);
  });

  it('applies to already-normalised records too, and rejects a maxMembers that is not a whole number >= 1', () => {
    const partnership = buildBaseline({ 'members.csv': membersCsv(3) }).partnership;
    expect(caught(() => buildBaseline({ partnership }, { maxMembers: 2 }))).toMatchObject({
      limit: 'maxMembers',
    });
    for (const maxMembers of [0, 1.5, Number.NaN]) {
      expect(caught(() => buildBaseline({ partnership }, { maxMembers }))).toMatchObject({
        code: 'E_OPTIONS',
        option: 'maxMembers',
      });
    }
  });

  it('invalid weights fail before the files are read', () => {
    // A file over maxBytes would throw LimitError if it were read first.
    const err = caught(() =>
      buildBaseline(
        { 'members.csv': MEMBERS },
        { limits: { maxBytes: 10 }, presenceWeights: { office: Number.NaN } },
      ),
    );
    expect(err).toBeInstanceOf(OptionsError);
  });
});

describe('CLI --max-bytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'partner-synergy-limits-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('baseline: a file over the limit exits 1 with one line naming the limit and the flag; nothing is written', async () => {
    const input = join(dir, 'input');
    mkdirSync(input);
    writeFileSync(join(input, 'members.csv'), `${MEMBERS}${'SEW2,x\n'.repeat(100)}`);
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } };
    const out = join(dir, 'out');
    const code = await runCli(['baseline', input, '-o', out, '--max-bytes', '500'], io);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^partner-synergy: error \[E_LIMIT\]: members\.csv .*500.*--max-bytes/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a --max-bytes that is not a positive whole number as a usage error (exit 2)', async () => {
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } };
    expect(await runCli(['validate', dir, '--max-bytes', '-5'], io)).toBe(2);
    expect(stderr).toMatch(/--max-bytes/);
  });
});

describe('no hangs within the limits', () => {
  it('merging duplicate rows is linear: 3,000 copies of one row take about as long as 3,000 distinct rows', () => {
    // BUG (src/normalise/merge.ts): every merge re-sorts all sources so far (mergeSources), so n
    // duplicates cost O(n² log n): 5,000 copies ~8 s, 20,000 copies ~3 minutes.
    const n = 3000;
    const members = membersCsv(n);
    const distinct = `member,theme,level\n${Array.from({ length: n }, (_, i) => `M${i},living wage,4\n`).join('')}`;
    const copies = `member,theme,level\n${'M1,living wage,4\n'.repeat(n)}`;
    parsePartnership({ 'members.csv': members, 'expertise.csv': distinct }); // warm up
    const base = elapsed(() => parsePartnership({ 'members.csv': members, 'expertise.csv': distinct }));
    let warnings = 0;
    const dup = elapsed(() => {
      warnings = parsePartnership({ 'members.csv': members, 'expertise.csv': copies }).warnings.length;
    });
    expect(warnings).toBe(n - 1);
    expect(dup).toBeLessThan(3 * base + 500);
  });

  it('a stray quote early in a large file does not make reading quadratic', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `M${i},"Member ${i}\n`).join('');
    const ms = elapsed(() => parsePartnership({ 'members.csv': `id,name\n${rows}` }));
    expect(ms).toBeLessThan(10_000);
  });
});
