/**
 * Unicode's explicit directional formatting characters: the embeddings and overrides LRE, RLE, LRO, RLO and their
 * terminator PDF (U+202A–U+202E), and the isolates LRI, RLI, FSI and their terminator PDI (U+2066–U+2069). One left
 * open in an article would reorder whatever follows it on the line: the next headline, the next story.
 * The marks LRM, RLM and ALM open nothing and are left alone.
 * @see https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const PDF = '\u202C';
const PDI = '\u2069';

/**
 * Removes every directional formatting character: for plain-text fields made of several article-derived strings
 * (the overview, the feeds' summaries, the meta description), where no markup can keep one string's controls
 * from reaching the next.
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Balances one article-derived string's directional formatting characters, as the Unicode Bidirectional Algorithm
 * pairs them (UAX #9, BD9 and X6a): a terminator that closes nothing is dropped, and whatever is left open is closed
 * at the end. Its controls then act within it only, even in a reader that drops the `<bdi>` around it.
 */
export function balanceBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  const open: ('embedding' | 'isolate')[] = [];
  let out = '';
  for (const char of text) {
    if (char === PDF) {
      // A PDF closes the innermost embedding, never across an open isolate.
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    } else if (char === PDI) {
      // A PDI closes the innermost isolate, and every embedding opened inside it.
      const at = open.lastIndexOf('isolate');
      if (at === -1) continue;
      open.length = at;
    } else if (char >= '\u202A' && char <= '\u202E') {
      open.push('embedding');
    } else if (char >= '\u2066' && char <= '\u2068') {
      open.push('isolate');
    }
    out += char;
  }
  return (
    out +
    open
      .reverse()
      .map((kind) => (kind === 'embedding' ? PDF : PDI))
      .join('')
  );
}
