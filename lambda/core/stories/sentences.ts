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

// Paragraph breaks end a sentence even without punctuation (datelines, captions, headings).
const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Splits article text into sentences with wink-nlp, which keeps "Mr. Smith", "U.S.", "Jan. 5",
 * "3 p.m.", decimals and initials inside one sentence. Whitespace inside a sentence is collapsed.
 */
export function splitSentences(text: string): string[] {
  // One readDoc per text (not per paragraph) halves the cost; wink already ends a sentence at a blank line.
  const paragraphs = text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  const sentences: string[] = [];
  for (const sentence of wink().readDoc(paragraphs.join('\n\n')).sentences().out()) {
    const clean = sentence.replace(/\s+/g, ' ').trim();
    if (clean !== '') sentences.push(clean);
  }
  return sentences;
}
