import { contentTermsOf } from '../text/terms.ts';

// Open addressing over the words' characters: a word seen before is found without cutting it out of its
// sentence and hashing the copy, which was most of the summariser's own time (a sentence's words are
// mostly words every article uses). The table is a cache of a pure function, so clearing it when it
// fills only costs time.
// One table per story engine (per thread), kept across the stories it summarises: that reuse is the saving.
const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
const MAX_WORDS = SLOTS / 2;

/** Each word's content term, cached by the word's characters. */
export class TermTable {
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly terms: string[] = new Array<string>(SLOTS).fill('');
  private stored = 0;

  /**
   * The content term of the word `text[start, end)` (`contentTermsOf([word])`), '' for a stopword.
   * `hash` is any function of the word's characters, the same on every call (it picks the slot; probing
   * compares the characters).
   */
  termOfWord(text: string, start: number, end: number, hash: number): string {
    const { keys, terms } = this;
    let slot = hash & MASK;
    for (let key = keys[slot]; key !== undefined; key = keys[slot]) {
      if (key.length === end - start && text.startsWith(key, start)) return terms[slot]!;
      slot = (slot + 1) & MASK;
    }
    const word = text.slice(start, end);
    const term = contentTermsOf([word])[0] ?? '';
    if (this.stored >= MAX_WORDS) {
      keys.fill(undefined);
      this.stored = 0;
      slot = hash & MASK;
    }
    keys[slot] = word;
    terms[slot] = term;
    this.stored++;
    return term;
  }
}
