import { describe, expect, it } from 'vitest';
import { contentTermsOf } from '../../../lambda/core/stories/text/terms.ts';
import { TermTable } from '../../../lambda/core/stories/summary/term-table.ts';

const expected = (word: string): string => contentTermsOf([word])[0] ?? '';

/** A fresh table's lookup, callable on its own. */
const bound = () => {
  const table = new TermTable();
  return { termOfWord: table.termOfWord.bind(table) };
};

describe('Class: TermTable', () => {
  it('gives each word inside a text its content term, and a stopword none', () => {
    const { termOfWord } = bound();
    const text = 'the talks in geneva';
    const spans: [number, number][] = [
      [0, 3],
      [4, 9],
      [10, 12],
      [13, 19],
    ];

    const terms = spans.map(([start, end]) => termOfWord(text, start, end, end - start));

    expect(terms).toEqual(['', 'talk', '', 'geneva']);
  });

  it('tells words apart when every word has the same hash', () => {
    const { termOfWord } = bound();
    const words = Array.from({ length: 300 }, (_, i) => `talks${i.toString(36)}`);
    const text = words.join(' ');

    let at = 0;
    const terms = words.map((word) => {
      const term = termOfWord(text, at, at + word.length, 7);
      at += word.length + 1;
      return term;
    });

    expect(terms).toEqual(words.map(expected));
  });

  it('stays right after the table fills and is cleared', () => {
    const { termOfWord } = bound();
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i}s`);

    const wrong = words.filter((word, i) => termOfWord(word, 0, word.length, i * 2654435761) !== expected(word));

    expect(wrong).toEqual([]);
    expect(termOfWord('ours', 0, 4, 1)).toBe('');
  });
});
