import type { LanguageModels } from './language-models.ts';

/** Splits a text into sentences. */
export type SentenceSplitter = (text: string) => string[];

// Whitespace the splitter must not see: a run of two or more characters, or one that is not a space.
// Single spaces, nearly all of an article's whitespace, are left alone, so the replacement rarely runs.
const EXTRA_WHITESPACE = /\s{2,}|[^\S ]/g;

// A run holding two line breaks is a paragraph break: it ends a sentence even without punctuation
// (datelines, captions, headings), and wink already ends a sentence at a blank line.
const collapseRun = (run: string): string => (run.indexOf('\n') !== run.lastIndexOf('\n') ? '\n\n' : ' ');

/**
 * Longest word passed to wink, in characters. wink's model tests each token with `/[a-z].*\.$/`, which
 * costs the square of the token's length: one 900 KB "word" took over 300 s, 200 KB 27 s. No word of prose
 * is this long (URLs rarely are); a longer run of non-space characters is a data blob and is left out.
 */
export const MAX_WORD_CHARS = 200;

/**
 * Longest sentence returned, in characters: a longer one (a text without punctuation) is cut at the last
 * space before the limit and marked "…", so no stage after the splitter (headline tagging, ranking)
 * reads an unbounded sentence.
 */
export const MAX_SENTENCE_CHARS = 1_000;

/**
 * Most characters of one text passed to wink (~16,000 words): wink reads ~0.6 MB a second here, so a 1 MiB
 * article alone would take ~2 s. Only the text's opening is split; callers that summarise pass less (the
 * summary reads the first 20,000 characters of an article, summary/candidates.ts).
 */
export const MAX_TEXT_CHARS = 100_000;

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/u.test(String.fromCharCode(code)));

/**
 * The text without its runs of non-space characters longer than MAX_WORD_CHARS (each becomes one space), in
 * one pass over the characters. A regex took 0.4 s on a 900 KB word (its lookbehind) or was quadratic below
 * the limit (without it).
 */
export function withoutOverlongWords(text: string): string {
  let [kept, from, start] = ['', 0, -1];
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start > MAX_WORD_CHARS) [kept, from] = [`${kept}${text.slice(from, start)} `, i];
    start = -1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

/** The sentence, or its opening cut at a space before MAX_SENTENCE_CHARS and marked "…". */
function bounded(sentence: string): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  const space = sentence.lastIndexOf(' ', MAX_SENTENCE_CHARS - 1);
  return `${sentence.slice(0, space > 0 ? space : MAX_SENTENCE_CHARS - 1)}…`;
}

/**
 * A splitter of article text into sentences with wink-nlp, which keeps "Mr. Smith", "U.S.", "Jan. 5",
 * "3 p.m.", decimals and initials inside one sentence. Whitespace inside a sentence is collapsed.
 * The wink instance runs only sentence-boundary detection: wink's full pipeline (POS, NER) costs ~3x
 * more and the summariser needs none of it. Words over MAX_WORD_CHARS are left out and sentences over
 * MAX_SENTENCE_CHARS cut, and only a text's first MAX_TEXT_CHARS are read, so the cost is bounded whatever
 * the text holds. It is built on the first split: building it unpacks the
 * model (~100 ms), which an engine that composes nothing should not pay.
 */
export function createSentenceSplitter({ winkNlp, winkModel }: LanguageModels): SentenceSplitter {
  let wink: ReturnType<typeof winkNlp> | undefined;
  return (text) => {
    wink ??= winkNlp(winkModel, ['sbd']);
    return splitWith(wink, text);
  };
}

function splitWith(wink: ReturnType<LanguageModels['winkNlp']>, text: string): string[] {
  // One readDoc per text (not per paragraph) halves the cost. The text is collapsed in one pass
  // (paragraphs joined by a blank line, single spaces inside them), so wink's sentences come back
  // trimmed with single spaces: only one spanning a paragraph break still holds a line break.
  // Over-long words go first, in one linear pass, so wink never sees them (see MAX_WORD_CHARS).
  const opening = text.length > MAX_TEXT_CHARS ? text.slice(0, Math.max(text.lastIndexOf(' ', MAX_TEXT_CHARS), 0) || MAX_TEXT_CHARS) : text;
  const prepared = withoutOverlongWords(opening).replace(EXTRA_WHITESPACE, collapseRun).trim();
  const sentences: string[] = [];
  for (const sentence of wink.readDoc(prepared).sentences().out()) {
    const clean = sentence.includes('\n') ? sentence.replace(/\s+/g, ' ').trim() : sentence;
    if (clean !== '') sentences.push(bounded(clean));
  }
  return sentences;
}
