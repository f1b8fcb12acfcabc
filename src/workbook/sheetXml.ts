/**
 * One worksheet part -> its non-blank rows of typed cells and its merged ranges, streamed:
 * empty rows and cells that only carry formatting cost nothing but the scan, so a sheet with a
 * million formatted empty rows reads like an empty one.
 */
import { checkLimit, type ResolvedLimits } from '../ingest/limits.js';
import { columnOfRef, numberText, parseCellRef, serialToDate, unescapeExcelText } from './cells.js';
import { attribute, scanXml, type XmlAttributes } from './xml.js';
import { UnreadableWorkbook } from './zip.js';

/** A cell with a value (or a problem). */
export interface SheetCell {
  /** 0-based column. */
  readonly col: number;
  /** The value as text: numbers as Excel shows them, dates as ISO dates, TRUE/FALSE, errors as #N/A... */
  readonly text: string;
  /** Date cells: the year of the date. */
  readonly year?: number;
  /** A formula without a calculated value, or an error value (#N/A, #REF!, ...). */
  readonly problem?: 'uncalculated' | 'error';
  /** The formula of a formula cell, without '='. */
  readonly formula?: string;
}

/** A row with at least one cell that is not empty or whitespace (or has a problem). */
export interface SheetRow {
  /** 1-based row number, as Excel shows it. */
  readonly row: number;
  /** Cells in column order. */
  readonly cells: readonly SheetCell[];
}

/** A merged range: its top-left cell holds the value. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What readSheet returns. */
export interface SheetGrid {
  /** Non-blank rows in row order. */
  readonly rows: readonly SheetRow[];
  readonly merges: readonly MergedRange[];
}

/** What readSheet needs besides the XML. */
export interface SheetContext {
  /** Name in messages and limit errors, e.g. `[partnership.xlsx]Expertise`. */
  readonly file: string;
  readonly part: string;
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly limits: ResolvedLimits;
  /** Rows that may precede the data (title, instructions, header): allowed beyond maxRows. */
  readonly headerAllowance: number;
}

/** The cell being read. */
interface OpenCell {
  col: number;
  type: string;
  style: number;
  value: string[] | null;
  formula: string[] | null;
  inline: string[] | null;
}

/** Turn what a `<c>` element held into a cell; null for an empty cell. */
function finishCell(c: OpenCell, ctx: SheetContext): SheetCell | null {
  const v = c.value === null ? null : c.value.join('');
  const formula = c.formula === null ? undefined : c.formula.join('');
  const withFormula = formula === undefined ? {} : { formula };
  if (formula !== undefined && (v === null || (v === '' && c.type !== 'str' && c.type !== 'inlineStr'))) {
    return { col: c.col, text: '', problem: 'uncalculated', ...withFormula };
  }
  let text: string;
  switch (c.type) {
    case 's': {
      const s = ctx.sharedStrings[Number(v)];
      if (v === null || s === undefined)
        throw new UnreadableWorkbook('bad_xml', `${ctx.part}: shared string ${v ?? '(none)'} does not exist`);
      text = s;
      break;
    }
    case 'inlineStr':
      text = unescapeExcelText((c.inline ?? []).join(''));
      break;
    case 'str':
      text = unescapeExcelText(v ?? '');
      break;
    case 'b':
      if (v === null) return null;
      text = v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
      break;
    case 'e':
      return { col: c.col, text: v ?? '#VALUE!', problem: 'error', ...withFormula };
    case 'd': {
      if (v === null || v === '') return null;
      const year = Number(v.slice(0, 4));
      return { col: c.col, text: v.replace('T00:00:00', '').replace(/Z$/, ''), year, ...withFormula };
    }
    default: {
      if (v === null || v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) {
        text = v;
        break;
      }
      if (ctx.dateStyles[c.style]) {
        const date = serialToDate(n, ctx.date1904);
        if (date !== null) return { col: c.col, text: date.text, year: date.year, ...withFormula };
      }
      text = numberText(n);
    }
  }
  if (text.length > ctx.limits.maxCellChars) checkLimit(ctx.file, 'maxCellChars', ctx.limits, text.length);
  return { col: c.col, text, ...withFormula };
}

/** The state of one sheet scan: the rows kept so far and the row, cell and text being read. */
class SheetScan {
  readonly rows: SheetRow[] = [];
  readonly merges: MergedRange[] = [];
  sorted = true;
  private rowNumber = 0;
  private nextCol = 0;
  private cells: SheetCell[] = [];
  private cell: OpenCell | null = null;
  private capture: string[] | null = null;
  private inInline = false;
  private phonetic = 0;

  constructor(private readonly ctx: SheetContext) {}

  open(tag: string, attrs: XmlAttributes): void {
    const cell = this.cell;
    switch (tag) {
      case 'row': {
        const r = attribute(attrs, 'r');
        this.rowNumber = r === undefined ? this.rowNumber + 1 : Number(r);
        this.nextCol = 0;
        this.cells = [];
        break;
      }
      case 'c': {
        const r = attribute(attrs, 'r');
        const col = r === undefined ? this.nextCol : columnOfRef(r);
        this.nextCol = col + 1;
        const type = attribute(attrs, 't') ?? 'n';
        const style = Number(attribute(attrs, 's') ?? 0);
        this.cell = { col, type, style, value: null, formula: null, inline: null };
        break;
      }
      case 'v':
        if (cell !== null) this.capture = cell.value = [];
        break;
      case 'f':
        if (cell !== null) this.capture = cell.formula = [];
        break;
      case 'is':
        if (cell !== null) {
          cell.inline = [];
          this.inInline = true;
        }
        break;
      case 'rPh':
        this.phonetic++;
        break;
      case 't':
        if (this.inInline && this.phonetic === 0 && cell !== null) this.capture = cell.inline;
        break;
      case 'mergeCell': {
        const [a, b] = (attribute(attrs, 'ref') ?? '').split(':');
        const from = parseCellRef(a ?? '');
        const to = parseCellRef(b ?? a ?? '');
        if (from && to) this.merges.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
        break;
      }
    }
  }

  close(tag: string): void {
    switch (tag) {
      case 'v':
      case 'f':
      case 't':
        this.capture = null;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'c':
        this.closeCell();
        break;
      case 'row':
        this.closeRow();
        break;
    }
  }

  text(text: string): void {
    this.capture?.push(text);
  }

  private closeCell(): void {
    const { limits, file } = this.ctx;
    const done = this.cell === null ? null : finishCell(this.cell, this.ctx);
    this.cell = null;
    if (done === null) return;
    if (done.col + 1 > limits.maxColumns) checkLimit(file, 'maxColumns', limits, done.col + 1);
    this.cells.push(done);
  }

  /** Keep the row when a cell holds something; check the row limit. */
  private closeRow(): void {
    const { limits, file, headerAllowance } = this.ctx;
    if (!this.cells.some((c) => c.problem !== undefined || c.text.trim() !== '')) return;
    const last = this.rows[this.rows.length - 1];
    if (last !== undefined && last.row >= this.rowNumber) this.sorted = false;
    this.rows.push({ row: this.rowNumber, cells: this.cells.sort((x, y) => x.col - y.col) });
    if (this.rows.length > limits.maxRows + headerAllowance)
      checkLimit(file, 'maxRows', limits, this.rows.length - headerAllowance);
  }
}

/**
 * Stream a worksheet part into its non-blank rows and merged ranges. Rows and cells without an
 * `r` reference follow the previous one (as the format allows).
 *
 * @throws LimitError for a value in a column beyond limits.maxColumns, a value longer than
 *   limits.maxCellChars, or more than limits.maxRows (+ ctx.headerAllowance) non-blank rows
 * @throws UnreadableWorkbook for malformed XML or a missing shared string
 */
export function readSheet(xml: Uint8Array, ctx: SheetContext): SheetGrid {
  const scan = new SheetScan(ctx);
  scanXml(xml, ctx.part, {
    open: (tag, attrs) => scan.open(tag, attrs),
    close: (tag) => scan.close(tag),
    text: (text) => scan.text(text),
  });
  const { rows, merges } = scan;
  if (!scan.sorted) rows.sort((a, b) => a.row - b.row);
  return { rows, merges };
}
