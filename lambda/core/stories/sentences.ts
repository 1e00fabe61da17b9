import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Only sentence-boundary detection: wink's full pipeline (POS, NER) costs ~3x more and the
// summariser needs none of it. The model ships inside the package: no download at run time.
const nlp = winkNLP(model, ['sbd']);

// Paragraph breaks end a sentence even without punctuation (datelines, captions, headings).
const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Splits article text into sentences with wink-nlp, which keeps "Mr. Smith", "U.S.", "Jan. 5",
 * "3 p.m.", decimals and initials inside one sentence. Whitespace inside a sentence is collapsed.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(PARAGRAPH_BREAK)) {
    const flat = paragraph.replace(/\s+/g, ' ').trim();
    if (flat === '') continue;
    for (const sentence of nlp.readDoc(flat).sentences().out()) {
      const clean = sentence.trim();
      if (clean !== '') sentences.push(clean);
    }
  }
  return sentences;
}
