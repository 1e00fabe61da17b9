import nlp from 'compromise';

/** Most words a headline may have. */
export const MAX_HEADLINE_WORDS = 12;

const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Drops "(…)" asides, short ", X," appositives, hedges and trailing detail: the sentence stays grammatical. */
function withoutAsides(text: string): string {
  return text
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/,\s[^,]{1,40},\s(?=(is|are|was|were|has|have|had|will|would|said|says|can|could)\b)/g, ' ')
    // Headline style drops the hedging auxiliary, keeping the object: "is set to embark" → "to embark".
    .replace(/\b(is|are) (set|expected|due|scheduled|poised|about) to\b/g, 'to')
    // A non-restrictive "which …" clause and a weekday add detail, not the news.
    .replace(/,\swhich\s[^,]*$/u, '')
    .replace(/\s(on|last|this|next) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface TaggedTerm {
  readonly end: number;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
}

/** Terms of a clause with compromise's tags and where each ends in the text. */
function taggedTerms(text: string): TaggedTerm[] {
  type Json = { terms: { post: string; tags: string[]; offset: { start: number; length: number } }[] }[];
  const json = nlp(text).json({ offset: true }) as Json;
  return json.flatMap((sentence) =>
    sentence.terms.map((t) => ({ end: t.offset.start + t.offset.length, post: t.post, tags: new Set(t.tags) })),
  );
}

// A phrase may end after a noun, a number or an adjective, never after a preposition, article or conjunction.
const CLOSES_PHRASE = ['Noun', 'Value', 'Adjective', 'Pronoun', 'Verb', 'Adverb'];
const OPENS_PHRASE = ['Preposition', 'Conjunction', 'Determiner'];

function endsPhrase(text: string, last: TaggedTerm, next: TaggedTerm | undefined): boolean {
  // Only cut between whitespace-separated words, so "four-day" is never split.
  if (next !== undefined && !/^[,;:]?\s/.test(text.slice(last.end))) return false;
  if (last.tags.has('Possessive') || OPENS_PHRASE.some((tag) => last.tags.has(tag))) return false;
  if (!CLOSES_PHRASE.some((tag) => last.tags.has(tag))) return false;
  return next === undefined || /[,;:]/.test(last.post) || OPENS_PHRASE.some((tag) => next.tags.has(tag)) || next.tags.has('Gerund');
}

/** Longest prefix of at most 12 words that ends where a phrase ends. */
function cutAtPhrase(text: string): string {
  const terms = taggedTerms(text);
  for (let i = terms.length - 1; i >= 0; i--) {
    const prefix = text.slice(0, terms[i]!.end);
    if (countWords(prefix) <= MAX_HEADLINE_WORDS && countWords(prefix) >= 3 && endsPhrase(text, terms[i]!, terms[i + 1])) return prefix;
  }
  // No clean boundary: whole words up to the limit, never part of one.
  return text.split(/\s+/).slice(0, MAX_HEADLINE_WORDS).join(' ');
}

/** Removes sentence-final punctuation and dangling clause punctuation. */
function tidy(text: string): string {
  return text.replace(/[\s,;:\-–—]+$/u, '').replace(/[.!?]+["”’]?$/u, '').trim();
}

/**
 * A headline from a sentence in the article's own words: the sentence itself when short enough,
 * otherwise its main clause trimmed at a phrase boundary to at most 12 words.
 */
export function makeHeadline(sentence: string): string {
  const whole = tidy(sentence.replace(/\s+/g, ' ').trim());
  if (countWords(whole) <= MAX_HEADLINE_WORDS) return whole;
  const compact = tidy(withoutAsides(whole));
  if (countWords(compact) <= MAX_HEADLINE_WORDS) return compact;
  return tidy(cutAtPhrase(compact));
}
