import { describe, expect, it } from 'vitest';
import { selectDiverse, storyImportance } from '../../../lambda/core/stories/rank.ts';

const stories = (sections: string): { section: string }[] => sections.split(' ').map((section) => ({ section }));
const sectionsOf = (list: { section: string }[], order: number[]): string[] => order.map((i) => list[i]!.section);

describe('Function: storyImportance', () => {
  it('ranks coverage first: one more source beats any centrality', () => {
    expect(storyImportance({ coverage: 2, centrality: 0 })).toBeGreaterThan(storyImportance({ coverage: 1, centrality: 1000 }));
  });

  it('orders stories of equal coverage by how central their names are to the day', () => {
    expect(storyImportance({ coverage: 1, centrality: 3 })).toBeGreaterThan(storyImportance({ coverage: 1, centrality: 0.5 }));
  });
});

describe('Function: selectDiverse', () => {
  it('lets no section fill more than 40% of the list when the day has three or more sections', () => {
    // Ten sport stories lead the day; business and culture follow.
    const day = stories(
      'Sport Sport Sport Sport Sport Sport Sport Sport Sport Sport Business Business Business Culture Culture Culture World World World World',
    );

    const listed = sectionsOf(day, selectDiverse(day, 10));

    expect(listed).toHaveLength(10);
    expect(listed.filter((s) => s === 'Sport')).toHaveLength(4);
    expect(listed.slice(0, 3)).toEqual(['Sport', 'Sport', 'Sport']);
    expect(new Set(listed.slice(0, 5)).size).toBe(3);
  });

  it('opens with three sections when the list has them, moving the best of another section up to fifth', () => {
    const day = stories('Sport Business Sport Business Sport Business Culture Sport Business Culture');

    const listed = sectionsOf(day, selectDiverse(day, 10));

    expect(new Set(listed.slice(0, 5)).size).toBe(3);
    expect(listed.slice(0, 5)).toEqual(['Sport', 'Business', 'Sport', 'Business', 'Culture']);
  });

  it('applies no share when the day has fewer than three sections, and waives it when nothing else is left', () => {
    const twoSections = stories('Sport Sport Sport Sport Business');
    const mostlySport = stories('Sport Sport Sport Sport Sport Business Culture');

    expect(selectDiverse(twoSections, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(sectionsOf(mostlySport, selectDiverse(mostlySport, 7)).filter((s) => s === 'Sport')).toHaveLength(5);
  });
});
