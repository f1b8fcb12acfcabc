import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_BASELINE_MAX_MEMBERS } from '../baseline/maxMembers.js';
import { terminalJson, visibleText } from '../displayText.js';
import type { BaselineFlags } from './baselineCommand.js';
import { EXIT, reportError } from './errors.js';
import { addDiffCommand, addImportCommand } from './importDiffCommands.js';
import { langOfArgs, langOption, limitsFrom, parseLang } from './parseFlags.js';
import { addTemplateCommand } from './templateCommand.js';

/**
 * Where the CLI writes; injectable for tests.
 * @example
 * const lines: string[] = [];
 * const io: CliIo = { stdout: { write: (s: string) => lines.push(s) }, stderr: process.stderr };
 * await runCli(['--version'], io); // => 0
 * lines.join('').trim(); // => '0.1.0'
 */
export interface CliIo {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean };
}

/** Commander's own messages echo arguments: escape what a terminal would act on, line by line. */
function visibleLines(s: string): string {
  return s.split('\n').map(visibleText).join('\n');
}

/**
 * Build the commander program. Exported so tests can run commands in-process.
 *
 * @example
 * await createProgram({ stdout: process.stdout, stderr: process.stderr }).parseAsync(['node', 'ps', 'validate', 'data']);
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('partner-synergy')
    .description(
      'Synergy baselines for strategic partnerships: overlap, complementarity, in-country views and joint-activity recommendations.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(visibleLines(s)),
    })
    .exitOverride();

  program
    .command('baseline')
    .description(
      'Read a directory of partnership CSVs (or an .xlsx workbook) and write baseline.json, CSV exports, report.md and report.html.',
    )
    .argument(
      '<dir>',
      'directory with members.csv and optionally expertise.csv, geography.csv, sectors.csv, companies.csv or a survey export; or an .xlsx workbook (or a directory holding one)',
    )
    .requiredOption('-o, --out <outdir>', 'directory to write the outputs to (created if missing)')
    .addOption(langOption('language of the reports and of every message'))
    .option('--top <n>', 'recommendations shown in the reports', '20')
    .option(
      '--weights <spec>',
      'weights, e.g. geography=0.7,sectors=0.3,office=1,network=0.1,area=0.5,observed=0.6',
    )
    .addOption(
      new Option('--weighting <mode>', 'specialisation: categories nearly everyone has count less')
        .choices(['raw', 'specialisation'])
        .default('raw'),
    )
    .option('--focus-themes <list>', 'focus themes for coverage gaps, e.g. "living wage; gbv"')
    .option('--strict', 'reject rows with warnings (fuzzy matches, custom categories, duplicates)')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes')
    .option('--redact-partners', 'replace local partner names by "Partner 1", "Partner 2", ...')
    .option('--redact-companies', 'replace company names by "Company 1", "Company 2", ...')
    .option(
      '--redact-themes <list>',
      'remove these themes from every output, e.g. "gbv; freedom of association"',
    )
    .option('--redact-countries <list>', 'remove these countries from every output, e.g. "Myanmar, KH"')
    .option('--opt-out <ids>', 'members (ids) whose data is left out of every output')
    .addOption(
      new Option(
        '--matrices <mode>',
        "matrices in baseline.json and CSV: full N x N, each member's top partners, or auto (full up to 200 members)",
      )
        .choices(['auto', 'full', 'top'])
        .default('auto'),
    )
    .option('--matrices-top <k>', 'partners listed per member when matrices are top', '10')
    .option('--max-members <n>', `largest partnership accepted (default ${DEFAULT_BASELINE_MAX_MEMBERS})`)
    .option(
      '--max-per-pair <n>',
      'items one pair of members may have in the top 15 recommendations (default 2)',
    )
    .option('--timings', 'print the time of each stage to stderr')
    .action(async (dir: string, opts: BaselineFlags) => {
      // Each command's code is loaded when it runs, so start-up (and --help) stays cheap.
      const { runBaselineCommand } = await import('./baselineCommand.js');
      runBaselineCommand(dir, opts, io);
    });

  program
    .command('validate')
    .description(
      'Check partnership CSVs: per file rows, accepted and rejected, each problem with its location. Exits 1 when a row was rejected.',
    )
    .argument('<dir>', 'directory (or one CSV file or .xlsx workbook) to check')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(langOption('language of the report and of every message'))
    .option('--strict', 'reject rows with warnings (fuzzy matches, custom categories, duplicates)')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes')
    .action(async (dir: string, opts: Record<string, string | boolean | undefined>) => {
      const lang = parseLang(String(opts.lang ?? 'en'));
      const { readPartnershipDir } = await import('../node/buildFromDir.js');
      const { formatIngestReport } = await import('./summary.js');
      const result = readPartnershipDir(dir, {
        strict: opts.strict === true,
        lang,
        ...limitsFrom(opts as { maxBytes?: string }, lang),
      });
      if (opts.format === 'json') {
        const { files, rejected, warnings } = result;
        io.stdout.write(`${terminalJson({ files, rejected, warnings }, 2)}\n`);
      } else {
        io.stdout.write(formatIngestReport(result, lang));
      }
      if (result.rejected.length > 0) throw new ExitSignal(EXIT.input);
    });

  program
    .command('coalition')
    .description('Find the smallest set of members that covers the given themes in a country and/or sector.')
    .argument('<dir>', 'directory with the partnership CSVs, or an .xlsx workbook')
    .requiredOption('--themes <list>', 'themes to cover (labels or ids), e.g. "living wage, gbv"')
    .option('--country <country>', 'country (name or ISO code); members present there are preferred')
    .option('--sector <sector>', 'sector (label or id); members with a network in it are preferred')
    .option('--max-size <n>', 'largest coalition allowed (number of members)')
    .addOption(new Option('--max-members <n>', 'deprecated name of --max-size').hideHelp())
    .option('--min-level <n>', 'lowest expertise level (1-5) that covers a theme', '3')
    .addOption(langOption('language of the output and of every message'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--max-bytes <n>', 'largest input file accepted, in bytes')
    .action(async (dir: string, opts: Record<string, string | undefined>) => {
      const { runCoalitionCommand } = await import('./coalitionCommand.js');
      runCoalitionCommand(dir, opts, io);
    });

  addImportCommand(program, io);
  addDiffCommand(program, io);
  addTemplateCommand(program, io);
  return program;
}

/** Thrown by an action to end with a given exit code without an error message. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/**
 * Run the CLI with the given arguments (without `node` and the script path); returns the exit code.
 *
 * @param args - the command line without `node` and the script path, e.g. `['baseline', 'my-dir']`
 * @param io - where output and errors are written (`process` for a terminal)
 * @example
 * let printed = '';
 * const io: CliIo = { stdout: { write: (s: string) => (printed += s) }, stderr: { write: (s: string) => (printed += s) } };
 * await runCli(['validate', 'data/sample-partnership'], io); // => 0
 * printed.includes('173 rows: 173 accepted, 0 rejected, 0 warnings.'); // => true
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync(['node', 'partner-synergy', ...args]);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof ExitSignal) return err.code;
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    return reportError(err, io.stderr, langOfArgs(args));
  }
}
