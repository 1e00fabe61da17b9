import { describe, expect, it } from 'vitest';
import { NearestNeighbours } from '../../../lambda/core/stories/grouping/nearest-neighbours.ts';

describe('Class: NearestNeighbours', () => {
  it('keeps each article its most similar articles, most similar first, and drops the rest', () => {
    const neighbours = new NearestNeighbours(5, 2);
    neighbours.note(0, 1, 0.2);
    neighbours.note(0, 2, 0.6);
    neighbours.note(0, 3, 0.4);

    expect(neighbours.background(0, 1, () => false)).toBe(0.6);
    expect(neighbours.background(0, 2, () => false)).toBe(0.4);
    // 0.2 fell off a list of two.
    expect(neighbours.background(0, 3, () => false)).toBe(0);
  });

  it('records a similarity for both articles', () => {
    const neighbours = new NearestNeighbours(3, 2);
    neighbours.note(0, 2, 0.5);

    expect(neighbours.background(2, 1, () => false)).toBe(0.5);
    expect(neighbours.background(1, 1, () => false)).toBe(0);
  });

  it('leaves out the articles the caller rules out (those on the two stories being joined)', () => {
    const neighbours = new NearestNeighbours(4, 3);
    neighbours.note(0, 1, 0.9);
    neighbours.note(0, 2, 0.5);
    neighbours.note(0, 3, 0.3);

    expect(neighbours.background(0, 1, (j) => j === 1)).toBe(0.5);
    expect(neighbours.background(0, 2, (j) => j === 1)).toBe(0.3);
    expect(neighbours.background(0, 1, (j) => j !== 3)).toBe(0.3);
  });

  it('keeps the first-noted of equal similarities, so the order of notes decides ties the same way every run', () => {
    const neighbours = new NearestNeighbours(4, 1);
    neighbours.note(0, 1, 0.5);
    neighbours.note(0, 2, 0.5);

    expect(neighbours.background(0, 1, (j) => j === 2)).toBe(0.5);
    expect(neighbours.background(0, 1, (j) => j === 1)).toBe(0);
  });
});
