import type { FeedEntry } from '../../lambda/core/render/feeds.ts';
import type { Briefing, Story } from '../../lambda/core/types.ts';

/** A story with fixed text; override any field. */
export function makeStory(overrides: Partial<Story> = {}): Story {
  return {
    articleIds: ['seeds/harbour.txt'],
    headline: 'Port Elham approves plan to rebuild the old harbour wall',
    summary: ['The city council approved a plan to rebuild the harbour wall.', 'Work starts in spring.'],
    entities: [
      { name: 'Alice Brennan', kind: 'person', salience: 2 },
      { name: 'Port Elham', kind: 'place', salience: 3 },
      { name: 'Harbour Trust', kind: 'organization', salience: 1 },
    ],
    importance: 1,
    ...overrides,
  };
}

/** A one-story briefing for `date`; override any field. */
export function makeBriefing(date: string, overrides: Partial<Briefing> = {}): Briefing {
  const story = makeStory();
  return {
    date,
    title: `Daily Briefing — ${date}`,
    overview: `Top story: ${story.headline}. 1 story from 1 article.`,
    stories: [story],
    moreStories: 0,
    articleCount: 1,
    topEntities: story.entities,
    ...overrides,
  };
}

/** A feed entry published at 06:00 UTC on its date and never updated. */
export function makeEntry(briefing: Briefing, updatedAt?: string): FeedEntry {
  const publishedAt = new Date(`${briefing.date}T06:00:00Z`);
  return { briefing, publishedAt, updatedAt: updatedAt ? new Date(updatedAt) : publishedAt };
}

/** The nasty text every format must show as text. */
export const NASTY_TEXT = 'Tom & Jerry <script>alert("x")</script> “quoted” ’s 北京 ]]> and ]]> again &amp; done';
