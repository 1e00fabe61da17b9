import type { LanguageModels } from '../text/language-models.ts';

/** A word's tags in compromise's lexicon ("City", "Country", "MaleName", "LastName", "Organization"…). */
export type LexiconTags = (word: string) => readonly string[];

type Lexicon = Record<string, string | string[] | undefined>;
const NO_TAGS: readonly string[] = [];
const POSSESSIVE = /['’]s$/u;

/**
 * compromise's lexicon (~25,000 words and names) looked up as a dictionary, without running its tagger,
 * which costs ~0.07 ms a word. The lexicon is read from compromise on the first lookup.
 */
export function createLexiconTags({ compromise }: LanguageModels): LexiconTags {
  let lexicon: Lexicon | undefined;
  return (word) => {
    lexicon ??= (compromise.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
    const key = word.toLowerCase();
    const tags = lexicon[POSSESSIVE.test(key) ? key.slice(0, -2) : key];
    return tags === undefined ? NO_TAGS : typeof tags === 'string' ? [tags] : tags;
  };
}
