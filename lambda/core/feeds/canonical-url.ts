import { createHash } from 'node:crypto';

// Tracking parameters that never change what a page shows: Google's utm_*, Facebook's fbclid.
const TRACKING = /^(utm_.*|fbclid)$/i;

/**
 * The canonical form of an article's URL, so one page has one key however a feed links it: WHATWG URL parsing
 * (scheme and host lower-cased, default port dropped), then no fragment and no `utm_*` or `fbclid` parameter.
 * Returns `undefined` for anything that is not an absolute http(s) URL.
 * @param base the feed's URL, for a relative link
 */
export function canonicalUrl(link: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name);
  // URLSearchParams re-serialises the query; only do so when a parameter was removed, so other URLs keep their spelling.
  if (url.search === '?') url.search = '';
  return url.href;
}

/** The key of an item's article: a hash of its canonical URL, else of its guid within the feed. Short, safe in file names. */
export function articleKeyOf(identity: { readonly url?: string; readonly guid?: string; readonly feedUrl: string }): string {
  const basis = identity.url !== undefined ? `url ${identity.url}` : `guid ${identity.feedUrl} ${identity.guid ?? ''}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 24);
}
