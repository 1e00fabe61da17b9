import type { FeedStore } from '../ports/feed-store.ts';

/** A view of a {@link FeedStore} under a key prefix: `articles/` of the bucket, as a store of article files. */
export function createPrefixedStore(store: Pick<FeedStore, 'get' | 'put'>, prefix: string): Pick<FeedStore, 'get' | 'put'> {
  return {
    get: (key) => store.get(`${prefix}${key}`),
    put: (key, body, options) => store.put(`${prefix}${key}`, body, options),
  };
}
