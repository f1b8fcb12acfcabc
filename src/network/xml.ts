/**
 * XML escaping for the GraphML and GEXF exports.
 * @module
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Code points XML 1.0 does not allow anywhere (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for XML element content and double- or single-quoted attribute
 * values: `& < > " '` become entities, tab/newline/carriage return become
 * character references (so attribute values survive whitespace normalisation),
 * and characters XML 1.0 forbids (other control characters, lone surrogates)
 * become U+FFFD.
 *
 * @param s - any text
 * @example
 * escapeXml('<script>"Tom" & \'Jerry\'</script>');
 * // => '&lt;script&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/script&gt;'
 */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

/** Characters an XML id cannot hold as they are, plus the backslash that escapes them. */
const NOT_IN_ID = /[^\t\n\r\u0020-\u005B\u005D-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes a node id for an XML attribute without ever making two ids equal: a character XML 1.0
 * forbids (a control character, a lone surrogate) becomes `\uXXXX` and a backslash `\\`, then
 * the text is escaped as {@link escapeXml} does. Ids without those characters are only
 * XML-escaped, so ordinary ids are unchanged.
 *
 * @param id - a node id
 * @example
 * escapeXmlId('member:FTA'); // => 'member:FTA'
 * escapeXmlId('member:A\u0007') === escapeXmlId('member:A\u0008'); // => false
 * escapeXmlId('member:A\u0007'); // => 'member:A\\u0007'
 */
export function escapeXmlId(id: string): string {
  const visible = id.replace(NOT_IN_ID, (c) =>
    c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escapeXml(visible);
}
