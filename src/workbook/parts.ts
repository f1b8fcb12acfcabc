/**
 * The parts of a workbook package around its sheets: where the workbook part is, its sheets (name,
 * visibility, part), the date system, the shared strings and which cell styles show dates.
 */
import { checkLimit, type ResolvedLimits } from '../ingest/limits.js';
import { isDateFormat, unescapeExcelText } from './cells.js';
import { attribute, scanXml } from './xml.js';
import { UnreadableWorkbook } from './zip.js';

/** One sheet as the workbook part lists it. */
export interface SheetEntry {
  readonly name: string;
  /** 'visible', 'hidden' or 'veryHidden' (hidden so it can only be unhidden with a macro). */
  readonly state: string;
  /** The sheet's part in the zip; null for a chart sheet (no cells). */
  readonly part: string | null;
}

/** What the workbook part and its relationships say. */
export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  /** Dates counted from 1904 (old Mac workbooks) instead of 1900. */
  readonly date1904: boolean;
  readonly sharedStrings: string | null;
  readonly styles: string | null;
}

/** Resolve a relationship target against the folder of the part that holds the relationship. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relationships file of a part: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Relationship id -> { type (last path segment), target part }. */
function readRels(
  xml: Uint8Array | null,
  owner: string,
  name: string,
): Map<string, { type: string; part: string }> {
  const rels = new Map<string, { type: string; part: string }>();
  if (xml === null) return rels;
  scanXml(xml, name, {
    open: (tag, attrs) => {
      if (tag !== 'Relationship' || attribute(attrs, 'TargetMode') === 'External') return;
      const id = attribute(attrs, 'Id');
      const target = attribute(attrs, 'Target');
      const type = attribute(attrs, 'Type') ?? '';
      if (id !== undefined && target !== undefined)
        rels.set(id, { type: type.slice(type.lastIndexOf('/') + 1), part: resolveTarget(owner, target) });
    },
  });
  return rels;
}

/**
 * Read the package root and the workbook part: sheets in tab order, date system, shared strings
 * and styles parts.
 *
 * @param read - inflates a part by name (null when the zip has no such part)
 * @throws UnreadableWorkbook ('missing_part') when there is no workbook part
 */
export function readWorkbookInfo(read: (part: string) => Uint8Array | null): WorkbookInfo {
  const root = readRels(read('_rels/.rels'), '', '_rels/.rels');
  const office = [...root.values()].find((r) => r.type === 'officeDocument');
  const workbookPart = office?.part ?? 'xl/workbook.xml';
  const workbook = read(workbookPart);
  if (workbook === null) throw new UnreadableWorkbook('missing_part', workbookPart);
  const relsName = relsOf(workbookPart);
  const rels = readRels(read(relsName), workbookPart, relsName);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanXml(workbook, workbookPart, {
    open: (tag, attrs) => {
      if (tag === 'workbookPr') {
        const v = attribute(attrs, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (tag === 'sheet') {
        const rel = rels.get(attribute(attrs, 'id') ?? '');
        sheets.push({
          name: attribute(attrs, 'name') ?? '',
          state: attribute(attrs, 'state') ?? 'visible',
          part: rel !== undefined && rel.type === 'worksheet' ? rel.part : null,
        });
      }
    },
  });
  const byType = (type: string) => [...rels.values()].find((r) => r.type === type)?.part ?? null;
  return { sheets, date1904, sharedStrings: byType('sharedStrings'), styles: byType('styles') };
}

/**
 * The shared strings of a workbook in order: each item's text (rich-text runs joined, phonetic
 * guides left out, Excel's `_xHHHH_` escapes undone).
 *
 * @throws LimitError when a string is longer than limits.maxCellChars
 */
export function readSharedStrings(
  xml: Uint8Array,
  part: string,
  file: string,
  limits: ResolvedLimits,
): string[] {
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, part, {
    open: (tag) => {
      if (tag === 'si') current = [];
      else if (tag === 't' && current !== null && phonetic === 0) inText = true;
      else if (tag === 'rPh') phonetic++;
    },
    close: (tag) => {
      if (tag === 't') inText = false;
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'si' && current !== null) {
        const text = unescapeExcelText(current.join(''));
        if (text.length > limits.maxCellChars) checkLimit(file, 'maxCellChars', limits, text.length);
        strings.push(text);
        current = null;
      }
    },
    text: (text) => {
      if (inText) current?.push(text);
    },
  });
  return strings;
}

/**
 * Which cell styles (by index, the `s` of a cell) show a date: their number format is a date
 * format (see isDateFormat).
 */
export function readDateStyles(xml: Uint8Array, part: string): boolean[] {
  const codes = new Map<number, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  scanXml(xml, part, {
    open: (tag, attrs) => {
      if (tag === 'numFmt') {
        codes.set(Number(attribute(attrs, 'numFmtId')), attribute(attrs, 'formatCode') ?? '');
      } else if (tag === 'cellXfs') inCellXfs = true;
      else if (tag === 'xf' && inCellXfs) {
        const id = Number(attribute(attrs, 'numFmtId') ?? 0);
        dates.push(isDateFormat(id, codes.get(id)));
      }
    },
    close: (tag) => {
      if (tag === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}
