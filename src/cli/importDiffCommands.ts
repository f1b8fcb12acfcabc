import type { Command } from 'commander';
import { visibleText } from '../displayText.js';
import { PartnerSynergyError } from '../errors.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import type { Lang } from '../lang.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import { UsageError } from './errors.js';
import { helpTexts } from './helpText.js';
import { flagMessages } from './messages.js';
import {
  FLAG_RANGES,
  langOption,
  parseCountryList,
  parseLang,
  parseList,
  parsePositiveInt,
  parseText,
} from './parseFlags.js';

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
 * Add `import iati|3w|iati3w <file> --out <dir>` to the program. Prints what was read, the counts
 * (members, areas, funders, local partners) and every importer warning; exits 1 (E_NO_MEMBERS,
 * nothing written) when no organisation could be read.
 *
 * @example
 * addImportCommand(program, { stdout: process.stdout });
 */
export function addImportCommand(program: Command, io: Io, helpLang: Lang = 'en'): void {
  const h = helpTexts(helpLang);
  program
    .command('import')
    .description(h['import.description'])
    .argument('<kind>', h['import.kind'])
    .argument('<file>', h['import.file'])
    .requiredOption('-o, --out <outdir>', h['import.out'])
    .option('--orgs <list>', h['import.orgs'])
    .option('--org-prefix <prefix>', h['import.orgPrefix'])
    .option('--organisations <file>', h['import.organisations'])
    .option('--org-types <file>', h['import.orgTypes'])
    .option('--org-names <file>', h['import.orgNames'])
    .option('--funders-as-members', h['import.fundersAsMembers'])
    .option('--countries <list>', h['import.countries'])
    .option('--country <code>', h['import.country'])
    .option('--sheet <name>', h['import.sheet'])
    .option('--names <file>', h['import.names'])
    .option('--max-bytes <n>', h['common.maxBytes'])
    .addOption(langOption(h['lang.output'], helpLang))
    .action(async (kind: string, file: string, opts: Record<string, string | boolean | undefined>) => {
      const lang = parseLang(String(opts.lang ?? 'en'));
      if (kind !== 'iati' && kind !== '3w' && kind !== 'iati3w') {
        throw new UsageError(visibleText(flagMessages(lang).kind(kind)));
      }
      // The importers and their writers load only when the command runs (fast start-up).
      const { readImportFile, writeImportResult } = await import('../node/importFile.js');
      const { formatImportSummary } = await import('./importSummary.js');
      const str = (k: string) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
      const text = (k: string, flag: string) =>
        str(k) === undefined ? undefined : parseText(flag, str(k)!, lang);
      const out = String(opts.out);
      const orgs = str('orgs');
      const maxBytes = str('maxBytes');
      const { result, format, sheet } = readImportFile(kind, file, {
        ...(orgs === undefined
          ? {}
          : { orgs: parseList(orgs, '--orgs', lang, 'NL-KVK-41198677; Oxfam Novib') }),
        ...(str('orgPrefix') === undefined ? {} : { orgPrefix: text('orgPrefix', '--org-prefix')! }),
        ...(str('organisations') === undefined
          ? {}
          : { organisationsPath: text('organisations', '--organisations')! }),
        ...(str('orgTypes') === undefined ? {} : { orgTypesPath: text('orgTypes', '--org-types')! }),
        ...(str('orgNames') === undefined ? {} : { orgNamesPath: text('orgNames', '--org-names')! }),
        ...(str('names') === undefined ? {} : { namesPath: text('names', '--names')! }),
        ...(opts.fundersAsMembers === true ? { fundersAsMembers: true } : {}),
        lang,
        ...(str('country') === undefined ? {} : { country: text('country', '--country')! }),
        ...(str('sheet') === undefined ? {} : { sheet: text('sheet', '--sheet')! }),
        ...(str('countries') === undefined
          ? {}
          : { countries: parseCountryList(str('countries')!, '--countries', lang) }),
        ...(maxBytes === undefined
          ? {}
          : { limits: { maxBytes: parsePositiveInt('--max-bytes', maxBytes, FLAG_RANGES.maxBytes, lang) } }),
      });
      const usable = result.stats.members > 0;
      const inputs = [file, str('organisations'), str('orgTypes'), str('orgNames'), str('names')].filter(
        (p): p is string => p !== undefined,
      );
      const written = usable ? writeImportResult(result, out, inputs, lang) : null;
      io.stdout.write(
        formatImportSummary({
          file,
          kind,
          format,
          ...(sheet === undefined ? {} : { sheet }),
          result,
          written,
          outDir: out,
          lang,
        }),
      );
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
export function addDiffCommand(program: Command, io: Io, helpLang: Lang = 'en'): void {
  const h = helpTexts(helpLang);
  program
    .command('diff')
    .description(h['diff.description'])
    .argument('<old>', h['diff.old'])
    .argument('<new>', h['diff.new'])
    .option('-o, --out <outdir>', h['diff.out'])
    .addOption(langOption(h['lang.output'], helpLang))
    .option('--top <n>', h['diff.top'], '10')
    .option('--max-bytes <n>', h['diff.maxBytes'])
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
