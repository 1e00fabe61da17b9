import { TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding-lite.js';

/**
 * Decodes bytes in a declared charset, as the WHATWG Encoding Standard says browsers do: "iso-8859-1" and "latin1"
 * mean windows-1252, so curly quotes (0x93, 0x94) come out right. @exodus/bytes' lite decoder covers UTF-8 and every
 * single-byte encoding (Node's own decoder reads windows-1252 as Latin-1); the legacy multi-byte ones (Shift_JIS,
 * GBK, Big5 …) fall back to Node's ICU decoder. https://encoding.spec.whatwg.org/#names-and-labels
 * @throws RangeError for a label that names no encoding
 */
export function decodeText(bytes: Uint8Array, label = 'utf-8'): string {
  try {
    return new WhatwgDecoder(label).decode(bytes);
  } catch (error) {
    if (!/multi-byte/i.test((error as Error).message)) throw new RangeError(`unknown charset "${label}"`, { cause: error });
    return new TextDecoder(label).decode(bytes);
  }
}
