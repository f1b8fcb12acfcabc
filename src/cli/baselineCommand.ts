import { type BaselineOptions, buildBaseline } from '../baseline/buildBaseline.js';
import { toBaselineJson } from '../baseline/toJson.js';
import type { Lang } from '../country/labels.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { readInputPaths } from '../node/readDir.js';
import { writeBaselineOutputs } from '../node/writeOutputs.js';
import { parsePartnership } from '../normalise/parsePartnership.js';
import { formatWithheld, redactionFromFlags } from '../redact/format.js';
import { FLAG_RANGES, parseLang, parseList, parsePositiveInt, parseWeights } from './parseFlags.js';
import { stageProgress } from './progress.js';
import { formatBaselineSummary } from './summary.js';

/** The flags of `partner-synergy baseline` as commander hands them over. */
export type BaselineFlags = Readonly<Record<string, string | boolean | undefined>>;

/** Where the command writes. */
interface Io {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The list flags of `baseline`, each refused when given empty, with an example. */
const LIST_FLAGS: readonly (readonly [string, string, string])[] = [
  ['focusThemes', '--focus-themes', 'living wage; gbv'],
  ['redactThemes', '--redact-themes', 'gbv; freedom of association'],
  ['redactCountries', '--redact-countries', 'Myanmar, KH'],
  ['optOut', '--opt-out', 'VAW'],
];

/**
 * Every flag of `baseline` checked and turned into BaselineOptions: whole numbers in range, finite
 * weights in range, no empty list.
 *
 * @example
 * baselineOptionsFromFlags({ lang: 'nl', maxMembers: '3000' }).maxMembers; // => 3000
 */
export function baselineOptionsFromFlags(opts: BaselineFlags): BaselineOptions & { lang: Lang } {
  const lang = parseLang(String(opts.lang ?? 'en'));
  for (const [key, flag, example] of LIST_FLAGS) {
    const raw = text(opts[key]);
    if (raw !== undefined) parseList(raw, flag, lang, example);
  }
  const focus = text(opts.focusThemes);
  const weights = text(opts.weights);
  const maxBytes = text(opts.maxBytes);
  const maxMembers = text(opts.maxMembers);
  return {
    lang,
    strict: opts.strict === true,
    ...(weights === undefined ? {} : parseWeights(weights, lang)),
    ...(focus === undefined ? {} : { focusThemes: parseList(focus, '--focus-themes', lang) }),
    weighting: opts.weighting === 'specialisation' ? 'specialisation' : 'raw',
    ...(maxBytes === undefined
      ? {}
      : { limits: { maxBytes: parsePositiveInt('--max-bytes', maxBytes, FLAG_RANGES.maxBytes, lang) } }),
    ...(maxMembers === undefined
      ? {}
      : { maxMembers: parsePositiveInt('--max-members', maxMembers, FLAG_RANGES.maxMembers, lang) }),
    ...redactionFromFlags(opts),
  };
}

/**
 * `partner-synergy baseline <dir> --out <outdir>`: read, build, write every output (never over an
 * input; a folder holding the inputs is refused) and print the summary.
 *
 * @example
 * runBaselineCommand('data/sample-partnership', { out: 'out/sample', lang: 'en' }, io);
 */
export function runBaselineCommand(dir: string, opts: BaselineFlags, io: Io): void {
  const options = baselineOptionsFromFlags(opts);
  const { lang } = options;
  const top = parsePositiveInt('--top', String(opts.top ?? '20'), FLAG_RANGES.top, lang);
  const out = String(opts.out);
  const { files, paths } = readInputPaths(dir, {
    maxBytes: options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    lang,
  });
  const bytes = files.reduce(
    (s, f) => s + (typeof f.content === 'string' ? f.content.length : f.content.byteLength),
    0,
  );
  const progress = stageProgress(io.stderr, bytes, 3);
  let baseline: ReturnType<typeof buildBaseline>;
  try {
    progress.stage('reading and normalising');
    const ingest = parsePartnership(files, options);
    progress.stage('metrics, country views, recommendations');
    baseline = buildBaseline(ingest, options);
    progress.stage('writing reports');
    writeBaselineOutputs(baseline, out, { lang, top, inputs: paths });
  } finally {
    progress.stop();
  }
  io.stdout.write(formatBaselineSummary(toBaselineJson(baseline), out));
  if (baseline.withheld) io.stdout.write(formatWithheld(baseline.withheld));
}
