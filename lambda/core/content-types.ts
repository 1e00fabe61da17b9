import { SITE_KEYS } from './site-keys.ts';

/** How an object is served: its media type and how long caches may keep it. */
export interface Serving {
  readonly contentType: string;
  readonly cacheControl: string;
}

// Everything here can change: feeds and the index daily, a briefing page when an article arrives late or the
// next day's link appears. So caches keep all of it for minutes only; ETags make revalidation cheap.
const SHORT = 'public, max-age=300';

const BY_EXTENSION: Record<string, string> = {
  '.xml': 'application/xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const BY_KEY: Record<string, string> = {
  [SITE_KEYS.rss]: 'application/rss+xml; charset=utf-8',
  [SITE_KEYS.atom]: 'application/atom+xml; charset=utf-8',
  [SITE_KEYS.json]: 'application/feed+json; charset=utf-8',
};

/**
 * The Content-Type and Cache-Control a published key is served with, the same from S3 and the local server.
 * S3 would otherwise serve `binary/octet-stream`, which browsers download and some readers reject.
 */
export function servingOf(key: string): Serving {
  const extension = key.slice(key.lastIndexOf('.'));
  const contentType = BY_KEY[key] ?? BY_EXTENSION[extension] ?? 'application/octet-stream';
  return { contentType, cacheControl: key === SITE_KEYS.manifest ? 'no-cache' : SHORT };
}
