import { MANIFEST_KEY } from './manifest.ts';

/**
 * The keys of the published site and of the articles, the one list the function writes by and infra grants by
 * (infra/constructs/bucket-access.ts): a key named here and nowhere else cannot be written without permission.
 */

/** Where the articles are read from in the bucket. */
export const ARTICLES_PREFIX = 'articles/';

/** Where each briefing's page and data are published. */
export const BRIEFINGS_PREFIX = 'briefings/';

/** The files published under fixed names. */
export const SITE_KEYS = {
  manifest: MANIFEST_KEY,
  rss: 'feed.xml',
  atom: 'atom.xml',
  json: 'feed.json',
  index: 'index.html',
  stylesheet: 'style.css',
} as const;

/** A briefing's data, kept so it survives the removal of its articles: `briefings/DATE.json`. */
export function briefingDataKey(date: string): string {
  return `${BRIEFINGS_PREFIX}${date}.json`;
}

/** A briefing's page: `briefings/DATE.html`. */
export function briefingPageKey(date: string): string {
  return `${BRIEFINGS_PREFIX}${date}.html`;
}
