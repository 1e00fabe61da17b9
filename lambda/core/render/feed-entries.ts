import type { Briefing } from '../types.ts';
import { stripBidiControls } from './bidi.ts';
import type { SiteUrls } from './site-urls.ts';

/** One briefing as a feed item, with its publication times. */
export interface FeedEntry {
  readonly briefing: Briefing;
  /** When the briefing first appeared: its date at the publish hour. */
  readonly publishedAt: Date;
  /** When its content last changed (equal to `publishedAt` until then). */
  readonly updatedAt: Date;
}

/** What the feeds say about the site. */
export interface FeedSite {
  /** The public site URL, ending in `/`. */
  readonly baseUrl: string;
  readonly title: string;
  readonly language: string;
}

/** The `generator` every format names. */
export const FEED_GENERATOR = 'daily-briefing';

/**
 * Stable ids from the site's host and the date, never the clock. RSS and Atom differ on purpose:
 * newsboat shares item ids across feeds, so equal ids would hide a briefing in one of them.
 */
export function itemIds(urls: SiteUrls, date: string): { rss: string; atom: string } {
  const rss = `tag:${urls.host},${date}:daily-briefing`;
  return { rss, atom: `${rss}/atom` };
}

/** The feed's description (RSS `description`, Atom `subtitle`, JSON Feed `description`). */
export function feedDescription(site: FeedSite): string {
  return `${site.title}: one briefing a day, summarised from the day's news.`;
}

/**
 * When the feed last changed: the newest `updatedAt`, never the clock, so a re-run is byte-identical.
 * An empty feed has no entry to date it: it says `whenEmpty` (the publication passes the time the site was
 * first found empty), never 1 January 1970.
 */
export function lastChange(entries: readonly FeedEntry[], whenEmpty: Date): Date {
  return entries.length === 0 ? whenEmpty : new Date(Math.max(...entries.map((e) => e.updatedAt.getTime())));
}

/**
 * An entity's name as a category: without `<`, `>` and `"`, so it is safe in element text and in attributes
 * alike (`&` is escaped by the serializer), and without directional controls, which a reader listing the
 * categories side by side would let reorder the next one.
 */
export function categoryName(name: string): string {
  return stripBidiControls(name).replace(/[<>"]/g, '');
}
