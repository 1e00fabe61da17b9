import { properTerms } from './text/terms.ts';

/** Characters of each article read for its names: the opening names the story's actors, and 10,000 articles must stay cheap. */
const OPENING_CHARS = 1500;

/**
 * How central each story's names are to the day: for each story, the mean over the names its articles write
 * capitalised (properTerms) of how many other stories name them too. A story about the day's main actors
 * scores high; one whose names no other story mentions scores 0.
 */
export function dayCentrality(stories: readonly (readonly { readonly body: string }[])[]): number[] {
  const termsOf = stories.map((articles) => {
    const terms = new Set<string>();
    for (const article of articles) for (const term of properTerms(article.body.slice(0, OPENING_CHARS))) terms.add(term);
    return terms;
  });
  const storiesNaming = new Map<string, number>();
  for (const terms of termsOf) for (const term of terms) storiesNaming.set(term, (storiesNaming.get(term) ?? 0) + 1);
  return termsOf.map((terms) => {
    if (terms.size === 0) return 0;
    let shared = 0;
    for (const term of terms) shared += storiesNaming.get(term)! - 1;
    return shared / terms.size;
  });
}
