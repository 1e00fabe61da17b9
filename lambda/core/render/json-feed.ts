import { stripBidiControls } from './bidi.ts';
import { renderStoriesHtml } from './briefing-html.ts';
import { categoryName, type FeedEntry, type FeedSite, feedDescription, itemIds } from './feed-entries.ts';
import type { SiteUrls } from './site-urls.ts';

/**
 * Renders JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) for `entries`, newest first. Title, summary and tags
 * are plain text; `content_html` is the escaped stories HTML of the other formats. Item ids are the RSS guids.
 */
export function renderJsonFeed(entries: readonly FeedEntry[], site: FeedSite, urls: SiteUrls): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    home_page_url: urls.home,
    feed_url: urls.json,
    description: feedDescription(site),
    language: site.language,
    authors: [{ name: site.title, url: urls.home }],
    items: entries.map(({ briefing, publishedAt, updatedAt }) => ({
      id: itemIds(urls, briefing.date).rss,
      content_html: renderStoriesHtml(briefing),
      url: urls.page(briefing.date),
      title: briefing.title,
      summary: stripBidiControls(briefing.overview),
      date_modified: updatedAt.toISOString(),
      date_published: publishedAt.toISOString(),
      tags: briefing.topEntities.map((e) => categoryName(e.name)).filter((tag) => tag !== ''),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
