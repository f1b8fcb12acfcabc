import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_BASELINE_MAX_MEMBERS } from '../baseline/maxMembers.js';
import { terminalJson, visibleText } from '../displayText.js';
import type { Lang } from '../lang.js';
import type { BaselineFlags } from './baselineCommand.js';
import { EXIT, reportError } from './errors.js';
import { commanderText, helpLayout, helpTexts } from './helpText.js';
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
export function createProgram(io: CliIo, lang: Lang = 'en'): Command {
  const h = helpTexts(lang);
  const program = new Command('partner-synergy')
    .description(h['program.description'])
    .version('0.1.0', '-V, --version', h['program.version'])
    .helpOption('-h, --help', h['program.help'])
    .helpCommand('help [command]', h['program.helpCommand'])
    .showHelpAfterError(h['program.afterError'])
    .configureHelp(helpLayout(lang))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(visibleLines(commanderText(lang, s))),
    })
    .exitOverride();
  addBaselineCommand(program, io, lang);
  addValidateCommand(program, io, lang);
  addCoalitionCommand(program, io, lang);
  addImportCommand(program, io, lang);
  addDiffCommand(program, io, lang);
  addTemplateCommand(program, io, lang);
  return program;
}

/** `baseline <dir> --out <dir> [...]`: the main job. */
function addBaselineCommand(program: Command, io: CliIo, lang: Lang): void {
  const h = helpTexts(lang);

  program
    .command('baseline')
    .description(h['baseline.description'])
    .argument('<dir>', h['baseline.dir'])
    .requiredOption('-o, --out <outdir>', h['baseline.out'])
    .addOption(langOption(h['lang.reports'], lang))
    .option('--top <n>', h['baseline.top'], '20')
    .option('--title <text>', h['baseline.title'])
    .option('--weights <spec>', h['baseline.weights'])
    .addOption(
      new Option('--weighting <mode>', h['baseline.weighting'])
        .choices(['raw', 'specialisation'])
        .default('raw'),
    )
    .option('--focus-themes <list>', h['baseline.focusThemes'])
    .option('--focus-countries <list>', h['baseline.focusCountries'])
    .option('--strict', h['common.strict'])
    .option('--max-bytes <n>', h['common.maxBytes'])
    .option('--redact-partners', h['baseline.redactPartners'])
    .option('--redact-companies', h['baseline.redactCompanies'])
    .option('--redact-themes <list>', h['baseline.redactThemes'])
    .option('--redact-countries <list>', h['baseline.redactCountries'])
    .option('--opt-out <ids>', h['baseline.optOut'])
    .addOption(
      new Option('--matrices <mode>', h['baseline.matrices'])
        .choices(['auto', 'full', 'top'])
        .default('auto'),
    )
    .option('--matrices-top <k>', h['baseline.matricesTop'], '10')
    .option(
      '--max-members <n>',
      h['baseline.maxMembers'].replace('{max}', String(DEFAULT_BASELINE_MAX_MEMBERS)),
    )
    .option('--max-per-pair <n>', h['baseline.maxPerPair'])
    .option('--timings', h['baseline.timings'])
    .action(async (dir: string, opts: BaselineFlags) => {
      // Each command's code is loaded when it runs, so start-up (and --help) stays cheap.
      const { runBaselineCommand } = await import('./baselineCommand.js');
      await runBaselineCommand(dir, opts, io);
    });
}

/** `validate <dir>`: check the input files, row by row. */
function addValidateCommand(program: Command, io: CliIo, lang: Lang): void {
  const h = helpTexts(lang);
  program
    .command('validate')
    .description(h['validate.description'])
    .argument('<dir>', h['validate.dir'])
    .addOption(new Option('--format <format>', h['common.format']).choices(['text', 'json']).default('text'))
    .addOption(langOption(h['lang.report'], lang))
    .option('--strict', h['common.strict'])
    .option('--max-bytes <n>', h['common.maxBytes'])
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
        // A 3W table (or IATI file) read in place of partnership files: say so first.
        const { publicImportNoteOf } = await import('../import/publicInput.js');
        const note = publicImportNoteOf(result.warnings);
        if (note !== null) io.stdout.write(`${visibleText(note)}\n\n`);
        io.stdout.write(formatIngestReport(result, lang));
      }
      if (result.rejected.length > 0) throw new ExitSignal(EXIT.input);
    });
}

/** `coalition <dir> --themes <list>`: the smallest set of members covering themes. */
function addCoalitionCommand(program: Command, io: CliIo, lang: Lang): void {
  const h = helpTexts(lang);
  program
    .command('coalition')
    .description(h['coalition.description'])
    .argument('<dir>', h['coalition.dir'])
    .requiredOption('--themes <list>', h['coalition.themes'])
    .option('--country <country>', h['coalition.country'])
    .option('--sector <sector>', h['coalition.sector'])
    .option('--max-size <n>', h['coalition.maxSize'])
    .addOption(new Option('--max-members <n>', h['coalition.maxMembers']).hideHelp())
    .option('--min-level <n>', h['coalition.minLevel'], '3')
    .addOption(
      new Option('--evidence <kind>', h['coalition.evidence'])
        .choices(['auto', 'rated', 'observed'])
        .default('auto'),
    )
    .addOption(langOption(h['lang.output'], lang))
    .addOption(new Option('--format <format>', h['common.format']).choices(['text', 'json']).default('text'))
    .option('--max-bytes <n>', h['common.maxBytes'])
    .action(async (dir: string, opts: Record<string, string | undefined>) => {
      const { runCoalitionCommand } = await import('./coalitionCommand.js');
      runCoalitionCommand(dir, opts, io);
    });
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
  const program = createProgram(io, langOfArgs(args));
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
