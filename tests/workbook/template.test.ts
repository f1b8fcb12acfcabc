/**
 * The template, opened with an independent reader (tests/workbook/ooxml.ts: fflate's unzip and the
 * OOXML element names), in English and Dutch: the sheets, frozen header rows, widths, the
 * instruction, header and example rows, and every drop-down pointing at a list that holds exactly
 * the library's vocabulary. Then filled in with every word of every list and read back: nothing
 * rejected, nothing guessed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { afterAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/country/labels.js';
import { DEFAULT_SECTORS, DEFAULT_THEMES, parsePartnership } from '../../src/index.js';
import { HEADER_ALIASES, matchHeaders } from '../../src/parts.js';
import {
  buildTemplateCsv,
  buildTemplateWorkbook,
  parseInputFiles,
  parseWorkbook,
} from '../../src/workbook/index.js';
import { SHEET_NAMES, TEMPLATE_KINDS } from '../../src/workbook/sheetNames.js';
import { TEMPLATE_LAST_ROW } from '../../src/workbook/template/buildTemplate.js';
import { COLUMN_NAMES, LIST_WORDS, TEMPLATE_FIELDS, templateText } from '../../src/workbook/template/text.js';
import { LIST_ORDER, templateLists } from '../../src/workbook/template/vocabulary.js';
import { type RowSpec, type SheetSpec, writeXlsx } from '../../src/workbook/write/xlsxWriter.js';
import { all, columnRange, Ooxml, one } from './ooxml.js';

const LANGS: readonly Lang[] = ['en', 'nl'];
const tmp = mkdtempSync(join(tmpdir(), 'ps-template-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The list each column's drop-down must offer (null: no drop-down). */
const EXPECTED_LISTS: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  members: { id: null, name: null, type: 'types', country: 'countries', role: 'roles' },
  expertise: { member: 'members', theme: 'themes', level: 'levels' },
  geography: {
    member: 'members',
    country: 'countries',
    area: null,
    presence: 'presence',
    partners: null,
    since: null,
  },
  sectors: {
    member: 'members',
    sector: 'sectors',
    network: 'networks',
    strength: 'strengths',
    companies: null,
  },
  companies: { company: null, sector: 'sectors', countries: null, drivers: null, needs: null },
};

describe.each(LANGS)('the %s template, opened independently', (lang) => {
  const bytes = buildTemplateWorkbook({ lang });
  const book = new Ooxml(bytes);
  const names = SHEET_NAMES[lang];
  const lists = templateLists(lang);
  const text = templateText(lang);

  it('has the instruction sheet, one sheet per dimension and a hidden lists sheet, in that order', () => {
    expect(book.sheets().map((s) => [s.name, s.state])).toEqual([
      [names.instructions, 'visible'],
      ...TEMPLATE_KINDS.map((k) => [names[k], 'visible']),
      [names.lists, 'hidden'],
    ]);
    const instructions = book.cells(names.instructions);
    expect(instructions.get('A1')).toBe(text.title);
    expect([...instructions.values()].join(' ')).toContain(`validate partnership.xlsx`);
  });

  it.each(TEMPLATE_KINDS)(
    '%s: instruction, header and example rows, frozen header, column widths',
    (kind) => {
      const sheet = book.sheet(names[kind]);
      const pane = one(sheet, 'pane');
      expect([pane.attrs.state, pane.attrs.ySplit, pane.attrs.topLeftCell]).toEqual(['frozen', '2', 'A3']);
      const widths = all(sheet, 'col').map((c) => Number(c.attrs.width));
      expect(widths).toHaveLength(COLUMN_NAMES[lang][kind].length);
      for (const w of widths) expect(w).toBeGreaterThanOrEqual(10);
      const cells = book.cells(names[kind]);
      expect(cells.get('A1')).toBe(text.sheetNote[kind]);
      const header = COLUMN_NAMES[lang][kind].map((_, i) => cells.get(`${String.fromCharCode(65 + i)}2`));
      expect(header).toEqual(COLUMN_NAMES[lang][kind]);
      expect(cells.get('A3')).toBe(text.exampleMarker);
      // The header maps every column to its field (area: once the reader knows that column).
      const fields = matchHeaders(header as string[], kind).fields;
      TEMPLATE_FIELDS[kind].forEach((field, i) => {
        if (field === 'area' && HEADER_ALIASES.geography.area === undefined) return;
        expect(fields.get(field), `${kind}.${field}`).toBe(i);
      });
    },
  );

  it.each(TEMPLATE_KINDS)('%s: every drop-down offers exactly its vocabulary list', (kind) => {
    const validations = all(book.sheet(names[kind]), 'dataValidation');
    const definedNames = book.names();
    TEMPLATE_FIELDS[kind].forEach((field, i) => {
      const letter = String.fromCharCode(65 + i);
      const rule = validations.find((v) => v.attrs.sqref === `${letter}3:${letter}${TEMPLATE_LAST_ROW}`);
      const expected = EXPECTED_LISTS[kind]![field];
      if (expected === null || expected === undefined) {
        expect(rule?.attrs.type ?? 'none', `${kind}.${field}`).not.toBe('list');
        return;
      }
      expect(rule?.attrs.type, `${kind}.${field}`).toBe('list');
      const ref = definedNames.get(one(rule!, 'formula1').text);
      expect(ref, `${kind}.${field} names a defined range`).toBeDefined();
      const range = columnRange(ref!);
      if (expected === 'members') {
        expect(range.sheet).toBe(names.members);
        expect([range.cells[0], range.cells.at(-1)]).toEqual(['A4', 'A1000']);
        return;
      }
      expect(range.sheet).toBe(names.lists);
      const cells = book.cells(names.lists);
      expect(range.cells.map((c) => cells.get(c))).toEqual(lists[expected as keyof typeof lists]);
    });
    if (kind === 'geography') {
      const since = validations.find((v) => v.attrs.sqref === `F3:F${TEMPLATE_LAST_ROW}`)!;
      expect([since.attrs.type, one(since, 'formula1').text, one(since, 'formula2').text]).toEqual([
        'whole',
        '1900',
        '2100',
      ]);
    }
  });

  it('lists every theme and sector of the taxonomies and every country the library knows', () => {
    expect(lists.themes).toHaveLength(DEFAULT_THEMES.length);
    expect(lists.sectors).toHaveLength(DEFAULT_SECTORS.length);
    expect(lists.countries).toHaveLength(Object.keys(countries.getAlpha2Codes()).length);
    expect(lists.levels).toHaveLength(6);
  });

  it('is the same file every time', () => {
    expect(Buffer.from(buildTemplateWorkbook({ lang })).equals(Buffer.from(bytes))).toBe(true);
  });

  it('filled in with every word of every list, reads back with nothing rejected and nothing guessed', () => {
    const w = LIST_WORDS[lang];
    const types = Object.values(w.types);
    const roles = Object.values(w.roles);
    const ids = types.map((_, i) => `M${i}`);
    const sheet = (kind: (typeof TEMPLATE_KINDS)[number], rows: RowSpec['cells'][]): SheetSpec => ({
      name: names[kind],
      rows: [
        { cells: [text.sheetNote[kind]] },
        { cells: COLUMN_NAMES[lang][kind] },
        { cells: [text.exampleMarker, 'x', 'x', 'x', 'x'] },
        ...rows.map((cells) => ({ cells })),
      ],
    });
    const filled = writeXlsx({
      sheets: [
        sheet(
          'members',
          types.map((t, i) => [ids[i]!, `Member ${i}`, t, lists.countries[i]!, roles[i % roles.length]!]),
        ),
        sheet(
          'expertise',
          lists.themes.map((t, i) => [ids[i % ids.length]!, t, lists.levels[i % 6]!]),
        ),
        sheet(
          'geography',
          lists.countries.map((c, i) => [
            ids[i % ids.length]!,
            c,
            null,
            lists.presence[i % 4]!,
            null,
            2000 + (i % 20),
            ids[(i + 1) % ids.length]!,
          ]),
        ),
        sheet(
          'sectors',
          lists.sectors.map((s, i) => [
            ids[i % ids.length]!,
            s,
            lists.networks[i % 5]!,
            lists.strengths[i % 5]!,
            null,
          ]),
        ),
        sheet('companies', [
          [
            'Acme',
            lists.sectors[0]!,
            lists.countries.slice(0, 3).join('; '),
            lists.drivers.join('; '),
            lists.themes.slice(0, 2).join('; '),
          ],
        ]),
      ],
    });
    const read = parseWorkbook(filled, { name: 'filled.xlsx' });
    expect(read.rejected).toEqual([]);
    const unexpected = read.warnings.filter(
      (i) => !(i.code === 'unknown_column' && i.value === COLUMN_NAMES[lang].geography[2]),
    );
    expect(unexpected).toEqual([]);
    const p = read.partnership;
    expect(new Set(p.expertise.map((e) => e.theme))).toEqual(new Set(DEFAULT_THEMES.map((t) => t.id)));
    expect(new Set(p.sectors.map((s) => s.sector))).toEqual(new Set(DEFAULT_SECTORS.map((s) => s.id)));
    expect(p.geography.map((g) => g.country).sort()).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
    // The "works with" column names another member; it is read both ways.
    expect(p.geography.every((g) => g.worksWith?.length === 1 && g.worksWith[0] !== g.member)).toBe(true);
    expect(p.members.map((m) => m.type)).toEqual(Object.keys(w.types));
    expect(new Set(p.expertise.map((e) => e.level))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    expect(new Set(p.sectors.map((s) => s.strength))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(new Set(p.companies[0]?.drivers)).toEqual(
      new Set(['strategy', 'issue', 'opportunity', 'geography']),
    );
  });
});

describe('the template with the members of a partnership', () => {
  it('writes them into the members sheet, where the member drop-downs find them', () => {
    const members = parsePartnership({
      'members.csv':
        'id,name,type,country,role\nFTA,Fair Threads,ngo,NL,lead\nSSF,Shromik Shakti,ngo,BD,local_partner\n',
    }).partnership.members;
    for (const lang of LANGS) {
      const bytes = buildTemplateWorkbook({ lang, members });
      const cells = new Ooxml(bytes).cells(SHEET_NAMES[lang].members);
      expect([cells.get('A4'), cells.get('A5')]).toEqual(['FTA', 'SSF']);
      const back = parseWorkbook(bytes).partnership.members;
      expect(back.map((m) => [m.id, m.name, m.type, m.country, m.role])).toEqual(
        members.map((m) => [m.id, m.name, m.type, m.country, m.role]),
      );
    }
  });
});

describe('the CSV template', () => {
  it.each(LANGS)('%s: one file per dimension with the column names, and a README with every list', (lang) => {
    const files = buildTemplateCsv({ lang });
    const lists = templateLists(lang);
    for (const kind of TEMPLATE_KINDS) {
      const name = Object.keys(files)[TEMPLATE_KINDS.indexOf(kind)]!;
      expect(files[name]).toBe(`\uFEFF${COLUMN_NAMES[lang][kind].join(',')}\n`);
    }
    const readme = files['README.md']!;
    for (const list of LIST_ORDER.filter((l) => l !== 'countries')) {
      for (const word of lists[list]) expect(readme, `${list}: ${word}`).toContain(`- ${word}\n`);
    }
    // Filled in, the files read like any CSV folder.
    const withRows = { ...files };
    const [membersFile, expertiseFile] = Object.keys(files);
    withRows[membersFile!] +=
      `FTA,Fair Threads,${LIST_WORDS[lang].types.ngo},${lists.countries[0]},${LIST_WORDS[lang].roles.lead}\n`;
    withRows[expertiseFile!] += `FTA,${lists.themes[0]},${lists.levels[5]}\n`;
    const read = parseInputFiles(
      Object.entries(withRows)
        .filter(([n]) => n.endsWith('.csv'))
        .map(([name, content]) => ({ name, content })),
    );
    expect(read.rejected.filter((i) => i.line > 0)).toEqual([]);
    expect(read.partnership.expertise.map((e) => [e.member, e.level])).toEqual([['FTA', 5]]);
  });
});

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl =
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
if (!hasOpenpyxl)
  console.warn(
    'openpyxl cross-check skipped: /usr/bin/python3 with openpyxl not found (apt-get install -y python3-openpyxl)',
  );

describe.skipIf(!hasOpenpyxl)('the template in openpyxl (a second, independent reader)', () => {
  it.each(LANGS)('%s: openpyxl opens it and sees the sheets, frozen panes and drop-downs', (lang) => {
    const file = join(tmp, `template-${lang}.xlsx`);
    writeFileSync(file, buildTemplateWorkbook({ lang }));
    const script = [
      'import json, sys, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'out = []',
      'for ws in wb.worksheets:',
      '    dv = [[d.type, d.formula1, str(d.sqref)] for d in ws.data_validations.dataValidation]',
      '    out.append([ws.title, ws.sheet_state, ws.freeze_panes, dv])',
      'print(json.dumps(out))',
    ].join('\n');
    const r = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const sheets = JSON.parse(r.stdout) as [
      string,
      string,
      string | null,
      [string | null, string | null, string][],
    ][];
    const names = SHEET_NAMES[lang];
    expect(sheets.map((s) => [s[0], s[1]])).toEqual([
      [names.instructions, 'visible'],
      ...TEMPLATE_KINDS.map((k) => [names[k], 'visible']),
      [names.lists, 'hidden'],
    ]);
    for (const s of sheets.slice(1, 6)) expect(s[2]).toBe('A3');
    const expertise = sheets.find((s) => s[0] === names.expertise)!;
    expect(expertise[3]).toEqual([
      ['list', 'MemberIds', `A3:A${TEMPLATE_LAST_ROW}`],
      ['list', 'List_themes', `B3:B${TEMPLATE_LAST_ROW}`],
      ['list', 'List_levels', `C3:C${TEMPLATE_LAST_ROW}`],
    ]);
  });
});
