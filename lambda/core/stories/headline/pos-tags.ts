import type { LanguageModels } from '../text/language-models.ts';

/** A word of a clause with its part-of-speech tags and where it ends in the text. */
export interface TaggedWord {
  /** Offset just past the word (and a possessive "’s" it carries). */
  readonly end: number;
  /** Punctuation after the word, up to the next word (", " or "; "). */
  readonly post: string;
  /** Coarse tags: Noun, Value, Adjective, Pronoun, Verb, Gerund, Adverb, Preposition, Conjunction, Determiner, Possessive. */
  readonly tags: ReadonlySet<string>;
}

/** Tags the words of a clause. */
export type WordTagger = (text: string) => TaggedWord[];

// Universal POS tags (wink-nlp) to the coarse tags the headline rules speak of.
const TAGS: Readonly<Record<string, readonly string[]>> = {
  NOUN: ['Noun'],
  PROPN: ['Noun', 'ProperNoun'],
  NUM: ['Value'],
  ADJ: ['Adjective'],
  PRON: ['Pronoun'],
  VERB: ['Verb'],
  AUX: ['Verb', 'Auxiliary'],
  ADV: ['Adverb'],
  ADP: ['Preposition'],
  CCONJ: ['Conjunction'],
  SCONJ: ['Conjunction'],
  DET: ['Determiner'],
};
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

function tagsOf(word: string, pos: string): Set<string> {
  const tags = new Set(TAGS[pos] ?? []);
  if (pos === 'VERB' && /ing$/i.test(word)) tags.add('Gerund');
  if (POSSESSIVE_PRONOUNS.has(word.toLowerCase())) tags.add('Possessive');
  // The infinitive "to" opens a phrase as a preposition does: a cut never ends on it.
  if (pos === 'PART' && word.toLowerCase() === 'to') tags.add('Preposition');
  return tags;
}

/**
 * A tagger of clauses with wink-nlp's lite model (~0.05 ms for a 30-word sentence; compromise's tagger, used
 * before, cost ~1.2 ms). The instance with the POS pipe is built on first use, apart from the sentence
 * splitter's, so splitting does not pay for tagging. It runs no sentence detection: wink tags the whole token
 * stream and its POS setter and updater read no sentence boundaries, so the tags are the same and detecting
 * sentences was ~30% of the tagger's time.
 */
export function createWordTagger({ winkNlp, winkModel }: LanguageModels): WordTagger {
  let tagger: ReturnType<typeof winkNlp> | undefined;
  return (text) => {
    tagger ??= winkNlp(winkModel, ['pos']);
    return tagWith(tagger, text);
  };
}

function tagWith(tagger: ReturnType<LanguageModels['winkNlp']>, text: string): TaggedWord[] {
  const tokens = tagger.readDoc(text).tokens();
  const values = tokens.out(tagger.its.value) as string[];
  const pos = tokens.out(tagger.its.pos) as string[];
  const words: { end: number; post: string; tags: Set<string> }[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + value.length;
    const previous = words.at(-1);
    if (previous && pos[i] === 'PART' && /^['’]s$/u.test(value) && previous.end === start) {
      previous.tags.add('Possessive');
      previous.end = cursor;
    } else if (pos[i] === 'PUNCT' || pos[i] === 'SYM') {
      if (previous) previous.post += text.slice(previous.end + previous.post.length, cursor);
    } else {
      words.push({ end: cursor, post: '', tags: tagsOf(value, pos[i] ?? '') });
    }
  });
  return words;
}
