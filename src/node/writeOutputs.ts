import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Baseline } from '../baseline/buildBaseline.js';
import { jsonChunks } from '../baseline/jsonChunks.js';
import type { MatricesMode } from '../baseline/matricesJson.js';
import { type StageListener, timed } from '../baseline/stages.js';
import { toBaselineJson } from '../baseline/toJson.js';
import { buildNetwork } from '../network/buildNetwork.js';
import { toGexf } from '../network/toGexf.js';
import { toGraphML } from '../network/toGraphML.js';
import { toKumu } from '../network/toKumu.js';
import { toCsvExports } from '../report/csv.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import type { BaselineJson } from '../schema/baseline.js';

/**
 * Partnerships with more members than this get network exports of each member's
 * {@link NETWORK_TOP_EDGES} strongest synergy edges instead of every pair above 0: at 285
 * members every pair is about 40,000 edges (6 MB per file), a picture no one can read.
 *
 * @example
 * NETWORK_ALL_EDGES_MAX_MEMBERS; // => 100
 */
export const NETWORK_ALL_EDGES_MAX_MEMBERS = 100;

/**
 * Strongest synergy edges kept per member in the network exports of large partnerships (the
 * union over members, so a member may have more).
 *
 * @example
 * NETWORK_TOP_EDGES; // => 10
 */
export const NETWORK_TOP_EDGES = 10;

/**
 * Options of {@link writeBaselineOutputs}.
 * @example
 * const options: WriteOptions = { lang: 'nl', top: 5, decimals: 2, network: false };
 * const written = writeBaselineOutputs(baseline, `${outDir}/nl`, options);
 * written.some((p) => p.endsWith('network.graphml')); // => false
 */
export interface WriteOptions {
  /** Report language. Default 'en'. */
  readonly lang?: 'en' | 'nl';
  /** Recommendations shown in the reports. Default 20. */
  readonly top?: number;
  /** Decimals in baseline.json. Default 4. */
  readonly decimals?: number;
  /**
   * Also write the synergy network as GraphML, GEXF and Kumu JSON. Above 100 members
   * ({@link NETWORK_ALL_EDGES_MAX_MEMBERS}) the network keeps each member's 10 strongest edges
   * ({@link NETWORK_TOP_EDGES}), not every pair. Default true.
   */
  readonly network?: boolean;
  /**
   * Matrices in baseline.json and the matrix CSVs: 'full', 'top' (each member's top partners) or
   * 'auto' (full up to 200 members). Default 'auto' (see `toBaselineJson`).
   */
  readonly matrices?: MatricesMode;
  /** Partners per member in the top shape. Default 10. */
  readonly matricesTop?: number;
  /** Told the time of each stage: 'metrics', 'json', then one per writer. Default: none. */
  readonly onStage?: StageListener;
}

/** Bytes gathered before each write of baseline.json. */
const WRITE_BUFFER = 1 << 20;

/**
 * Write a JSON value as `JSON.stringify(value, null, 2)` plus a newline, in pieces (never the
 * whole text as one string), so a baseline of any size that fits in memory can be written.
 */
function writeJsonFile(path: string, value: unknown): void {
  const fd = openSync(path, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      if (pending.length > 0) writeSync(fd, pending.join(''));
      pending = [];
      size = 0;
    };
    for (const piece of jsonChunks(value, 2)) {
      if (size + piece.length > WRITE_BUFFER) flush();
      if (piece.length > WRITE_BUFFER) writeSync(fd, piece);
      else {
        pending.push(piece);
        size += piece.length;
      }
    }
    pending.push('\n');
    flush();
  } finally {
    closeSync(fd);
  }
}

/**
 * Write the outputs of a baseline.json (what {@link writeBaselineOutputs} writes after
 * `toBaselineJson`); the CLI calls it with the JSON it already made.
 */
export function writeBaselineJsonOutputs(
  json: BaselineJson,
  outDir: string,
  options: Omit<WriteOptions, 'decimals' | 'matrices' | 'matricesTop'> = {},
): string[] {
  const { lang = 'en', top = 20, network = true, onStage } = options;
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    const path = join(outDir, name);
    writeFileSync(path, text);
    written.push(path);
  };
  timed(onStage, 'baseline.json', () => {
    const path = join(outDir, 'baseline.json');
    writeJsonFile(path, json);
    written.push(path);
  });
  timed(onStage, 'csv', () => {
    for (const [name, text] of Object.entries(toCsvExports(json))) write(name, text);
  });
  timed(onStage, 'report.md', () => write('report.md', renderMarkdown(json, { lang, top })));
  timed(onStage, 'report.html', () => write('report.html', renderHtml(json, { lang, top })));
  if (network) {
    timed(onStage, 'network', () => {
      const large = json.members.length > NETWORK_ALL_EDGES_MAX_MEMBERS;
      const net = buildNetwork(json, { lang, ...(large ? { topK: NETWORK_TOP_EDGES } : {}) });
      write('network.graphml', toGraphML(net));
      write('network.gexf', toGexf(net));
      write('network.kumu.json', `${JSON.stringify(toKumu(net), null, 2)}\n`);
    });
  }
  return written.sort();
}

/**
 * Write baseline.json, one CSV per matrix plus countries and recommendations, report.md,
 * report.html and the synergy network (GraphML, GEXF, Kumu JSON) into a directory (created if
 * missing). Returns the written file paths, sorted. baseline.json is written in pieces (never as
 * one string), byte for byte what `stringifyBaseline` gives.
 *
 * @param baseline - from `buildBaseline` (partner-synergy) or {@link buildBaselineFromDir}
 * @param outDir - the output directory; created if missing, files in it overwritten
 * @param options - language, number of recommendations, decimals, matrices shape, network files; defaults on {@link WriteOptions}
 * @example
 * const written = writeBaselineOutputs(buildBaselineFromDir('data/sample-partnership'), `${outDir}/sample`);
 * written.length; // => 23
 * written.filter((p) => p.endsWith('.json')).map((p) => p.slice(outDir.length + 1));
 * // => ['sample/baseline.json', 'sample/network.kumu.json']
 */
export function writeBaselineOutputs(
  baseline: Baseline,
  outDir: string,
  options: WriteOptions = {},
): string[] {
  const { decimals, matrices, matricesTop, onStage } = options;
  const json = toBaselineJson(baseline, {
    ...(decimals === undefined ? {} : { decimals }),
    ...(matrices === undefined ? {} : { matrices }),
    ...(matricesTop === undefined ? {} : { matricesTop }),
    ...(onStage === undefined ? {} : { onStage }),
  });
  return writeBaselineJsonOutputs(json, outDir, options);
}
