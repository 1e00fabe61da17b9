import { describe, expect, it } from 'vitest';
import { spreadIndices, spreadSample } from '../../../lambda/core/stories/spread-sample.ts';

describe('Function: spreadIndices', () => {
  it('takes every index when there are no more than the bound', () => {
    expect(spreadIndices(3, 10)).toEqual([0, 1, 2]);
    expect(spreadIndices(0, 10)).toEqual([]);
  });

  it('spreads the bound evenly over a longer list, in order, the first included', () => {
    expect(spreadIndices(20, 5)).toEqual([0, 4, 8, 12, 16]);
    expect(spreadIndices(10_000, 10)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000]);
    expect(new Set(spreadIndices(11, 10)).size).toBe(10);
  });
});

describe('Function: spreadSample', () => {
  it('samples the items at the spread indices', () => {
    expect(spreadSample(['a', 'b', 'c', 'd'], 2)).toEqual(['a', 'c']);
  });
});
