/**
 * Which multinews "documents" are news articles. The multinews scrape holds, besides articles, Twitter
 * location widgets, Internet Archive crawl notes, mailing-list forms and photo pages; a synthetic day of
 * *articles* leaves those out. The rule reads only the text, never the cluster label:
 *
 *   a document is an article when, after boilerplate paragraphs are removed, it has at least
 *   {@link MIN_ARTICLE_WORDS} words of prose: paragraphs that end like a sentence or run to
 *   {@link MIN_PARAGRAPH_WORDS} words (the scrape truncates the last one mid-sentence).
 */

/** Fewest words of prose a news article has; a wire brief runs to about 100. */
export const MIN_ARTICLE_WORDS = 80;

// Paragraphs that are page furniture, not reporting: share widgets, archive crawl notes, sign-up forms.
const BOILERPLATE =
  /tweet with a location|location to your tweets|location information to your tweets|internet archive|wayback machine|crawl data|web captures|archive-it|mailing list|sign up for|subscribe to|all rights reserved|^photo:|^image copyright|getty images|^advertisement$/i;

/** A paragraph this long is prose even when the scrape cut it off mid-sentence. */
export const MIN_PARAGRAPH_WORDS = 20;

// A prose paragraph ends like a sentence; headings, captions and credits do not.
const SENTENCE_END = /[.!?]["'”’)]*$/u;

const countWords = (text: string): number => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).length;

/** Words of prose in a document once boilerplate paragraphs, headings and captions are removed. */
export function proseWords(text: string): number {
  let words = 0;
  for (const raw of text.split(/\n\s*\n/)) {
    const paragraph = raw.replace(/\s+/g, ' ').trim();
    const count = countWords(paragraph);
    if (BOILERPLATE.test(paragraph)) continue;
    if (SENTENCE_END.test(paragraph) || count >= MIN_PARAGRAPH_WORDS) words += count;
  }
  return words;
}

/** True when the document reads as a news article under the rule above. */
export function isNewsArticle(text: string): boolean {
  return proseWords(text) >= MIN_ARTICLE_WORDS;
}
