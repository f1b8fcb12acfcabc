/**
 * Search box index (partner-synergy/search, Fuse.js): time to build the index and to answer one
 * query, for the sample partnership and for a seeded synthetic baseline of 1,000 members with
 * organisation-like names. Run: `npx tsx bench/search.bench.ts` (about a minute; builds from src).
 * Prints a Markdown table (docs/dependencies.md quotes it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBaseline, describeCatalogue, toBaselineJson } from '../src/index.js';
import { DEFAULT_THEMES } from '../src/normalise/taxonomy.js';
import type { BaselineJson } from '../src/schema/baseline.js';
import { createBaselineSearch } from '../src/search/index.js';
import { generatePartnership, mulberry32 } from './generate.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Median CPU time of `f` in ms (user + system): on a shared machine the wall clock measures the
 * other processes too.
 */
function timeMs(runs: number, f: () => unknown): number {
  f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  return median(times);
}

function sampleJson(): BaselineJson {
  const dir = join(root, 'data/sample-partnership');
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return toBaselineJson(buildBaseline(files));
}

const KINDS = ['Stichting', 'Foundation', 'Vakbond', 'Alliance', 'Institute', 'Collectief', 'Network'];
const SYLLABLES = [
  'noor',
  'der',
  'licht',
  'zon',
  'wa',
  'ter',
  'berg',
  'ka',
  'mi',
  'lo',
  'ra',
  'vel',
  'dam',
  'ho',
  'rn',
];

/** 1,000 members with seeded organisation-like names ("Stichting Noorderlicht"), 300 themes, 250 countries. */
function syntheticJson(n: number): BaselineJson {
  const partnership = generatePartnership({
    n,
    themeIds: DEFAULT_THEMES.map((t) => t.id),
    perMember: 8,
  });
  const rnd = mulberry32(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(SYLLABLES)).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const members = partnership.members.map((m, i) => ({ ...m, name: `${pick(KINDS)} ${word()} ${i + 1}` }));
  return toBaselineJson(buildBaseline({ partnership: { ...partnership, members } }));
}

const catalogue = describeCatalogue();
const rows: string[] = [
  '| baseline | documents | index build (ms CPU) | query (ms CPU, median of 5 queries) | slowest query (ms CPU) |',
  '|---|---:|---:|---:|---:|',
];
for (const [name, json] of [
  ['sample (12 members)', sampleJson()],
  ['synthetic (1,000 members)', syntheticJson(1000)],
] as const) {
  const queries = [
    json.members[0]!.name.slice(0, -1).replace('a', 'e'),
    'leefbar loon',
    'kenia',
    'joint lobby',
    'ab',
  ];
  const build = timeMs(5, () => createBaselineSearch(json, { catalogue }));
  const index = createBaselineSearch(json, { catalogue });
  const perQuery = queries.map((q) => timeMs(10, () => index.search(q)));
  rows.push(
    `| ${name} | ${index.size} | ${build.toFixed(1)} | ${median(perQuery).toFixed(2)} | ${Math.max(...perQuery).toFixed(2)} |`,
  );
}
console.log(rows.join('\n'));
console.log(
  `\nnode ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0]!.toFixed(1)}`,
);
