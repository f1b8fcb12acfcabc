import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { diffBaselines } from '../diff/diffBaselines.js';
import { loadBaselineJson } from '../diff/loadBaselineJson.js';
import { renderDiffHtml } from '../diff/renderDiffHtml.js';
import { renderDiffMarkdown } from '../diff/renderDiffMarkdown.js';
import { PartnerSynergyError } from '../errors.js';
import { readImportFile, writeImportResult } from '../node/importFile.js';
import { UsageError } from './errors.js';
import { formatImportSummary } from './importSummary.js';
import { parseLang, parseList, parsePositiveInt } from './parseFlags.js';

/** Where the commands write. */
interface Io {
  readonly stdout: { write(s: string): unknown };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new PartnerSynergyError('E_IO', `Cannot read "${path}": no such file.`);
  }
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
    .option('--funders-as-members', 'IATI: make funders and government bodies members too')
    .option('--country <code>', '3W: country of rows without a country column, e.g. AF')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes')
    .addOption(new Option('--lang <lang>', 'language of the summary').choices(['en', 'nl']).default('en'))
    .action((kind: string, file: string, opts: Record<string, string | boolean | undefined>) => {
      if (kind !== 'iati' && kind !== '3w')
        throw new UsageError(`import: unknown kind "${kind}"; use iati or 3w.`);
      const str = (k: string) => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
      const out = String(opts.out);
      const { result, format } = readImportFile(kind, file, {
        ...(str('orgs') ? { orgs: parseList(str('orgs')!) } : {}),
        ...(str('orgPrefix') ? { orgPrefix: str('orgPrefix')! } : {}),
        ...(str('organisations') ? { organisationsPath: str('organisations')! } : {}),
        ...(str('orgTypes') ? { orgTypesPath: str('orgTypes')! } : {}),
        ...(opts.fundersAsMembers === true ? { fundersAsMembers: true } : {}),
        ...(str('country') ? { country: str('country')! } : {}),
        ...(str('maxBytes')
          ? { limits: { maxBytes: parsePositiveInt('--max-bytes', str('maxBytes')!) } }
          : {}),
      });
      const usable = result.stats.members > 0;
      const inputs = [file, str('organisations'), str('orgTypes')].filter(
        (p): p is string => p !== undefined,
      );
      const written = usable ? writeImportResult(result, out, inputs) : null;
      const lang = parseLang(String(opts.lang ?? 'en'));
      io.stdout.write(formatImportSummary({ file, kind, format, result, written, outDir: out, lang }));
      if (!usable) {
        throw new PartnerSynergyError(
          'E_NO_MEMBERS',
          `nothing usable in ${file}: no organisation could be read; nothing was written.`,
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
    .addOption(new Option('--lang <lang>', 'language').choices(['en', 'nl']).default('en'))
    .option('--top <n>', 'largest rises and falls listed per metric', '10')
    .action((oldPath: string, newPath: string, opts: Record<string, string | undefined>) => {
      const lang = parseLang(String(opts.lang ?? 'en'));
      const top = parsePositiveInt('--top', String(opts.top ?? '10'));
      const before = loadBaselineJson(readText(oldPath));
      const after = loadBaselineJson(readText(newPath));
      const diff = diffBaselines(before, after, { top });
      const markdown = renderDiffMarkdown(diff, { lang });
      if (opts.out) {
        mkdirSync(opts.out, { recursive: true });
        writeFileSync(join(opts.out, 'diff.md'), markdown);
        writeFileSync(join(opts.out, 'diff.html'), renderDiffHtml(diff, { lang }));
        writeFileSync(join(opts.out, 'diff.json'), `${JSON.stringify(diff, null, 2)}\n`);
      }
      io.stdout.write(markdown);
    });
}
