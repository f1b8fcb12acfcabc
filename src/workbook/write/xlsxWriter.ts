/**
 * A small writer of .xlsx workbooks (Office Open XML, ECMA-376): text, numbers, booleans, dates,
 * formulas (with or without a calculated value), error values, a few fixed cell styles, column
 * widths, frozen header rows, merged cells, data validation (drop-down lists and whole numbers
 * with input prompts), defined names and hidden sheets. The bytes depend only on the input (the
 * zip's file times are fixed), so the same template is the same file.
 */
import { zipSync } from 'fflate';
import { columnLetters } from '../cells.js';

/** A formula, with the value a spreadsheet calculated for it (absent: never calculated). */
export interface FormulaValue {
  readonly formula: string;
  readonly value?: string | number;
}

/** What a cell can hold. A `date` is an Excel date serial (days since 1899-12-30), shown as yyyy-mm-dd. */
export type CellValue =
  | string
  | number
  | boolean
  | null
  | { readonly date: number }
  | { readonly error: string }
  | FormulaValue;

/** The fixed cell styles of the writer. */
export type CellStyle = 'plain' | 'header' | 'example' | 'title' | 'note' | 'date' | 'integer' | 'wrap';

const STYLE_INDEX: Readonly<Record<CellStyle, number>> = {
  plain: 0,
  header: 1,
  example: 2,
  title: 3,
  note: 4,
  date: 5,
  integer: 6,
  wrap: 7,
};

/** One row: its cells from column A (null leaves a cell empty) and their style. */
export interface RowSpec {
  /** 1-based row number; default: the row after the previous one. */
  readonly row?: number;
  readonly cells: readonly CellValue[];
  /** Style of every cell of the row. Default 'plain' (date cells: 'date'). */
  readonly style?: CellStyle;
  /** Per-column style, overriding `style` (by 0-based column). */
  readonly styles?: Readonly<Record<number, CellStyle>>;
}

/** A data validation rule on a range. */
export interface ValidationSpec {
  /** Cells it applies to, e.g. 'B3:B2000'. */
  readonly range: string;
  /** 'any' only shows the input prompt. */
  readonly type: 'list' | 'whole' | 'any';
  /** A list: a defined name or a range; whole: the minimum; any: unused. */
  readonly formula1?: string;
  /** Whole: the maximum. */
  readonly formula2?: string;
  /** 'stop' refuses other values, 'warning' asks, 'information' only tells. Default 'stop'. */
  readonly errorStyle?: 'stop' | 'warning' | 'information';
  readonly prompt?: { readonly title: string; readonly text: string };
  readonly error?: { readonly title: string; readonly text: string };
}

/** One sheet. */
export interface SheetSpec {
  readonly name: string;
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  readonly rows: readonly RowSpec[];
  /** Column widths in characters, from column A. */
  readonly widths?: readonly number[];
  /** Rows kept in view while scrolling (0: none). */
  readonly frozenRows?: number;
  readonly merges?: readonly string[];
  readonly validations?: readonly ValidationSpec[];
}

/** A whole workbook. */
export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** Names for ranges, e.g. { name: 'Themes', ref: "'lists'!$A$2:$A$33" }. */
  readonly names?: readonly { readonly name: string; readonly ref: string }[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escape text for XML content or a double-quoted attribute. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/**
 * Text as a cell holds it: Excel's `_xHHHH_` escapes for characters XML cannot carry (and for a
 * carriage return, which XML reads back as a line feed), then XML escapes.
 */
function cellText(text: string): string {
  const excel = text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(
      /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
  return xmlEscape(excel);
}

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><i/><sz val="11"/><color rgb="FF6E6E6E"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Shared strings: each distinct text once, in order of first use. */
class StringTable {
  readonly index = new Map<string, number>();
  add(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }
  xml(uses: number): string {
    const items = [...this.index.keys()].map((t) => {
      const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${cellText(t)}</t></si>`;
    });
    return `${HEAD}<sst xmlns="${MAIN}" count="${uses}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  }
}

/** One cell's XML; '' for an empty cell. */
function cellXml(ref: string, value: CellValue, style: CellStyle | undefined, strings: StringTable): string {
  if (value === null || value === '') return '';
  const styleOf = (fallback: CellStyle) => {
    const s = STYLE_INDEX[style ?? fallback];
    return s === 0 ? '' : ` s="${s}"`;
  };
  if (typeof value === 'string')
    return `<c r="${ref}"${styleOf('plain')} t="s"><v>${strings.add(value)}</v></c>`;
  if (typeof value === 'number') return `<c r="${ref}"${styleOf('plain')}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${styleOf('plain')} t="b"><v>${value ? 1 : 0}</v></c>`;
  if ('date' in value) return `<c r="${ref}"${styleOf('date')}><v>${value.date}</v></c>`;
  if ('error' in value) return `<c r="${ref}"${styleOf('plain')} t="e"><v>${xmlEscape(value.error)}</v></c>`;
  const f = `<f>${xmlEscape(value.formula)}</f>`;
  if (value.value === undefined) return `<c r="${ref}"${styleOf('plain')}>${f}</c>`;
  if (typeof value.value === 'number')
    return `<c r="${ref}"${styleOf('plain')}>${f}<v>${value.value}</v></c>`;
  return `<c r="${ref}"${styleOf('plain')} t="str">${f}<v>${cellText(value.value)}</v></c>`;
}

function validationXml(v: ValidationSpec): string {
  const attrs = [
    v.type === 'any' ? '' : `type="${v.type}"`,
    v.type === 'whole' ? 'operator="between"' : '',
    v.errorStyle === undefined || v.errorStyle === 'stop' ? '' : `errorStyle="${v.errorStyle}"`,
    'allowBlank="1"',
    v.prompt ? 'showInputMessage="1"' : '',
    v.type === 'any' ? '' : 'showErrorMessage="1"',
    v.error ? `errorTitle="${xmlEscape(v.error.title)}" error="${xmlEscape(v.error.text)}"` : '',
    v.prompt ? `promptTitle="${xmlEscape(v.prompt.title)}" prompt="${xmlEscape(v.prompt.text)}"` : '',
    `sqref="${v.range}"`,
  ].filter((a) => a !== '');
  const f1 = v.formula1 === undefined ? '' : `<formula1>${xmlEscape(v.formula1)}</formula1>`;
  const f2 = v.formula2 === undefined ? '' : `<formula2>${xmlEscape(v.formula2)}</formula2>`;
  return `<dataValidation ${attrs.join(' ')}>${f1}${f2}</dataValidation>`;
}

function sheetXml(sheet: SheetSpec, selected: boolean, strings: StringTable): string {
  const rows: string[] = [];
  let rowNumber = 0;
  let lastCol = 0;
  for (const r of sheet.rows) {
    rowNumber = r.row ?? rowNumber + 1;
    const cells = r.cells
      .map((value, col) => {
        lastCol = Math.max(lastCol, value === null ? 0 : col);
        return cellXml(`${columnLetters(col)}${rowNumber}`, value, r.styles?.[col] ?? r.style, strings);
      })
      .join('');
    if (cells !== '') rows.push(`<row r="${rowNumber}">${cells}</row>`);
  }
  const frozen = sheet.frozenRows ?? 0;
  const top = `A${frozen + 1}`;
  const pane =
    frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`
      : '';
  const view = `<sheetViews><sheetView ${selected ? 'tabSelected="1" ' : ''}workbookViewId="0">${pane}</sheetView></sheetViews>`;
  const cols =
    sheet.widths && sheet.widths.length > 0
      ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const validations = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join('')}</dataValidations>`
    : '';
  const dimension = `<dimension ref="A1:${columnLetters(lastCol)}${Math.max(1, rowNumber)}"/>`;
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${dimension}${view}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows.join('')}</sheetData>${merges}${validations}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** Sheet names Excel accepts: 1-31 characters, none of : \ / ? * [ ], not starting or ending with '. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
    throw new RangeError(`"${name}" cannot be a sheet name`);
}

/**
 * Write a workbook as .xlsx bytes. Deterministic: the same spec gives the same bytes.
 *
 * @throws RangeError for a sheet name Excel refuses
 */
export function writeXlsx(spec: WorkbookSpec): Uint8Array {
  const strings = new StringTable();
  let uses = 0;
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const sheets = spec.sheets.map((sheet, i) => {
    checkSheetName(sheet.name);
    const xml = sheetXml(sheet, i === 0, strings);
    uses += (xml.match(/ t="s"/g) ?? []).length;
    return xml;
  });
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
    ...sheets.map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
    ),
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`,
  ];
  files['[Content_Types].xml'] = encoder.encode(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = encoder.encode(
    `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetEntries = spec.sheets
    .map((s, i) => {
      const state = s.state && s.state !== 'visible' ? ` state="${s.state}"` : '';
      return `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join('');
  const names = spec.names?.length
    ? `<definedNames>${spec.names.map((n) => `<definedName name="${xmlEscape(n.name)}">${xmlEscape(n.ref)}</definedName>`).join('')}</definedNames>`
    : '';
  files['xl/workbook.xml'] = encoder.encode(
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetEntries}</sheets>${names}</workbook>`,
  );
  const n = spec.sheets.length;
  const rels = [
    ...spec.sheets.map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    ),
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
  ];
  files['xl/_rels/workbook.xml.rels'] = encoder.encode(
    `${HEAD}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`,
  );
  sheets.forEach((xml, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = encoder.encode(xml);
  });
  files['xl/styles.xml'] = encoder.encode(STYLES);
  files['xl/sharedStrings.xml'] = encoder.encode(strings.xml(uses));
  return zipSync(files, { level: 6, mtime: new Date(1980, 0, 1) });
}
