import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../lambda/core/compose-briefing.ts';
import type { Article } from '../../../lambda/core/types.ts';
import { STORY_TEXT } from '../../helpers/articles.ts';
import { engine } from '../../helpers/story-engine.ts';

const articles: Article[] = [
  { id: 'a.txt', date: '2023-11-06', body: STORY_TEXT.harbour },
  { id: 'b.txt', date: '2023-11-06', body: STORY_TEXT.rail },
  { id: 'c.txt', date: '2023-11-06', body: STORY_TEXT.market },
];

describe('Function: composeBriefing', () => {
  it('titles the briefing with the feed title and the long date', () => {
    expect(composeBriefing(engine, '2023-11-06', articles, { title: 'Morning Notes' }).title).toBe('Morning Notes — 6 November 2023');
  });

  it('opens with an overview naming the top story and counting stories and articles', () => {
    const briefing = composeBriefing(engine, '2023-11-06', articles);
    const [top] = briefing.stories;
    expect(briefing.overview.startsWith(`Top story: ${top!.headline}`)).toBe(true);
    expect(briefing.overview).toMatch(/3 stories from 3 articles\.$/);
    expect(briefing.articleCount).toBe(3);
  });

  it('lists at most maxStories stories and counts the rest', () => {
    const briefing = composeBriefing(engine, '2023-11-06', articles, { maxStories: 1 });
    expect(briefing.stories).toHaveLength(1);
    expect(briefing.moreStories).toBe(2);
    expect(briefing.overview).toMatch(/3 stories from 3 articles\.$/);
  });

  it('collects the day’s top entities, one entry per name', () => {
    const names = composeBriefing(engine, '2023-11-06', articles).topEntities.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThan(0);
  });

  it('gives the same briefing whatever the order of its articles', () => {
    const forward = composeBriefing(engine, '2023-11-06', articles);
    const backward = composeBriefing(engine, '2023-11-06', [...articles].reverse());
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });
});
