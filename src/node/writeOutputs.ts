import type { Baseline } from '../baseline/buildBaseline.js';
import { stringifyBaseline, toBaselineJson } from '../baseline/toJson.js';
import { buildNetwork } from '../network/buildNetwork.js';
import { toGexf } from '../network/toGexf.js';
import { toGraphML } from '../network/toGraphML.js';
import { toKumu } from '../network/toKumu.js';
import { toCsvExports } from '../report/csv.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { writeOutputFiles } from './writeFiles.js';

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
  /** Also write the synergy network as GraphML, GEXF and Kumu JSON. Default true. */
  readonly network?: boolean;
  /** Files the run read: never overwritten, and an output folder holding one is refused. Default none. */
  readonly inputs?: readonly string[];
}

/**
 * Write baseline.json, one CSV per matrix plus countries and recommendations, report.md,
 * report.html and the synergy network (GraphML, GEXF, Kumu JSON) into a directory (created if missing)
 * with {@link writeOutputFiles}: an input of the run (`options.inputs`) is never overwritten.
 * Returns the written file paths, sorted.
 *
 * @param baseline - from `buildBaseline` (partner-synergy) or {@link buildBaselineFromDir}
 * @param outDir - the output directory; created if missing, files in it overwritten
 * @param options - language, number of recommendations, decimals, network files, the run's inputs; defaults on {@link WriteOptions}
 * @throws IoError when the folder cannot be used (see {@link writeOutputFiles})
 * @example
 * const written = writeBaselineOutputs(buildBaselineFromDir('data/sample-partnership'), `${outDir}/sample`);
 * written.length; // => 20
 * written.filter((p) => p.endsWith('.json')).map((p) => p.slice(outDir.length + 1));
 * // => ['sample/baseline.json', 'sample/network.kumu.json']
 */
export function writeBaselineOutputs(
  baseline: Baseline,
  outDir: string,
  options: WriteOptions = {},
): string[] {
  const { lang = 'en', top = 20, decimals, network = true } = options;
  const json = toBaselineJson(baseline, decimals === undefined ? {} : { decimals });
  const files: Record<string, string> = {
    'baseline.json': stringifyBaseline(json),
    'report.md': renderMarkdown(json, { lang, top }),
    'report.html': renderHtml(json, { lang, top }),
    ...toCsvExports(json),
  };
  if (network) {
    const net = buildNetwork(json, { lang });
    files['network.graphml'] = toGraphML(net);
    files['network.gexf'] = toGexf(net);
    files['network.kumu.json'] = `${JSON.stringify(toKumu(net), null, 2)}\n`;
  }
  return writeOutputFiles(outDir, files, { lang, ...(options.inputs ? { inputs: options.inputs } : {}) });
}
