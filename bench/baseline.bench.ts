/**
 * The whole command: `partner-synergy baseline` end to end on seeded synthetic partnerships
 * (N = 100, 800 and 3,000; T = 300 themes, K = 249 countries, S = 60 sectors, about 20
 * categories per member per dimension, seed 1), as a user runs it: the built CLI in its own
 * process, reading the CSV files bench/generate.ts writes and writing every output.
 *
 * Per N, in the same run:
 * 1. the command with its defaults and `--timings` (time of each stage, from its stderr), wall
 *    time, CPU time and peak RSS of the process (bench/processStats.mjs), size of every output;
 * 2. the independent reference, bench/reference.py (pandas + scipy.sparse + scikit-learn: the
 *    same CSV files, sparse profiles, sum of min and sum of max from manhattan_distances and row
 *    sums), wall time of its process, and the ratio;
 * 3. up to N = 800 (`--check-max`), the command again with `--matrices full`, and the reference
 *    compares every cell of the eight matrices with baseline.json.
 *
 * `npm run bench` runs it with the other benchmarks; alone: `tsx bench/baseline.bench.ts
 * [--n 100,800,3000] [--check-max 800]`. Writes bench/RESULTS-baseline.md. Python: $PYTHON when
 * set, else the first of python3 and /usr/bin/python3 that has pandas, scipy and scikit-learn;
 * without one the reference is skipped, with a warning on stderr and in the results.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePartnership, partnershipToCsv } from './generate.js';
import { markdownTable } from './markdown.js';
import type { Bench, BenchRow } from './types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const STATS = pathToFileURL(join(ROOT, 'bench/processStats.mjs')).href;
const REFERENCE = join(ROOT, 'bench/reference.py');
const RESULTS = join(ROOT, 'bench/RESULTS-baseline.md');
const PYTHON_HINT =
  'no python3 with pandas, scipy and scikit-learn was found (Debian: apt-get install -y python3-sklearn python3-pandas; or set PYTHON=/path/to/python3)';

/** The synthetic partnership of the issue: 300 themes, 249 countries, 60 sectors, ~20 per member. */
function writePartnership(n: number, dir: string): void {
  const p = generatePartnership({ n, themes: 300, countries: 249, sectors: 60, perMember: 20, seed: 1 });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(partnershipToCsv(p))) writeFileSync(join(dir, name), text);
}

interface CommandRun {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMiB: number;
  /** Stage name (as the CLI prints it) -> milliseconds, in pipeline order. */
  readonly stages: [string, number][];
  readonly sizes: [string, number][];
}

/** Run `partner-synergy baseline` in its own process and read what it reports. */
function runBaseline(dir: string, out: string, n: number, extra: readonly string[]): CommandRun {
  rmSync(out, { recursive: true, force: true });
  const args = ['--import', STATS, CLI, 'baseline', dir, '--out', out, '--max-members', String(n), ...extra];
  const t0 = performance.now();
  const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (res.status !== 0) throw new Error(`partner-synergy baseline failed (N = ${n}):\n${res.stderr}`);
  const statsLine = res.stderr.split('\n').find((l) => l.startsWith('__process_stats__ '));
  const stats = JSON.parse(statsLine?.slice('__process_stats__ '.length) ?? '{}') as {
    cpuMs: number;
    peakRssMiB: number;
  };
  const stages: [string, number][] = [];
  const lines = res.stderr.split('\n');
  const from = lines.findIndex((l) => l.startsWith('Time per stage'));
  for (const line of from < 0 ? [] : lines.slice(from + 1)) {
    const m = /^ {2}(.+?) +([\d,]+)$/.exec(line);
    if (m) stages.push([m[1]!, Number(m[2]!.replaceAll(',', ''))]);
  }
  const sizes = readdirSync(out)
    .sort()
    .map((f): [string, number] => [f, statSync(join(out, f)).size]);
  return { ms, cpuMs: stats.cpuMs, peakRssMiB: stats.peakRssMiB, stages, sizes };
}

/** A python3 that can import pandas, scipy and scikit-learn ($PYTHON only, when set), or null. */
function findPython(): string | null {
  const chosen = process.env.PYTHON;
  const candidates = chosen ? [chosen] : ['python3', '/usr/bin/python3'];
  for (const python of candidates) {
    const res = spawnSync(python, ['-c', 'import pandas, scipy, sklearn'], { encoding: 'utf8' });
    if (res.status === 0) return python;
  }
  return null;
}

interface ReferenceRun {
  readonly ms: number;
  readonly report: {
    cpuSeconds: number;
    imports: number;
    read: number;
    profiles: number;
    matrices: number;
    peakRssMiB: number;
    check?: { cells: number; different: number; examples: string[] };
  };
}

function runReference(python: string, dir: string, check?: string): ReferenceRun {
  const t0 = performance.now();
  const args = [REFERENCE, dir, ...(check ? ['--check', check] : [])];
  const res = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
  const ms = performance.now() - t0;
  if (res.status !== 0) throw new Error(`bench/reference.py failed:\n${res.stderr}`);
  return { ms, report: JSON.parse(res.stdout.trim().split('\n').pop()!) };
}

interface SizeResult {
  readonly n: number;
  readonly run: CommandRun;
  readonly reference: ReferenceRun | null;
  readonly check: NonNullable<ReferenceRun['report']['check']> | null;
  /** The `--matrices full` run of the check: wall time and size of its baseline.json. */
  readonly fullRun: { readonly ms: number; readonly peakRssMiB: number; readonly jsonBytes: number } | null;
}

const sec = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1);

function stageTable(results: readonly SizeResult[]): string {
  const names: string[] = [];
  for (const r of results) for (const [s] of r.run.stages) if (!names.includes(s)) names.push(s);
  const header = ['stage', ...results.map((r) => `N = ${r.n.toLocaleString('en-US')} (s)`)];
  const rows = names.map((s) => [
    s,
    ...results.map((r) => sec(r.run.stages.find(([x]) => x === s)?.[1] ?? 0)),
  ]);
  rows.push(['process wall time', ...results.map((r) => sec(r.run.ms))]);
  rows.push(['process CPU time', ...results.map((r) => sec(r.run.cpuMs))]);
  rows.push(['peak RSS (MiB)', ...results.map((r) => r.run.peakRssMiB.toFixed(0))]);
  const recs = (r: SizeResult) => r.run.stages.find(([x]) => x === 'recommendations')?.[1] ?? 0;
  const total = (r: SizeResult) => r.run.stages.find(([x]) => x === 'total')?.[1] ?? r.run.ms;
  rows.push([
    'recommendations, share of total',
    ...results.map((r) => `${((100 * recs(r)) / total(r)).toFixed(0)} %`),
  ]);
  return markdownTable(
    header,
    header.map((_, i) => i > 0),
    rows,
  );
}

function sizeTable(results: readonly SizeResult[]): string {
  const names: string[] = [];
  for (const r of results) for (const [f] of r.run.sizes) if (!names.includes(f)) names.push(f);
  const header = ['output', ...results.map((r) => `N = ${r.n.toLocaleString('en-US')} (MB)`)];
  const rows = names.map((f) => [f, ...results.map((r) => mb(r.run.sizes.find(([x]) => x === f)?.[1] ?? 0))]);
  rows.push(['total', ...results.map((r) => mb(r.run.sizes.reduce((s, [, b]) => s + b, 0)))]);
  return markdownTable(
    header,
    header.map((_, i) => i > 0),
    rows,
  );
}

function referenceTable(results: readonly SizeResult[], python: string | null): string {
  if (python === null) return `The pandas reference was skipped: ${PYTHON_HINT}.`;
  const header = [
    'N',
    'baseline (s)',
    'reference (s)',
    'ratio',
    'reference: imports / read / profiles / matrices (s)',
    'reference peak RSS (MiB)',
    'cells compared (--matrices full)',
    '--matrices full: time (s), peak RSS (MiB), baseline.json (MB)',
  ];
  const rows = results.map((r) => {
    const ref = r.reference!;
    const x = ref.report;
    const check =
      r.check === null
        ? 'not checked'
        : r.check.different === 0
          ? `${r.check.cells.toLocaleString('en-US')}, all equal`
          : `${r.check.cells.toLocaleString('en-US')}, ${r.check.different} differ: ${r.check.examples.join('; ')}`;
    return [
      r.n.toLocaleString('en-US'),
      sec(r.run.ms),
      sec(ref.ms),
      `${(r.run.ms / ref.ms).toFixed(2)}x`,
      [x.imports, x.read, x.profiles, x.matrices].map((s) => s.toFixed(2)).join(' / '),
      x.peakRssMiB.toFixed(0),
      check,
      r.fullRun === null
        ? 'not run'
        : `${sec(r.fullRun.ms)}, ${r.fullRun.peakRssMiB.toFixed(0)}, ${mb(r.fullRun.jsonBytes)}`,
    ];
  });
  return markdownTable(header, [true, true, true, true, false, true, false, false], rows);
}

function writeResults(results: readonly SizeResult[], python: string | null, load: readonly number[]): void {
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const md = [
    '# Whole-command benchmark: partner-synergy baseline',
    '',
    `Machine: ${machine}. Load average at start ${load[0]?.toFixed(2)}, at end ${loadavg()[0]?.toFixed(2)}. Python: ${python ?? 'none'}.`,
    "Generated by `tsx bench/baseline.bench.ts` (also part of `npm run bench`). Synthetic partnerships of bench/generate.ts: 300 themes, 249 countries, 60 sectors, about 20 categories per member per dimension, seed 1. Default options (matrices `auto`: full up to 200 members, each member's top 10 partners above).",
    '',
    '## Time per stage',
    '',
    stageTable(results),
    '',
    '## Output sizes',
    '',
    sizeTable(results),
    '',
    '## The pandas + scipy.sparse + scikit-learn reference (bench/reference.py), same files, same run',
    '',
    referenceTable(results, python),
    '',
  ].join('\n');
  writeFileSync(RESULTS, md);
}

/** Run the whole-command benchmark for the given sizes; the equality check up to checkMax members. */
export async function runBaselineBench(sizes: readonly number[], checkMax: number): Promise<BenchRow[]> {
  const load = loadavg();
  const work = mkdtempSync(join(tmpdir(), 'ps-bench-baseline-'));
  const python = findPython();
  if (python === null) process.stderr.write(`\n  WARNING: pandas reference skipped: ${PYTHON_HINT}\n\n`);
  const results: SizeResult[] = [];
  try {
    for (const n of sizes) {
      const dir = join(work, `n${n}`);
      writePartnership(n, dir);
      process.stderr.write(`  baseline N=${n}: running the command...\n`);
      const run = runBaseline(dir, join(work, `out${n}`), n, ['--timings']);
      const reference = python === null ? null : runReference(python, dir);
      let check: SizeResult['check'] = null;
      let fullRun: SizeResult['fullRun'] = null;
      if (python !== null && n <= checkMax) {
        const full = join(work, `full${n}`);
        const f = runBaseline(dir, full, n, ['--matrices', 'full']);
        const jsonBytes = f.sizes.find(([name]) => name === 'baseline.json')?.[1] ?? 0;
        fullRun = { ms: f.ms, peakRssMiB: f.peakRssMiB, jsonBytes };
        check = runReference(python, dir, join(full, 'baseline.json')).report.check ?? null;
        rmSync(full, { recursive: true, force: true });
      }
      results.push({ n, run, reference, check, fullRun });
      process.stderr.write(
        `  baseline N=${n}: ${sec(run.ms)} s, ${run.peakRssMiB.toFixed(0)} MiB${reference ? `; reference ${sec(reference.ms)} s (${(run.ms / reference.ms).toFixed(2)}x)` : ''}${check ? `; ${check.cells} cells compared, ${check.different} differ` : ''}\n`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeResults(results, python, load);
  return results.flatMap((r): BenchRow[] => {
    const total = r.run.sizes.reduce((s, [, b]) => s + b, 0);
    const target = r.n === 800 ? '<= 0.5x the reference' : r.n === 3000 ? '< 60 s, < 2 GiB' : '';
    const met =
      r.n === 800 && r.reference
        ? r.run.ms <= 0.5 * r.reference.ms
        : r.n === 3000
          ? r.run.ms < 60_000 && r.run.peakRssMiB < 2048
          : null;
    const recs = r.run.stages.find(([s]) => s === 'recommendations')?.[1] ?? 0;
    const rows: BenchRow[] = [
      {
        case: 'partner-synergy baseline, end to end (defaults)',
        n: r.n,
        ms: r.run.ms,
        cpuMs: r.run.cpuMs,
        runs: 1,
        peakRssMiB: r.run.peakRssMiB,
        target,
        met,
        note: `recommendations ${sec(recs)} s; outputs ${mb(total)} MB; stages in bench/RESULTS-baseline.md`,
      },
    ];
    if (r.reference) {
      rows.push({
        case: 'bench/reference.py (pandas + scipy.sparse + scikit-learn), same files',
        n: r.n,
        ms: r.reference.ms,
        cpuMs: r.reference.report.cpuSeconds * 1000,
        runs: 1,
        peakRssMiB: r.reference.report.peakRssMiB,
        target: '',
        met: null,
        note: `baseline / reference = ${(r.run.ms / r.reference.ms).toFixed(2)}x${r.check ? `; ${r.check.cells.toLocaleString('en-US')} cells, ${r.check.different} differ` : ''}`,
      });
    }
    return rows;
  });
}

/** The whole-command benchmark, for bench/run.ts. */
export const baselineBench: Bench = {
  name: 'baseline',
  run: () => runBaselineBench([100, 800, 3000], 800),
};

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '100,800,3000' },
      'check-max': { type: 'string', default: '800' },
    },
  });
  const sizes = String(values.n)
    .split(',')
    .map((x) => Number(x.trim()));
  if (sizes.some((x) => !Number.isInteger(x) || x < 2))
    throw new Error(`--n must list whole numbers >= 2, got ${values.n}`);
  const rows = await runBaselineBench(sizes, Number(values['check-max']));
  process.stdout.write(`${rows.map((r) => `${r.case} N=${r.n}: ${sec(r.ms)} s (${r.note})`).join('\n')}\n`);
}
