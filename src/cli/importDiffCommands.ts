import type { Command } from 'commander';
import { Option } from 'commander';
import { diffBaselines } from '../diff/diffBaselines.js';
import { loadBaselineJson } from '../diff/loadBaselineJson.js';
import { renderDiffHtml } from '../diff/renderDiffHtml.js';
import { renderDiffMarkdown } from '../diff/renderDiffMarkdown.js';
import { terminalLine as line, visibleText } from '../displayText.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { importFileToDir } from '../node/importFile.js';
import { readRegularFile } from '../node/readFile.js';
import { writeOutputFiles } from '../node/writeFiles.js';
import { UsageError } from './errors.js';
import { flagMessages } from './messages.js';
import { FLAG_RANGES, parseLang, parseList, parsePositiveInt, parseText } from './parseFlags.js';

/** Where the commands write. */
interface Io {
  readonly stdout: { write(s: string): unknown };
}

/** A baseline.json read with the one reading function (regular files, byte limit while reading). */
function readBaselineText(path: string, maxBytes: number, lang: 'en' | 'nl'): string {
  return new TextDecoder('utf-8').decode(readRegularFile(path, { maxBytes, lang }));
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
      if (kind !== 'iati' && kind !== '3w') throw new UsageError(visibleText(flagMessages('en').kind(kind)));
      const written = importFileToDir(kind, file, String(opts.out), {
        ...(opts.orgs === undefined
          ? {}
          : { orgs: parseList(opts.orgs, '--orgs', 'en', 'NL-KVK-41198677; Oxfam Novib') }),
        ...(opts.orgPrefix === undefined ? {} : { orgPrefix: parseText('--org-prefix', opts.orgPrefix) }),
        ...(opts.country === undefined ? {} : { country: parseText('--country', opts.country) }),
        ...(opts.maxBytes === undefined
          ? {}
          : { limits: { maxBytes: parsePositiveInt('--max-bytes', opts.maxBytes, FLAG_RANGES.maxBytes) } }),
      });
      io.stdout.write(`${line`Imported ${file}:`}\n${written.map((p) => line`  ${p}`).join('\n')}\n`);
      io.stdout.write(
        `${line`Next: partner-synergy validate ${opts.out} && partner-synergy baseline ${opts.out} --out <dir>`}\n`,
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
    .option('--max-bytes <n>', 'largest baseline.json accepted, in bytes')
    .action((oldPath: string, newPath: string, opts: Record<string, string | undefined>) => {
      const lang = parseLang(String(opts.lang ?? 'en'));
      const top = parsePositiveInt('--top', String(opts.top ?? '10'), FLAG_RANGES.top, lang);
      const maxBytes =
        opts.maxBytes === undefined
          ? DEFAULT_LIMITS.maxBytes
          : parsePositiveInt('--max-bytes', opts.maxBytes, FLAG_RANGES.maxBytes, lang);
      const before = loadBaselineJson(readBaselineText(oldPath, maxBytes, lang), lang);
      const after = loadBaselineJson(readBaselineText(newPath, maxBytes, lang), lang);
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
