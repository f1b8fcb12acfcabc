/**
 * Telling an XML file from a table by its first bytes. Imports nothing.
 * @module
 */

/**
 * Whether bytes look like XML: the first non-space character (after a BOM) is '<'.
 *
 * @example
 * looksLikeXml(new TextEncoder().encode('  <iati-activities>')); // => true
 */
export function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return bytes[2] === 0x3c || bytes[3] === 0x3c;
  }
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i] === 0x3c;
}
