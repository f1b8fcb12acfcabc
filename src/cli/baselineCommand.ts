import { type BaselineOptions, buildBaseline } from '../baseline/buildBaseline.js';
import { timed } from '../baseline/stages.js';
import { toBaselineJson } from '../baseline/toJson.js';
import type { Lang } from '../country/labels.js';
import { visibleText } from '../displayText.js';
import { createFastEngine, FAST_ENGINE_PAYS_FROM } from '../fast/engine.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import { readInputPaths } from '../node/readDir.js';
import { writeBaselineJsonOutputs } from '../node/writeOutputs.js';
import {
  type IngestResult,
  type InputFile,
  PARSE_OPTION_KEYS,
  type ParseOptions,
  parsePartnership,
} from '../normalise/parsePartnership.js';
import { pickOptions } from '../optionKeys.js';
import { formatWithheld, redactionFromFlags } from '../redact/format.js';
import { isWorkbookFile } from '../workbook/detect.js';
import {
  FLAG_RANGES,
  parseCountryList,
  parseLang,
  parseList,
  parsePositiveInt,
  parseTitle,
  parseWeights,
} from './parseFlags.js';
import type { StageProgress } from './progress.js';
import { showsProgress } from './progressGate.js';
import { formatBaselineSummary, type SummaryTable } from './summary.js';
import { stageClock } from './timings.js';

/**
 * The engine of the `baseline` command: the WebAssembly kernel only from the partnership sizes
 * where bench/crossover.ts measured it to pay ({@link FAST_ENGINE_PAYS_FROM}); below them the
 * plain path. The values are the same either way.
 */
const CLI_ENGINE = /* @__PURE__ */ createFastEngine(FAST_ENGINE_PAYS_FROM);

/**
 * Flags of `partner-synergy baseline` as commander hands them over.
 *
 * @example
 * const flags: BaselineFlags = { out: 'out/sample', lang: 'nl', matrices: 'top', timings: true };
 */
export type BaselineFlags = Readonly<Record<string, string | boolean | undefined>>;

/** Where the command writes (the CLI's stdout and stderr). */
interface Io {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
}

/**
 * The reader of the input files: parsePartnership for CSV files alone (its result is exactly
 * parseFilesFromDisk's then), so the workbook reader (fflate, saxes) is loaded only for a
 * workbook among the files.
 */
async function inputReader(
  files: readonly InputFile[],
): Promise<(files: readonly InputFile[], options: ParseOptions) => IngestResult> {
  if (!files.some((f) => isWorkbookFile(f.name, f.content))) return parsePartnership;
  return (await import('../node/readFiles.js')).parseFilesFromDisk;
}

/** The progress bar, with cli-progress loaded only when one is shown. */
async function progressFor(stderr: Io['stderr'], bytes: number, lang: Lang): Promise<StageProgress> {
  if (!showsProgress(stderr, bytes)) return { stage() {}, stop() {} };
  return (await import('./progress.js')).stageProgress(stderr, bytes, 3, lang);
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The list flags of `baseline`, each refused when given empty, with an example. */
const LIST_FLAGS: readonly (readonly [string, string, string])[] = [
  ['focusThemes', '--focus-themes', 'living wage; gbv'],
  ['focusCountries', '--focus-countries', 'Kenya; Uganda; TZ'],
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
  const focusCountries = text(opts.focusCountries);
  const weights = text(opts.weights);
  const maxBytes = text(opts.maxBytes);
  const maxMembers = text(opts.maxMembers);
  const maxPerPair = text(opts.maxPerPair);
  return {
    lang,
    strict: opts.strict === true,
    ...(weights === undefined ? {} : parseWeights(weights, lang)),
    ...(focus === undefined ? {} : { focusThemes: parseList(focus, '--focus-themes', lang) }),
    ...(focusCountries === undefined
      ? {}
      : { focusCountries: parseCountryList(focusCountries, '--focus-countries', lang) }),
    weighting: opts.weighting === 'specialisation' ? 'specialisation' : 'raw',
    ...(maxBytes === undefined
      ? {}
      : { limits: { maxBytes: parsePositiveInt('--max-bytes', maxBytes, FLAG_RANGES.maxBytes, lang) } }),
    ...(maxMembers === undefined
      ? {}
      : { maxMembers: parsePositiveInt('--max-members', maxMembers, FLAG_RANGES.maxMembers, lang) }),
    ...(maxPerPair === undefined
      ? {}
      : { maxPerPair: parsePositiveInt('--max-per-pair', maxPerPair, FLAG_RANGES.top, lang) }),
    ...redactionFromFlags(opts),
  };
}

/**
 * `partner-synergy baseline <dir> --out <outdir>`: read, build, write every output (never over an
 * input; a folder holding the inputs is refused), print the summary (and with `--timings` the
 * time of each stage, on stderr).
 *
 * @param dir - the input directory, one file or a workbook
 * @param opts - the command's flags
 * @param io - stdout and stderr
 * @example
 * await runBaselineCommand('data/sample-partnership', { out: 'out/sample', timings: true }, process);
 */
export async function runBaselineCommand(dir: string, opts: BaselineFlags, io: Io): Promise<void> {
  const options = baselineOptionsFromFlags(opts);
  const { lang } = options;
  const top = parsePositiveInt('--top', String(opts.top ?? '20'), FLAG_RANGES.top, lang);
  const matricesTop = parsePositiveInt('--matrices-top', String(opts.matricesTop ?? '10'), 10_000, lang);
  const title = opts.title === undefined ? undefined : parseTitle(String(opts.title), lang);
  const matrices = opts.matrices === 'full' || opts.matrices === 'top' ? opts.matrices : 'auto';
  const clock = opts.timings === true ? stageClock(lang) : undefined;
  const timing = clock === undefined ? {} : { onStage: clock.onStage };
  const out = String(opts.out);
  const { files, paths } = timed(clock?.onStage, 'read', () =>
    readInputPaths(dir, { maxBytes: options.limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes, lang }),
  );
  const bytes = files.reduce(
    (s, f) => s + (typeof f.content === 'string' ? f.content.length : f.content.byteLength),
    0,
  );
  const read = await inputReader(files);
  const progress = await progressFor(io.stderr, bytes, lang);
  let baseline: ReturnType<typeof buildBaseline>;
  let json: ReturnType<typeof toBaselineJson>;
  let table: SummaryTable | null = null;
  try {
    progress.stage(toolMessage(lang, 'progress.reading'));
    const parseOptions = pickOptions(options, PARSE_OPTION_KEYS);
    let ingest = timed(clock?.onStage, 'read', () => read(files, parseOptions));
    if (files.length === 1) {
      // One 3W table given in place of partnership files: read as `import 3w` would write it.
      const [{ withPublicDataFallback }, { publicImportNoteOf }] = await Promise.all([
        import('../node/publicData.js'),
        import('../import/publicInput.js'),
      ]);
      const limits = options.limits === undefined ? {} : { limits: options.limits };
      const readAgain = (input: readonly InputFile[]) => parsePartnership(input, parseOptions);
      const fallback = withPublicDataFallback(files, ingest, readAgain, { lang, ...limits });
      ingest = fallback.ingest;
      const stats = fallback.imported?.result.stats;
      if (fallback.imported && stats)
        table = {
          file: fallback.imported.file,
          kind: fallback.imported.kind,
          rows: stats.rows,
          used: stats.usedRows,
        };
      const note = publicImportNoteOf(ingest.warnings);
      if (note !== null) io.stdout.write(`${visibleText(note)}\n\n`);
    }
    progress.stage(toolMessage(lang, 'progress.building'));
    baseline = buildBaseline(ingest, { ...options, ...timing, engine: CLI_ENGINE });
    progress.stage(toolMessage(lang, 'progress.writing'));
    json = toBaselineJson(baseline, { matrices, matricesTop, ...timing });
    writeBaselineJsonOutputs(json, out, { lang, top, inputs: paths, ...timing, ...(title ? { title } : {}) });
  } finally {
    progress.stop();
  }
  io.stdout.write(formatBaselineSummary(json, out, lang, table));
  if (baseline.withheld) io.stdout.write(formatWithheld(baseline.withheld, lang));
  if (clock) io.stderr.write(clock.format());
}
