/**
 * Ingestion throughput: rows per second of the library's reader against raw csv-parse on the
 * same synthetic files (written by bench/generate.ts), plus the full parse-and-normalise step.
 * Target (issue): ingestion >= 50% of raw csv-parse rows/s.
 */

import { parse as parseBrowser } from 'csv-parse/browser/esm/sync';
import { parse as parseNode } from 'csv-parse/sync';
import { parseTable } from '../src/ingest/parseTable.js';
import { parsePartnership } from '../src/normalise/parsePartnership.js';
import { DEFAULT_SECTORS, DEFAULT_THEMES } from '../src/normalise/taxonomy.js';
import { generatePartnership, partnershipToCsv } from './generate.js';
import type { Bench, BenchRow } from './types.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(runs: number, f: () => unknown): { ms: number; cpuMs: number } {
  f(); // warm-up
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { ms: median(walls), cpuMs: median(cpus) };
}

export const ingestBench: Bench = {
  name: 'ingest',
  async run(): Promise<BenchRow[]> {
    const n = 5000;
    const p = generatePartnership({
      n,
      perMember: 20,
      seed: 7,
      themeIds: DEFAULT_THEMES.map((e) => e.id),
      sectorIds: DEFAULT_SECTORS.map((e) => e.id),
    });
    const files = partnershipToCsv(p);
    const text = files['expertise.csv'];
    const rows = text.split('\n').length - 2;
    const runs = 5;
    const rss = () => process.resourceUsage().maxRSS / 1024;
    const node = time(runs, () => parseNode(text, { relax_column_count: true }));
    const browser = time(runs, () => parseBrowser(text, { relax_column_count: true }));
    const ours = time(runs, () => parseTable(text, { file: 'expertise.csv' }));
    const allRows = Object.values(files).reduce((s, t) => s + t.split('\n').length - 2, 0);
    const full = time(3, () => parsePartnership(files));
    const rate = (ms: number, r: number) => Math.round((r / ms) * 1000);
    const share = rate(ours.ms, rows) / rate(node.ms, rows);
    const row = (
      c: string,
      t: { ms: number; cpuMs: number },
      r: number,
      extra: Partial<BenchRow> = {},
    ): BenchRow => ({
      case: c,
      n,
      ms: t.ms,
      cpuMs: t.cpuMs,
      runs,
      peakRssMiB: rss(),
      target: '',
      met: null,
      note: `${r.toLocaleString('en-US')} rows, ${rate(t.ms, r).toLocaleString('en-US')} rows/s`,
      ...extra,
    });
    return [
      row('raw csv-parse (Node sync build), expertise.csv', node, rows),
      row('raw csv-parse (browser sync build), expertise.csv', browser, rows),
      row('parseTable (decode, detect, csv-parse, line numbers, limits), expertise.csv', ours, rows, {
        target: '>= 50% of raw csv-parse rows/s',
        met: share >= 0.5,
        note: `${rows.toLocaleString('en-US')} rows, ${rate(ours.ms, rows).toLocaleString('en-US')} rows/s = ${(share * 100).toFixed(0)}% of the Node build`,
      }),
      row('parsePartnership (all four files, normalised and validated)', full, allRows),
    ];
  },
};
