import { contentTermsOf } from '../text/terms.ts';

// Open addressing over the words' characters: a word seen before is found without cutting it out of its
// sentence and hashing the copy, which was most of the summariser's own time (a sentence's words are
// mostly words every article uses). The table is a cache of a pure function, so clearing it when it
// fills only costs time.
const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
const MAX_WORDS = SLOTS / 2;
const keys: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const terms: string[] = new Array<string>(SLOTS).fill('');
let stored = 0;

/**
 * The content term of the word `text[start, end)` (`contentTermsOf([word])`), '' for a stopword.
 * `hash` is any function of the word's characters, the same on every call (it picks the slot; probing
 * compares the characters).
 */
export function termOfWord(text: string, start: number, end: number, hash: number): string {
  let slot = hash & MASK;
  for (let key = keys[slot]; key !== undefined; key = keys[slot]) {
    if (key.length === end - start && text.startsWith(key, start)) return terms[slot]!;
    slot = (slot + 1) & MASK;
  }
  const word = text.slice(start, end);
  const term = contentTermsOf([word])[0] ?? '';
  if (stored >= MAX_WORDS) {
    keys.fill(undefined);
    stored = 0;
    slot = hash & MASK;
  }
  keys[slot] = word;
  terms[slot] = term;
  stored++;
  return term;
}
