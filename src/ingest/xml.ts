/**
 * The one XML scanner of the library: a thin layer over saxes (a strict, streaming parser that
 * knows only the five predefined entities and character references). A document type
 * declaration is refused, so no entity can ever be expanded. Element and attribute names are
 * reported by their local name (`x:row` -> `row`), so prefixed and unprefixed documents read alike.
 * Used by the workbook reader (OOXML parts) and the IATI XML importer.
 * @module
 */
import { SaxesParser } from 'saxes';

/** Attributes of an element as written (qualified name -> value). */
export type XmlAttributes = Readonly<Record<string, string>>;

/** Callbacks of {@link scanXml}; element names are local names (prefix removed). */
export interface XmlHandlers {
  /** An opening tag; `line` is its 1-based line when `positions` is on, else 0. */
  readonly open?: (name: string, attributes: XmlAttributes, line: number) => void;
  readonly close?: (name: string) => void;
  /** Character data (text and CDATA), in document order; called in pieces. */
  readonly text?: (text: string) => void;
}

/**
 * The document is not well-formed XML, or it has a document type declaration. `line` is 1-based
 * (0 when positions were not tracked).
 *
 * @example
 * try { scanXml('<a><b></a>', {}); } catch (e) { (e as XmlSyntaxError).kind; } // => 'malformed'
 */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  /**
   * @param kind - 'doctype' (a DOCTYPE was found) or 'malformed'
   * @param reason - the parser's first message line
   * @param line - 1-based line, or 0 when unknown
   */
  constructor(
    readonly kind: 'doctype' | 'malformed',
    readonly reason: string,
    readonly line: number,
  ) {
    super(reason);
  }
}

/** Characters handed to saxes at a time. */
const CHUNK = 1024 * 1024;

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

/** The text decoder for bytes: UTF-16 when they start with a UTF-16 byte-order mark, else UTF-8. */
function decoderFor(bytes: Uint8Array): TextDecoder {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

function* pieces(input: string | Uint8Array): Generator<string> {
  if (typeof input === 'string') {
    for (let at = 0; at < input.length; at += CHUNK) yield input.slice(at, at + CHUNK);
    return;
  }
  const decoder = decoderFor(input);
  for (let at = 0; at < input.length; at += CHUNK) {
    const last = at + CHUNK >= input.length;
    yield decoder.decode(input.subarray(at, at + CHUNK), { stream: !last });
  }
}

/**
 * Parse an XML document, calling the handlers in document order. Errors thrown by a handler pass
 * through unchanged (a limit, a stop signal).
 *
 * @param input - the document as text, or as bytes (UTF-8, or UTF-16 with a byte-order mark)
 * @param handlers - what to do with tags and text
 * @param options - `positions`: track line numbers (a little slower); default false
 * @throws XmlSyntaxError when the document is not well-formed or has a DOCTYPE
 * @example
 * const names: string[] = [];
 * scanXml('<x:a><b c="1">t</b></x:a>', { open: (name) => names.push(name) });
 * names; // => ['a', 'b']
 */
export function scanXml(
  input: string | Uint8Array,
  handlers: XmlHandlers,
  options: { readonly positions?: boolean } = {},
): void {
  const positions = options.positions === true;
  const parser = new SaxesParser({ position: positions });
  const line = () => (positions ? parser.line : 0);
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as XmlAttributes, line()));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.on('doctype', () => {
    throw new XmlSyntaxError('doctype', 'a document type declaration (DOCTYPE)', line());
  });
  try {
    for (const piece of pieces(input)) parser.write(piece);
    parser.close();
  } catch (e) {
    // saxes reports malformed XML with a plain Error; anything else comes from a handler.
    if (!(e instanceof Error) || e.constructor !== Error) throw e;
    throw new XmlSyntaxError('malformed', e.message.split('\n')[0] ?? 'not well-formed', line());
  }
}
