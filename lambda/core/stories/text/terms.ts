// NLTK's English stopword list (Bird et al., NLTK): the standard function-word list. Content words
// that a custom list drops ("said", "year") carry topic overlap in news, which the summariser measured.
const STOPWORDS = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers ' +
    'herself it its itself they them their theirs themselves what which who whom this that these those am is ' +
    'are was were be been being have has had having do does did doing a an the and but if or because as until ' +
    'while of at by for with about against between into through during before after above below to from up ' +
    'down in out on off over under again further then once here there when where why how all any both each ' +
    'few more most other some such no nor not only own same so than too very s t can will just don should now ' +
    'd ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn ' +
    'weren won wouldn'
  ).split(' '),
);

/** Lower-cased alphanumeric word tokens, as ROUGE counts them. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/**
 * Content terms of a text: lower-cased words without stopwords, with a plural "s" dropped from words
 * longer than three letters ("talks" and "talk" match). Light stemming beat Porter on the dev set.
 */
export function contentTerms(text: string): string[] {
  return contentTermsOf(wordTokens(text));
}

/** {@link contentTerms} of already tokenised words, so a caller that also counts words tokenises once. */
export function contentTermsOf(tokens: readonly string[]): string[] {
  const terms: string[] = [];
  for (const word of tokens) {
    if (STOPWORDS.has(word)) continue;
    terms.push(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return terms;
}

/** Number of words in a text, counted as ROUGE counts them. */
export function wordCount(text: string): number {
  // Runs of ASCII letters and digits, counted without building the token list (a day can hold 10,000 articles).
  let [count, inWord] = [0, false];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (alnum && !inWord) count++;
    inWord = alnum;
  }
  return count;
}

/**
 * Content terms written capitalised inside a sentence ("talks in Geneva with Lavrov"): names of people,
 * places and organisations, the surest sign two articles report the same story. A capital after a
 * sentence end or at the start of a line says nothing, so those words are left out.
 */
export function properTerms(text: string): Set<string> {
  const words: string[] = [];
  // Only capitalised words after whitespace are visited; a variable-length lookbehind regex, and then a
  // pass over every word, each cost more than the rest of grouping.
  for (const match of text.matchAll(CAPITAL_AFTER_SPACE)) {
    // Index 0 is whitespace the text opens with: no word before it.
    if (match.index === 0 || match[1]!.endsWith('\n')) continue;
    // The previous word's last character, closing quotes and brackets skipped.
    let k = match.index - 1;
    while (k > 0 && CLOSING.includes(text.charAt(k)) && !/\s/u.test(text.charAt(k - 1))) k--;
    if (!OPENING_OR_END.includes(text.charAt(k))) words.push(match[2]!);
  }
  // The words' terms in one call: a tokeniser call per word cost more than the scan.
  return new Set(contentTerms(words.join(' ')));
}

// Scanning left to right, a whitespace run matches from its first character, so the character before a match
// at index > 0 is never whitespace; a lookbehind for it cost a third of the scan.
const CAPITAL_AFTER_SPACE = /(\s+)(\p{Lu}[\p{L}\p{N}'’-]*)/gu;
// A word after one of these starts a sentence or a quotation, so its capital says nothing.
const OPENING_OR_END = '.!?:"“\'‘([—–-';
const CLOSING = '"”’)';

/** {@link contentTerms} of a text, and for each whether it stood right after the previous one (no stopword between). */
export interface AdjacentTerms {
  readonly terms: string[];
  readonly followsPrevious: boolean[];
}

/**
 * {@link contentTerms} with adjacency, so a caller can form two-word phrases ("cambridge analytica") from
 * terms no stopword separated. `terms` is exactly `contentTerms(text)`.
 */
export function adjacentContentTerms(text: string): AdjacentTerms {
  const terms: string[] = [];
  const followsPrevious: boolean[] = [];
  let adjacent = false;
  for (const word of wordTokens(text)) {
    if (STOPWORDS.has(word)) {
      adjacent = false;
      continue;
    }
    terms.push(lightStem(word));
    followsPrevious.push(adjacent);
    adjacent = true;
  }
  return { terms, followsPrevious };
}

/** {@link contentTerms}' stemming: a plural "s" dropped from words longer than three letters. */
function lightStem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
