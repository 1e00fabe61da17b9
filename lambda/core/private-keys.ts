import { ARTICLE_INDEX_KEY } from './article-index.ts';
import { FETCH_STATE_KEY } from './feeds/fetch-state.ts';
import { ARTICLES_PREFIX, SITE_KEYS } from './site-keys.ts';

/**
 * What the bucket holds but the site never serves: the articles, the manifest, the feeds' fetch state and the
 * article index. CloudFront is denied them (infra/constructs/feed-site.ts), and the local server refuses them the
 * same way (lambda/adapters/static-server.ts), so a reader finds the same site in both.
 */
export const PRIVATE_KEYS: readonly string[] = [SITE_KEYS.manifest, FETCH_STATE_KEY, ARTICLE_INDEX_KEY];

/** Prefixes under which every key is private. */
export const PRIVATE_PREFIXES: readonly string[] = [ARTICLES_PREFIX];

/** True when a key (no leading slash) is one the site never serves. */
export function isPrivateKey(key: string): boolean {
  return PRIVATE_KEYS.includes(key) || PRIVATE_PREFIXES.some((prefix) => key.startsWith(prefix));
}
