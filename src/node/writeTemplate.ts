import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Lang } from '../country/labels.js';
import { PartnerSynergyError } from '../errors.js';
import { matchHeaders } from '../ingest/headers.js';
import { parseTable } from '../ingest/parseTable.js';
import { toolMessage } from '../messages/toolCatalogue.js';
import { checkOptionKeys } from '../optionKeys.js';
import type { Member } from '../schema/records.js';
import { type TaxonomyEntry, TaxonomyFileSchema } from '../schema/taxonomy.js';
import { zodMessages } from '../schema/zodMessages.js';
import type { TemplateOptions } from '../workbook/template/buildTemplate.js';
import { readPartnershipDir } from './buildFromDir.js';
import { readInputFiles } from './readDir.js';

/**
 * Options of {@link writeTemplate}.
 *
 * @example
 * const options: WriteTemplateOptions = { lang: 'nl', format: 'csv', force: true };
 * (await writeTemplate(`${outDir}/sjabloon`, options)).files.length; // => 6
 */
export interface WriteTemplateOptions {
  /** Language of the template. Default 'en'. */
  readonly lang?: Lang;
  /** 'xlsx': one workbook (`out` ends in .xlsx); 'csv': a folder of CSV files with a README. Default 'xlsx'. */
  readonly format?: 'xlsx' | 'csv';
  /** Replace files that exist. Default false: an existing file is never overwritten. */
  readonly force?: boolean;
  /**
   * The themes to offer: a JSON theme taxonomy (as data/taxonomies/themes.json, or a JSON array of
   * labels) or a text/CSV file with one theme per line (a column named theme/thema if it has one).
   * Default: the shipped themes.
   */
  readonly themesFile?: string;
  /** A members file (CSV or workbook) whose members are written into the members sheet. Default none. */
  readonly membersFile?: string;
}

/**
 * What {@link writeTemplate} wrote.
 *
 * @example
 * const written: WrittenTemplate = await writeTemplate(`${outDir}/leeg.xlsx`, { membersFile: 'data/sample-partnership/members.csv' });
 * [written.members, written.rejectedMembers, written.lists.countries]; // => [12, 0, 250]
 */
export interface WrittenTemplate {
  /** The paths written, in order. */
  readonly files: readonly string[];
  /** Members pre-filled from the members file. */
  readonly members: number;
  /** Rows of the members file that were rejected (run validate on it to see why). */
  readonly rejectedMembers: number;
  /** Entries of the drop-down lists: themes, sectors and countries. */
  readonly lists: { readonly themes: number; readonly sectors: number; readonly countries: number };
}

/** Read a themes file: a JSON taxonomy or array of labels, or one theme per line. */
export function readThemesFile(path: string, lang: Lang = 'en'): (TaxonomyEntry | string)[] {
  const [file] = readInputFiles(path, { lang });
  const bytes = file!.content as Uint8Array;
  if (extname(path).toLowerCase() === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      throw new PartnerSynergyError(
        'E_IO',
        toolMessage(lang, 'template.not_json', { file: basename(path), reason: (e as Error).message }),
      );
    }
    if (Array.isArray(json) && json.every((x) => typeof x === 'string')) return json;
    const parsed = TaxonomyFileSchema.safeParse(json, zodMessages(lang));
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new PartnerSynergyError(
        'E_IO',
        toolMessage(lang, 'template.not_theme_list', {
          file: basename(path),
          reason: `${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim(),
        }),
      );
    }
    return [...parsed.data];
  }
  const table = parseTable(bytes, { file: basename(path) });
  const column = matchHeaders(table.header, 'expertise').fields.get('theme');
  if (column !== undefined) return table.rows.map((r) => r.cells[column] ?? '');
  return [table.header[0] ?? '', ...table.rows.map((r) => r.cells[0] ?? '')];
}

/** Write bytes or text to a new file; with `force`, replace an existing one through a temporary file. */
function writeNew(path: string, data: Uint8Array | string, force: boolean, lang: Lang): void {
  if (!force) {
    try {
      writeFileSync(path, data, { flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw exists([path], lang);
      throw e;
    }
    return;
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

function exists(paths: readonly string[], lang: Lang): PartnerSynergyError {
  const key = paths.length === 1 ? 'template.exists_one' : 'template.exists_many';
  return new PartnerSynergyError('E_IO', toolMessage(lang, key, { paths: paths.join(', ') }));
}

/**
 * Write the data-collection template: a workbook (`format: 'xlsx'`, the default) or a folder of CSV
 * files with a README (`format: 'csv'`); see buildTemplateWorkbook in partner-synergy/workbook.
 * Never overwrites a file unless `force` is set, and never one of its own input files. The
 * template code is loaded only when this runs.
 *
 * @param out - the workbook to write (ending in .xlsx) or, for CSV, the folder (created if missing)
 * @param options - language, format, force, themes file, members file; see {@link WriteTemplateOptions}
 * @throws PartnerSynergyError (E_IO) when a file exists and `force` is not set, `out` is an input
 *   file, `out` does not end in .xlsx for the workbook format, or the themes or members file cannot be read
 * @example
 * const written = await writeTemplate(`${outDir}/partnership.xlsx`, { lang: 'nl' });
 * written.files.length; // => 1
 * readPartnershipDir(`${outDir}/partnership.xlsx`).files.map((f) => f.file)[0]; // => '[partnership.xlsx]Bedrijven'
 */
export async function writeTemplate(
  out: string,
  options: WriteTemplateOptions = {},
): Promise<WrittenTemplate> {
  checkOptionKeys(options, [
    'force',
    'format',
    'lang',
    'membersFile',
    'themesFile',
  ] satisfies (keyof WriteTemplateOptions)[]);
  const { lang = 'en', format = 'xlsx', force = false, themesFile, membersFile } = options;
  for (const input of [themesFile, membersFile]) {
    if (input !== undefined && resolve(input) === resolve(out))
      throw new PartnerSynergyError('E_IO', toolMessage(lang, 'template.input_file', { file: out }));
  }
  if (format === 'xlsx' && extname(out).toLowerCase() !== '.xlsx')
    throw new PartnerSynergyError('E_IO', toolMessage(lang, 'template.not_xlsx', { file: out }));
  const themes = themesFile === undefined ? undefined : readThemesFile(themesFile, lang);
  let members: Member[] = [];
  let rejectedMembers = 0;
  if (membersFile !== undefined) {
    const read = readPartnershipDir(membersFile, { lang });
    members = [...read.partnership.members];
    rejectedMembers = read.files.filter((f) => f.kind === 'members').reduce((s, f) => s + f.rejected, 0);
  }
  const { buildTemplateCsv, buildTemplateWorkbook, templateListSizes } = await import(
    '../workbook/template/buildTemplate.js'
  );
  const template: TemplateOptions = {
    lang,
    members,
    fileName: basename(out),
    ...(themes === undefined ? {} : { themes }),
  };
  const counts = { members: members.length, rejectedMembers, lists: templateListSizes(template) };
  if (format === 'xlsx') {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeNew(out, buildTemplateWorkbook(template), force, lang);
    return { files: [out], ...counts };
  }
  if (existsSync(out) && !statSync(out).isDirectory())
    throw new PartnerSynergyError('E_IO', toolMessage(lang, 'template.is_file', { file: out }));
  const files = buildTemplateCsv(template);
  const paths = Object.keys(files).map((name) => join(out, name));
  const taken = paths.filter((p) => existsSync(p));
  if (taken.length > 0 && !force) throw exists(taken, lang);
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeNew(join(out, name), text, force, lang);
  return { files: paths, ...counts };
}
