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

  it('opens with an overview of two or three sentences: the top story, then the lead of each next section', () => {
    const briefing = composeBriefing(engine, '2023-11-06', articles);
    const [top] = briefing.stories;

    expect(briefing.overview.startsWith(`Today's top story: ${top!.headline}.`)).toBe(true);
    const sentences = briefing.overview.split(/(?<=\.) (?=[A-Z])/u);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    for (const story of briefing.stories.slice(1))
      if (story.section !== top!.section) expect(briefing.overview).toContain(`In ${story.section}, `);
    expect(briefing.articleCount).toBe(3);
  });

  it('writes the overview as sentences: a full stop at the end, at most 60 words, no list debris', () => {
    const long = Array.from(
      { length: 6 },
      (_, i): Article => ({
        id: `long-${i}.txt`,
        date: '2023-11-06',
        body: Object.values(STORY_TEXT)[i % 3]!.replace(/Port Elham|Northgate|Halden/gu, `Town${i}`),
      }),
    );

    for (const day of [articles, long, articles.slice(0, 1)]) {
      const { overview } = composeBriefing(engine, '2023-11-06', day);
      expect(overview).toMatch(/[.!?]$/u);
      expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
      expect(overview).not.toMatch(/;|:\s*$|\.\.|,\s*\.|\s[,.]|Also:/u);
    }
  });

  it('counts stories and articles when the day has a single story', () => {
    expect(composeBriefing(engine, '2023-11-06', articles.slice(0, 1)).overview).toMatch(
      /^Today's top story: .+\. The briefing has 1 story from 1 article\.$/u,
    );
  });

  it('lists at most maxStories stories and counts the rest', () => {
    const briefing = composeBriefing(engine, '2023-11-06', articles, { maxStories: 1 });
    expect(briefing.stories).toHaveLength(1);
    expect(briefing.moreStories).toBe(2);
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
