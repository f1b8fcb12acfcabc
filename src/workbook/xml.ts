/**
 * A thin layer over saxes (a strict, streaming XML parser) for the parts of a workbook: element
 * names without their namespace prefix (Excel writes `row`, other tools `x:row`), attributes by
 * local name, text of the elements the caller asks for. A document type declaration is refused
 * (OOXML never has one, and refusing it rules out entity expansion); saxes itself knows only the
 * five predefined entities and character references.
 */
import { SaxesParser } from 'saxes';
import { UnreadableWorkbook } from './zip.js';

/** Attributes of an element as saxes reports them (qualified name -> value). */
export type XmlAttributes = Readonly<Record<string, string>>;

/** Callbacks of {@link scanXml}; element names are local names (prefix removed). */
export interface XmlHandlers {
  readonly open?: (name: string, attributes: XmlAttributes) => void;
  readonly close?: (name: string) => void;
  /** Character data (text and CDATA), in document order; called in pieces. */
  readonly text?: (text: string) => void;
}

/** Decoded characters handed to saxes at a time. */
const CHUNK_BYTES = 1024 * 1024;

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * The value of an attribute by its local name (`id` finds `r:id`), or undefined.
 *
 * @example
 * attribute({ 'r:id': 'rId1', name: 'Leden' }, 'id'); // => 'rId1'
 */
export function attribute(attributes: XmlAttributes, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key in attributes) {
    if (key.endsWith(`:${name}`)) return attributes[key];
  }
  return undefined;
}

/** The text decoder for a part: UTF-16 when it starts with a UTF-16 byte-order mark, else UTF-8. */
function decoderFor(bytes: Uint8Array): TextDecoder {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/**
 * Parse one XML part, calling the handlers in document order.
 *
 * @param bytes - the part as inflated from the zip
 * @param part - its name in the zip, for messages
 * @throws UnreadableWorkbook ('bad_xml') when the part is not well-formed XML or has a DOCTYPE
 */
export function scanXml(bytes: Uint8Array, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as XmlAttributes));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.on('doctype', () => {
    throw new UnreadableWorkbook('bad_xml', `${part}: a document type declaration (DOCTYPE)`);
  });
  const decoder = decoderFor(bytes);
  try {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
      const last = at + CHUNK_BYTES >= bytes.length;
      parser.write(decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: !last }));
    }
    parser.close();
  } catch (e) {
    // saxes reports malformed XML with a plain Error; anything else comes from a handler.
    if (!(e instanceof Error) || e.constructor !== Error) throw e;
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UnreadableWorkbook('bad_xml', `${part}: ${reason}`);
  }
}
