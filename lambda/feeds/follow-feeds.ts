import { createHttpFetcher } from '../adapters/http-fetcher.ts';
import { createPrefixedStore } from '../adapters/prefixed-store.ts';
import { readSourcesFile } from '../adapters/sources-file.ts';
import type { FeedStore } from '../ports/feed-store.ts';
import type { HttpFetcher } from '../ports/http-fetcher.ts';
import { ingestFeeds, type FeedsReport } from './ingest-feeds.ts';

/** What the handler hands the feed stage. */
export interface FollowFeedsInput {
  /** The sources list shipped with the function, and whether it must exist. */
  readonly sources: { readonly file: string; readonly required: boolean };
  /** The bucket's store: the fetch state goes beside the manifest, the articles under `articles/`. */
  readonly store: Pick<FeedStore, 'get' | 'put'>;
  /** @default public addresses only */
  readonly fetcher?: HttpFetcher;
  readonly clock: () => Date;
  readonly timezone: string;
  readonly deadline?: () => boolean;
}

/**
 * The Lambda's feed stage: reads the sources list and fetches its feeds into `articles/`. Bundled as its own file
 * (`feeds.mjs`), which the handler imports only when the sources list names feeds, so the feed libraries never weigh on a
 * cold start without feeds. Returns `undefined` when the list has no feeds.
 */
export async function followFeeds({
  sources,
  store,
  fetcher,
  clock,
  timezone,
  deadline,
}: FollowFeedsInput): Promise<FeedsReport | undefined> {
  const list = await readSourcesFile(sources.file, { setting: 'SOURCES_FILE', required: sources.required });
  if (list.length === 0) return undefined;
  return ingestFeeds({
    sources: list,
    fetcher: fetcher ?? createHttpFetcher(),
    stateStore: store,
    articleStore: createPrefixedStore(store, 'articles/'),
    clock,
    timezone,
    deadline,
  });
}
