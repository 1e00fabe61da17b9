import { tagWords, type TaggedWord as TaggedTerm } from './word-tags.ts';
import { isSpaceCode } from './word-scan.ts';

/** Most words a headline may have. */
export const MAX_HEADLINE_WORDS = 12;

/** Whitespace-separated words holding a letter or digit. */
function countWords(text: string): number {
  return letterEnds(text, Infinity).length;
}

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

/**
 * True when the text (its first `end` characters) opens a double quotation it does not close: a headline
 * never ends inside one. Counted in one pass, so a prefix is checked without being cut out.
 */
function insideQuote(text: string, end = text.length): boolean {
  let straight = 0;
  let opening = 0;
  let closing = 0;
  for (let at = 0; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 34) straight++;
    else if (code === 0x201c) opening++;
    else if (code === 0x201d) closing++;
  }
  return straight % 2 === 1 || opening > closing;
}

// Closing quotes and brackets: after a word they belong to it.
const CLOSING_MARKS = '"”’)';

/** Length of the run of closing quotes and brackets at `from`. */
function closingRun(text: string, from: number): number {
  let at = from;
  while (at < text.length && CLOSING_MARKS.includes(text.charAt(at))) at++;
  return at - from;
}

/** True when whitespace follows `from`, after closing marks and at most one of ",;:": a cut between words. */
function betweenWords(text: string, from: number): boolean {
  let at = from + closingRun(text, from);
  if (at < text.length && ',;:'.includes(text.charAt(at))) at++;
  return isSpaceCode(text.charCodeAt(at));
}

/**
 * Where each whitespace-separated word's first letter or digit ends, in order, for the first `limit` such
 * words: `countWords` of the text's first `end` characters is the number of these at or before `end`, so
 * no prefix is split to count it. ASCII is checked by code; a word with other characters by the regex.
 */
function letterEnds(text: string, limit: number): number[] {
  const ends: number[] = [];
  let at = 0;
  while (ends.length < limit) {
    while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
    const start = at;
    while (at < text.length && !isSpaceCode(text.charCodeAt(at))) at++;
    if (start === at) break;
    const end = firstLetterEnd(text, start, at);
    if (end >= 0) ends.push(end);
  }
  return ends;
}

const isAsciiAlphanumeric = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Where the first letter or digit of `text[from, to)` ends, or -1. */
function firstLetterEnd(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (isAsciiAlphanumeric(code)) return at + 1;
    if (code >= 128) {
      const letter = /[\p{L}\p{N}]/u.exec(text.slice(at, to));
      return letter ? at + letter.index + letter[0].length : -1;
    }
  }
  return -1;
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

/** `pairs`: the text holds "between" or "both", so a cut may fall inside a pair (see {@link awaitsPair}). */
function endsPhrase(text: string, last: TaggedTerm, next: TaggedTerm | undefined, pairs: boolean): boolean {
  // Only cut between whitespace-separated words, so "four-day" is never split.
  if (next !== undefined && !betweenWords(text, last.end)) return false;
  if (last.tags.has('Possessive') || OPENS_PHRASE.some((tag) => last.tags.has(tag))) return false;
  // A participle left dangling ("…, siding") promises an object the headline does not give.
  if (last.tags.has('Gerund') && next !== undefined) return false;
  if (!CLOSES_PHRASE.some((tag) => last.tags.has(tag))) return false;
  if (pairs && awaitsPair(text.slice(0, last.end))) return false;
  return next === undefined || /[,;:]/.test(last.post) || OPENS_PHRASE.some((tag) => next.tags.has(tag)) || next.tags.has('Gerund');
}

/** True when the text ends inside "between X" or "both X" whose "and Y" has not come yet: "between Port Elwyn". */
function awaitsPair(prefix: string): boolean {
  const opener = /\b(between|both)\s+(?![^,;:]*\band\b)[^,;:]*$/iu;
  return opener.test(prefix);
}

/** How many of the ascending numbers are at most `limit`. */
function countUpTo(ascending: readonly number[], limit: number): number {
  let count = 0;
  while (count < ascending.length && ascending[count]! <= limit) count++;
  return count;
}

// A cut after a noun or number keeps a whole object ("land owned by British company", not "land owned").
const endsObject = (term: TaggedTerm): boolean => (term.tags.has('Noun') || term.tags.has('Value')) && !term.tags.has('Gerund');

// A cut ending on a noun may be this many words shorter than the longest clean cut and still win.
const OBJECT_SLACK = 3;

/** Longest prefix of at most 12 words that ends where a phrase ends, preferring one that ends on a noun. */
function cutAtPhrase(text: string): string {
  const terms = tagWords(text);
  // A prefix of more words than a headline may have ends the search: one more word is enough to know.
  const ends = letterEnds(text, MAX_HEADLINE_WORDS + 1);
  const pairs = /between|both/iu.test(text);
  const cuts: { prefix: string; words: number; object: boolean }[] = [];
  for (const [i, term] of terms.entries()) {
    // A closing quotation mark after the word belongs to the prefix.
    const end = term.end + closingRun(text, term.end);
    const words = countUpTo(ends, end);
    // Prefixes only grow: past the limit, no later cut can fit.
    if (words > MAX_HEADLINE_WORDS) break;
    if (words < 3 || insideQuote(text, end) || !endsPhrase(text, term, terms[i + 1], pairs)) continue;
    cuts.push({ prefix: text.slice(0, end), words, object: endsObject(term) });
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

/**
 * A headline from a sentence in the article's own words: the sentence itself when short enough,
 * otherwise its main clause trimmed at a phrase boundary to at most 12 words.
 */
export function makeHeadline(sentence: string): string {
  const whole = tidy(sentence.replace(/\s+/g, ' ').trim());
  if (countWords(whole) <= MAX_HEADLINE_WORDS) return whole;
  const compact = tidy(withoutAsides(whole));
  if (countWords(compact) <= MAX_HEADLINE_WORDS) return compact;
  // Cut the sentence as written, and cut it without articles; the terser one wins only if it keeps more words.
  const cut = tidy(cutAtPhrase(compact));
  const terse = withoutArticles(compact);
  const terseCut = countWords(terse) <= MAX_HEADLINE_WORDS ? terse : tidy(cutAtPhrase(terse));
  return countWords(terseCut) > countWords(withoutArticles(cut)) ? terseCut : cut;
}
