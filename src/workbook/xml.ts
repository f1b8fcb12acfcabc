/**
 * The workbook's XML parts through the library's one XML scanner (src/ingest/xml.ts): element
 * names without their namespace prefix (Excel writes `row`, other tools `x:row`); a malformed part
 * or a DOCTYPE becomes UnreadableWorkbook ('bad_xml').
 */
import { scanXml as scan, type XmlHandlers, XmlSyntaxError } from '../ingest/xml.js';
import { UnreadableWorkbook } from './zip.js';

export { attribute, type XmlAttributes, type XmlHandlers } from '../ingest/xml.js';

/**
 * Parse one XML part of a workbook, calling the handlers in document order.
 *
 * @param bytes - the part as inflated from the zip
 * @param part - its name in the zip, for messages
 * @throws UnreadableWorkbook ('bad_xml') when the part is not well-formed XML or has a DOCTYPE
 */
export function scanXml(bytes: Uint8Array, part: string, handlers: XmlHandlers): void {
  try {
    scan(bytes, handlers);
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new UnreadableWorkbook('bad_xml', `${part}: ${e.reason}`);
    throw e;
  }
}
