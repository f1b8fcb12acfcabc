/**
 * The bad-input corpus (tests/corpus/, table in cases.ts) through the whole pipeline: every case
 * gives exactly the expected accepted/rejected counts and issue codes, or the expected typed
 * error; nothing else is ever thrown; every output built from it is valid and safe; the CLI
 * `validate` command agrees and never reports an unexpected error.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import { runCli } from '../../src/cli/program.js';
import { PartnerSynergyError } from '../../src/errors.js';
import {
  type IngestResult,
  PARSE_OPTION_KEYS,
  parsePartnership,
} from '../../src/normalise/parsePartnership.js';
import { pickOptions } from '../../src/optionKeys.js';
import { parseInputFiles } from '../../src/workbook/parseFiles.js';
import { repoRoot } from '../helpers.js';
import { CASES, type CorpusCase, type ExpectedError } from './cases.js';
import {
  COMMITTED_GENERATED,
  COMMITTED_GENERATED_16,
  CORPUS_DIR,
  LARGE_GENERATED,
  writeGenerated,
} from './generate.js';
import { expectAccounting, expectSafeOutputs, type PipelineOutput, runPipeline } from './pipeline.js';

const FIXTURES = join(repoRoot, 'tests/fixtures/csv-conformance');
let largeDir = '';

beforeAll(() => {
  largeDir = mkdtempSync(join(tmpdir(), 'partner-synergy-corpus-'));
  writeGenerated(LARGE_GENERATED, largeDir);
});
afterAll(() => {
  if (largeDir !== '') rmSync(largeDir, { recursive: true, force: true });
});

/** The path the CLI reads for a case: its directory, or the one fixture file. */
function casePath(c: CorpusCase): string {
  const s = c.source;
  if ('dir' in s) return join(CORPUS_DIR, s.dir);
  if ('large' in s) return join(largeDir, s.large);
  return join(FIXTURES, s.fixture);
}

function loadCase(c: CorpusCase): Record<string, Uint8Array> {
  const path = casePath(c);
  const names = 'fixture' in c.source ? [''] : readdirSync(path).sort();
  const files: Record<string, Uint8Array> = {};
  for (const name of names) {
    const file = name === '' ? path : join(path, name);
    files[basename(file)] = new Uint8Array(readFileSync(file));
  }
  return files;
}

function expectThrows(run: () => unknown, expected: ExpectedError): void {
  let thrown: unknown;
  try {
    run();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected a typed error').toBeInstanceOf(expected.error);
  const err = thrown as PartnerSynergyError & { limit?: string; option?: string };
  expect(err.code).toBe(expected.code);
  if (expected.which !== undefined) expect(err.limit ?? err.option).toBe(expected.which);
  expect(err.message.length).toBeGreaterThan(20);
}

const distinct = (codes: readonly string[]) => [...new Set(codes)].sort();

describe('bad-input corpus', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const files = loadCase(c);
    const { expected } = c;
    // parsePartnership takes only the parse options of a case (it rejects the others as unknown keys)
    const parseOptions = pickOptions(c.options ?? {}, PARSE_OPTION_KEYS);
    if (expected.throws !== undefined) {
      expectThrows(() => parsePartnership(files, parseOptions), expected.throws);
      expectThrows(() => buildBaseline(files, c.options), expected.throws);
      return;
    }
    const result: IngestResult = parsePartnership(files, parseOptions);
    expectAccounting(result);
    const sum = (k: 'rows' | 'accepted' | 'rejected') => result.files.reduce((n, f) => n + f[k], 0);
    expect({
      rows: sum('rows'),
      accepted: sum('accepted'),
      rejected: sum('rejected'),
      codes: distinct(result.rejected.map((i) => i.code)),
      members: result.partnership.members.length,
    }).toEqual({
      rows: expected.rows,
      accepted: expected.accepted,
      rejected: expected.rejected,
      codes: [...expected.codes],
      members: expected.members,
    });
    if (expected.warnings !== undefined) {
      expect(distinct(result.warnings.map((i) => i.code))).toEqual([...expected.warnings]);
    }

    let out: PipelineOutput | null = null;
    if (expected.baselineThrows !== undefined) {
      expectThrows(() => buildBaseline(files, c.options), expected.baselineThrows);
    } else if (expected.members === 0) {
      expectThrows(() => buildBaseline(files, c.options), {
        error: PartnerSynergyError,
        code: 'E_NO_MEMBERS',
      });
    } else {
      // Build from the parse result (buildBaseline's own parsing is exercised by the throwing cases).
      out = runPipeline(result, c.options);
      expectSafeOutputs(out);
      // The baseline reports exactly what parsing found.
      expect(out.json.ingest.files).toEqual(result.files);
      expect(out.json.ingest.rejected).toHaveLength(result.rejected.length);
    }
    c.check?.({ files, result, out });
  });
});

describe('bad-input corpus through the CLI (validate --format json)', () => {
  // The CLI can pass only --max-bytes; cases with other options are covered above.
  const cliCases = CASES.filter((c) => c.options === undefined);

  it.each(cliCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
    };
    const code = await runCli(['validate', casePath(c), '--format', 'json'], io);
    expect(stderr).not.toMatch(/unexpected error|at .*\.ts:\d+/);
    const report = JSON.parse(stdout) as { files: IngestResult['files']; rejected: unknown[] };
    // The CLI reads a file that starts like a zip (an .xlsx renamed .csv) as a workbook.
    const input = Object.entries(loadCase(c)).map(([name, content]) => ({ name, content }));
    const expected = parseInputFiles(input);
    expect(report.files).toEqual(expected.files);
    expect(code).toBe(expected.rejected.length > 0 ? 1 : 0);
  });

  it('refuses a file over --max-bytes before reading it, with the limit and the flag named', async () => {
    let stderr = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } };
    const code = await runCli(['validate', join(largeDir, 'cell-1mb'), '--max-bytes', '1000000'], io);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error \[E_LIMIT\]: members\.csv .*1000000.*--max-bytes/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('corpus files', () => {
  it('committed binary files are exactly what generate.ts writes', () => {
    for (const [dir, files] of Object.entries({ ...COMMITTED_GENERATED, ...COMMITTED_GENERATED_16 })) {
      for (const [name, make] of Object.entries(files)) {
        expect(new Uint8Array(readFileSync(join(CORPUS_DIR, dir, name))), `${dir}/${name}`).toEqual(make());
      }
    }
  });

  it('every corpus directory is used by a case, and every case directory exists', () => {
    const used = new Set(CASES.flatMap((c) => ('dir' in c.source ? [c.source.dir] : [])));
    const present = readdirSync(CORPUS_DIR).filter((d) => !d.startsWith('.'));
    expect(present.sort()).toEqual([...used].sort());
    for (const name of Object.keys(LARGE_GENERATED)) {
      expect(CASES.some((c) => 'large' in c.source && c.source.large === name)).toBe(true);
    }
  });
});
