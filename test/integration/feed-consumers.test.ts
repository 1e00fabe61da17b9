import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../lambda/core/types.ts';
import { jsonFeedProblems } from '../helpers/consumers-jsonfeed.ts';
import { htmlText, parseWithFeedparser, parseWithRssParser, type ConsumedFeed } from '../helpers/consumers-parse.ts';
import { SERVE_DATES, SERVE_TITLE } from '../helpers/serve-articles.ts';
import { briefingTexts, readBriefings, serveFixtureSite, type ServedSite } from '../helpers/serve-site.ts';

type Format = 'rss' | 'atom';
type Consumer = 'feedparser' | 'rss-parser';
const FORMATS: readonly Format[] = ['rss', 'atom'];
const FILE: Record<Format, string> = { rss: 'feed.xml', atom: 'atom.xml' };
const PARSE: Record<Consumer, (url: string) => Promise<ConsumedFeed>> = {
  feedparser: parseWithFeedparser,
  'rss-parser': parseWithRssParser,
};
const CASES = (['feedparser', 'rss-parser'] as const).flatMap((consumer) => FORMATS.map((format) => [consumer, format] as const));
const NEWEST_FIRST = [...SERVE_DATES].reverse();
const LATE_ARTICLE = {
  '2024-03-08-late.txt':
    'date 2024-03-08\nThe Calder tram & its new timetable were announced late on Friday. Trams will run every ten minutes from April.',
};

/** The publish instant of a date: 06:00 UTC, the default publish hour, in every format. */
const publishedAt = (date: string): string => `${date}T06:00:00.000Z`;

describe('Consumers: Universal Feed Parser and rss-parser', () => {
  let site: ServedSite;
  let briefings: Briefing[] = [];
  const read = new Map<string, ConsumedFeed>();
  const feed = (consumer: Consumer, format: Format): ConsumedFeed => read.get(`${consumer}/${format}`)!;

  beforeAll(async () => {
    site = await serveFixtureSite('consumers');
    briefings = (await readBriefings(site)).reverse();
    for (const [consumer, format] of CASES) read.set(`${consumer}/${format}`, await PARSE[consumer](`${site.url}${FILE[format]}`));
  });

  afterAll(async () => {
    await site?.close();
  });

  it.each(['rss', 'atom'] as const)('Universal Feed Parser reads the %s feed cleanly (no bozo)', (format) => {
    const parsed = feed('feedparser', format);
    expect(parsed.bozoReason).toBe('');
    expect(parsed.bozo).toBe(false);
    expect(parsed.version).toBe(format === 'rss' ? 'rss20' : 'atom10');
    expect(parsed.title).toBe(SERVE_TITLE);
  });

  it.each(CASES)('%s reads one %s item per date, newest first, with stable date-derived ids', (consumer, format) => {
    const ids = feed(consumer, format).items.map((item) => item.id);
    const rssIds = NEWEST_FIRST.map((date) => `tag:127.0.0.1,${date}:daily-briefing`);
    expect(ids).toEqual(format === 'rss' ? rssIds : rssIds.map((id) => `${id}/atom`));
  });

  it.each(CASES)('%s reads the same links in %s: each briefing’s own page', (consumer, format) => {
    expect(feed(consumer, format).items.map((item) => item.link)).toEqual(NEWEST_FIRST.map((date) => `${site.url}briefings/${date}.html`));
  });

  it.each(CASES)('%s reads the same publication dates in %s: the publish hour of each date, in UTC', (consumer, format) => {
    expect(feed(consumer, format).items.map((item) => item.published)).toEqual(NEWEST_FIRST.map(publishedAt));
  });

  it.each(CASES)('%s reads the %s content as the briefing: every headline and summary sentence, as text', (consumer, format) => {
    feed(consumer, format).items.forEach((item, i) => {
      const briefing = briefings[i]!;
      for (const text of briefingTexts(briefing)) expect(item.content).toContain(text);
      expect(item.summary).toBe(briefing.overview);
    });
  });

  it.each(['rss', 'atom'] as const)('Universal Feed Parser reads plain-text titles and the top entities as categories in %s', (format) => {
    feed('feedparser', format).items.forEach((item, i) => {
      expect(item.title).toBe(briefings[i]!.title);
      expect(item.categories).toEqual(briefings[i]!.topEntities.map((e) => e.name));
    });
  });

  it('rss-parser reads plain-text titles and the top entities as categories in RSS', () => {
    feed('rss-parser', 'rss').items.forEach((item, i) => {
      expect(item.title).toBe(briefings[i]!.title);
      expect(item.categories).toEqual(briefings[i]!.topEntities.map((e) => e.name));
    });
  });

  // rss-parser does not decode Atom's type="html" titles, so a title with &, " or < shows entities
  // ("Tom &amp; Jerry"). Reported to the lead: a type="text" title would read right in every consumer.
  it('rss-parser reads Atom item titles as the plain-text title, without entities', () => {
    expect(feed('rss-parser', 'atom').items.map((item) => item.title)).toEqual(briefings.map((b) => b.title));
  });

  describe('after a late article updates one date', () => {
    const after = new Map<string, ConsumedFeed>();
    beforeAll(async () => {
      await site.publish(LATE_ARTICLE, new Date('2024-03-10T15:30:00Z'));
      for (const [consumer, format] of CASES) after.set(`${consumer}/${format}`, await PARSE[consumer](`${site.url}${FILE[format]}`));
    });

    it.each(CASES)('%s still reads one %s item per date, with the same ids and publication dates', (consumer, format) => {
      const before = feed(consumer, format).items;
      const items = after.get(`${consumer}/${format}`)!.items;
      expect(items.map((item) => item.id)).toEqual(before.map((item) => item.id));
      expect(items.map((item) => item.published)).toEqual(NEWEST_FIRST.map(publishedAt));
      expect(items[1]!.content).toContain(htmlText('The Calder tram &amp; its new timetable'));
    });

    it('Atom says when the updated briefing changed, and only that one', () => {
      expect(after.get('feedparser/atom')!.items.map((item) => item.updated)).toEqual([
        publishedAt('2024-03-09'),
        '2024-03-10T15:30:00.000Z',
        publishedAt('2024-03-07'),
      ]);
    });
  });
});

describe('Consumer: JSON Feed 1.1', () => {
  let site: ServedSite;
  let briefings: Briefing[] = [];
  let doc: Record<string, unknown> & { items: Record<string, unknown>[] };
  let contentType: string | null;

  beforeAll(async () => {
    site = await serveFixtureSite('jsonfeed');
    briefings = (await readBriefings(site)).reverse();
    const response = await fetch(`${site.url}feed.json`);
    contentType = response.headers.get('content-type');
    doc = (await response.json()) as typeof doc;
  });

  afterAll(async () => {
    await site?.close();
  });

  it('is served as application/feed+json', () => {
    expect(contentType).toBe('application/feed+json; charset=utf-8');
  });

  it('has every required field of JSON Feed 1.1, each of the right type', () => {
    expect(jsonFeedProblems(doc)).toEqual([]);
  });

  it('carries its own self link and one item per date with the ids, links, dates and text of the XML feeds', () => {
    expect(doc.feed_url).toBe(`${site.url}feed.json`);
    expect(doc.items.map((item) => [item.id, item.url, item.date_published, item.title, item.summary])).toEqual(
      briefings.map((b) => [
        `tag:127.0.0.1,${b.date}:daily-briefing`,
        `${site.url}briefings/${b.date}.html`,
        publishedAt(b.date),
        b.title,
        b.overview,
      ]),
    );
    doc.items.forEach((item, i) => {
      for (const text of briefingTexts(briefings[i]!)) expect(htmlText(String(item.content_html))).toContain(text);
    });
  });

  it.each([
    ['a 1.0 version string', { version: 'https://jsonfeed.org/version/1' }, 'version'],
    ['no items', { items: undefined }, 'feed.items'],
    ['an item without id', { items: [{ content_html: '<p>x</p>' }] }, 'items[0].id'],
    ['an item without content', { items: [{ id: 'x' }] }, 'items[0]: needs content_html or content_text'],
    [
      'a date that is not RFC 3339',
      { items: [{ id: 'x', content_text: 'x', date_published: 'Fri, 08 Mar 2024 06:00:00 GMT' }] },
      'items[0].date_published',
    ],
    ['the deprecated author', { author: { name: 'x' } }, 'feed.author'],
  ])('rejects a feed with %s (the checker is not vacuous)', (_name, change, problem) => {
    const broken = { ...doc, ...change };
    expect(jsonFeedProblems(JSON.parse(JSON.stringify(broken))).join('\n')).toContain(problem);
  });
});
