import type { LanguageModels } from '../text/language-models.ts';
import { compressLead } from './compress.ts';
import { endsOpen } from './open-words.ts';
import { createWordTagger, type TaggedWord as TaggedTerm, type WordTagger } from './pos-tags.ts';

/** Most words a headline may have. */
export const MAX_HEADLINE_WORDS = 12;

const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Drops "(…)" asides, short ", X," appositives, hedges and trailing detail: the sentence stays grammatical. */
function withoutAsides(text: string): string {
  return (
    text
      .replace(/\s*\([^()]*\)/g, '')
      .replace(/,\s[^,]{1,40},\s(?=(is|are|was|were|has|have|had|will|would|said|says|can|could)\b)/g, ' ')
      // Headline style drops the hedging auxiliary, keeping the object: "is set to embark" → "to embark".
      .replace(/\b(is|are) (set|expected|due|scheduled|poised|about) to\b/g, 'to')
      // A non-restrictive "which …" clause and a weekday add detail, not the news.
      .replace(/,\swhich\s[^,]*$/u, '')
      .replace(/\s(on|last|this|next) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
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
    if (words < 3 || insideQuote(prefix) || !endsPhrase(text, term, terms[i + 1]) || endsOpen(prefix)) continue;
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
  return text
    .replace(/[\s,;:\-–—]+$/u, '')
    .replace(/[.!?]+["”’]?$/u, '')
    .trim();
}

/** Writes a headline from a sentence. */
export type HeadlineWriter = (sentence: string) => string;

/** A headline writer with its own part-of-speech tagger (see {@link makeHeadline}). */
export function createHeadlineWriter(models: LanguageModels): HeadlineWriter {
  const tagWords = createWordTagger(models);
  return (sentence) => makeHeadline(tagWords, sentence);
}

/** Drops words from the end while the last one leaves the clause open ("… has forced"), keeping at least two. */
function closeOpenEnd(text: string): string {
  const words = text.split(' ');
  while (words.length > 2 && endsOpen(words.join(' '))) words.pop();
  return tidy(words.join(' '));
}

/** Whole words up to the limit with every quotation mark removed: the last resort, so no headline is empty. */
function plainWords(text: string): string {
  return tidy(text.replace(/["“”]/gu, '').split(/\s+/).slice(0, MAX_HEADLINE_WORDS).join(' '));
}

// Where a main clause ends and what only explains or follows it begins: a comma, a subordinating word.
const CLAUSE_BOUNDARY =
  /,\s|\s(?=(?:after|as|because|following|amid|despite|while|whilst|when|which|who|since|before|ahead of|in an? (?:effort|bid|attempt|move)|but|rather than|so that|saying|leaving|prompting|sparking|with)\s)/gu;
// A main clause shorter than this keeps what follows it.
const MIN_CLAUSE_WORDS = 4;

/** The sentence up to where its main clause ends, when that clause has a subject and a verb; else undefined. */
function mainClause(tagWords: WordTagger, text: string): string | undefined {
  for (const boundary of text.matchAll(CLAUSE_BOUNDARY)) {
    const prefix = tidy(text.slice(0, boundary.index));
    const words = countWords(prefix);
    if (words > MAX_HEADLINE_WORDS) return undefined;
    if (words < MIN_CLAUSE_WORDS || insideQuote(prefix) || endsOpen(prefix)) continue;
    const tags = tagWords(prefix).slice(1);
    if (tags.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund'))) return prefix;
  }
  return undefined;
}

/**
 * The subject without an appositive or a dashed aside when the verb comes after it: "Barclays, the UK's
 * third-biggest bank, has seen …" → "Barclays has seen …", so the verb fits in the headline.
 */
function withoutAppositive(tagWords: WordTagger, text: string): string {
  const aside = /^([^,–—]{2,60}?)(?:, [^,]{2,80}?,| [–—-] [^–—]{2,80}? [–—-]) (?=\S)/u.exec(text);
  if (!aside) return text;
  const rest = text.slice(aside[0].length);
  // The verb, or an infinitive headline style made of one ("to embark").
  const [first, second] = tagWords(rest.replace(/^to\s/u, ''));
  const verb = /^to\s/u.test(rest) ? first : (first ?? second);
  return verb?.tags.has('Verb') && !verb.tags.has('Gerund') ? `${aside[1]} ${rest}` : text;
}

/** The sentence fitted to the limit: its main clause, whole when short enough, else cut at a phrase boundary (see cutAtPhrase). */
function fitToLimit(tagWords: WordTagger, sentence: string): string {
  const simple = countWords(sentence) > MAX_HEADLINE_WORDS ? withoutAppositive(tagWords, sentence) : sentence;
  const whole = mainClause(tagWords, simple) ?? simple;
  if (countWords(whole) <= MAX_HEADLINE_WORDS) return whole;
  const compact = tidy(withoutAsides(whole));
  if (countWords(compact) <= MAX_HEADLINE_WORDS) return compact;
  // Cut the sentence as written, and cut it without articles; the terser one wins only if it keeps more words.
  const cut = tidy(cutAtPhrase(tagWords, compact));
  const terse = withoutArticles(compact);
  const terseCut = countWords(terse) <= MAX_HEADLINE_WORDS ? terse : tidy(cutAtPhrase(tagWords, terse));
  return countWords(terseCut) > countWords(withoutArticles(cut)) ? terseCut : cut;
}

/**
 * A headline from a sentence in the article's own words: the sentence compressed as a sub-editor would
 * (compressLead), then whole when short enough, otherwise its main clause trimmed at a phrase boundary to at
 * most 12 words. Never empty, and never ending on a word that leaves the clause open (OPEN_WORDS).
 */
function makeHeadline(tagWords: WordTagger, sentence: string): string {
  const source = tidy(sentence.replace(/\s+/g, ' ').trim());
  const headline = closeOpenEnd(withoutArticles(fitToLimit(tagWords, tidy(compressLead(source)))));
  return countWords(headline) > 0 ? headline : closeOpenEnd(plainWords(source));
}
