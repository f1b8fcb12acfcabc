import { describe, expect, it } from 'vitest';
import { messagesIn } from '../../src/messages/catalogue.js';
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
    expect(idOddity('F\u0422A', messagesIn('nl'))).toBe('letters uit twee schriften (Latijns en Cyrillisch)');
    expect(idOddity('FT\u200BA', messagesIn('nl'))).toBe('een onzichtbaar teken of stuurteken (U+200B)');
    expect(idOddity('F\u200BT\u200CA', messagesIn('nl'))).toBe(
      'onzichtbare tekens of stuurtekens (U+200B, U+200C)',
    );
    expect(idOddity('FTA\t')).toBe('an invisible or control character (U+0009)');
  });
});
