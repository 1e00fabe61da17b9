import escapeHtml from 'escape-html';
import { Feed, type Item } from 'feed';
import type { Briefing } from '../types.ts';
import { renderStoriesHtml } from './briefing-html.ts';
import { siteUrls, type SiteUrls } from './site-urls.ts';

/** One briefing as a feed item, with its publication times. */
export interface FeedEntry {
  readonly briefing: Briefing;
  /** When the briefing first appeared: its date at the publish hour. */
  readonly publishedAt: Date;
  /** When its content last changed (equal to `publishedAt` until then). */
  readonly updatedAt: Date;
}

/** What the feeds say about the site. */
export interface FeedSite {
  /** The public site URL, ending in `/`. */
  readonly baseUrl: string;
  readonly title: string;
  readonly language: string;
}

/** The three feed documents. */
export interface RenderedFeeds {
  readonly rss: string;
  readonly atom: string;
  readonly json: string;
}

/**
 * Renders RSS 2.0, Atom 1.0 and JSON Feed 1.1 for `entries` (newest first) with the `feed` package,
 * working around its traps (see FEEDS.md): every date is set, so output never depends on the clock;
 * ids are `tag:` URIs; titles are plain text for RSS but escaped HTML for Atom; JSON Feed is raised to 1.1.
 */
export function renderFeeds(entries: readonly FeedEntry[], site: FeedSite): RenderedFeeds {
  const urls = siteUrls(site.baseUrl);
  return {
    rss: buildFeed(entries, site, urls, 'rss').rss2(),
    atom: asPlainTextTitles(buildFeed(entries, site, urls, 'atom').atom1()),
    json: upgradeToJsonFeed11(buildFeed(entries, site, urls, 'rss').json1(), entries, urls, site),
  };
}

type XmlFormat = 'rss' | 'atom';

function buildFeed(entries: readonly FeedEntry[], site: FeedSite, urls: SiteUrls, format: XmlFormat): Feed {
  // Without `updated`, feed 6 writes "now": the newest change keeps re-runs byte-identical.
  const updated = new Date(Math.max(0, ...entries.map((e) => e.updatedAt.getTime())));
  const feed = new Feed({
    title: site.title,
    description: `${site.title}: one briefing a day, summarised from the day's news.`,
    id: urls.home,
    link: urls.home,
    language: site.language,
    updated,
    generator: 'daily-briefing',
    copyright: '',
    author: { name: site.title, link: urls.home }, // Atom requires an author
    // Not `feed:` — it would override the self link of every format at once.
    feedLinks: { rss: urls.rss, atom: urls.atom, json: urls.json },
  });
  for (const entry of entries) feed.addItem(toItem(entry, urls, format));
  return feed;
}

function toItem({ briefing, publishedAt, updatedAt }: FeedEntry, urls: SiteUrls, format: XmlFormat): Item {
  const ids = itemIds(urls, briefing.date);
  return {
    title: protectCdata(briefing.title),
    id: format === 'atom' ? ids.atom : ids.rss,
    guid: ids.rss,
    link: urls.page(briefing.date),
    date: updatedAt,
    published: publishedAt,
    // Escaped so that readers which treat the description as HTML still show it as text.
    description: protectCdata(escapeHtml(briefing.overview)),
    content: protectCdata(renderStoriesHtml(briefing)),
    category: briefing.topEntities.map((e) => categoryOf(e.name)),
  };
}

/**
 * Stable ids from the site's host and the date, never the clock. RSS and Atom differ on purpose:
 * newsboat shares item ids across feeds, so equal ids would hide a briefing in one of them.
 */
export function itemIds(urls: SiteUrls, date: string): { rss: string; atom: string } {
  const rss = `tag:${urls.host},${date}:daily-briefing`;
  return { rss, atom: `${rss}/atom` };
}

/**
 * feed 6 declares every Atom entry title `type="html"`, so a plain title with `&` or `<` would be read as markup,
 * and an escaped one shows `&amp;` in readers that do not decode (rss-parser). Declaring the titles `type="text"`
 * (RFC 4287 §3.1.1) lets one plain string, in CDATA, read right in RSS and Atom alike. Only the attribute changes.
 */
function asPlainTextTitles(atom: string): string {
  return atom.replaceAll('<title type="html">', '<title type="text">');
}

/** A category safe in both text and attributes; Atom needs `term`. */
function categoryOf(name: string): { name: string; term: string } {
  const safe = name.replace(/[<>"]/g, '');
  return { name: safe, term: safe };
}

/**
 * xml-js splits only the first `]]>` in a CDATA section; split the others the same way so a second one
 * cannot end the section early. Escaped HTML never contains `]]>`, so this guards plain text only.
 */
export function protectCdata(text: string): string {
  let seen = false;
  return text.replace(/\]\]>/g, (match) => {
    if (!seen) {
      seen = true;
      return match;
    }
    return ']]]]><![CDATA[>';
  });
}

/** feed 6 writes JSON Feed 1.0; rewrite it as 1.1: version, `authors`, `language`, `id` and dates on every item. */
function upgradeToJsonFeed11(json: string, entries: readonly FeedEntry[], urls: SiteUrls, site: FeedSite): string {
  const { version: _version, author, items, ...rest } = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const upgraded = {
    version: 'https://jsonfeed.org/version/1.1',
    ...rest,
    language: site.language,
    authors: [author],
    items: items.map((item, i) => {
      const entry = entries[i]!;
      // Title and summary are plain text in JSON Feed: take them unescaped from the briefing.
      const { author: _author, ...fields } = item;
      return {
        ...fields,
        id: itemIds(urls, entry.briefing.date).rss,
        title: entry.briefing.title,
        summary: entry.briefing.overview,
        date_published: entry.publishedAt.toISOString(),
        date_modified: entry.updatedAt.toISOString(),
      };
    }),
  };
  return `${JSON.stringify(upgraded, null, 2)}\n`;
}
