import { describe, expect, it } from 'vitest';
import { idOddity } from '../../src/normalise/lookalike.js';

describe('idOddity', () => {
  it('passes printable ASCII by its fast path: no such character is invisible or of a look-alike script', () => {
    // What the full check looks for, per character: idOddity may skip it for printable ASCII only
    // because none of these characters is a control or format character, nor Cyrillic or Greek.
    for (let code = 0x20; code <= 0x7e; code++) {
      const c = String.fromCharCode(code);
      expect(/[\p{Cc}\p{Cf}]/u.test(c), c).toBe(false);
      expect(/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(c), c).toBe(false);
    }
    expect(idOddity('FTA-01 (NL)')).toBeNull();
  });

  it('still names invisible characters and mixed scripts', () => {
    expect(idOddity('FT\u200BA')).toBe('an invisible or control character (U+200B)');
    expect(idOddity('F\u0422A')).toBe('letters of two scripts (Latin and Cyrillic)');
    expect(idOddity('FTA\t')).toBe('an invisible or control character (U+0009)');
  });
});
