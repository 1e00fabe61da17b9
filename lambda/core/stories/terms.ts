// Function words carry no topic: they are ignored when comparing sentences and articles.
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each even few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own said same say says she ' +
    'should so some such than that the their theirs them themselves then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself one two new also like may might must us mr mrs ms year years time told get got make made ' +
    'much many well still back way going go take since per cent percent'
  ).split(' '),
);

/** Lower-cased alphanumeric word tokens, as ROUGE counts them. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Content terms of a text: lower-cased words, possessive "'s" dropped, stopwords and 1-letter words removed. */
export function contentTerms(text: string): string[] {
  const words = text.toLowerCase().replace(/['’]s\b/g, '').match(/[a-z0-9]+/g) ?? [];
  return words.filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

/** Counts each term. */
export function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Number of words in a text, counted as ROUGE counts them. */
export function wordCount(text: string): number {
  return wordTokens(text).length;
}
