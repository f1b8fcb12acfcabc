/**
 * Timing the pipeline's stages (the CLI's `--timings`): wall-clock milliseconds from
 * `performance.now()`, reported to a listener, never written into an output (outputs stay
 * byte-identical from run to run).
 * @module
 */

/**
 * The stages of `partner-synergy baseline`, in pipeline order:
 *
 * - `read`: decoding, parsing and normalising the input files;
 * - `profile`: member profiles and inverted indexes (`computeMetrics`);
 * - `countries`: the in-country views;
 * - `recommendations`: generating and ranking recommendations;
 * - `metrics`: the matrices baseline.json holds (full N x N, or each member's top partners),
 *   computed when baseline.json is assembled (the metrics are lazy until then);
 * - `json`: assembling the rest of baseline.json;
 * - one stage per writer: `baseline.json`, `csv`, `report.md`, `report.html`, `meeting-pack`
 *   (meeting-pack.md and meeting-pack.html), `network`.
 *
 * @example
 * const stages: BaselineStage[] = [];
 * buildBaseline(sample, { onStage: (stage) => stages.push(stage) });
 * stages; // => ['read', 'profile', 'countries', 'recommendations']
 */
export type BaselineStage =
  | 'read'
  | 'profile'
  | 'countries'
  | 'recommendations'
  | 'metrics'
  | 'json'
  | 'baseline.json'
  | 'csv'
  | 'report.md'
  | 'report.html'
  | 'meeting-pack'
  | 'network';

/**
 * Receives the wall time of each stage as it ends, in milliseconds (`performance.now()`).
 *
 * @example
 * const times: [BaselineStage, number][] = [];
 * const onStage: StageListener = (stage, ms) => times.push([stage, ms]);
 * buildBaseline(sample, { onStage });
 * times.map(([stage]) => stage); // => ['read', 'profile', 'countries', 'recommendations']
 */
export type StageListener = (stage: BaselineStage, ms: number) => void;

/**
 * Run one stage and report its wall time to `listener` (nothing is measured without one).
 *
 * @param listener - where the time goes; `undefined` runs the stage untimed
 * @param stage - the stage's name
 * @param run - the stage
 * @returns what `run` returned
 * @example
 * timed(undefined, 'json', () => 42); // => 42
 */
export function timed<T>(listener: StageListener | undefined, stage: BaselineStage, run: () => T): T {
  if (listener === undefined) return run();
  const start = performance.now();
  const result = run();
  listener(stage, performance.now() - start);
  return result;
}
