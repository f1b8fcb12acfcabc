import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import type { Lang } from '../country/labels.js';
import type { WrittenTemplate } from '../node/writeTemplate.js';
import { helpTexts } from './helpText.js';
import { langOption, parseLang } from './parseFlags.js';

/** Where the command writes. */
interface Io {
  readonly stdout: { write(s: string): unknown };
}

/** The command's output sentences in English and Dutch. */
const TEXT: Readonly<
  Record<
    Lang,
    {
      readonly workbook: (file: string, w: WrittenTemplate) => string;
      readonly folder: (dir: string, names: string) => string;
      readonly members: (n: number, rejected: number) => string;
      readonly next: string;
      readonly out: string;
    }
  >
> = {
  en: {
    workbook: (file, w) =>
      `Wrote ${file}: an instruction sheet and one sheet per dimension (members, expertise, geography, sectors, companies) with drop-down lists (${w.lists.themes} themes, ${w.lists.sectors} sectors, ${w.lists.countries} countries).`,
    folder: (dir, names) => `Wrote ${dir}: ${names}.`,
    members: (n, rejected) =>
      `${n} members filled in from the members file${rejected > 0 ? `; ${rejected} row(s) of it were rejected (run partner-synergy validate on it)` : ''}.`,
    next: 'Send it to the members; when it comes back:',
    out: 'report',
  },
  nl: {
    workbook: (file, w) =>
      `${file} geschreven: een werkblad met instructies en één werkblad per onderdeel (leden, expertise, geografie, sectoren, bedrijven) met keuzelijsten (${w.lists.themes} thema's, ${w.lists.sectors} sectoren, ${w.lists.countries} landen).`,
    folder: (dir, names) => `${dir} geschreven: ${names}.`,
    members: (n, rejected) =>
      `${n} leden ingevuld uit het ledenbestand${rejected > 0 ? `; ${rejected} rij(en) daarvan zijn afgewezen (controleer het met partner-synergy validate)` : ''}.`,
    next: 'Stuur het naar de leden; als het terug is:',
    out: 'rapport',
  },
};

/**
 * Add `template --out <file> [--lang en|nl] [--themes file] [--members file] [--format xlsx|csv] [--force]`.
 * The template code is loaded (dynamic import) only when the command runs.
 *
 * @example
 * addTemplateCommand(program, { stdout: process.stdout });
 */
export function addTemplateCommand(program: Command, io: Io, helpLang: Lang = 'en'): void {
  const h = helpTexts(helpLang);
  program
    .command('template')
    .description(h['template.description'])
    .requiredOption('-o, --out <path>', h['template.out'])
    .addOption(langOption(h['lang.template'], helpLang))
    .option('--themes <file>', h['template.themes'])
    .option('--members <file>', h['template.members'])
    .addOption(new Option('--format <format>', h['template.format']).choices(['xlsx', 'csv']).default('xlsx'))
    .option('--force', h['template.force'])
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const lang = parseLang(String(opts.lang ?? 'en'));
      const out = String(opts.out);
      const format = opts.format === 'csv' ? 'csv' : 'xlsx';
      const { writeTemplate } = await import('../node/writeTemplate.js');
      const written = await writeTemplate(out, {
        lang,
        format,
        force: opts.force === true,
        ...(typeof opts.themes === 'string' ? { themesFile: opts.themes } : {}),
        ...(typeof opts.members === 'string' ? { membersFile: opts.members } : {}),
      });
      const t = TEXT[lang];
      const lines = [
        format === 'xlsx'
          ? t.workbook(out, written)
          : t.folder(out, written.files.map((f) => basename(f)).join(', ')),
      ];
      if (typeof opts.members === 'string') lines.push(t.members(written.members, written.rejectedMembers));
      const langFlag = lang === 'nl' ? ' --lang nl' : '';
      lines.push(
        t.next,
        `  partner-synergy validate ${out}`,
        `  partner-synergy baseline ${out} --out ${t.out}${langFlag}`,
      );
      io.stdout.write(`${lines.join('\n')}\n`);
    });
}
