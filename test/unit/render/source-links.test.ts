import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../lambda/core/compose-briefing.ts';
import { renderStoriesHtml } from '../../../lambda/core/render/briefing-html.ts';
import { renderFeeds } from '../../../lambda/core/render/feeds.ts';
import { MAX_SOURCE_LINKS, renderSourceLinks } from '../../../lambda/core/render/source-links.ts';
import type { Article, StoryLink } from '../../../lambda/core/types.ts';
import { STORY_TEXT } from '../../helpers/articles.ts';
import { makeBriefing, makeEntry, makeStory } from '../../helpers/briefings.ts';
import { engine } from '../../helpers/story-engine.ts';

const GAZETTE: StoryLink = {
  title: 'Harbour wall to be rebuilt',
  url: 'https://www.gazette.example/harbour?id=1&x=2',
  sources: ['Port Elham Gazette'],
};

describe('Function: renderSourceLinks', () => {
  it('links a one-article story to its page by title, with its publisher and rel="noopener"', () => {
    expect(renderSourceLinks([GAZETTE], 1)).toBe(
      '<p class="sources">Source: <a href="https://www.gazette.example/harbour?id=1&amp;x=2" rel="noopener"><bdi>Harbour wall to be rebuilt</bdi></a> (<bdi>Port Elham Gazette</bdi>).</p>',
    );
  });

  it('reads no further than the links it shows', () => {
    // Prepare: five links to show, then one that must not be read.
    const unread: StoryLink = {
      get title(): string {
        throw new Error('read a link past the ones shown');
      },
    };
    const links = [...Array<StoryLink>(MAX_SOURCE_LINKS).fill(GAZETTE), unread];

    // Act and assess
    expect(renderSourceLinks(links, 10_000)).toContain('and 9995 more.');
  });

  it('names an untitled article by its host, and shows a title without a URL as text', () => {
    const html = renderSourceLinks([{ url: 'https://www.wire.example/a/b' }, { title: 'Council notes', sources: ['Wire', 'Radio'] }], 2);
    expect(html).toBe(
      '<p class="sources">From 2 articles: <a href="https://www.wire.example/a/b" rel="noopener"><bdi>wire.example</bdi></a>; <bdi>Council notes</bdi> (<bdi>Wire</bdi>, <bdi>Radio</bdi>).</p>',
    );
  });

  it('names at most five articles, then counts the rest, untitled files included', () => {
    const links = Array.from({ length: 7 }, (_, i): StoryLink => ({ title: `T${i}`, url: `https://x.example/${i}` }));
    const html = renderSourceLinks([...links, {}], 8);
    expect(html.match(/<a /g)).toHaveLength(5);
    expect(html).toMatch(/T4<\/bdi><\/a>; and 3 more\.<\/p>$/);
  });

  it('rejects markup and script URLs: titles are escaped, and only http(s) URLs become links', () => {
    const html = renderSourceLinks([{ title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', sources: ['<b>"Wire"</b>'] }], 1);
    expect(html).toBe(
      '<p class="sources">Source: <bdi>&lt;img src=x onerror=alert(1)&gt;</bdi> (<bdi>&lt;b&gt;&quot;Wire&quot;&lt;/b&gt;</bdi>).</p>',
    );
  });
});

describe('Function: composeBriefing (links)', () => {
  const titled: Article = {
    id: 'https://gazette.example/harbour',
    date: '2023-11-06',
    body: STORY_TEXT.harbour,
    title: 'Harbour wall',
    url: 'https://gazette.example/harbour',
    sources: ['Gazette'],
  };
  const untitled: Article = { id: 'b.txt', date: '2023-11-06', body: STORY_TEXT.rail };

  it('gives a story with a titled article its links, and leaves a story of untitled files without', () => {
    const { stories } = composeBriefing(engine, '2023-11-06', [titled, untitled]);
    const harbour = stories.find((s) => s.articleIds.includes(titled.id))!;
    const rail = stories.find((s) => s.articleIds.includes('b.txt'))!;
    expect(harbour.links).toEqual([{ title: 'Harbour wall', url: 'https://gazette.example/harbour', sources: ['Gazette'] }]);
    expect(rail).not.toHaveProperty('links');
    expect(renderStoriesHtml({ ...makeBriefing('2023-11-06'), stories: [rail] })).not.toContain('class="sources"');
  });
});

describe('Function: renderFeeds (links)', () => {
  it('carries the source links in the content of RSS, Atom and JSON Feed', async () => {
    const briefing = makeBriefing('2023-11-06', { stories: [makeStory({ links: [GAZETTE] })] });
    const { rss, atom, json } = renderFeeds(
      [makeEntry(briefing)],
      { baseUrl: 'https://news.example.org/', title: 'Daily Briefing', language: 'en' },
      new Date('2023-11-06T06:00:00Z'),
    );
    const link = '<a href="https://www.gazette.example/harbour?id=1&amp;x=2" rel="noopener"><bdi>Harbour wall to be rebuilt</bdi></a>';
    const fromRss = await new Parser().parseString(rss);
    const fromAtom = await new Parser().parseString(atom);
    expect(fromRss.items[0]!['content:encoded']).toContain(link);
    expect(fromAtom.items[0]!.content).toContain(link);
    expect(JSON.parse(json).items[0].content_html).toContain(link);
  });
});
