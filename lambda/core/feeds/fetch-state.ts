/** What the fetcher remembers of one feed between runs. */
export interface FeedState {
  /** The validators of the last good response, sent back for a conditional GET. */
  readonly etag?: string;
  readonly lastModified?: string;
  /** ISO instant of the first failure in the current run of failures; absent while the feed works. */
  readonly failingSince?: string;
  readonly lastError?: string;
}

/** What the fetcher remembers of one article (an item, keyed by its canonical URL or guid). */
export interface ArticleState {
  /** The store key the article is written under. */
  readonly key: string;
  /** sha256 of the article file last written. */
  readonly hash: string;
  /** sha256 of the file the item's own text gives: unchanged means the item is unchanged, so nothing is fetched or written. */
  readonly itemHash: string;
  /** ISO instant the item was first seen: its date when the feed gives none, so the date never moves. */
  readonly firstSeen: string;
  /** The feed whose version of the item is used; another feed with the same link only adds its name. */
  readonly feed: string;
  /** Every source the item was found in. */
  readonly sources: readonly string[];
}

/** The fetch state, stored beside the manifest (`feed-state.json`) and never served. */
export interface FetchState {
  readonly version: 1;
  readonly feeds: Readonly<Record<string, FeedState>>;
  readonly articles: Readonly<Record<string, ArticleState>>;
}

/** Where the fetch state is kept, beside `manifest.json`. */
export const FETCH_STATE_KEY = 'feed-state.json';

/** How the articles of feed items are named, in the seeds folder or under `articles/`: `feed-<hash>.txt`. */
export const FEED_ARTICLE_PREFIX = 'feed-';

export const EMPTY_FETCH_STATE: FetchState = { version: 1, feeds: {}, articles: {} };

/** Reads stored fetch state; anything unreadable starts afresh (the cost is one full fetch, never lost articles). */
export function parseFetchState(bytes: Uint8Array | undefined): FetchState {
  if (!bytes) return EMPTY_FETCH_STATE;
  try {
    const state = JSON.parse(new TextDecoder().decode(bytes)) as FetchState;
    return state.version === 1 && typeof state.feeds === 'object' && typeof state.articles === 'object' ? state : EMPTY_FETCH_STATE;
  } catch {
    return EMPTY_FETCH_STATE;
  }
}

/** The state as stored: keys sorted, so an unchanged state is byte-identical and is not written again. */
export function serializeFetchState(state: FetchState): Uint8Array {
  const sorted = (record: Readonly<Record<string, unknown>>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return new TextEncoder().encode(
    `${JSON.stringify({ version: 1, feeds: sorted(state.feeds), articles: sorted(state.articles) }, null, 1)}\n`,
  );
}
