/**
 * Metrics benchmarks: all-pairs matrices (computeMetrics + the synergy matrix) at N = 100, 1,000,
 * 5,000 and top-k (k = 10) at N = 5,000 and 50,000 (JavaScript scan, WebAssembly kernel, and the
 * Node entry's worker threads), on seeded synthetic partnerships (T = 300 themes,
 * K = 250 countries, S = 60 sectors, about 20 categories per member per dimension).
 *
 * Each case runs in its own child process (`node --import tsx bench/metrics.bench.ts --child
 * <case>`), so its peak RSS (process.resourceUsage().maxRSS) is its own; the parallel top-k case
 * runs in three (each cold, as a user's single call) and reports their median. The child
 * generates the partnership (not timed), then times the measured call; it prints one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { computeMetrics } from '../src/metrics/computeMetrics.js';
import { topSynergyPartnersWith } from '../src/metrics/topSynergyPartners.js';
import { generatePartnership } from './generate.js';
import type { Bench, BenchRow } from './types.js';

type CaseKind = 'allpairs-synergy' | 'allpairs-every-matrix' | 'topk' | 'topk-js' | 'topk-parallel';

interface CaseSpec {
  readonly kind: CaseKind;
  readonly n: number;
  readonly runs: number;
  /** Child processes to run the case in (each cold, runs times); the median over all is reported. */
  readonly processes?: number;
  readonly targetMs?: number;
  readonly maxRssMiB?: number;
}

const CASES: readonly CaseSpec[] = [
  { kind: 'allpairs-synergy', n: 100, runs: 20 },
  { kind: 'allpairs-synergy', n: 1000, runs: 5 },
  { kind: 'allpairs-synergy', n: 5000, runs: 3, targetMs: 1000 },
  { kind: 'allpairs-every-matrix', n: 1000, runs: 3 },
  { kind: 'allpairs-every-matrix', n: 5000, runs: 1 },
  { kind: 'topk-js', n: 5000, runs: 1 },
  { kind: 'topk', n: 5000, runs: 1 },
  { kind: 'topk-js', n: 50000, runs: 1 },
  { kind: 'topk', n: 50000, runs: 1 },
  { kind: 'topk-parallel', n: 50000, runs: 1, processes: 3, targetMs: 10000, maxRssMiB: 2048 },
];

const LABEL: Record<CaseKind, string> = {
  'allpairs-synergy': 'computeMetrics + synergy.values (all three dimensions)',
  'allpairs-every-matrix': 'computeMetrics + values of all 9 matrices',
  'topk-js': 'topSynergyPartners, k = 10, JavaScript scan only (before the kernel)',
  topk: 'topSynergyPartners, k = 10 (WebAssembly kernel, one thread)',
  'topk-parallel': 'topSynergyPartnersParallel, k = 10 (partner-synergy/node, worker threads)',
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Run one case in this process and return its timings (ms). */
async function runCase(spec: CaseSpec): Promise<{ times: number[]; cpu: number[]; checksum: number }> {
  // The parallel case runs the built package (npm run bench builds first), as users run it. The
  // specifier is computed, typed by the sources, so `npm run typecheck` passes before any build.
  const node =
    spec.kind === 'topk-parallel'
      ? ((await import(new URL('../dist/node.js', import.meta.url).href)) as typeof import('../src/node.js'))
      : null;
  const p = generatePartnership({
    n: spec.n,
    themes: 300,
    countries: 250,
    sectors: 60,
    perMember: 20,
    seed: 1,
  });
  const times: number[] = [];
  const cpu: number[] = [];
  let checksum = 0;
  for (let r = 0; r < spec.runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    if (spec.kind === 'topk' || spec.kind === 'topk-js' || spec.kind === 'topk-parallel') {
      const top =
        node !== null
          ? await node.topSynergyPartnersParallel(p, { k: 10 })
          : topSynergyPartnersWith(p, { k: 10 }, spec.kind === 'topk-js' ? 'js' : 'auto');
      checksum = top.reduce((s, t) => s + (t.partners[0]?.synergy ?? 0), 0);
    } else {
      const m = computeMetrics(p);
      checksum = m.synergy.values[1] ?? 0;
      if (spec.kind === 'allpairs-every-matrix') {
        for (const d of [m.expertise, m.geography, m.sectors])
          checksum += d.overlap.values[1]! + d.complementarity.values[1]!;
        checksum += m.context.values[1]! + m.duplication.values[1]!;
      }
    }
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { times, cpu, checksum };
}

async function child(arg: string): Promise<void> {
  const spec = JSON.parse(arg) as CaseSpec;
  const { times, cpu, checksum } = await runCase(spec);
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ times, cpu, checksum, peakRssMiB })}\n`);
}

/** The metrics benchmark: every case in a child process. */
export const metricsBench: Bench = {
  name: 'metrics',
  async run(): Promise<BenchRow[]> {
    const file = fileURLToPath(import.meta.url);
    const rows: BenchRow[] = [];
    for (const spec of CASES) {
      const times: number[] = [];
      const cpu: number[] = [];
      let peakRssMiB = 0;
      for (let child = 0; child < (spec.processes ?? 1); child++) {
        const res = spawnSync(process.execPath, ['--import', 'tsx', file, '--child', JSON.stringify(spec)], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        });
        const line = res.stdout.trim().split('\n').pop() ?? '';
        if (res.status !== 0 || !line.startsWith('{')) {
          throw new Error(`bench case ${JSON.stringify(spec)} failed: ${res.stderr}`);
        }
        const out = JSON.parse(line) as { times: number[]; cpu: number[]; peakRssMiB: number };
        times.push(...out.times);
        cpu.push(...out.cpu);
        peakRssMiB = Math.max(peakRssMiB, out.peakRssMiB);
      }
      const ms = median(times);
      const targets: string[] = [];
      let met: boolean | null = null;
      if (spec.targetMs !== undefined) {
        targets.push(`< ${spec.targetMs} ms`);
        met = ms < spec.targetMs;
      }
      if (spec.maxRssMiB !== undefined) {
        targets.push(`<= ${spec.maxRssMiB} MiB`);
        met = (met ?? true) && peakRssMiB <= spec.maxRssMiB;
      }
      const row: BenchRow = {
        case: LABEL[spec.kind],
        n: spec.n,
        ms,
        cpuMs: median(cpu),
        runs: spec.runs,
        peakRssMiB,
        target: targets.join(', '),
        met,
        note:
          times.length > 1
            ? `median of ${times.length}${spec.processes ? ` (separate processes)` : ''}; min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`
            : '',
      };
      rows.push(row);
      process.stderr.write(
        `  ${row.case} N=${row.n}: ${row.ms.toFixed(0)} ms, ${row.peakRssMiB.toFixed(0)} MiB\n`,
      );
    }
    return rows;
  },
};

const childAt = process.argv.indexOf('--child');
if (childAt >= 0 && process.argv[childAt + 1] !== undefined) await child(process.argv[childAt + 1]!);
