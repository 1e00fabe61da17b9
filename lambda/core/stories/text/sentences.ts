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
 * A splitter of article text into sentences with wink-nlp, which keeps "Mr. Smith", "U.S.", "Jan. 5",
 * "3 p.m.", decimals and initials inside one sentence. Whitespace inside a sentence is collapsed.
 * The wink instance runs only sentence-boundary detection: wink's full pipeline (POS, NER) costs ~3x
 * more and the summariser needs none of it. It is built on the first split: building it unpacks the
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
  const prepared = text.replace(EXTRA_WHITESPACE, collapseRun).trim();
  const sentences: string[] = [];
  for (const sentence of wink.readDoc(prepared).sentences().out()) {
    const clean = sentence.includes('\n') ? sentence.replace(/\s+/g, ' ').trim() : sentence;
    if (clean !== '') sentences.push(clean);
  }
  return sentences;
}
