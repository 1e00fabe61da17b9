import { createHash } from 'node:crypto';
import { articleKeyOf, canonicalUrl } from '../core/feeds/canonical-url.ts';
import type { FeedItem } from '../core/feeds/feed-items.ts';
import {
  FEED_ARTICLE_PREFIX,
  FETCH_STATE_KEY,
  parseFetchState,
  serializeFetchState,
  type ArticleState,
  type FeedState,
  type FetchState,
} from '../core/feeds/fetch-state.ts';
import { itemInstant, renderItemArticle } from '../core/feeds/item-article.ts';
import type { FeedSource } from '../core/feeds/sources-list.ts';
import { mapConcurrently } from '../map-concurrently.ts';
import type { FeedStore } from '../ports/feed-store.ts';
import type { HttpFetcher } from '../ports/http-fetcher.ts';
import { fetchSources, type FeedOutcome } from './fetch-sources.ts';
import { fetchFullText } from './full-text.ts';

/** What a feed run reads and writes of a store. */
type ObjectStore = Pick<FeedStore, 'get' | 'put'>;

/** Everything a feed run needs, injected: the handler wires S3, the CLI the filesystem. */
export interface IngestFeedsInput {
  readonly sources: readonly FeedSource[];
  readonly fetcher: HttpFetcher;
  /** Holds the fetch state (`feed-state.json`), beside the manifest. */
  readonly stateStore: ObjectStore;
  /** Receives the articles, as `feed-<hash>.txt` (the seeds folder, or the bucket's `articles/`). */
  readonly articleStore: ObjectStore;
  /** The current time; read once per run. */
  readonly clock: () => Date;
  /** The briefing's time zone, which decides an item's date. */
  readonly timezone: string;
  /** @default 8 */
  readonly concurrency?: number;
  /**
   * Items dated more than this many days before now are left out: a first fetch does not back-fill months of briefings.
   * @default 7
   */
  readonly maxAgeDays?: number;
  /** True once the run must start no more fetches; the feeds left wait for the next run. @default never */
  readonly deadline?: () => boolean;
}

/** What a feed run did; one line per failed feed. */
export interface FeedsReport {
  readonly feeds: number;
  readonly fetched: readonly string[];
  readonly notModified: readonly string[];
  readonly failed: readonly { readonly url: string; readonly reason: string; readonly failingSince: string }[];
  readonly deferred: readonly string[];
  /** Article keys written (new or changed), in order. */
  readonly written: readonly string[];
  /** Feeds that have failed for 24 hours or more. */
  readonly failingFor24Hours: number;
}

const DAY_MS = 86_400_000;
// Article state is kept this long after an item was first seen, then forgotten (the feed has long dropped it).
const ARTICLE_STATE_DAYS = 120;

/**
 * Fetches the feeds, turns their items into article files and writes the new and changed ones, then the fetch state.
 * A feed's failure is reported and retried next run; it never stops the other feeds.
 */
export async function ingestFeeds(input: IngestFeedsInput): Promise<FeedsReport> {
  const now = input.clock();
  const storedState = await input.stateStore.get(FETCH_STATE_KEY);
  const state = parseFetchState(storedState?.body);
  const outcomes = await fetchSources(input.sources, state.feeds, {
    fetcher: input.fetcher,
    now,
    concurrency: input.concurrency ?? 8,
    deadline: input.deadline,
  });
  const { writes, articles } = await planArticles(outcomes, state, now, input);
  const written = await writeArticles(input.articleStore, writes);
  const next: FetchState = { version: 1, feeds: nextFeedStates(outcomes, state), articles: pruneArticles(articles, now) };
  const body = serializeFetchState(next);
  if (!storedState || !Buffer.from(storedState.body).equals(Buffer.from(body))) {
    await input.stateStore.put(FETCH_STATE_KEY, body, { contentType: 'application/json', cacheControl: 'no-cache' });
  }
  const failed = outcomes.flatMap((o) =>
    o.kind === 'failed' ? [{ url: o.source.url, reason: o.reason, failingSince: o.state.failingSince! }] : [],
  );
  return {
    feeds: input.sources.length,
    fetched: outcomes.filter((o) => o.kind === 'fetched').map((o) => o.source.url),
    notModified: outcomes.filter((o) => o.kind === 'not-modified').map((o) => o.source.url),
    failed,
    deferred: outcomes.filter((o) => o.kind === 'deferred').map((o) => o.source.url),
    written,
    failingFor24Hours: failed.filter((f) => now.getTime() - Date.parse(f.failingSince) >= DAY_MS).length,
  };
}

interface Candidate {
  readonly key: string;
  readonly item: FeedItem;
  readonly url?: string;
  readonly feed: FeedSource;
  readonly sources: string[];
}

/** Items of every fetched feed, one per article key: the first feed (in list order) that has it, crediting all. */
function collectItems(outcomes: readonly FeedOutcome[], state: FetchState): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  for (const outcome of outcomes) {
    if (outcome.kind !== 'fetched') continue;
    const name = outcome.source.title ?? outcome.feed.title ?? new URL(outcome.url).hostname;
    for (const item of outcome.feed.items) {
      const url = item.link ? canonicalUrl(item.link, outcome.url) : undefined;
      if (url === undefined && item.guid === undefined) continue;
      const key = articleKeyOf({ url, guid: item.guid, feedUrl: outcome.source.url });
      const seen = candidates.get(key);
      // The feed that first gave the item keeps giving its text, so two feeds never take turns rewriting it.
      const owner = state.articles[key]?.feed;
      if (!seen || (owner === outcome.source.url && seen.feed.url !== owner)) {
        candidates.set(key, { key, item, ...(url && { url }), feed: outcome.source, sources: [...(seen?.sources ?? []), name] });
      } else if (!seen.sources.includes(name)) {
        seen.sources.push(name);
      }
    }
  }
  return candidates;
}

interface Write {
  readonly key: string;
  readonly body: Uint8Array;
}

async function planArticles(
  outcomes: readonly FeedOutcome[],
  state: FetchState,
  now: Date,
  input: IngestFeedsInput,
): Promise<{ writes: Write[]; articles: Record<string, ArticleState> }> {
  const articles: Record<string, ArticleState> = { ...state.articles };
  const oldest = now.getTime() - (input.maxAgeDays ?? 7) * DAY_MS;
  const changed: { candidate: Candidate; previous?: ArticleState; sources: string[]; firstSeen: string }[] = [];
  for (const candidate of collectItems(outcomes, state).values()) {
    const previous = state.articles[candidate.key];
    const firstSeen = previous?.firstSeen ?? now.toISOString();
    if (itemInstant(candidate.item, new Date(firstSeen)).getTime() < oldest) continue;
    const sources = [...new Set([...(previous?.sources ?? []), ...candidate.sources])];
    changed.push({ candidate, previous, sources, firstSeen });
  }
  const writes = await mapConcurrently(
    changed,
    input.concurrency ?? 8,
    async ({ candidate, previous, sources, firstSeen }): Promise<Write | undefined> => {
      const { item, url, feed, key } = candidate;
      const datedAt = itemInstant(item, new Date(firstSeen));
      const base = { datedAt, ...(url && { url }), ...(item.title && { title: item.title }), sources };
      const fileKey = previous?.key ?? `${FEED_ARTICLE_PREFIX}${key}.txt`;
      // Nothing of the item changed (text, title, dates, sources): nothing to fetch or write.
      const itemText = renderItemArticle({ ...base, text: item.text }, input.timezone);
      if (itemText === undefined) return undefined;
      const itemHash = sha256(itemText);
      if (previous?.itemHash === itemHash) {
        articles[key] = { ...previous, sources };
        return undefined;
      }
      const fullText = feed.fullText && url ? await fetchFullText(input.fetcher, url) : undefined;
      const text = fullText ? renderItemArticle({ ...base, text: fullText }, input.timezone)! : itemText;
      const hash = sha256(text);
      articles[key] = { key: fileKey, hash, itemHash, firstSeen, feed: previous?.feed ?? feed.url, sources };
      return previous?.hash === hash ? undefined : { key: fileKey, body: new TextEncoder().encode(text) };
    },
  );
  return { writes: writes.filter((w): w is Write => w !== undefined), articles };
}

/** Writes the articles that are new or changed (the fetch state's hashes decided which), eight at a time. */
async function writeArticles(store: ObjectStore, writes: readonly Write[]): Promise<string[]> {
  await mapConcurrently(writes, 8, ({ key, body }) =>
    store.put(key, body, { contentType: 'text/plain; charset=utf-8', cacheControl: 'no-cache' }),
  );
  return writes.map((w) => w.key);
}

/** The feeds' states after this run; a feed no longer listed is forgotten. */
function nextFeedStates(outcomes: readonly FeedOutcome[], state: FetchState): Record<string, FeedState> {
  return Object.fromEntries(outcomes.map((o) => [o.source.url, o.kind === 'deferred' ? (state.feeds[o.source.url] ?? {}) : o.state]));
}

function pruneArticles(articles: Record<string, ArticleState>, now: Date): Record<string, ArticleState> {
  const cutoff = now.getTime() - ARTICLE_STATE_DAYS * DAY_MS;
  return Object.fromEntries(Object.entries(articles).filter(([, a]) => Date.parse(a.firstSeen) >= cutoff));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
