/**
 * Where the fast engine pays: plain TypeScript against `fastEngine` (partner-synergy/fast) at
 * N = 200, 600, 1,500 and 3,000, for the three full combined matrices (context, synergy,
 * duplication: what the engine takes over in computeMetrics) and for top-k (k = 10). Seeded
 * synthetic partnerships of bench/generate.ts in two shapes: `dense` (default: 300 themes, 250
 * countries, 60 sectors, about 20 categories per member per dimension, the shape of the other
 * metric benchmarks) and `sparse` (60 themes, 30 countries, 20 sectors, about 3 per member per
 * dimension: closer to a country's 3W table or a network of NGOs).
 *
 *   npx tsx bench/crossover.ts                   # dense; median of 5 runs per case (3 at N = 3,000)
 *   npx tsx bench/crossover.ts --shape sparse --runs 5
 *
 * Each case times only what the engine takes over (the profiles and pair indexes, the same for
 * both, are built before), alternates plain and fast runs in this process after one warm-up of
 * each (the kernel's one-off compile is timed apart), checks that both give the same values, and
 * reports wall and CPU time. Prints a Markdown table (docs/performance.md, "Fast engine", quotes one).
 */
import { cpus, loadavg } from 'node:os';
import { fastEngine } from '../src/fast/engine.js';
import { kernelInstance } from '../src/fast/kernel/kernel.js';
import { combinedSource } from '../src/metrics/combined.js';
import type { MetricsEngine } from '../src/metrics/engine.js';
import { resolveMetricsOptions } from '../src/metrics/options.js';
import { type PreparedPartnership, preparePartnership } from '../src/metrics/prepare.js';
import { topKOfPrepared } from '../src/metrics/topSynergyPartners.js';
import { generatePartnership } from './generate.js';
import { markdownTable } from './markdown.js';

const SIZES = [200, 600, 1500, 3000];
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
const shapeArg = process.argv.indexOf('--shape');
const SHAPE = shapeArg >= 0 ? process.argv[shapeArg + 1] : 'dense';
const SHAPES = {
  dense: { themes: 300, countries: 250, sectors: 60, perMember: 20 },
  sparse: { themes: 60, countries: 30, sectors: 20, perMember: 3 },
} as const;
if (SHAPE !== 'dense' && SHAPE !== 'sparse') throw new Error(`--shape must be dense or sparse, got ${SHAPE}`);

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function timed<T>(fn: () => T): { value: T; time: Timing } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, time: { wall, cpu: (c.user + c.system) / 1000 } };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The three combined matrices in full: the fills alone, into arrays made once (profiles and indexes are built before, the same for both). */
function matrices(
  prepared: PreparedPartnership,
  engine: MetricsEngine | undefined,
): { time: Timing; check: number } {
  const n = prepared.profiles.ids.length;
  const out = scratch(n * n);
  const { time } = timed(() => {
    for (const kind of KINDS) combinedSource(prepared.combined, kind, n, engine).fill(out[kind]);
  });
  let check = 0;
  for (const kind of KINDS) for (let x = 0; x < n * n; x += 97) check += out[kind][x]!;
  return { time, check };
}

const KINDS = ['context', 'synergy', 'duplication'] as const;
let buffers: Record<(typeof KINDS)[number], Float64Array> | undefined;
function scratch(size: number): Record<(typeof KINDS)[number], Float64Array> {
  if (buffers?.context.length !== size) {
    buffers = {
      context: new Float64Array(size),
      synergy: new Float64Array(size),
      duplication: new Float64Array(size),
    };
  }
  return buffers;
}

/** Top-k, k = 10, of the prepared partnership (profiles and indexes built before). */
function topK(
  prepared: PreparedPartnership,
  engine: MetricsEngine | undefined,
): { time: Timing; check: number } {
  const { value, time } = timed(() => topKOfPrepared(prepared, 10, engine));
  return { time, check: value.reduce((s, t) => s + t.partners.reduce((u, x) => u + x.synergy, 0), 0) };
}

type Job = (p: PreparedPartnership, engine: MetricsEngine | undefined) => { time: Timing; check: number };

function compare(job: Job, p: PreparedPartnership, runs: number): { plain: Timing; fast: Timing } {
  job(p, undefined);
  job(p, fastEngine);
  const plain: Timing[] = [];
  const fast: Timing[] = [];
  for (let r = 0; r < runs; r++) {
    const a = job(p, undefined);
    const b = job(p, fastEngine);
    if (a.check !== b.check) throw new Error(`plain and fast differ at N = ${p.profiles.ids.length}`);
    plain.push(a.time);
    fast.push(b.time);
  }
  const med = (ts: Timing[]): Timing => ({
    wall: median(ts.map((t) => t.wall)),
    cpu: median(ts.map((t) => t.cpu)),
  });
  return { plain: med(plain), fast: med(fast) };
}

const compile = timed(() => kernelInstance(1 << 20));
const rows: string[][] = [];
const ms = (x: number): string => (x < 10 ? x.toFixed(1) : x.toFixed(0));
for (const n of SIZES) {
  const p = preparePartnership(
    generatePartnership({ n, ...SHAPES[SHAPE], seed: 1 }),
    resolveMetricsOptions(),
  );
  const runs = n >= 3000 ? Math.max(1, RUNS - 2) : RUNS;
  for (const [what, job] of [
    ['3 full matrices (context, synergy, duplication): fills', matrices],
    ['top-k, k = 10: the scan', topK],
  ] as const) {
    const { plain, fast } = compare(job, p, runs);
    rows.push([
      what,
      n.toLocaleString('en-US'),
      `${ms(plain.wall)} (${ms(plain.cpu)})`,
      `${ms(fast.wall)} (${ms(fast.cpu)})`,
      `${(plain.cpu / fast.cpu).toFixed(2)}x`,
    ]);
    process.stderr.write(`  ${what} N=${n}: plain ${ms(plain.wall)} ms, fast ${ms(fast.wall)} ms\n`);
  }
}
const [l1] = loadavg();
process.stdout.write(
  `Shape ${SHAPE}: ${JSON.stringify(SHAPES[SHAPE])}. ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, load ${l1!.toFixed(1)} at the end; ` +
    `median of ${RUNS} runs (${Math.max(1, RUNS - 2)} at N = 3,000); kernel compile and first instance ${ms(compile.time.wall)} ms (once per process).\n\n`,
);
process.stdout.write(
  markdownTable(
    ['case', 'N', 'plain: ms wall (CPU)', 'fast: ms wall (CPU)', 'fast speed-up (CPU)'],
    [false, true, true, true, true],
    rows,
  ),
);
