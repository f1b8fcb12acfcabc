/**
 * The data-collection template: a workbook with an instruction sheet and one sheet per dimension
 * (headers in English or Dutch, an instruction row, an example row, frozen header rows, column
 * widths, drop-down lists from the library's vocabularies on a hidden lists sheet), or the same as
 * a folder of CSV files with a README.
 */
import type { Lang } from '../../country/labels.js';
import { countryName } from '../../normalise/countries.js';
import { checkOptionKeys } from '../../optionKeys.js';
import { formatCsv } from '../../output/csv.js';
import type { Member } from '../../schema/records.js';
import { columnLetters } from '../cells.js';
import { SHEET_NAMES, TEMPLATE_KINDS, type TemplateSheetKind } from '../sheetNames.js';
import { type RowSpec, type SheetSpec, type ValidationSpec, writeXlsx } from '../write/xlsxWriter.js';
import {
  COLUMN_NAMES,
  LIST_WORDS,
  type ListName,
  type PromptName,
  type TemplateText,
  templateText,
} from './text.js';
import { LIST_ORDER, type TemplateCategories, type TemplateLists, templateLists } from './vocabulary.js';

/**
 * Options of {@link buildTemplateWorkbook} and {@link buildTemplateCsv}.
 *
 * @example
 * const options: TemplateOptions = { lang: 'nl', themes: ['Leefbaar loon', 'Kinderarbeid'], fileName: 'partnerschap.xlsx' };
 * templateListSizes(options).themes; // => 2
 */
export interface TemplateOptions {
  /** Language of the sheet names, column names, lists and instructions. Default 'en'. */
  readonly lang?: Lang;
  /** Themes offered in the drop-down (taxonomy entries or labels). Default: the shipped themes. */
  readonly themes?: TemplateCategories;
  /** Sectors offered in the drop-down (taxonomy entries or labels). Default: the shipped sectors. */
  readonly sectors?: TemplateCategories;
  /** Members written into the members sheet (so the member drop-downs offer them). Default none. */
  readonly members?: readonly Pick<Member, 'id' | 'name' | 'type' | 'country' | 'role'>[];
  /** The workbook's file name, quoted in the instructions. Default 'partnership.xlsx'. */
  readonly fileName?: string;
}

/** Every option key of {@link TemplateOptions} (the compiler keeps the list complete). */
const TEMPLATE_OPTION_KEYS = Object.keys({
  fileName: true,
  lang: true,
  members: true,
  sectors: true,
  themes: true,
} satisfies Record<keyof TemplateOptions, true>);

/** Last row the drop-downs and checks of a data sheet cover. */
export const TEMPLATE_LAST_ROW = 5000;
/** Rows above the data: the instruction row, the header row, the example row. */
const FIRST_DATA_ROW = 4;
/** Last row of the members sheet that the member drop-downs offer. */
const MEMBER_LIST_END = 1000;

/** How a column is checked and shown. */
interface ColumnRule {
  readonly width: number;
  /** A drop-down list ('members': the ids of the members sheet). */
  readonly list?: ListName | 'members';
  /** Refuse other values (closed lists); otherwise Excel asks before accepting one. */
  readonly strict?: boolean;
  /** A whole number 1900-2100. */
  readonly year?: boolean;
  readonly prompt?: PromptName;
}

const MEMBER: ColumnRule = { width: 14, list: 'members', prompt: 'member' };

const RULES: Readonly<Record<TemplateSheetKind, readonly ColumnRule[]>> = {
  members: [
    { width: 12, prompt: 'id' },
    { width: 44 },
    { width: 20, list: 'types', strict: true },
    { width: 24, list: 'countries' },
    { width: 16, list: 'roles', strict: true },
  ],
  expertise: [MEMBER, { width: 46, list: 'themes' }, { width: 18, list: 'levels', prompt: 'level' }],
  geography: [
    MEMBER,
    { width: 24, list: 'countries' },
    { width: 28, prompt: 'area' },
    { width: 18, list: 'presence', strict: true, prompt: 'presence' },
    { width: 40, prompt: 'partners' },
    { width: 10, year: true, prompt: 'since' },
    { width: 30, prompt: 'works_with' },
  ],
  sectors: [
    MEMBER,
    { width: 38, list: 'sectors' },
    { width: 22, list: 'networks', strict: true, prompt: 'network' },
    { width: 18, list: 'strengths', prompt: 'strength' },
    { width: 40, prompt: 'companies' },
  ],
  companies: [
    { width: 32 },
    { width: 38, list: 'sectors' },
    { width: 30, prompt: 'countries' },
    { width: 30, prompt: 'drivers' },
    { width: 46, prompt: 'needs' },
  ],
};

/** The defined name of a list. */
const listName = (list: ListName | 'members'): string => (list === 'members' ? 'MemberIds' : `List_${list}`);

/** A label of the list, or its first entry (the user's own themes may not have it). */
function pick(list: readonly string[], preferred: string): string {
  return list.includes(preferred) ? preferred : (list[0] ?? '');
}

/** The example row of each sheet: the marker in column A, then values from the lists. */
function exampleRows(
  lang: Lang,
  lists: TemplateLists,
  text: TemplateText,
): Record<TemplateSheetKind, RowSpec> {
  const w = LIST_WORDS[lang];
  const theme = pick(lists.themes, lang === 'nl' ? 'Leefbaar loon' : 'Living wage');
  const due = pick(
    lists.themes,
    lang === 'nl' ? 'Due diligence (OESO-richtlijnen)' : 'Due diligence (OECD guidelines)',
  );
  const sector = pick(lists.sectors, lang === 'nl' ? 'Kleding en textiel' : 'Garment and textiles');
  const m = text.exampleMarker;
  const row = (cells: RowSpec['cells']): RowSpec => ({ cells, style: 'example' });
  return {
    members: row([m, text.exampleName, w.types.ngo, countryName('NL', lang), w.roles.member]),
    expertise: row([m, theme, w.levels[4]!]),
    geography: row([
      m,
      countryName('BD', lang),
      'Dhaka; Gazipur',
      w.presence.office,
      'Karmojibi Nari; Awaj Foundation',
      2015,
    ]),
    sectors: row([m, sector, w.networks.irbc_agreement, w.strengths[3]!, 'Noorderlicht Fashion']),
    companies: row([
      m,
      sector,
      `${countryName('BD', lang)}; ${countryName('IN', lang)}`,
      `${w.drivers.issue}; ${w.drivers.opportunity}`,
      [theme, due].filter((t, i, all) => t !== '' && all.indexOf(t) === i).join('; '),
    ]),
  };
}

/** The error message of a list column. */
function listError(rule: ColumnRule, text: TemplateText) {
  if (rule.strict) return text.errors.strict;
  return rule.list === 'levels' || rule.list === 'strengths' ? text.errors.number : text.errors.open;
}

/** Drop-downs, year checks and input prompts of a sheet, from its example row to TEMPLATE_LAST_ROW. */
function validations(kind: TemplateSheetKind, lists: TemplateLists, text: TemplateText): ValidationSpec[] {
  return RULES[kind].flatMap((rule, col): ValidationSpec[] => {
    const letter = columnLetters(col);
    const range = `${letter}3:${letter}${TEMPLATE_LAST_ROW}`;
    const prompt = rule.prompt === undefined ? {} : { prompt: text.prompts[rule.prompt] };
    if (rule.year) {
      return [
        { range, type: 'whole', formula1: '1900', formula2: '2100', error: text.errors.year, ...prompt },
      ];
    }
    const list = rule.list;
    if (list === undefined || (list !== 'members' && lists[list].length === 0)) {
      // Several values in one cell cannot be checked against a list: an input prompt only.
      return rule.prompt === undefined ? [] : [{ range, type: 'any', ...prompt }];
    }
    return [
      {
        range,
        type: 'list',
        formula1: listName(list),
        errorStyle: rule.strict ? 'stop' : 'warning',
        error: listError(rule, text),
        ...prompt,
      },
    ];
  });
}

/** One data sheet: instruction row, header row, example row, then the given rows. */
function dataSheet(
  kind: TemplateSheetKind,
  lang: Lang,
  lists: TemplateLists,
  text: TemplateText,
  example: RowSpec,
  rows: readonly RowSpec[],
): SheetSpec {
  return {
    name: SHEET_NAMES[lang][kind],
    rows: [
      { cells: [text.sheetNote[kind]], style: 'note' },
      { cells: COLUMN_NAMES[lang][kind], style: 'header' },
      example,
      ...rows,
    ],
    widths: RULES[kind].map((r) => r.width),
    frozenRows: 2,
    validations: validations(kind, lists, text),
  };
}

/** The hidden sheet holding the lists, and the defined names pointing at them. */
function listsSheet(lang: Lang, lists: TemplateLists, text: TemplateText) {
  const sheet = SHEET_NAMES[lang].lists;
  const height = Math.max(...LIST_ORDER.map((l) => lists[l].length));
  const rows: RowSpec[] = [{ cells: LIST_ORDER.map((l) => text.listHeaders[l]), style: 'header' }];
  for (let i = 0; i < height; i++) rows.push({ cells: LIST_ORDER.map((l) => lists[l][i] ?? null) });
  const names = LIST_ORDER.flatMap((l, col) => {
    const n = lists[l].length;
    const letter = columnLetters(col);
    return n === 0 ? [] : [{ name: listName(l), ref: `'${sheet}'!$${letter}$2:$${letter}$${n + 1}` }];
  });
  const members = SHEET_NAMES[lang].members;
  names.push({ name: listName('members'), ref: `'${members}'!$A$${FIRST_DATA_ROW}:$A$${MEMBER_LIST_END}` });
  const spec: SheetSpec = {
    name: sheet,
    state: 'hidden',
    rows,
    widths: LIST_ORDER.map(() => 30),
    frozenRows: 1,
  };
  return { spec, names };
}

/** The rows of the members sheet for members given in the options. */
function memberRows(lang: Lang, members: TemplateOptions['members'] = []): RowSpec[] {
  const w = LIST_WORDS[lang];
  return members.map((m) => ({
    cells: [
      m.id,
      m.name,
      w.types[m.type],
      m.country === null ? null : countryName(m.country, lang),
      w.roles[m.role],
    ],
  }));
}

/**
 * Build the data-collection workbook (.xlsx bytes): an instruction sheet, then Members, Expertise,
 * Geography, Sectors and Companies (Dutch: Leden, Expertise, Geografie, Sectoren, Bedrijven), each
 * with an instruction row, the column names the reader knows (frozen), an example row marked
 * EXAMPLE / VOORBEELD (never read back) and drop-down lists: themes and sectors from the taxonomies
 * (or the options), countries by name, presence kinds, levels 0-5 with their words, network kinds,
 * strength, member types and roles, and in every member column the ids of the members sheet. The
 * lists live on a hidden sheet. Deterministic: the same options give the same bytes.
 *
 * @param options - language, themes, sectors, members to pre-fill, file name; see {@link TemplateOptions}
 * @example
 * const bytes = buildTemplateWorkbook({ lang: 'nl' });
 * readWorkbookTables(bytes).tables.map((t) => t.kind); // => ['members', 'expertise', 'geography', 'sectors', 'companies']
 * buildTemplateWorkbook({ lang: 'nl' }).length === bytes.length; // => true
 */
export function buildTemplateWorkbook(options: TemplateOptions = {}): Uint8Array {
  checkOptionKeys(options, TEMPLATE_OPTION_KEYS);
  const { lang = 'en', fileName = 'partnership.xlsx' } = options;
  const text = templateText(lang);
  const lists = templateLists(lang, options.themes, options.sectors);
  const examples = exampleRows(lang, lists, text);
  const instructions: SheetSpec = {
    name: SHEET_NAMES[lang].instructions,
    rows: [
      { cells: [text.title], style: 'title' },
      { cells: [] },
      ...text.instructions(fileName).map((line): RowSpec => ({ cells: [line], style: 'wrap' })),
    ],
    widths: [110],
  };
  const sheets = TEMPLATE_KINDS.map((kind) =>
    dataSheet(
      kind,
      lang,
      lists,
      text,
      examples[kind],
      kind === 'members' ? memberRows(lang, options.members) : [],
    ),
  );
  const { spec, names } = listsSheet(lang, lists, text);
  return writeXlsx({ sheets: [instructions, ...sheets, spec], names });
}

/**
 * How many themes, sectors and countries the template's drop-downs offer.
 *
 * @param options - as for {@link buildTemplateWorkbook}
 * @example
 * templateListSizes({ themes: ['Living wage', 'GBV'] }).themes; // => 2
 */
export function templateListSizes(options: TemplateOptions = {}): {
  themes: number;
  sectors: number;
  countries: number;
} {
  checkOptionKeys(options, TEMPLATE_OPTION_KEYS);
  const lists = templateLists(options.lang ?? 'en', options.themes, options.sectors);
  return { themes: lists.themes.length, sectors: lists.sectors.length, countries: lists.countries.length };
}

/** The CSV template's file names per language (names the reader recognises). */
export const CSV_TEMPLATE_FILES: Readonly<Record<Lang, Readonly<Record<TemplateSheetKind, string>>>> = {
  en: {
    members: 'members.csv',
    expertise: 'expertise.csv',
    geography: 'geography.csv',
    sectors: 'sectors.csv',
    companies: 'companies.csv',
  },
  nl: {
    members: 'leden.csv',
    expertise: 'expertise.csv',
    geography: 'geografie.csv',
    sectors: 'sectoren.csv',
    companies: 'bedrijven.csv',
  },
};

/** The README of the CSV template: the instructions and every closed list. */
function readme(lang: Lang, lists: TemplateLists, text: TemplateText): string {
  const lines = [...text.readme(CSV_TEMPLATE_FILES[lang])];
  for (const l of LIST_ORDER) {
    if (l === 'countries') {
      lines.push(`## ${text.readmeLists.countries}`, text.readmeCountries);
      continue;
    }
    lines.push(`## ${text.readmeLists[l]}`, lists[l].map((v) => `- ${v}`).join('\n'));
  }
  return `${lines.join('\n\n')}\n`;
}

/**
 * The same template as CSV files: one per dimension with the column names (members given in the
 * options as rows), named as the reader recognises them (members.csv, ...; Dutch leden.csv, ...),
 * plus a README.md with the instructions and the words of every list. UTF-8 with a byte-order mark
 * (so Excel shows accents); text that a spreadsheet would run as a formula is prefixed with '.
 * There is no example row: a CSV file has no way to mark one.
 *
 * @param options - as for {@link buildTemplateWorkbook}
 * @returns file name -> text
 * @example
 * const files = buildTemplateCsv({ lang: 'nl' });
 * Object.keys(files); // => ['leden.csv', 'expertise.csv', 'geografie.csv', 'sectoren.csv', 'bedrijven.csv', 'README.md']
 * files['expertise.csv']; // => '\uFEFFlid,thema,niveau\n'
 */
export function buildTemplateCsv(options: TemplateOptions = {}): Record<string, string> {
  checkOptionKeys(options, TEMPLATE_OPTION_KEYS);
  const { lang = 'en' } = options;
  const text = templateText(lang);
  const lists = templateLists(lang, options.themes, options.sectors);
  const files: Record<string, string> = {};
  for (const kind of TEMPLATE_KINDS) {
    const rows =
      kind === 'members'
        ? memberRows(lang, options.members).map((r) => r.cells.map((c) => (c === null ? '' : String(c))))
        : [];
    files[CSV_TEMPLATE_FILES[lang][kind]] = formatCsv([COLUMN_NAMES[lang][kind], ...rows], { bom: true });
  }
  files['README.md'] = readme(lang, lists, text);
  return files;
}
