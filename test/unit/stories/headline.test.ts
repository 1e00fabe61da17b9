import { describe, expect, it } from 'vitest';
import { MAX_HEADLINE_WORDS } from '../../../lambda/core/stories/headline/headline.ts';
import { engine } from '../../helpers/story-engine.ts';

const { makeHeadline } = engine;

const words = (text: string): string[] => text.split(/\s+/);

describe('Function: makeHeadline', () => {
  it('uses a short sentence whole, without its full stop', () => {
    expect(makeHeadline('The harbour bridge reopened on Tuesday.')).toBe('The harbour bridge reopened on Tuesday');
  });

  it('trims a long sentence to at most 12 whole words of its own text', () => {
    // Prepare
    const sentence =
      'Norland’s chief negotiator, Anna Berg, is set to begin a three-day visit to Ostia for fishing talks, ' +
      'stressing the close ties between the two coastal states.';

    // Act
    const headline = makeHeadline(sentence);

    // Assess
    expect(words(headline).length).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
    expect(headline).toMatch(/^Norland’s chief negotiator/);
    for (const word of words(headline)) expect(sentence).toContain(word);
    expect(headline).toContain('three-day');
  });

  it('never ends on a preposition, article or conjunction', () => {
    const headline = makeHeadline(
      'The city council of Marlow voted late on Monday to close the old library on the river for repairs and a new roof.',
    );

    expect(words(headline).length).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
    expect(headline).not.toMatch(/\b(the|a|an|of|on|to|for|and|or)$/i);
  });

  it('drops a hedging auxiliary to keep the destination of the trip', () => {
    const headline = makeHeadline(
      'Norland’s top diplomat, Anna Berg, is set to embark on a four-day trip to Ostia for fishing talks, stressing close ties.',
    );

    expect(headline).toBe('Norland’s top diplomat to embark on a four-day trip to Ostia');
  });

  it('keeps the object of the news by dropping articles rather than cutting it off', () => {
    const headline = makeHeadline(
      'The city council of Port Elham approved a plan on Monday to rebuild the old harbour wall, which storms damaged last winter.',
    );

    expect(words(headline).length).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
    expect(headline).toContain('old harbour wall');
    expect(headline).toMatch(/Port Elham approved/);
  });

  it('never ends inside a quotation', () => {
    const sentences = [
      'The researchers said a <script> tag in a comment was "trivial to exploit" and that patches were released on Tuesday for all users.',
      'The researchers said that a script tag hidden in a comment was “trivial to exploit by anyone with a browser and some patience”.',
    ];

    for (const sentence of sentences) {
      const headline = makeHeadline(sentence);
      expect(words(headline).length).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
      expect((headline.match(/"/g) ?? []).length % 2).toBe(0);
      expect((headline.match(/“/g) ?? []).length).toBe((headline.match(/”/g) ?? []).length);
    }
  });

  it('keeps a capitalised "The" that belongs to a name', () => {
    const headline = makeHeadline(
      'We Are The World, the American charity anthem inspired by the success of Band Aid, is to be re-recorded for a new generation of listeners.',
    );

    expect(headline).toMatch(/^We Are The World/);
  });

  it('never ends between "between X" and its "and Y"', () => {
    const headline = makeHeadline('Westline said "the night train is back" on Friday, restoring the service between Port Elwyn and Calder from May.');

    expect(headline).not.toMatch(/between Port Elwyn$/);
    expect(headline.startsWith('Westline said "the night train is back"')).toBe(true);
  });

  it('counts only words holding a letter or digit: dashes do not count, accented words do', () => {
    // Twelve words and two dashes: whole, since a dash is no word.
    const sentence = 'Łódź — the city’s mayor — said Éowyn Ñúñez will open two new bridges.';

    expect(makeHeadline(sentence)).toBe('Łódź — the city’s mayor — said Éowyn Ñúñez will open two new bridges');
  });
});
