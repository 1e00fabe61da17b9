import { briefingPageKey, SITE_KEYS } from '../site-keys.ts';

/** The public URLs of a site, derived from its base URL. */
export interface SiteUrls {
  /** The base URL, always ending in `/`. */
  readonly home: string;
  readonly host: string;
  readonly rss: string;
  readonly atom: string;
  readonly json: string;
  /** The URL of one briefing's page. */
  page(date: string): string;
}

/** Derives every public URL from the base URL (which must be absolute http(s)). */
export function siteUrls(baseUrl: string): SiteUrls {
  const home = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const at = (path: string): string => new URL(path, home).toString();
  return {
    home,
    host: new URL(home).hostname,
    rss: at(SITE_KEYS.rss),
    atom: at(SITE_KEYS.atom),
    json: at(SITE_KEYS.json),
    page: (date) => at(briefingPageKey(date)),
  };
}
