import { mapConcurrently } from '../map-concurrently.ts';
import { FeedParseError, parseFeedBytes, type ParsedFeed } from '../core/feeds/feed-items.ts';
import type { FeedState } from '../core/feeds/fetch-state.ts';
import type { FeedSource } from '../core/feeds/sources-list.ts';
import { FetchError, type HttpFetcher } from '../ports/http-fetcher.ts';

/** What became of one feed this run. */
export type FeedOutcome =
  | { readonly kind: 'fetched'; readonly source: FeedSource; readonly feed: ParsedFeed; readonly url: string; readonly state: FeedState }
  | { readonly kind: 'not-modified'; readonly source: FeedSource; readonly state: FeedState }
  | { readonly kind: 'failed'; readonly source: FeedSource; readonly reason: string; readonly state: FeedState }
  | { readonly kind: 'deferred'; readonly source: FeedSource };

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

/**
 * Fetches and parses every feed, `concurrency` at a time, with a conditional GET from its stored validators.
 * A failure stays with its feed (its reason, and since when it fails); a feed not started by `deadline` waits for
 * the next run. Never throws for one feed's sake.
 */
export async function fetchSources(
  sources: readonly FeedSource[],
  states: Readonly<Record<string, FeedState>>,
  { fetcher, now, concurrency, deadline }: { fetcher: HttpFetcher; now: Date; concurrency: number; deadline?: () => boolean },
): Promise<FeedOutcome[]> {
  return mapConcurrently(sources, concurrency, async (source): Promise<FeedOutcome> => {
    if (deadline?.()) return { kind: 'deferred', source };
    const previous = states[source.url] ?? {};
    const at = now.toISOString();
    try {
      const result = await fetcher.fetch({
        url: source.url,
        etag: previous.etag,
        lastModified: previous.lastModified,
        accept: FEED_ACCEPT,
      });
      if (result.status === 'not-modified') return { kind: 'not-modified', source, state: validators(previous) };
      const feed = parseFeedBytes(result.body, result.contentType);
      if (feed.items.length === 0) throw new FeedParseError('the feed has no items');
      return { kind: 'fetched', source, feed, url: result.url, state: validators(result) };
    } catch (error) {
      if (!(error instanceof FetchError) && !(error instanceof FeedParseError)) throw error;
      const reason = error instanceof FetchError ? error.reason : error.message;
      // Keep the validators: the next run's conditional GET still applies once the feed is back.
      return {
        kind: 'failed',
        source,
        reason,
        state: { ...validators(previous), failingSince: previous.failingSince ?? at, lastError: reason },
      };
    }
  });
}

function validators({ etag, lastModified }: { etag?: string; lastModified?: string }): FeedState {
  return { ...(etag && { etag }), ...(lastModified && { lastModified }) };
}
