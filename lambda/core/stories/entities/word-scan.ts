/** A whitespace-separated word of a text, as the entity scans read it. */
export interface ScannedWord {
  /** The word as written, punctuation included: a match of `/\S+/g`. */
  readonly raw: string;
  /** Offset of `raw` in the text. */
  readonly at: number;
  /** The word without leading and trailing punctuation; a possessive keeps its "’s", "Mr." its full stop. */
  readonly core: string;
  /** Offset of the core's first character (after leading quotes and brackets). */
  readonly index: number;
  /** A blank line or a sentence end comes before the word. */
  readonly initial: boolean;
  /** The core is a capitalised word ({@link CAPITAL_WORD}). */
  readonly capital: boolean;
}

const CAPITAL_WORD = /^\p{Lu}[\p{L}\p{N}.&'’-]*$/u;
const LEADING = /^["“‘'([]+/u;
const TRAILING = /[,;:.!?"”’')\]]+$/u;
const SENTENCE_END = /[.!?]["”’')\]]*$/u;
/** Abbreviated titles end with a full stop that does not end the sentence or the name ("Mr. Smith"). */
export const ABBREVIATED_TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|St)\.$/u;

// Fast paths: most words are plain, and need no regex (entities scan every word of a story).
const LEADING_CHARS = '"“‘\'([';
const TRAILING_CHARS = ',;:.!?"”’\')]';

/** True for the UTF-16 code units `/\s/` matches (a unit test checks every one against the regex). */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** {@link CAPITAL_WORD}, without the regex for a word opening with an ASCII character other than a capital. */
function isCapitalWord(core: string): boolean {
  const code = core.charCodeAt(0);
  if (code < 128 && (code < 65 || code > 90)) return false;
  return CAPITAL_WORD.test(core);
}

function scannedWord(raw: string, at: number, initial: boolean): ScannedWord {
  const trimmed = LEADING_CHARS.includes(raw.charAt(0)) ? raw.replace(LEADING, '') : raw;
  const keep = !TRAILING_CHARS.includes(trimmed.charAt(trimmed.length - 1)) || ABBREVIATED_TITLE.test(trimmed);
  const core = keep ? trimmed : trimmed.replace(TRAILING, '');
  return { raw, at, core, index: at + raw.length - trimmed.length, initial, capital: isCapitalWord(core) };
}

/**
 * The words `text.matchAll(/\S+/g)` finds, in one scan over character codes (a match object per word cost
 * more than the name scan itself), each with its core and whether it opens a sentence. The name scan and
 * the titled-people scan share one list.
 */
export function scanWords(text: string): ScannedWord[] {
  const words: ScannedWord[] = [];
  const length = text.length;
  let at = 0;
  let endsSentence = true;
  while (at < length) {
    let newline = false;
    for (let code = text.charCodeAt(at); isSpaceCode(code); code = text.charCodeAt(++at)) if (code === 10) newline = true;
    if (at >= length) break;
    const start = at;
    while (at < length && !isSpaceCode(text.charCodeAt(at))) at++;
    const raw = text.slice(start, at);
    words.push(scannedWord(raw, start, endsSentence || newline));
    endsSentence = TRAILING_CHARS.includes(raw.charAt(raw.length - 1)) && SENTENCE_END.test(raw) && !ABBREVIATED_TITLE.test(raw);
  }
  return words;
}
