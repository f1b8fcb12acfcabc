/**
 * Cell addresses and cell values as text: column letters, numbers written as Excel shows them,
 * date serials as ISO dates, and which number formats are dates.
 */

/**
 * The column letters of a 0-based column index (0 -> A, 25 -> Z, 26 -> AA).
 *
 * @example
 * columnLetters(0);  // => 'A'
 * columnLetters(27); // => 'AB'
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Parse an A1 cell reference into a 0-based column and a 1-based row; null when it is not one.
 *
 * @example
 * parseCellRef('AB12'); // => { col: 27, row: 12 }
 * parseCellRef('$C$3'); // => { col: 2, row: 3 }
 */
export function parseCellRef(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

/** The 0-based column of a reference's letters alone ('C7' -> 2), or -1. */
export function columnOfRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return i === 0 ? -1 : col - 1;
}

/**
 * A number as Excel shows it in a General cell: whole numbers without a decimal point, others
 * with at most 15 significant digits (so 0.1 + 0.2 reads 0.3, as in Excel).
 *
 * @example
 * numberText(4);                  // => '4'
 * numberText(0.30000000000000004); // => '0.3'
 */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return n === 0 ? '0' : String(n);
  return String(Number(n.toPrecision(15)));
}

/** Built-in number formats that show a date or time (ECMA-376 part 1, 18.8.30, plus the CJK ones). */
function isBuiltinDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether a number format shows a date or time: a built-in date format, or a format code with
 * day, month, year, hour or second letters outside quoted text, escapes and [bracketed] parts
 * (colours, locales, conditions).
 *
 * @example
 * isDateFormat(14, undefined);        // => true
 * isDateFormat(164, 'dd/mm/yyyy');    // => true
 * isDateFormat(165, '[Red]#,##0.00'); // => false
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return isBuiltinDate(id);
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '')
    .replace(/[_*]./g, '');
  return /[dmyhs]/i.test(stripped);
}

const DAY_MS = 86_400_000;
/** Largest serial Excel shows as a date (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/**
 * A date serial as an ISO date (`2012-03-01`, with ` 14:30` or ` 14:30:15` when it has a time)
 * and its year; null when the serial is outside Excel's date range. The 1900 system counts
 * Excel's nonexistent 29 February 1900 (serial 60, read here as 28 February); the 1904 system
 * (old Mac workbooks) starts on 1 January 1904.
 *
 * @example
 * serialToDate(40969, false); // => { text: '2012-03-01', year: 2012 }
 * serialToDate(40969.5, false).text; // => '2012-03-01 12:00'
 */
export function serialToDate(serial: number, date1904: boolean): { text: string; year: number } | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  const days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  let dayShift = 0;
  if (seconds === 86_400) {
    seconds = 0;
    dayShift = 1;
  }
  const base = date1904 ? Date.UTC(1904, 0, 1) : days < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const whole = date1904 || days >= 61 ? days : Math.min(days, 59);
  const date = new Date(base + (whole + dayShift) * DAY_MS);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const year = date.getUTCFullYear();
  let text = `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (seconds > 0) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    text += ` ${pad(h)}:${pad(m)}${s > 0 ? `:${pad(s)}` : ''}`;
  }
  return { text, year };
}

/**
 * Undo Excel's escapes of characters XML cannot hold (`_x000D_` for a carriage return,
 * `_x005F_` for an underscore that would otherwise start one).
 *
 * @example
 * unescapeExcelText('a_x000D_b'); // => 'a\rb'
 */
export function unescapeExcelText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
