import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipDisplay, MAX_DISPLAY_CHARS } from '../src/displayText.js';

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
