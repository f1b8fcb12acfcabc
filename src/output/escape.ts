/**
 * Escaping of user-provided text for the three report formats: HTML (and inline
 * SVG), CSV and Markdown. Every string that came from an input file (names,
 * ids, partner names, values of rejected rows, rationales that quote them) goes
 * through one of these before it is written.
 * @module
 */

import { visibleText } from '../displayText.js';
import { OptionsError } from '../errors.js';
import { guardFormula } from '../ingest/formulaGuard.js';
import { formatNumber } from './format.js';

export { isFormulaLike } from '../ingest/formulaGuard.js';

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML and XML (SVG) element content and quoted attribute
 * values: `& < > " '` become entities. Safe in both contexts, so one function
 * serves the page and its inline SVG.
 *
 * @param s - Any text.
 * @returns The text with the five special characters replaced by entities.
 * @example
 * escapeHtml('<b>"Tom" & Jerry\'s</b>');
 * // => '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&#39;s&lt;/b&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Characters that can make text right-to-left or reorder its neighbours: the right-to-left
 * scripts (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation forms;
 * the right-to-left blocks of the supplementary planes) and the bidirectional controls. A
 * superset of the strong right-to-left characters, so text without any is safe unisolated.
 */
const BIDI_SENSITIVE =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud802\ud803\ud83a\ud83b]/;

/**
 * Whether text needs isolating (`<bdi>`) in a left-to-right page: it holds a right-to-left
 * letter or a bidirectional control. Text without one (Latin, Cyrillic, CJK, digits,
 * punctuation) lays out the same isolated or not, so a report can spare its markup.
 *
 * @param s - Any text.
 * @example
 * needsIsolation('Stichting Eerlijk Werk'); // => false
 * needsIsolation('جمعية'); // => true
 */
export function needsIsolation(s: string): boolean {
  return BIDI_SENSITIVE.test(s);
}

/**
 * Options of {@link csvCell}.
 *
 * @example
 * const options: CsvCellOptions = { delimiter: ';', decimals: 2, decimalSeparator: ',' };
 * csvCell(1.23456, options); // => '1,23'
 */
export interface CsvCellOptions {
  /** Field delimiter: one character, not `"`, CR or LF. Default `','`. */
  readonly delimiter?: string;
  /** Maximum decimals of numbers; trailing zeros are dropped. Default `4`. */
  readonly decimals?: number;
  /** Decimal separator of numbers: `'.'` or `','` (must differ from the delimiter). Default `'.'`. */
  readonly decimalSeparator?: '.' | ',';
}

/** Defaults of {@link CsvCellOptions}. */
export const DEFAULT_CSV_CELL_OPTIONS = {
  delimiter: ',',
  decimals: 4,
  decimalSeparator: '.',
} as const satisfies Required<CsvCellOptions>;

/**
 * A value a CSV cell can hold: user text, a number the library computed, or nothing.
 * @example
 * const row: CsvValue[] = ['FTA', 0.5, null];
 * formatCsv([row]); // => 'FTA,0.5,\n'
 */
export type CsvValue = string | number | null | undefined;

/**
 * Throws {@link OptionsError} unless `delimiter` is one character other than a
 * quote, CR or LF, and `decimalSeparator` is `.` or `,` and differs from it.
 *
 * @example
 * checkCsvDelimiter(';', ','); // ok
 * checkCsvDelimiter(',', ','); // throws OptionsError
 */
export function checkCsvDelimiter(delimiter: string, decimalSeparator: string): void {
  if (Array.from(delimiter).length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new OptionsError(
      'delimiter',
      `CSV delimiter must be one character other than '"', CR or LF; got ${JSON.stringify(delimiter)}.`,
    );
  }
  if (decimalSeparator !== '.' && decimalSeparator !== ',') {
    throw new OptionsError(
      'decimalSeparator',
      `decimalSeparator must be '.' or ','; got ${JSON.stringify(decimalSeparator)}.`,
    );
  }
  if (decimalSeparator === delimiter) {
    throw new OptionsError(
      'decimalSeparator',
      `decimalSeparator ${JSON.stringify(decimalSeparator)} equals the delimiter.`,
    );
  }
}

const TRIM_ZEROS = { trimZeros: true } as const;

/** What makes a cell quoted with the default delimiter: a comma, a quote, CR or LF (one scan). */
const QUOTED_WITH_COMMA = /[,"\r\n]/;

/**
 * Encodes one CSV cell (RFC 4180 quoting plus formula-injection protection).
 *
 * - Text (`string`) is user-provided: when it is formula-like (see
 *   `isFormulaLike`), also after leading apostrophes, it gets a leading
 *   apostrophe `'`, the OWASP rule
 *   (https://owasp.org/www-community/attacks/CSV_Injection) that makes every
 *   spreadsheet show it as text. partner-synergy's own reader removes exactly
 *   that apostrophe again (`unguardFormula`), so its CSVs read back as written.
 * - Numbers are ones the library computed: never prefixed (so `-0.5` stays a
 *   number in Excel), fixed rounding to `decimals`, trailing zeros dropped, no
 *   exponent, no `-0`. A non-finite number becomes an empty cell.
 * - `null` / `undefined` become an empty cell.
 * - The cell is quoted when it contains the delimiter, `"`, CR or LF; quotes
 *   inside are doubled.
 *
 * @param value - The cell value.
 * @param options - See {@link CsvCellOptions}; defaults in {@link DEFAULT_CSV_CELL_OPTIONS}.
 * @returns The encoded cell, ready to be joined with the delimiter.
 * @throws {OptionsError} for a delimiter that is not one character other than `"`, CR or LF, or a decimal separator equal to it.
 * @example
 * csvCell('=HYPERLINK("http://x","y")'); // => '"\'=HYPERLINK(""http://x"",""y"")"'
 * csvCell('a,b'); // => '"a,b"'
 * csvCell(-0.5); // => '-0.5'
 * csvCell(0.123456); // => '0.1235'
 */
export function csvCell(value: CsvValue, options: CsvCellOptions = {}): string {
  const {
    delimiter = DEFAULT_CSV_CELL_OPTIONS.delimiter,
    decimals = DEFAULT_CSV_CELL_OPTIONS.decimals,
    decimalSeparator = DEFAULT_CSV_CELL_OPTIONS.decimalSeparator,
  } = options;
  checkCsvDelimiter(delimiter, decimalSeparator);
  return encodeCell(value, delimiter, decimals, decimalSeparator);
}

/**
 * {@link csvCell} with positional options and without option checks, for
 * callers that validated them once with {@link checkCsvDelimiter}.
 *
 * @example
 * encodeCell('+31 6', ';', 4, ','); // => "'+31 6"
 */
export function encodeCell(
  value: CsvValue,
  delimiter: string,
  decimals: number,
  decimalSeparator: '.' | ',',
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // A safe integer prints as its exact digits ('-0' as '0'), as formatNumber would print it.
    const text = Number.isSafeInteger(value) ? String(value) : formatNumber(value, decimals, TRIM_ZEROS);
    return decimalSeparator === ',' ? text.replace('.', ',') : text;
  }
  // A cell starting with an ASCII letter or digit never needs the formula guard (the common case).
  const first = value.charCodeAt(0) | 32;
  const plain = (first >= 48 && first <= 57) || (first >= 97 && first <= 122);
  const text = plain ? value : guardFormula(value);
  const needsQuotes =
    delimiter === ','
      ? QUOTED_WITH_COMMA.test(text)
      : text.includes(delimiter) || text.includes('"') || text.includes('\r') || text.includes('\n');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The characters that start Markdown's HTML-ish syntax, only where they would: a `&` that
 * begins an entity or character reference (`&amp;`, `&#38;`), a `<` before a letter, `/`, `!`
 * or `?` (a tag, comment or autolink), and every `|` (a table cell border). A backslash makes
 * each literal; a plain "Aarde & Recht" or "a < b" stays as it is.
 */
const MARKUP_TRIGGERS =
  /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)|<(?=[A-Za-z/!?])|\|/g;

/**
 * What renderers with linkify (GitHub's GFM autolinks, markdown-it, marked) turn into a link: a
 * `:` before `//` (http://, ftp://, //), the `@` of an e-mail address and the `.` inside a domain
 * name (www.example.org, example.org: a dot after a letter or digit and before a letter and one
 * more letter or digit, as every top-level domain starts with a letter and has at least two
 * characters; "B.V.", "e.g." and numbers such as 0.13 stay as they are). Each gets a backslash, which CommonMark removes again.
 * File names ending in .csv, .tsv, .txt or .json (no such top-level domain exists) are left as they are.
 */
const LINKIFY_TRIGGERS = /:(?=\/\/)|@|(?<=[\p{L}\p{N}])\.(?!(?:csv|tsv|txt|json)\b)(?=\p{L}[\p{L}\p{N}])/gu;

/** Other C0 controls, DEL and C1 controls: shown as escapes (`\x1b`), never passed on raw. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Bidirectional embedding/override/isolate controls (U+202A-U+202E, U+2066-U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text that {@link escapeMarkdownCell} leaves as it is: a letter first, then letters, digits,
 * spaces and `,'()/-`, not ending in a space (no markup, link or trim rule applies to it). Most
 * names and labels are such text, so the chain of replacements is skipped for them.
 */
const PLAIN_MARKDOWN = /^[A-Za-z](?:[A-Za-z0-9 ,'()/-]*[A-Za-z0-9,'()/-])?$/;

/**
 * Escapes user text for a Markdown table cell, list item, heading or paragraph
 * (CommonMark + GFM), so that it shows literally and cannot render as HTML,
 * a link, emphasis, code, a heading or an extra table column:
 *
 * - plain text stays plain: no HTML entities, so "Aarde & Recht" reads as written;
 * - a `&` that would start an entity (`&amp;`), a `<` that would start a tag or
 *   autolink (`<b`, `</`, `<!`, `<?`) and every `|` (a table cell border) get a
 *   backslash, so raw HTML in a name cannot render;
 * - `\`, `` ` ``, `*`, `_`, `[`, `]`, `~` get a backslash;
 * - a leading `#`, `+`, `-`, `=`, `>` and the `.`/`)` after leading digits get a
 *   backslash (no heading, list marker or block quote);
 * - CR, LF, tab, U+2028 and U+2029 become a space (a table row stays one line),
 *   and leading/trailing spaces are trimmed (no indented code block);
 * - other control characters (ESC, BEL, BS, C1) show as escapes such as `\\x1b`, so a
 *   report printed to a terminal cannot drive it;
 * - bare URLs, `www.` names, domain names and e-mail addresses cannot become links
 *   in renderers with linkify: the `:` of `://`, the `@` and a `.` between letters or
 *   digits get a backslash (`https\\://x\\.org` shows as `https://x.org`);
 * - bidirectional override controls are removed (an unterminated right-to-left
 *   override would reverse the rest of the line); right-to-left letters are kept.
 *
 * @param s - Any text.
 * @example
 * escapeMarkdownCell('a|b <script>'); // => 'a\\|b \\<script>'
 * escapeMarkdownCell('Aarde & Recht, 3 < 4'); // => 'Aarde & Recht, 3 < 4'
 * escapeMarkdownCell('# [x](y)'); // => '\\# \\[x\\](y)'
 */
export function escapeMarkdownCell(s: string): string {
  if (PLAIN_MARKDOWN.test(s)) return s;
  let out = s
    .replace(BIDI_CONTROLS, '')
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
    .replace(CONTROLS, visibleText)
    .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
    .replace(MARKUP_TRIGGERS, '\\$&')
    .replace(LINKIFY_TRIGGERS, '\\$&')
    .trim();
  out = out.replace(/^([#+=>-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}
