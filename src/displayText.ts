/**
 * Clipping of names in generated text. A member name is data and stays whole in baseline.json's
 * member list, but reports, rationales and exports repeat names many times: a 1 MiB name once
 * made a 135 MB HTML report. Display text is therefore cut to {@link MAX_DISPLAY_CHARS}.
 */

/** Most characters (code points) of a name or label shown in reports and rationales. */
export const MAX_DISPLAY_CHARS = 120;

/**
 * `text` cut to `max` characters (code points, so no surrogate pair is split), the last one
 * replaced by "…" when it was longer; unchanged otherwise.
 *
 * @example
 * clipDisplay('Fair Threads Alliance'); // => 'Fair Threads Alliance'
 * clipDisplay('abcdef', 4); // => 'abc…'
 */
export function clipDisplay(text: string, max: number = MAX_DISPLAY_CHARS): string {
  if (text.length <= max) return text;
  // A character is at most two UTF-16 units: past 2·max units the text is surely too long, and
  // its first max - 1 characters lie within the first 2·max units.
  const whole = text.length <= 2 * max;
  const chars = Array.from(whole ? text : text.slice(0, 2 * max));
  if (whole && chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Characters a terminal may act on or that hide text: C0 controls (ESC, BEL, BS, CR, LF, ...),
 * DEL, C1 controls (CSI U+009B, OSC U+009D, ...), bidirectional marks, embeddings, overrides and
 * isolates, line and paragraph separators, zero-width space, word joiner and invisible operators,
 * the byte-order mark and interlinear annotation marks. ZWJ and ZWNJ stay: emoji and several
 * scripts need them and a terminal does nothing with them.
 */
const TERMINAL_UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** {@link TERMINAL_UNSAFE} without the C0 range (for JSON text). */
const JSON_UNSAFE =
  /[\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeUnsafe(c: string): string {
  const named = NAMED_ESCAPES[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The one function through which user text reaches a terminal: every character a terminal could
 * act on (ESC sequences that clear the screen or set the window title, OSC 8 links, BEL, BS, CR,
 * a line break that would forge a line) or that hides or reorders text (bidirectional overrides,
 * zero-width space) is shown as an escape (`\x1b`, `\n`, `\u202e`), so the text prints on one line,
 * as written, and harmlessly. Other text, accents, right-to-left letters and emoji included, is
 * unchanged.
 *
 * @example
 * visibleText('Fair Threads Alliance'); // => 'Fair Threads Alliance'
 * visibleText('A\u001b]0;pwned\u0007B'); // => 'A\\x1b]0;pwned\\x07B'
 * visibleText('FTA\nforged line'); // => 'FTA\\nforged line'
 */
export function visibleText(text: string): string {
  TERMINAL_UNSAFE.lastIndex = 0;
  return TERMINAL_UNSAFE.test(text) ? text.replace(TERMINAL_UNSAFE, escapeUnsafe) : text;
}

/**
 * A template tag for terminal lines: the literal parts are the program's own text, every
 * interpolated value goes through {@link visibleText}.
 *
 * @example
 * const name = 'Evil\u001b[2J';
 * terminalLine`member ${name} (${3} rows)`; // => 'member Evil\\x1b[2J (3 rows)'
 */
export function terminalLine(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += visibleText(String(values[i])) + (strings[i + 1] ?? '');
  return out;
}

/**
 * JSON for a terminal: `JSON.stringify` escapes C0 controls but leaves DEL, the C1 controls,
 * bidirectional controls and U+2028/U+2029 raw; here they become `\uXXXX` too. The text parses
 * back to the same value.
 *
 * @example
 * terminalJson({ name: 'x\u009b2J' }); // => '{"name":"x\\u009b2J"}'
 * JSON.parse(terminalJson({ name: 'x\u009b2J' })).name === 'x\u009b2J'; // => true
 */
export function terminalJson(value: unknown, indent?: number): string {
  // C0 controls inside strings are escaped by JSON.stringify; raw line breaks are its indentation.
  const text = JSON.stringify(value, null, indent) ?? 'null';
  return text.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
