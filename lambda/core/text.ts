// Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; DEL is allowed but invisible junk),
// plus the non-characters U+FFFE/U+FFFF. Feed parsers reject a whole feed over one of them.
// https://www.w3.org/TR/xml/#charsets
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** Removes characters that would make an XML document invalid. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(XML_INVALID, '');
}
