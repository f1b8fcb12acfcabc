import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePartnership } from '../../bench/generate.js';
import { buildBaseline } from '../../src/baseline/buildBaseline.js';
import type { BaselineStage } from '../../src/baseline/stages.js';
import { stringifyBaseline, toBaselineJson } from '../../src/baseline/toJson.js';
import { buildNetwork } from '../../src/network/buildNetwork.js';
import {
  NETWORK_ALL_EDGES_MAX_MEMBERS,
  NETWORK_TOP_EDGES,
  PRETTY_JSON_MAX_MEMBERS,
  writeBaselineOutputs,
} from '../../src/node/writeOutputs.js';
import { readDataDir } from '../helpers.js';

const outDir = mkdtempSync(join(tmpdir(), 'partner-synergy-write-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const edges = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'network.kumu.json'), 'utf8')) as { connections: unknown[] }).connections
    .length;

describe('writeBaselineOutputs(baseline, dir, options)', () => {
  const sample = buildBaseline(readDataDir('data/sample-partnership'));

  it('writes baseline.json as stringifyBaseline does and reports every stage in pipeline order', () => {
    const stages: BaselineStage[] = [];
    const dir = join(outDir, 'sample');
    writeBaselineOutputs(sample, dir, { onStage: (stage, ms) => (ms >= 0 ? stages.push(stage) : 0) });
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe(stringifyBaseline(toBaselineJson(sample)));
    // The reports are rendered first; baseline.json is streamed to disk with the other files.
    expect(stages).toEqual([
      'metrics',
      'json',
      'csv',
      'report.md',
      'report.html',
      'meeting-pack',
      'network',
      'baseline.json',
    ]);
  });

  it(`keeps every synergy edge above the threshold up to ${NETWORK_ALL_EDGES_MAX_MEMBERS} members`, () => {
    const dir = join(outDir, 'sample-network');
    writeBaselineOutputs(sample, dir);
    expect(edges(dir)).toBe(buildNetwork(toBaselineJson(sample)).edges.length);
  });

  it(`keeps each member's ${NETWORK_TOP_EDGES} strongest edges above ${NETWORK_ALL_EDGES_MAX_MEMBERS} members`, () => {
    const p = generatePartnership({ n: 130, themes: 40, countries: 20, sectors: 15, perMember: 6, seed: 3 });
    const big = buildBaseline({ partnership: p });
    const dir = join(outDir, 'big');
    writeBaselineOutputs(big, dir);
    const json = toBaselineJson(big);
    const all = buildNetwork(json).edges.length;
    const kept = buildNetwork(json, { topK: NETWORK_TOP_EDGES }).edges.length;
    expect(edges(dir)).toBe(kept);
    expect(kept).toBeLessThanOrEqual(130 * NETWORK_TOP_EDGES);
    expect(kept).toBeLessThan(all);
  });

  it(`writes baseline.json without indentation above ${PRETTY_JSON_MAX_MEMBERS} members, the same value`, () => {
    const p = generatePartnership({ n: 210, themes: 20, countries: 10, sectors: 8, perMember: 3, seed: 5 });
    const big = buildBaseline({ partnership: p });
    const dir = join(outDir, 'compact');
    writeBaselineOutputs(big, dir, { network: false });
    const text = readFileSync(join(dir, 'baseline.json'), 'utf8');
    const json = toBaselineJson(big);
    expect(text).toBe(`${JSON.stringify(json)}\n`);
    expect(text.length).toBeLessThan(stringifyBaseline(json).length * 0.7);
  });
});
