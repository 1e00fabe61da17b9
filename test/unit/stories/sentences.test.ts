import { describe, expect, it } from 'vitest';
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
