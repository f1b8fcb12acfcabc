import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeInput, decodeWindows1252 } from '../../src/ingest/decode.js';

const bytes = (...b: number[]) => new Uint8Array(b);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (littleEndian) out.push(u & 0xff, u >> 8);
    else out.push(u >> 8, u & 0xff);
  }
  return new Uint8Array(out);
}

describe('decodeBytes', () => {
  it('maps the Windows-1252 bytes 0x80, 0x92, 0x93, 0x94, 0x96 to € ’ “ ” – (not C1 controls)', () => {
    // "Oxfam’s “lw” – €5" as Excel on Windows writes it.
    const input = bytes(
      0x4f,
      0x78,
      0x66,
      0x61,
      0x6d,
      0x92,
      0x73,
      0x20,
      0x93,
      0x6c,
      0x77,
      0x94,
      0x20,
      0x96,
      0x20,
      0x80,
      0x35,
    );
    expect(decodeBytes(input)).toEqual({ text: 'Oxfam’s “lw” – €5', encoding: 'windows-1252' });
  });

  it('maps all 27 defined Windows-1252 code points of 0x80-0x9F and keeps the 5 undefined bytes as Latin-1', () => {
    const all = new Uint8Array(32).map((_, i) => 0x80 + i);
    expect(decodeWindows1252(all)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('decodes Latin-1 letters (0xE9 = é) when the bytes are not valid UTF-8', () => {
    expect(decodeBytes(bytes(0x43, 0x61, 0x66, 0xe9))).toEqual({ text: 'Café', encoding: 'windows-1252' });
  });

  it('strips a UTF-8 BOM and reports utf-8-bom', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x61, 0x2c, 0xc3, 0xa9))).toEqual({
      text: 'a,é',
      encoding: 'utf-8-bom',
    });
  });

  it('decodes valid UTF-8 without BOM as utf-8', () => {
    expect(decodeBytes(new TextEncoder().encode('naam;thema\nCôte d’Ivoire;ʤ'))).toEqual({
      text: 'naam;thema\nCôte d’Ivoire;ʤ',
      encoding: 'utf-8',
    });
  });

  it('decodes UTF-16 LE and BE with BOM (BOM removed), including a surrogate pair', () => {
    const text = 'a,b\n1,€𝄞';
    expect(decodeBytes(utf16(text, true, true))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(text, false, true))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('detects UTF-16 without BOM from the NUL bytes at alternate positions', () => {
    const text = 'name,country\nOxfam,NL\n';
    expect(decodeBytes(utf16(text, true, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(text, false, false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('returns empty text for empty input, a lone BOM and a lone UTF-16 BOM', () => {
    expect(decodeBytes(bytes())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf))).toEqual({ text: '', encoding: 'utf-8-bom' });
    expect(decodeBytes(bytes(0xff, 0xfe))).toEqual({ text: '', encoding: 'utf-16le' });
  });

  it('round-trips any Unicode text written as UTF-8 (with or without BOM) and UTF-16 with BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        // A leading U+FEFF in the text itself would be read as a BOM: not a round-trip case.
        fc.pre(!text.startsWith('\uFEFF'));
        const utf8 = new TextEncoder().encode(text);
        expect(decodeBytes(utf8).text).toBe(text);
        expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(text);
        expect(decodeBytes(utf16(text, true, true)).text).toBe(text);
        expect(decodeBytes(utf16(text, false, true)).text).toBe(text);
      }),
    );
  });

  it('never throws and never changes its input on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (input) => {
        const copy = input.slice();
        const out = decodeBytes(input);
        expect(typeof out.text).toBe('string');
        expect(input).toEqual(copy);
      }),
    );
  });
});

describe('decodeInput', () => {
  it('strips a BOM from string input and reports utf-8-bom; other strings are utf-8', () => {
    expect(decodeInput('\uFEFFa,b')).toEqual({ text: 'a,b', encoding: 'utf-8-bom' });
    expect(decodeInput('a,b')).toEqual({ text: 'a,b', encoding: 'utf-8' });
  });
});
