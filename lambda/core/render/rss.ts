import escapeHtml from 'escape-html';
import { Feed, type Item } from 'feed';
import { stripBidiControls } from './bidi.ts';
import { renderStoriesHtml } from './briefing-html.ts';
import { categoryName, FEED_GENERATOR, type FeedEntry, type FeedSite, feedDescription, itemIds, lastChange } from './feed-entries.ts';
import type { SiteUrls } from './site-urls.ts';

/**
 * Renders RSS 2.0 (https://www.rssboard.org/rss-specification) for `entries`, newest first, with the `feed` package.
 *
 * Every workaround for feed 6.0.0 lives here, each set on the way in (nothing is patched after rendering):
 * - `updated` is always set: without it, `lastBuildDate` is "now" and no two runs are byte-identical;
 * - the self link comes from `feedLinks.rss`, not `feed` (which would override the self link of every format);
 * - `guid` is a `tag:` URI, so `isPermaLink="false"`; `published` sets `pubDate` (it wins over `date`);
 * - every item has a `description` (the W3C validator warns about `content:encoded` without one, and rss-parser
 *   reads an item without one as empty);
 * - categories have no `domain` (feed leaves `&` raw there, which is malformed XML);
 * - text in CDATA goes through {@link protectCdata}.
 *
 * Known and left: feed's text writer (xml-js) un-escapes `&amp;` before escaping, so a channel title spelt
 * with the literal characters "&amp;" reads as "&".
 */
export function renderRss(entries: readonly FeedEntry[], site: FeedSite, urls: SiteUrls, whenEmpty: Date): string {
  const feed = new Feed({
    title: site.title,
    description: feedDescription(site),
    link: urls.home,
    language: site.language,
    updated: lastChange(entries, whenEmpty),
    generator: FEED_GENERATOR,
    feedLinks: { rss: urls.rss },
  });
  for (const entry of entries) feed.addItem(toItem(entry, urls));
  return feed.rss2();
}

function toItem({ briefing, publishedAt, updatedAt }: FeedEntry, urls: SiteUrls): Item {
  return {
    title: protectCdata(briefing.title),
    guid: itemIds(urls, briefing.date).rss,
    link: urls.page(briefing.date),
    date: updatedAt,
    published: publishedAt,
    // Escaped so that readers which treat the description as HTML still show it as text.
    description: protectCdata(escapeHtml(stripBidiControls(briefing.overview))),
    content: protectCdata(renderStoriesHtml(briefing)),
    category: briefing.topEntities.map((e) => ({ name: categoryName(e.name) })),
  };
}

/**
 * xml-js, which feed writes with, splits only the first `]]>` of a CDATA section; split the others the same way
 * so a second one cannot end the section early. Escaped HTML never contains `]]>`, so this guards plain text only.
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
