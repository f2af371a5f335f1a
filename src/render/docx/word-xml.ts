/**
 * Text as Word can hold it. XML 1.0 has no place for most control characters (a
 * letter pasted from elsewhere may carry a stray U+0007 or U+001B); Word refuses a
 * file that contains one, so they are dropped, as are lone surrogate halves.
 */

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** `text` escaped for an XML attribute or element, without the characters XML cannot hold. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
