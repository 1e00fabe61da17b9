import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, MAX_TEXT_CHARS, MAX_WORD_CHARS } from '../../../lambda/core/stories/text/sentences.ts';
import { engine } from '../../helpers/story-engine.ts';

const { splitSentences } = engine;

describe('Function: splitSentences', () => {
  it('keeps news abbreviations, times, decimals and initials inside one sentence', () => {
    // Prepare
    const text =
      'Mr. Smith flew to the U.S. on Jan. 5 at 3 p.m. and paid $3.50 for it. ' +
      'He met J. R. Hartley in St. Louis. Dr. Jones stayed home.';

    // Act
    const sentences = splitSentences(text);

    // Assess
    expect(sentences).toEqual([
      'Mr. Smith flew to the U.S. on Jan. 5 at 3 p.m. and paid $3.50 for it.',
      'He met J. R. Hartley in St. Louis.',
      'Dr. Jones stayed home.',
    ]);
  });

  it('ends a sentence at a paragraph break even without punctuation', () => {
    const sentences = splitSentences('Harbour News Desk\n\nThe ferry sailed late. “We waited,” she said.');

    expect(sentences).toEqual(['Harbour News Desk', 'The ferry sailed late.', '“We waited,” she said.']);
  });

  it('collapses tabs, runs of spaces and CRLF line breaks, and breaks at a blank line between CRLFs', () => {
    const sentences = splitSentences('  Harbour\tNews   Desk\r\n \r\nThe ferry\u00a0sailed\r\nlate.  It  rained. \n');

    expect(sentences).toEqual(['Harbour News Desk', 'The ferry sailed late.', 'It rained.']);
  });

  it('returns no sentences for blank text', () => {
    expect(splitSentences(' \n\n \n')).toEqual([]);
  });
});

describe('Function: splitSentences (bounds)', () => {
  it('leaves out a word longer than MAX_WORD_CHARS and keeps the prose around it', () => {
    const text = `The ferry sailed late. ${'a'.repeat(MAX_TEXT_CHARS / 2)} It rained.`;

    expect(splitSentences(text)).toEqual(['The ferry sailed late.', 'It rained.']);
  });

  it('returns no sentence for a text that is one word of 900 KB, or just over MAX_WORD_CHARS', () => {
    expect(splitSentences('x'.repeat(900 * 1024))).toEqual([]);
    expect(splitSentences('x'.repeat(MAX_WORD_CHARS + 1))).toEqual([]);
  });

  it('keeps a word of MAX_WORD_CHARS characters', () => {
    const word = 'x'.repeat(MAX_WORD_CHARS);

    expect(splitSentences(`A ${word} ended.`)).toEqual([`A ${word} ended.`]);
  });

  it('cuts a sentence over MAX_SENTENCE_CHARS at a space and marks the cut', () => {
    const [first, ...rest] = splitSentences('word '.repeat(2000));

    expect(rest).toEqual([]);
    expect(first!.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(first!.endsWith('word…')).toBe(true);
  });

  it('reads only the first MAX_TEXT_CHARS characters of a text', () => {
    const sentence = 'The ferry sailed late again today. ';
    const sentences = splitSentences(sentence.repeat(Math.ceil((2 * MAX_TEXT_CHARS) / sentence.length)));

    expect(sentences.length).toBeLessThanOrEqual(Math.ceil(MAX_TEXT_CHARS / sentence.length));
    expect(sentences.length).toBeGreaterThan(Math.floor(MAX_TEXT_CHARS / sentence.length) - 2);
  });
});
