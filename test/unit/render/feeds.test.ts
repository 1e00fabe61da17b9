import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderFeeds, type FeedSite } from '../../../lambda/core/render/feeds.ts';
import { protectCdata } from '../../../lambda/core/render/rss.ts';
import { makeBriefing, makeEntry, makeStory, NASTY_TEXT } from '../../helpers/briefings.ts';

const SITE: FeedSite = { baseUrl: 'https://news.example.org/', title: 'Daily Briefing', language: 'en' };
/** When the site was first found empty: the date of a feed with no briefing. */
const EMPTY_SINCE = new Date('2023-11-05T21:14:09Z');
const entries = [makeEntry(makeBriefing('2023-11-07'), '2023-11-07T09:30:00Z'), makeEntry(makeBriefing('2023-11-06'))];
const xml = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' });

function expectWellFormed(document: string): void {
  expect(XMLValidator.validate(document)).toBe(true);
}

describe('Function: renderFeeds', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders the same bytes whatever the clock says (feed 6 would write "now" without `updated`)', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const first = renderFeeds(entries, SITE, EMPTY_SINCE);
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    expect(renderFeeds(entries, SITE, EMPTY_SINCE)).toEqual(first);
    expect(first.rss).toContain('<lastBuildDate>Tue, 07 Nov 2023 09:30:00 GMT</lastBuildDate>');
    expect(first.atom).toContain('<updated>2023-11-07T09:30:00.000Z</updated>');
  });

  it('shows each item’s stories under section headings with a jump list, in every format', () => {
    const sectioned = makeBriefing('2023-11-08', {
      stories: [
        makeStory({ headline: 'Harbour wall approved', section: 'Politics' }),
        makeStory({ headline: 'Marlow reach cup final', section: 'Sport' }),
      ],
    });

    const feeds = renderFeeds([makeEntry(sectioned)], SITE, EMPTY_SINCE);
    const json = JSON.parse(feeds.json) as { items: { content_html: string }[] };

    for (const content of [feeds.rss, feeds.atom, json.items[0]!.content_html]) {
      expect(content).toMatch(
        /href="#section-politics"[\s\S]*id="section-politics"[\s\S]*Harbour wall approved[\s\S]*id="section-sport"[\s\S]*Marlow reach cup final/u,
      );
    }
  });

  it('gives every item a stable tag: id derived from the date, different in RSS and Atom, that parses as a URL', () => {
    const { rss, atom, json } = renderFeeds(entries, SITE, EMPTY_SINCE);
    expect(rss).toContain('<guid isPermaLink="false">tag:news.example.org,2023-11-06:daily-briefing</guid>');
    expect(atom).toContain('<id>tag:news.example.org,2023-11-06:daily-briefing/atom</id>');
    expect(() => new URL('tag:news.example.org,2023-11-06:daily-briefing/atom')).not.toThrow();
    expect(JSON.parse(json).items[1].id).toBe('tag:news.example.org,2023-11-06:daily-briefing');
  });

  it('links each item to its briefing page and each feed to itself', async () => {
    const { rss, atom } = renderFeeds(entries, SITE, EMPTY_SINCE);
    const parsed = await new Parser().parseString(rss);
    expect(parsed.items.map((i) => i.link)).toEqual([
      'https://news.example.org/briefings/2023-11-07.html',
      'https://news.example.org/briefings/2023-11-06.html',
    ]);
    expect(rss).toContain('<atom:link href="https://news.example.org/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(atom).toContain('<link rel="self" href="https://news.example.org/atom.xml"/>');
  });

  it('writes JSON Feed 1.1: version, authors, language, and id and dates on every item', () => {
    const feed = JSON.parse(renderFeeds(entries, SITE, EMPTY_SINCE).json);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.author).toBeUndefined();
    expect(feed.authors).toEqual([{ name: 'Daily Briefing', url: 'https://news.example.org/' }]);
    expect(feed.feed_url).toBe('https://news.example.org/feed.json');
    expect(feed.items[0]).toMatchObject({
      id: 'tag:news.example.org,2023-11-07:daily-briefing',
      url: 'https://news.example.org/briefings/2023-11-07.html',
      date_published: '2023-11-07T06:00:00.000Z',
      date_modified: '2023-11-07T09:30:00.000Z',
    });
    expect(feed.items[0].content_html).toContain('<h2 dir="auto">Port Elham approves plan');
  });

  it('puts a description (the overview) beside content:encoded in every RSS item', async () => {
    const parsed = await new Parser().parseString(renderFeeds(entries, SITE, EMPTY_SINCE).rss);
    for (const item of parsed.items) {
      expect(item.content).toMatch(/^Top story: Port Elham approves/);
      expect(item['content:encoded']).toContain('<section class="story">');
    }
  });

  it('keeps a title plain text in RSS and in Atom, where it is declared type="text" (feed 6 says "html")', () => {
    const briefing = makeBriefing('2023-11-06', { title: 'Tom & Jerry <News> — 6 November 2023' });
    const { rss, atom } = renderFeeds([makeEntry(briefing)], SITE, EMPTY_SINCE);
    expect(rss).toContain('<title><![CDATA[Tom & Jerry <News> — 6 November 2023]]></title>');
    expect(atom).toContain('<title type="text"><![CDATA[Tom & Jerry <News> — 6 November 2023]]></title>');
    expect(atom).not.toContain('type="html"><![CDATA[Tom');
  });

  it('shows article text as text in every format: escaped HTML, no raw <script>, well-formed XML', () => {
    const story = makeStory({
      headline: NASTY_TEXT,
      summary: [NASTY_TEXT],
      entities: [{ name: 'AT&T <x> "y"', kind: 'organization', salience: 1 }],
    });
    const briefing = makeBriefing('2023-11-06', { overview: NASTY_TEXT, stories: [story], topEntities: story.entities });
    const { rss, atom, json } = renderFeeds([makeEntry(briefing)], SITE, EMPTY_SINCE);
    for (const document of [rss, atom]) {
      expectWellFormed(document);
      expect(document).not.toContain('<script>');
      expect(document).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(document).toContain('北京');
    }
    const item = JSON.parse(json).items[0];
    expect(item.summary).toBe(NASTY_TEXT);
    expect(item.content_html).toContain('Tom &amp; Jerry &lt;script&gt;');
  });

  it('survives a second "]]>" in plain-text CDATA (xml-js splits only the first)', () => {
    const briefing = makeBriefing('2023-11-06', { title: 'a ]]> b ]]> c ]]> d' });
    const { rss } = renderFeeds([makeEntry(briefing)], SITE, EMPTY_SINCE);
    expectWellFormed(rss);
    const title = xml.parse(rss).rss.channel.item.title['#cdata'];
    expect([title].flat().join('')).toBe('a ]]> b ]]> c ]]> d');
  });

  it('gives Atom categories a term and keeps markup characters out of them', () => {
    const briefing = makeBriefing('2023-11-06', { topEntities: [{ name: 'AT&T <Labs>', kind: 'organization', salience: 1 }] });
    const { rss, atom } = renderFeeds([makeEntry(briefing)], SITE, EMPTY_SINCE);
    expectWellFormed(atom);
    expect(atom).toContain('<category label="AT&amp;T Labs" term="AT&amp;T Labs"/>');
    expect(rss).toContain('<category>AT&amp;T Labs</category>');
  });

  it('renders an empty but valid feed before the first briefing, dated when the site was found empty, never 1970', () => {
    const { rss, atom, json } = renderFeeds([], SITE, EMPTY_SINCE);
    expectWellFormed(rss);
    expectWellFormed(atom);
    expect(JSON.parse(json).items).toEqual([]);
    expect(rss).toContain('<lastBuildDate>Sun, 05 Nov 2023 21:14:09 GMT</lastBuildDate>');
    expect(atom).toContain('<updated>2023-11-05T21:14:09.000Z</updated>');
    expect(rss + atom).not.toContain('1970');
  });

  it('dates a feed with briefings by its newest change, whatever the date for an empty one', () => {
    const { rss, atom } = renderFeeds(entries, SITE, new Date('2030-01-01T00:00:00Z'));
    expect(rss).toContain('<lastBuildDate>Tue, 07 Nov 2023 09:30:00 GMT</lastBuildDate>');
    expect(atom).toContain('<updated>2023-11-07T09:30:00.000Z</updated>');
  });
});

describe('Function: protectCdata', () => {
  it('leaves text with at most one "]]>" as it is', () => {
    expect(protectCdata('plain ]]> once')).toBe('plain ]]> once');
  });

  it('splits every later "]]>" into two CDATA sections', () => {
    expect(protectCdata('a]]>b]]>c')).toBe('a]]>b]]]]><![CDATA[>c');
  });
});
