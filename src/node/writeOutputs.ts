import type { Baseline } from '../baseline/buildBaseline.js';
import { jsonChunks } from '../baseline/jsonChunks.js';
import type { MatricesMode } from '../baseline/matricesJson.js';
import { type StageListener, timed } from '../baseline/stages.js';
import { toBaselineJson } from '../baseline/toJson.js';
import { WORLD_MAP } from '../map/worldGeometry.js';
import { buildNetwork } from '../network/buildNetwork.js';
import { toGexf } from '../network/toGexf.js';
import { toGraphML } from '../network/toGraphML.js';
import { toKumu } from '../network/toKumu.js';
import { checkOptionKeys, pickOptions } from '../optionKeys.js';
import { csvExportPieces } from '../report/csv.js';
import { htmlPiecesFromModel } from '../report/html.js';
import { markdownPiecesFromModel } from '../report/markdown.js';
import { buildMeetingPack, meetingPackHtml, meetingPackMarkdown } from '../report/meetingPack.js';
import { buildReportModel } from '../report/model.js';
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
 * Partnerships with more members than this get baseline.json without indentation (the same
 * JSON value, one line): at 800 members the indentation alone was 40 of 68 MB. Up to this size
 * it is indented by two spaces, for people who read it in an editor.
 *
 * @example
 * PRETTY_JSON_MAX_MEMBERS; // => 200
 */
export const PRETTY_JSON_MAX_MEMBERS = 200;

/**
 * Strongest synergy edges kept per member in the network exports of large partnerships (the
 * union over members, so a member may have more).
 *
 * @example
 * NETWORK_TOP_EDGES; // => 10
 */
export const NETWORK_TOP_EDGES = 10;

import { writeOutputFiles } from './writeFiles.js';

/** The options of {@link writeBaselineJsonOutputs}: those of {@link WriteOptions} that apply to written JSON. */
const JSON_WRITE_OPTION_KEYS = ['inputs', 'lang', 'network', 'onStage', 'title', 'top'];
/** Every option key of {@link WriteOptions} (the compiler keeps the list complete). */
const WRITE_OPTION_KEYS = Object.keys({
  decimals: true,
  inputs: true,
  lang: true,
  matrices: true,
  matricesTop: true,
  network: true,
  onStage: true,
  title: true,
  top: true,
} satisfies Record<keyof WriteOptions, true>);

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
  /**
   * Title of report.md and report.html, and the name after "Meeting pack" in the meeting pack
   * (e.g. "Dutch Relief Alliance: synergy baseline 2026"). Default: the dictionary title
   * ("Partnership synergy baseline" / "Synergie-nulmeting van het partnerschap").
   */
  readonly title?: string;
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
  /** Files the run read: never overwritten, and an output folder holding one is refused. Default none. */
  readonly inputs?: readonly string[];
}

/**
 * Write the outputs of a baseline.json (what {@link writeBaselineOutputs} writes after
 * `toBaselineJson`); the CLI calls it with the JSON it already made. baseline.json is written in
 * pieces (never the whole text as one string), so a baseline of any size that fits in memory can
 * be written; every file goes through {@link writeOutputFiles} (never over an input of the run).
 *
 * @param json - the baseline.json value
 * @param outDir - the output directory; created if missing
 * @param options - as {@link WriteOptions} (decimals and matrices were applied when `json` was made)
 * @throws IoError when the folder cannot be used (see {@link writeOutputFiles})
 * @example
 * writeBaselineJsonOutputs(json, `${outDir}/from-json`, { network: false }).length; // => 20
 */
export function writeBaselineJsonOutputs(
  json: BaselineJson,
  outDir: string,
  options: Omit<WriteOptions, 'decimals' | 'matrices' | 'matricesTop'> = {},
): string[] {
  checkOptionKeys(options, JSON_WRITE_OPTION_KEYS);
  const { lang = 'en', top = 20, network = true, onStage, inputs, title } = options;
  const files: Record<string, string | Iterable<string>> = {
    'baseline.json': (function* () {
      yield* jsonChunks(json, json.members.length > PRETTY_JSON_MAX_MEMBERS ? 0 : 2);
      yield '\n';
    })(),
  };
  timed(onStage, 'csv', () => Object.assign(files, csvExportPieces(json)));
  // One report model for both reports (built in the report.md stage).
  const model = timed(onStage, 'report.md', () => {
    const built = buildReportModel(json, { lang, top, ...(title === undefined ? {} : { title }) });
    files['report.md'] = markdownPiecesFromModel(built);
    return built;
  });
  timed(onStage, 'report.html', () => {
    files['report.html'] = htmlPiecesFromModel(json, model, { map: WORLD_MAP });
  });
  timed(onStage, 'meeting-pack', () => {
    const pack = buildMeetingPack(json, { lang, ...(title === undefined ? {} : { title }) });
    files['meeting-pack.md'] = meetingPackMarkdown(pack);
    files['meeting-pack.html'] = meetingPackHtml(pack);
  });
  if (network) {
    timed(onStage, 'network', () => {
      const large = json.members.length > NETWORK_ALL_EDGES_MAX_MEMBERS;
      const net = buildNetwork(json, { lang, ...(large ? { topK: NETWORK_TOP_EDGES } : {}) });
      files['network.graphml'] = toGraphML(net);
      files['network.gexf'] = toGexf(net);
      files['network.kumu.json'] = `${JSON.stringify(toKumu(net), null, 2)}\n`;
    });
  }
  return writeOutputFiles(outDir, files, {
    lang,
    ...(inputs ? { inputs } : {}),
    timed: (name, write) => (name === 'baseline.json' ? timed(onStage, 'baseline.json', write) : write()),
  });
}

/**
 * Write baseline.json, one CSV per matrix plus countries and recommendations, report.md,
 * report.html (with the world map of `partner-synergy/map`) and the synergy network (GraphML,
 * GEXF, Kumu JSON) into a directory (created if missing) with {@link writeOutputFiles}: an input of the run (`options.inputs`) is never overwritten.
 * Returns the written file paths, sorted. baseline.json is written in pieces (never as one string),
 * byte for byte what `stringifyBaseline` gives.
 *
 * @param baseline - from `buildBaseline` (partner-synergy) or {@link buildBaselineFromDir}
 * @param outDir - the output directory; created if missing, files in it overwritten
 * @param options - language, number of recommendations, decimals, matrices shape, network files, the run's inputs; defaults on {@link WriteOptions}
 * @throws IoError when the folder cannot be used (see {@link writeOutputFiles})
 * @example
 * const written = writeBaselineOutputs(buildBaselineFromDir('data/sample-partnership'), `${outDir}/sample`);
 * written.length; // => 25
 * written.filter((p) => p.endsWith('.json')).map((p) => p.slice(outDir.length + 1));
 * // => ['sample/baseline.json', 'sample/network.kumu.json']
 */
export function writeBaselineOutputs(
  baseline: Baseline,
  outDir: string,
  options: WriteOptions = {},
): string[] {
  checkOptionKeys(options, WRITE_OPTION_KEYS);
  const { decimals, matrices, matricesTop, onStage } = options;
  const json = toBaselineJson(baseline, {
    ...(decimals === undefined ? {} : { decimals }),
    ...(matrices === undefined ? {} : { matrices }),
    ...(matricesTop === undefined ? {} : { matricesTop }),
    ...(onStage === undefined ? {} : { onStage }),
  });
  return writeBaselineJsonOutputs(json, outDir, pickOptions(options, JSON_WRITE_OPTION_KEYS));
}
