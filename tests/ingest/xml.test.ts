import { describe, expect, it } from 'vitest';
import { attribute, scanXml, XmlSyntaxError } from '../../src/ingest/xml.js';

describe('scanXml, the one XML scanner', () => {
  it('reports elements by local name and attributes as written, text in order', () => {
    const seen: string[] = [];
    scanXml('<x:a xmlns:x="u"><b r:id="7">one<![CDATA[two]]></b></x:a>', {
      open: (name, attrs) => seen.push(`${name}:${attribute(attrs, 'id') ?? ''}`),
      text: (t) => seen.push(t),
    });
    expect(seen).toEqual(['a:', 'b:7', 'one', 'two']);
  });

  it('refuses a DOCTYPE (so no entity is ever expanded) and says on which line', () => {
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]>\n<a>&x;</a>';
    const error = (() => {
      try {
        scanXml(bomb, {}, { positions: true });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(XmlSyntaxError);
    expect((error as XmlSyntaxError).kind).toBe('doctype');
    expect((error as XmlSyntaxError).line).toBe(2);
  });

  it('gives malformed XML a located XmlSyntaxError and lets a handler error pass unchanged', () => {
    expect(() => scanXml('<a>\n<b></a>', {}, { positions: true })).toThrow(XmlSyntaxError);
    class Mine extends Error {}
    expect(() =>
      scanXml('<a/>', {
        open: () => {
          throw new Mine('stop');
        },
      }),
    ).toThrow(Mine);
  });

  it('reads UTF-16 bytes with a byte-order mark like the same text in UTF-8', () => {
    const text = '<a>Ĳssel – €</a>';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const read = (input: string | Uint8Array) => {
      let out = '';
      scanXml(input, { text: (t) => (out += t) });
      return out;
    };
    expect(read(utf16)).toBe('Ĳssel – €');
    expect(read(new TextEncoder().encode(text))).toBe('Ĳssel – €');
  });
});
