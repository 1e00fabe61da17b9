import { describe, expect, it } from 'vitest';
import { isSpaceCode, scanWords } from '../../../lambda/core/stories/entities/word-scan.ts';

describe('Function: isSpaceCode', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    }

    expect(disagree).toEqual([]);
  });
});

describe('Function: scanWords', () => {
  it('finds the words /\\S+/g finds, with their cores and sentence openings', () => {
    const text = '  “Our (new) plan,” Mr. Smith’s aide said.\n\nThe\u00a0U.S. agreed\u2003today. ';

    const words = scanWords(text);

    expect(words.map((w) => [w.raw, w.at])).toEqual([...text.matchAll(/\S+/g)].map((m) => [m[0], m.index]));
    expect(words.map((w) => w.core)).toEqual(['Our', 'new', 'plan', 'Mr.', 'Smith’s', 'aide', 'said', 'The', 'U.S', 'agreed', 'today']);
    // "Mr." ends no sentence; "U.S." reads as one that does.
    expect(words.filter((w) => w.initial).map((w) => w.core)).toEqual(['Our', 'The', 'agreed']);
    expect(words.filter((w) => w.capital).map((w) => w.core)).toEqual(['Our', 'Mr.', 'Smith’s', 'The', 'U.S']);
    expect(words[0]!.index).toBe(3);
  });
});
