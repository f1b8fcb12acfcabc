/**
 * What every TSDoc `@example` may use without defining it (besides the exports of the three
 * entries). Each name is real data from the repository, so examples stay short and true:
 *
 * - `sample`: the five CSV texts of data/sample-partnership, keyed by file name
 * - `messy`: the six CSV texts of data/sample-partnership-messy (Dutch headers, planted errors)
 * - `baseline` = `buildBaseline(sample)`; `json` = `toBaselineJson(baseline)`
 * - `partnership`, `metrics`, `labels`, `views` (the country views): parts of `baseline`
 * - `scores` = `pairScoresFromMetrics(metrics)`; `profiles` = `buildProfiles(partnership)`
 * - `network` = `buildNetwork(json)` (partner-synergy/network)
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

function readCsvTexts(dir: string): Record<string, string> {
  const abs = resolve(repoRoot, dir);
  const out: Record<string, string> = {};
  for (const name of readdirSync(abs).sort()) {
    if (name.endsWith('.csv')) out[name] = readFileSync(join(abs, name), 'utf8');
  }
  return out;
}

export const sample = readCsvTexts('data/sample-partnership');
export const messy = readCsvTexts('data/sample-partnership-messy');
export const baseline = buildBaseline(sample);
export const json = toBaselineJson(baseline);
export const partnership = baseline.partnership;
export const metrics = baseline.metrics;
export const labels = baseline.labels;
export const views = baseline.countries;
export const scores = pairScoresFromMetrics(metrics);
export const profiles = buildProfiles(partnership);
export const network = buildNetwork(json);
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
  outDir,
};
