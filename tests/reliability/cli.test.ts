/**
 * The CLI reliability corpus (cliCases.ts): every row gives its exit code and its one line, within
 * its time, never "unexpected error", never a stack trace; plus the dashboard server's redirects.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../scripts/serve-dashboard.mjs';
import { runCli } from '../../src/cli/program.js';
import { repoRoot } from '../helpers.js';
import { CLI_CASES, type CliCase, type CliRun } from './cliCases.js';

const root = mkdtempSync(join(tmpdir(), 'partner-synergy-cli-corpus-'));
// Other users (the unwritable-folder case runs as nobody) may enter it.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const cli = join(repoRoot, 'dist/cli.js');

async function runInProcess(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const start = performance.now();
  const code = await runCli(args, io);
  return { code, stdout, stderr, ms: performance.now() - start };
}

/** Run the built CLI as user nobody (root ignores folder permissions), or in-process when not root. */
async function runAsNobody(args: string[]): Promise<CliRun | null> {
  if (!isRoot) return runInProcess(args);
  if (setpriv === undefined || !existsSync(cli)) return null;
  const start = performance.now();
  const r = spawnSync(
    setpriv,
    ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cli, ...args],
    {
      encoding: 'utf8',
    },
  );
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - start };
}

describe('CLI reliability corpus (issue 16)', () => {
  it.each(CLI_CASES.map((c) => [`${c.class}. ${c.name}`, c] as const))('%s', async (_name, c: CliCase) => {
    const caseDir = mkdtempSync(join(root, 'case-'));
    chmodSync(caseDir, 0o755);
    const args = c.setup(caseDir);
    const run = c.asNobody ? await runAsNobody(args) : await runInProcess(args);
    if (run === null) {
      console.warn(`skipped "${c.name}": running as root without setpriv or without a built dist/cli.js`);
      return;
    }
    const { expected } = c;
    expect(run.stderr).not.toMatch(/unexpected error|this is a bug|at .*\.[jt]s:\d+/);
    expect(run.code, run.stderr).toBe(expected.code);
    expect(run.ms).toBeLessThan(expected.within ?? 15_000);
    if (expected.stderr !== undefined) {
      expect(run.stderr.trimEnd().split('\n'), 'one line').toHaveLength(1);
      expect(run.stderr).toMatch(expected.stderr);
    }
    if (expected.rows !== undefined) {
      const report = JSON.parse(run.stdout) as { files: { accepted: number; rejected: number }[] };
      const sum = (k: 'accepted' | 'rejected') => report.files.reduce((n, f) => n + f[k], 0);
      expect({ accepted: sum('accepted'), rejected: sum('rejected') }).toEqual(expected.rows);
    }
    c.check?.(caseDir, run);
  });
});

describe('dashboard server (class 8)', () => {
  let server: StaticServer | null = null;
  afterAll(async () => server?.close());

  const get = (path: string) =>
    new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
      const url = new URL(server!.url);
      const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, location: res.headers.location });
      });
      req.on('error', reject);
      req.end();
    });

  it('never answers //docs (or /\\docs) with a protocol-relative redirect', async () => {
    server = await startStaticServer({ port: 0 });
    for (const path of ['//docs', '///docs', '/docs']) {
      const res = await get(path);
      expect(res.status, path).toBe(301);
      expect(res.location, path).toBe('/docs/');
    }
    // A backslash is a file name character on Linux: not found, and never a redirect elsewhere.
    expect(await get('/\\docs')).toMatchObject({ status: 404, location: undefined });
  });
});
