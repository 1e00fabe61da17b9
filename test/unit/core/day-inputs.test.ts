import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, inputHashOf, type ComposeSettings } from '../../../lambda/core/day-inputs.ts';
import type { Article } from '../../../lambda/core/types.ts';

const SETTINGS: ComposeSettings = { title: 'Daily Briefing', maxStories: 20 };

const ARTICLES: readonly Article[] = [
  { id: 'b1', date: '2023-11-06', body: 'Talks in Genève resumed — “quietly”, officials said. 🚢' },
  { id: 'a2', date: '2023-11-06', body: 'Harbour wall plan approved.', title: 'Wall "approved"', sources: ['Harbour News'] },
  { id: 'c3', date: '2023-11-06', body: 'Line one\nline two\\with a backslash.', sources: ['A', 'B'] },
];

/** The fingerprint as it was first written: one JSON string of the whole day, hashed at once. */
function wholeDayHash(articles: readonly Article[], settings: ComposeSettings, length: readonly number[] = []): string {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1)).map(fingerprintOf);
  return createHash('sha256')
    .update(JSON.stringify([settings.title, settings.maxStories, ...length, sorted]))
    .digest('hex');
}

describe('Function: inputHashOf', () => {
  it('hashes the same bytes as the whole day written as one JSON string, so published fingerprints still hold', () => {
    expect(inputHashOf(ARTICLES, SETTINGS)).toBe(wholeDayHash(ARTICLES, SETTINGS));
    expect(inputHashOf([], SETTINGS)).toBe(wholeDayHash([], SETTINGS));
    expect(inputHashOf(ARTICLES.slice(0, 1), { ...SETTINGS, title: 'Matin "du jour"' })).toBe(
      wholeDayHash(ARTICLES.slice(0, 1), { ...SETTINGS, title: 'Matin "du jour"' }),
    );
  });

  it('counts the summary length only when it is not the default', () => {
    expect(inputHashOf(ARTICLES, { ...SETTINGS, summarySentences: 3 })).toBe(wholeDayHash(ARTICLES, SETTINGS));
    expect(inputHashOf(ARTICLES, { ...SETTINGS, summarySentences: 5 })).toBe(wholeDayHash(ARTICLES, SETTINGS, [5]));
  });

  it('does not depend on the order the articles come in', () => {
    expect(inputHashOf([...ARTICLES].reverse(), SETTINGS)).toBe(inputHashOf(ARTICLES, SETTINGS));
  });
});
