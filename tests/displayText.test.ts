import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clipDisplay,
  MAX_DISPLAY_CHARS,
  terminalJson,
  terminalLine,
  visibleText,
} from '../src/displayText.js';

describe('clipDisplay', () => {
  it('keeps text up to the limit and cuts longer text to the limit, ending in an ellipsis', () => {
    expect(clipDisplay('Fair Threads Alliance')).toBe('Fair Threads Alliance');
    expect(clipDisplay('x'.repeat(MAX_DISPLAY_CHARS))).toHaveLength(MAX_DISPLAY_CHARS);
    const long = clipDisplay('y'.repeat(1_000_000));
    expect(Array.from(long)).toHaveLength(MAX_DISPLAY_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair and counts characters, not UTF-16 units', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 2, max: 30 }),
        (text, max) => {
          const out = clipDisplay(text, max);
          const chars = Array.from(text);
          if (chars.length <= max) expect(out).toBe(text);
          else {
            expect(Array.from(out)).toHaveLength(max);
            expect(out).toBe(`${chars.slice(0, max - 1).join('')}…`);
          }
          expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        },
      ),
    );
  });
});

describe('visibleText (the terminal printer)', () => {
  it('shows ESC, BEL, BS, CR, LF, C1 and bidi controls as escapes and leaves other text alone', () => {
    expect(visibleText('Clear\u001b[2J\u001b[H')).toBe('Clear\\x1b[2J\\x1b[H');
    expect(visibleText('Title\u001b]0;pwned\u0007')).toBe('Title\\x1b]0;pwned\\x07');
    expect(visibleText('Real\b\bFake\r\nforged')).toBe('Real\\x08\\x08Fake\\r\\nforged');
    expect(visibleText('C1\u009b2J \u202Eevil\u202C \u200B')).toBe('C1\\x9b2J \\u202eevil\\u202c \\u200b');
    for (const kept of ['Café Noël', 'شركاء النسيج', '🧵 Textiel 👩🏽‍🏭', "O'Brien \\ Co"]) {
      expect(visibleText(kept)).toBe(kept);
    }
  });

  it('never lets a control character or a line break through, for any text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0x2100 }).map((c) => String.fromCharCode(c)) }),
        (s) => {
          expect(visibleText(s)).not.toMatch(
            /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('terminalLine escapes the interpolated values only', () => {
    const id = 'FTA\nmembers.csv:9 forged';
    expect(terminalLine`  ${id} (${3} rows)\n`).toBe('  FTA\\nmembers.csv:9 forged (3 rows)\n');
  });

  it('terminalJson escapes DEL, C1 and bidi controls as \\u and parses back to the same value', () => {
    const value = { name: 'x\u009b2J\u007f\u202e', list: ['\u001b[2J'] };
    const text = terminalJson(value, 2);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
