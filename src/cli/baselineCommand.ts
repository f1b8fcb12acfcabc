import { buildBaseline } from '../baseline/buildBaseline.js';
import { timed } from '../baseline/stages.js';
import { toBaselineJson } from '../baseline/toJson.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { readInputFiles } from '../node/readDir.js';
import { parseFilesFromDisk } from '../node/readFiles.js';
import { writeBaselineJsonOutputs } from '../node/writeOutputs.js';
import { formatWithheld, redactionFromFlags } from '../redact/format.js';
import { limitsFrom, parseLang, parseList, parsePositiveInt, parseWeights } from './parseFlags.js';
import { stageProgress } from './progress.js';
import { formatBaselineSummary } from './summary.js';
import { stageClock } from './timings.js';

/**
 * Flags of `partner-synergy baseline` as commander hands them over.
 *
 * @example
 * const flags: BaselineFlags = { out: 'out/sample', lang: 'nl', matrices: 'top', timings: true };
 */
export type BaselineFlags = Record<string, string | boolean | undefined>;

/** Where the command writes (the CLI's stdout and stderr). */
interface Io {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
}

function parseOptions(opts: BaselineFlags) {
  const lang = parseLang(String(opts.lang ?? 'en'));
  return {
    lang,
    strict: opts.strict === true,
    ...(typeof opts.maxMembers === 'string'
      ? { maxMembers: parsePositiveInt('--max-members', opts.maxMembers) }
      : {}),
    ...(typeof opts.weights === 'string' ? parseWeights(opts.weights) : {}),
    ...(typeof opts.focusThemes === 'string' ? { focusThemes: parseList(opts.focusThemes) } : {}),
    weighting: opts.weighting === 'specialisation' ? 'specialisation' : 'raw',
    ...limitsFrom(opts),
    ...redactionFromFlags(opts),
  } as const;
}

/**
 * `partner-synergy baseline <dir> --out <outdir>`: read, build, write every output, print the
 * summary (and with `--timings` the time of each stage, on stderr).
 *
 * @param dir - the input directory
 * @param opts - the command's flags
 * @param io - stdout and stderr
 * @example
 * runBaselineCommand('data/sample-partnership', { out: 'out/sample', timings: true }, process);
 */
export function runBaselineCommand(dir: string, opts: BaselineFlags, io: Io): void {
  const options = parseOptions(opts);
  const { lang } = options;
  const top = parsePositiveInt('--top', String(opts.top ?? '20'));
  const matricesTop = parsePositiveInt('--matrices-top', String(opts.matricesTop ?? '10'));
  const matrices = opts.matrices === 'full' || opts.matrices === 'top' ? opts.matrices : 'auto';
  const clock = opts.timings === true ? stageClock(lang) : undefined;
  const timing = clock === undefined ? {} : { onStage: clock.onStage };
  const files = timed(clock?.onStage, 'read', () =>
    readInputFiles(dir, { maxBytes: options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes }),
  );
  const bytes = files.reduce(
    (s, f) => s + (typeof f.content === 'string' ? f.content.length : f.content.byteLength),
    0,
  );
  const progress = stageProgress(io.stderr, bytes, 3);
  const out = String(opts.out);
  let baseline: ReturnType<typeof buildBaseline>;
  let json: ReturnType<typeof toBaselineJson>;
  try {
    progress.stage('reading and normalising');
    const ingest = timed(clock?.onStage, 'read', () => parseFilesFromDisk(files, options));
    progress.stage('metrics, country views, recommendations');
    baseline = buildBaseline(ingest, { ...options, ...timing });
    progress.stage('writing reports');
    json = toBaselineJson(baseline, { matrices, matricesTop, ...timing });
    writeBaselineJsonOutputs(json, out, { lang, top, ...timing });
  } finally {
    progress.stop();
  }
  io.stdout.write(formatBaselineSummary(json, out));
  if (baseline.withheld) io.stdout.write(formatWithheld(baseline.withheld));
  if (clock) io.stderr.write(clock.format());
}
