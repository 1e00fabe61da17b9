import { renderAtom } from './atom.ts';
import type { FeedEntry, FeedSite } from './feed-entries.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRss } from './rss.ts';
import { siteUrls } from './site-urls.ts';

export type { FeedEntry, FeedSite } from './feed-entries.ts';

/** The three feed documents. */
export interface RenderedFeeds {
  readonly rss: string;
  readonly atom: string;
  readonly json: string;
}

/**
 * Renders RSS 2.0, Atom 1.0 and JSON Feed 1.1 for `entries` (newest first): the same briefings, ids, links and
 * dates in each, and nothing read from the clock. `updatedWhenEmpty` dates a feed that lists no briefing yet. What real readers do with each format, measured, is in
 * docs/feed-consumers.md.
 */
export function renderFeeds(entries: readonly FeedEntry[], site: FeedSite, updatedWhenEmpty: Date): RenderedFeeds {
  const urls = siteUrls(site.baseUrl);
  return {
    rss: renderRss(entries, site, urls, updatedWhenEmpty),
    atom: renderAtom(entries, site, urls, updatedWhenEmpty),
    json: renderJsonFeed(entries, site, urls),
  };
}
