import { DateTime } from 'luxon';
import { HEADER_LIMITS } from '../article-headers.ts';
import { MAX_ARTICLE_BYTES } from '../article-limits.ts';
import { stripInvalidXmlChars } from '../text.ts';
import type { FeedItem } from './feed-items.ts';

/** What an item's article file is written from. */
export interface ItemArticle {
  /** The instant the article is dated by: published, else updated, else when the item was first seen. */
  readonly datedAt: Date;
  readonly url?: string;
  readonly title?: string;
  readonly sources: readonly string[];
  readonly text: string;
}

// Well under the article limit, leaving room for the header lines and multi-byte characters.
const MAX_TEXT_CHARS = Math.floor(MAX_ARTICLE_BYTES / 8);

/** The instant an item's article is dated by: its published time, else its updated time, else when it was first seen. */
export function itemInstant(item: FeedItem, firstSeen: Date): Date {
  return item.published ?? item.updated ?? firstSeen;
}

/**
 * The article file for an item, in the project's article format (see README, "Article format"): the date in the
 * briefing's time zone, then `title:`, `url:` and `source:` lines, a blank line and the text. Values are single
 * lines cut to the header limits, so the file always parses; an item with no text uses its title as its text.
 * Returns `undefined` for an item with neither text nor title.
 */
export function renderItemArticle(article: ItemArticle, timezone: string): string | undefined {
  const title = line(article.title, HEADER_LIMITS.title);
  const text = stripInvalidXmlChars(article.text).trim().slice(0, MAX_TEXT_CHARS) || title;
  if (!text) return undefined;
  const date = DateTime.fromJSDate(article.datedAt, { zone: timezone }).toISODate();
  const headers = [
    `date ${date}`,
    title ? `title: ${title}` : '',
    article.url && article.url.length <= HEADER_LIMITS.url ? `url: ${article.url}` : '',
    ...article.sources
      .map((s) => line(s, HEADER_LIMITS.source))
      .filter(Boolean)
      .map((s) => `source: ${s}`),
  ];
  return `${headers.filter(Boolean).join('\n')}\n\n${text}\n`;
}

function line(value: string | undefined, limit: number): string {
  const text = stripInvalidXmlChars(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text;
}
