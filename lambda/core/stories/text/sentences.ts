import type winkNLP from 'wink-nlp';
import { languageModels } from './language-models.ts';

type WinkInstance = ReturnType<typeof winkNLP>;
let instance: WinkInstance | undefined;

/**
 * The wink instance, built on first use: building it unpacks the model (~100 ms), which an import
 * (a Lambda cold start, a CLI that only validates) should not pay. Only sentence-boundary detection:
 * wink's full pipeline (POS, NER) costs ~3x more and the summariser needs none of it. The model
 * ships inside the package: no download at run time.
 */
function wink(): WinkInstance {
  const { winkNlp, winkModel } = languageModels();
  instance ??= winkNlp(winkModel, ['sbd']);
  return instance;
}

// Whitespace the splitter must not see: a run of two or more characters, or one that is not a space.
// Single spaces, nearly all of an article's whitespace, are left alone, so the replacement rarely runs.
const EXTRA_WHITESPACE = /\s{2,}|[^\S ]/g;

// A run holding two line breaks is a paragraph break: it ends a sentence even without punctuation
// (datelines, captions, headings), and wink already ends a sentence at a blank line.
const collapseRun = (run: string): string => (run.indexOf('\n') !== run.lastIndexOf('\n') ? '\n\n' : ' ');

/**
 * Splits article text into sentences with wink-nlp, which keeps "Mr. Smith", "U.S.", "Jan. 5",
 * "3 p.m.", decimals and initials inside one sentence. Whitespace inside a sentence is collapsed.
 */
export function splitSentences(text: string): string[] {
  // One readDoc per text (not per paragraph) halves the cost. The text is collapsed in one pass
  // (paragraphs joined by a blank line, single spaces inside them), so wink's sentences come back
  // trimmed with single spaces: only one spanning a paragraph break still holds a line break.
  const prepared = text.replace(EXTRA_WHITESPACE, collapseRun).trim();
  const sentences: string[] = [];
  for (const sentence of wink().readDoc(prepared).sentences().out()) {
    const clean = sentence.includes('\n') ? sentence.replace(/\s+/g, ' ').trim() : sentence;
    if (clean !== '') sentences.push(clean);
  }
  return sentences;
}
