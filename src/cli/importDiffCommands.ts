import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { diffBaselines } from '../diff/diffBaselines.js';
import { loadBaselineJson } from '../diff/loadBaselineJson.js';
import { renderDiffHtml } from '../diff/renderDiffHtml.js';
import { renderDiffMarkdown } from '../diff/renderDiffMarkdown.js';
import { PartnerSynergyError } from '../errors.js';
import { importFileToDir } from '../node/importFile.js';
import { UsageError } from './errors.js';
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
 * Add `import iati|3w <file> --out <dir>` to the program.
 *
 * @example
 * addImportCommand(program, { stdout: process.stdout });
 */
export function addImportCommand(program: Command, io: Io): void {
  program
    .command('import')
    .description(
      'Turn an IATI activity export or an OCHA 3W table into members.csv, expertise.csv, geography.csv and sectors.csv (plus merges.json: organisation names that were merged).',
    )
    .argument('<kind>', 'iati or 3w')
    .argument('<file>', 'the CSV export')
    .requiredOption('-o, --out <outdir>', 'directory to write the four CSVs to')
    .option('--orgs <list>', 'IATI: only these organisation refs or names (separated by ; or ,)')
    .option('--org-prefix <prefix>', 'IATI: only organisations whose ref starts with this, e.g. NL-')
    .option('--country <code>', '3W: country of rows without a country column, e.g. AF')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes')
    .action((kind: string, file: string, opts: Record<string, string | undefined>) => {
      if (kind !== 'iati' && kind !== '3w')
        throw new UsageError(`import: unknown kind "${kind}"; use iati or 3w.`);
      const written = importFileToDir(kind, file, String(opts.out), {
        ...(opts.orgs ? { orgs: parseList(opts.orgs) } : {}),
        ...(opts.orgPrefix ? { orgPrefix: opts.orgPrefix } : {}),
        ...(opts.country ? { country: opts.country } : {}),
        ...(opts.maxBytes ? { limits: { maxBytes: parsePositiveInt('--max-bytes', opts.maxBytes) } } : {}),
      });
      io.stdout.write(`Imported ${file}:\n${written.map((p) => `  ${p}`).join('\n')}\n`);
      io.stdout.write(
        `Next: partner-synergy validate ${opts.out} && partner-synergy baseline ${opts.out} --out <dir>\n`,
      );
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
