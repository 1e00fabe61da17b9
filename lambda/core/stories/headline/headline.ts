import type { LanguageModels } from '../text/language-models.ts';
import { createWordTagger, type TaggedWord as TaggedTerm, type WordTagger } from './pos-tags.ts';

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

/** True when the text opens a double quotation it does not close: a headline never ends inside one. */
function insideQuote(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length % 2 === 1;
  return straight || (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;
}

/**
 * Headline style drops articles ("The council approved a plan to rebuild the old harbour wall" →
 * "Council approved plan to rebuild old harbour wall"), which leaves room for the object a cut would
 * lose. Quoted words stay as written.
 */
function withoutArticles(text: string): string {
  const terse = text
    .split(/("[^"]*"|“[^”]*”)/u)
    // Lower-case only: a capitalised "The" inside a sentence belongs to a name ("We Are The World").
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![\p{L}\p{N}'’])(?:a|an|the)\s+(?=\S)/gu, '')))
    .join('')
    .replace(/^(?:The|A|An)\s+(?=\S)/u, '');
  return terse.charAt(0).toUpperCase() + terse.slice(1);
}

// A phrase may end after a noun, a number or an adjective, never after a preposition, article or conjunction.
const CLOSES_PHRASE = ['Noun', 'Value', 'Adjective', 'Pronoun', 'Verb', 'Adverb'];
const OPENS_PHRASE = ['Preposition', 'Conjunction', 'Determiner'];

function endsPhrase(text: string, last: TaggedTerm, next: TaggedTerm | undefined): boolean {
  // Only cut between whitespace-separated words, so "four-day" is never split.
  if (next !== undefined && !/^["”’)]*[,;:]?\s/u.test(text.slice(last.end))) return false;
  if (last.tags.has('Possessive') || OPENS_PHRASE.some((tag) => last.tags.has(tag))) return false;
  // A participle left dangling ("…, siding") promises an object the headline does not give.
  if (last.tags.has('Gerund') && next !== undefined) return false;
  if (!CLOSES_PHRASE.some((tag) => last.tags.has(tag))) return false;
  if (awaitsPair(text.slice(0, last.end))) return false;
  return next === undefined || /[,;:]/.test(last.post) || OPENS_PHRASE.some((tag) => next.tags.has(tag)) || next.tags.has('Gerund');
}

/** True when the text ends inside "between X" or "both X" whose "and Y" has not come yet: "between Port Elwyn". */
function awaitsPair(prefix: string): boolean {
  const opener = /\b(between|both)\s+(?![^,;:]*\band\b)[^,;:]*$/iu;
  return opener.test(prefix);
}

// A cut after a noun or number keeps a whole object ("land owned by British company", not "land owned").
const endsObject = (term: TaggedTerm): boolean => (term.tags.has('Noun') || term.tags.has('Value')) && !term.tags.has('Gerund');

// A cut ending on a noun may be this many words shorter than the longest clean cut and still win.
const OBJECT_SLACK = 3;

/** Longest prefix of at most 12 words that ends where a phrase ends, preferring one that ends on a noun. */
function cutAtPhrase(tagWords: WordTagger, text: string): string {
  const terms = tagWords(text);
  const cuts: { prefix: string; words: number; object: boolean }[] = [];
  for (const [i, term] of terms.entries()) {
    // A closing quotation mark after the word belongs to the prefix.
    const prefix = text.slice(0, term.end + (/^["”’)]*/u.exec(text.slice(term.end))?.[0].length ?? 0));
    const words = countWords(prefix);
    // Prefixes only grow: past the limit, no later cut can fit.
    if (words > MAX_HEADLINE_WORDS) break;
    if (words < 3 || insideQuote(prefix) || !endsPhrase(text, term, terms[i + 1])) continue;
    cuts.push({ prefix, words, object: endsObject(term) });
  }
  const longest = cuts.at(-1);
  const object = cuts.filter((cut) => cut.object).at(-1);
  if (longest) return object && object.words >= longest.words - OBJECT_SLACK ? object.prefix : longest.prefix;
  // No clean boundary: whole words up to the limit, never part of one, and never into an open quotation.
  const kept = text.split(/\s+/).slice(0, MAX_HEADLINE_WORDS);
  while (kept.length > 1 && insideQuote(kept.join(' '))) kept.pop();
  return kept.join(' ').replace(/\s*["“]\S*$/u, '');
}

/** Removes sentence-final punctuation and dangling clause punctuation. */
function tidy(text: string): string {
  return text.replace(/[\s,;:\-–—]+$/u, '').replace(/[.!?]+["”’]?$/u, '').trim();
}

/** Writes a headline from a sentence. */
export type HeadlineWriter = (sentence: string) => string;

/** A headline writer with its own part-of-speech tagger (see {@link makeHeadline}). */
export function createHeadlineWriter(models: LanguageModels): HeadlineWriter {
  const tagWords = createWordTagger(models);
  return (sentence) => makeHeadline(tagWords, sentence);
}

/**
 * A headline from a sentence in the article's own words: the sentence itself when short enough,
 * otherwise its main clause trimmed at a phrase boundary to at most 12 words.
 */
function makeHeadline(tagWords: WordTagger, sentence: string): string {
  const whole = tidy(sentence.replace(/\s+/g, ' ').trim());
  if (countWords(whole) <= MAX_HEADLINE_WORDS) return whole;
  const compact = tidy(withoutAsides(whole));
  if (countWords(compact) <= MAX_HEADLINE_WORDS) return compact;
  // Cut the sentence as written, and cut it without articles; the terser one wins only if it keeps more words.
  const cut = tidy(cutAtPhrase(tagWords, compact));
  const terse = withoutArticles(compact);
  const terseCut = countWords(terse) <= MAX_HEADLINE_WORDS ? terse : tidy(cutAtPhrase(tagWords, terse));
  return countWords(terseCut) > countWords(withoutArticles(cut)) ? terseCut : cut;
}
