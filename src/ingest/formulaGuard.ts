/**
 * The formula guard of CSV cells, both ways: the CSV writer puts an apostrophe before a cell a
 * spreadsheet would run as a formula, and the reader takes exactly that apostrophe off again, so
 * the project's own CSVs read back as the text that was written.
 * @module
 */

/**
 * Characters that make a spreadsheet treat a cell as a formula when they start
 * it: the OWASP "CSV Injection" list (`=`, `+`, `-`, `@`, tab U+0009, carriage
 * return U+000D), plus their full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20)
 * which some spreadsheet applications also evaluate.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/**
 * True when a text cell would be interpreted as a formula by Excel, LibreOffice
 * or Google Sheets: its first character, or its first character after leading
 * spaces (some importers trim them), is one of `= + - @`, tab or carriage
 * return (or a full-width `＝ ＋ － ＠`).
 *
 * @example
 * isFormulaLike('=1+1'); // => true
 * isFormulaLike('  @SUM(A1)'); // => true
 * isFormulaLike('Fair Wear'); // => false
 */
export function isFormulaLike(s: string): boolean {
  const first = s[0];
  if (first === undefined) return false;
  if (FORMULA_TRIGGERS.has(first)) return true;
  const trimmed = s.replace(/^ +/, '');
  const firstAfterSpaces = trimmed[0];
  return firstAfterSpaces !== undefined && FORMULA_TRIGGERS.has(firstAfterSpaces);
}

/** The text after its leading apostrophes. */
const afterApostrophes = (s: string): string => s.replace(/^'+/, '');

/**
 * Whether the writer guards `s`: when it is formula-like once its leading apostrophes are set
 * aside. `=x` needs the guard, and so does `'=x` (a user's own apostrophe before a formula
 * character), so that {@link unguardFormula} can tell the two apart; `'s-Hertogenbosch` does not.
 *
 * @example
 * needsFormulaGuard('=Plus Union'); // => true
 * needsFormulaGuard("'=Plus Union"); // => true
 * needsFormulaGuard("'s-Hertogenbosch"); // => false
 */
export function needsFormulaGuard(s: string): boolean {
  return isFormulaLike(afterApostrophes(s));
}

/**
 * The cell as the CSV writer stores it: one apostrophe before a cell that {@link needsFormulaGuard}
 * (the OWASP rule: every spreadsheet then shows it as text), the text unchanged otherwise.
 *
 * @example
 * guardFormula('=Plus Union'); // => "'=Plus Union"
 * guardFormula("'=Plus Union"); // => "''=Plus Union"
 * guardFormula("'s-Hertogenbosch"); // => "'s-Hertogenbosch"
 */
export function guardFormula(s: string): string {
  return needsFormulaGuard(s) ? `'${s}` : s;
}

/**
 * The inverse of {@link guardFormula}, applied to every cell read: one leading apostrophe is
 * removed when what follows, after any further apostrophes, is formula-like. Every other cell is
 * unchanged (`'s-Hertogenbosch`, `'t Zand`, `O'Brien`). So `unguardFormula(guardFormula(s)) === s`
 * for every text, and a cell typed as `'=x` to keep Excel from running it reads as `=x`, as Excel
 * shows it.
 *
 * @example
 * unguardFormula("'=Plus Union"); // => '=Plus Union'
 * unguardFormula("''=Plus Union"); // => "'=Plus Union"
 * unguardFormula("'s-Hertogenbosch"); // => "'s-Hertogenbosch"
 */
export function unguardFormula(s: string): string {
  return s.charCodeAt(0) === 0x27 && needsFormulaGuard(s) ? s.slice(1) : s;
}
