/**
 * What every TSDoc `@example` may use without defining it (besides the exports of the three
 * entries). Each name is real data from the repository, so examples stay short and true:
 *
 * - `sample`: the five CSV texts of data/sample-partnership, keyed by file name
 * - `messy`: the six CSV files of data/sample-partnership-messy as bytes (Dutch headers, a
 *   Windows-1252 file, planted errors)
 * - `baseline` = `buildBaseline(sample)`; `json` = `toBaselineJson(baseline)`
 * - `partnership`, `metrics`, `labels`, `views` (the country views): parts of `baseline`
 * - `scores` = `pairScoresFromMetrics(metrics)`; `profiles` = `buildProfiles(partnership)`
 * - `network` = `buildNetwork(json)` (partner-synergy/network)
 * - `nextYear`: baseline.json of the sample a year later: Fair Threads Alliance (FTA) opened an
 *   office in Kenya and a new member, Nieuw Maatwerk (NMW), joined with an office in Kenya
 * - `outDir`: a fresh empty temporary directory for examples that write files
 *
 * Documented for readers in docs/api (typedoc.json `readme`) and kept in step by the docs test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBaseline, buildProfiles, pairScoresFromMetrics, toBaselineJson } from '../../src/index.js';
import { buildNetwork } from '../../src/network/index.js';
import { repoRoot } from '../helpers.js';

function readCsvFiles(dir: string): Record<string, Uint8Array> {
  const abs = resolve(repoRoot, dir);
  const out: Record<string, Uint8Array> = {};
  for (const name of readdirSync(abs).sort()) {
    if (name.endsWith('.csv')) out[name] = new Uint8Array(readFileSync(join(abs, name)));
  }
  return out;
}

function readCsvTexts(dir: string): Record<string, string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files = readCsvFiles(dir);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, decoder.decode(bytes)]));
}

export const sample = readCsvTexts('data/sample-partnership');
export const messy = readCsvFiles('data/sample-partnership-messy');
export const baseline = buildBaseline(sample);
export const json = toBaselineJson(baseline);
export const partnership = baseline.partnership;
export const metrics = baseline.metrics;
export const labels = baseline.labels;
export const views = baseline.countries;
export const scores = pairScoresFromMetrics(metrics);
export const profiles = buildProfiles(partnership);
export const network = buildNetwork(json);
export const nextYear = toBaselineJson(
  buildBaseline({
    ...sample,
    'members.csv': `${sample['members.csv']}NMW,Nieuw Maatwerk,ngo,Netherlands,member\n`,
    'geography.csv': `${sample['geography.csv']}FTA,Kenya,office,,2025\nNMW,Kenya,office,,2025\n`,
  }),
);
export const outDir = mkdtempSync(join(tmpdir(), 'partner-synergy-docs-'));

/** Remove `outDir` (call once after the examples ran). */
export function cleanUpPrelude(): void {
  rmSync(outDir, { recursive: true, force: true });
}

/** The names above, as examples see them. */
export const PRELUDE: Readonly<Record<string, unknown>> = {
  sample,
  messy,
  baseline,
  json,
  partnership,
  metrics,
  labels,
  views,
  scores,
  profiles,
  network,
  nextYear,
  outDir,
};
