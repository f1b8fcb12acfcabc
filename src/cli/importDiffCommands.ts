import type { Command } from 'commander';
import { visibleText } from '../displayText.js';
import { PartnerSynergyError } from '../errors.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import { UsageError } from './errors.js';
import { flagMessages } from './messages.js';
import { FLAG_RANGES, langOption, parseLang, parseList, parsePositiveInt, parseText } from './parseFlags.js';

/** Where the commands write. */
interface Io {
  readonly stdout: { write(s: string): unknown };
}

/** A baseline.json read with the one reading function (regular files, byte limit while reading). */
async function readBaselineText(path: string, maxBytes: number, lang: 'en' | 'nl'): Promise<string> {
  const { readRegularFile } = await import('../node/readFile.js');
  return new TextDecoder('utf-8').decode(readRegularFile(path, { maxBytes, lang }));
}

/**
 * Add `import iati|3w <file> --out <dir>` to the program. Prints what was read, the counts
 * (members, areas, funders, local partners) and every importer warning; exits 1 (E_NO_MEMBERS,
 * nothing written) when no organisation could be read.
 *
 * @example
 * addImportCommand(program, { stdout: process.stdout });
 */
export function addImportCommand(program: Command, io: Io): void {
  program
    .command('import')
    .description(
      "Turn an IATI activity file (CSV export or the standard's XML) or an OCHA 3W table into members.csv, expertise.csv, geography.csv, sectors.csv and funders.csv (plus merges.json: organisation names that were merged).",
    )
    .argument('<kind>', 'iati or 3w')
    .argument('<file>', 'the CSV export, or an IATI XML file')
    .requiredOption('-o, --out <outdir>', 'directory to write the CSVs to')
    .option('--orgs <list>', 'IATI: only these member organisations, refs or names (separated by ; or ,)')
    .option('--org-prefix <prefix>', 'IATI: only member organisations whose ref starts with this, e.g. NL-')
    .option(
      '--organisations <file>',
      "IATI CSV: table of each activity's organisations (activity_id, org_ref, org_name, role, org_type)",
    )
    .option('--org-types <file>', 'IATI: the ReportingOrganisation codelist CSV, for organisation types')
    .option(
      '--org-names <file>',
      "IATI: the ReportingOrganisation codelist CSV, for publishers' official names",
    )
    .option('--funders-as-members', 'IATI: make funders and government bodies members too')
    .option('--country <code>', '3W: country of rows without a country column, e.g. AF')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes')
    .addOption(langOption('language of the output and of every message'))
    .action(async (kind: string, file: string, opts: Record<string, string | boolean | undefined>) => {
      const lang = parseLang(String(opts.lang ?? 'en'));
      if (kind !== 'iati' && kind !== '3w') throw new UsageError(visibleText(flagMessages(lang).kind(kind)));
      // The importers and their writers load only when the command runs (fast start-up).
      const { readImportFile, writeImportResult } = await import('../node/importFile.js');
      const { formatImportSummary } = await import('./importSummary.js');
      const str = (k: string) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
      const text = (k: string, flag: string) =>
        str(k) === undefined ? undefined : parseText(flag, str(k)!, lang);
      const out = String(opts.out);
      const orgs = str('orgs');
      const maxBytes = str('maxBytes');
      const { result, format } = readImportFile(kind, file, {
        ...(orgs === undefined
          ? {}
          : { orgs: parseList(orgs, '--orgs', lang, 'NL-KVK-41198677; Oxfam Novib') }),
        ...(str('orgPrefix') === undefined ? {} : { orgPrefix: text('orgPrefix', '--org-prefix')! }),
        ...(str('organisations') === undefined
          ? {}
          : { organisationsPath: text('organisations', '--organisations')! }),
        ...(str('orgTypes') === undefined ? {} : { orgTypesPath: text('orgTypes', '--org-types')! }),
        ...(str('orgNames') === undefined ? {} : { orgNamesPath: text('orgNames', '--org-names')! }),
        ...(opts.fundersAsMembers === true ? { fundersAsMembers: true } : {}),
        lang,
        ...(str('country') === undefined ? {} : { country: text('country', '--country')! }),
        ...(maxBytes === undefined
          ? {}
          : { limits: { maxBytes: parsePositiveInt('--max-bytes', maxBytes, FLAG_RANGES.maxBytes, lang) } }),
      });
      const usable = result.stats.members > 0;
      const inputs = [file, str('organisations'), str('orgTypes'), str('orgNames')].filter(
        (p): p is string => p !== undefined,
      );
      const written = usable ? writeImportResult(result, out, inputs) : null;
      io.stdout.write(formatImportSummary({ file, kind, format, result, written, outDir: out, lang }));
      if (!usable) {
        throw new PartnerSynergyError(
          'E_NO_MEMBERS',
          visibleText(toolMessage(lang, 'E_NO_MEMBERS.import', { file })),
        );
      }
    });
}

/**
 * Add `diff <old baseline.json> <new baseline.json> [--out <dir>]` to the program.
 *
 * @example
 * addDiffCommand(program, { stdout: process.stdout });
 */
export function addDiffCommand(program: Command, io: Io): void {
  program
    .command('diff')
    .description(
      'Compare two baseline.json files (e.g. last year and this year): members joined and left, presence, expertise, synergy, recommendations new, dropped and still open.',
    )
    .argument('<old>', 'the earlier baseline.json')
    .argument('<new>', 'the later baseline.json')
    .option('-o, --out <outdir>', 'also write diff.md, diff.html and diff.json there')
    .addOption(langOption('language of the output and of every message'))
    .option('--top <n>', 'largest rises and falls listed per metric', '10')
    .option('--max-bytes <n>', 'largest baseline.json accepted, in bytes')
    .action(async (oldPath: string, newPath: string, opts: Record<string, string | undefined>) => {
      const lang = parseLang(String(opts.lang ?? 'en'));
      const top = parsePositiveInt('--top', String(opts.top ?? '10'), FLAG_RANGES.top, lang);
      const maxBytes =
        opts.maxBytes === undefined
          ? DEFAULT_LIMITS.maxBytes
          : parsePositiveInt('--max-bytes', opts.maxBytes, FLAG_RANGES.maxBytes, lang);
      const [{ diffBaselines }, { loadBaselineJson }, { renderDiffHtml }, { renderDiffMarkdown }] =
        await Promise.all([
          import('../diff/diffBaselines.js'),
          import('../diff/loadBaselineJson.js'),
          import('../diff/renderDiffHtml.js'),
          import('../diff/renderDiffMarkdown.js'),
        ]);
      const { writeOutputFiles } = await import('../node/writeFiles.js');
      const before = loadBaselineJson(await readBaselineText(oldPath, maxBytes, lang), lang);
      const after = loadBaselineJson(await readBaselineText(newPath, maxBytes, lang), lang);
      const diff = diffBaselines(before, after, { top });
      const markdown = renderDiffMarkdown(diff, { lang });
      if (opts.out !== undefined) {
        writeOutputFiles(
          opts.out,
          {
            'diff.md': markdown,
            'diff.html': renderDiffHtml(diff, { lang }),
            'diff.json': `${JSON.stringify(diff, null, 2)}\n`,
          },
          { inputs: [oldPath, newPath], lang },
        );
      }
      io.stdout.write(markdown.split('\n').map(visibleText).join('\n'));
    });
}
