import { XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { DateTime } from 'luxon';
import { decodeText } from './decode-text.ts';
import { htmlToLine, htmlToText } from './html-text.ts';

/** One item of a feed, whatever its format: text only, dates as instants. */
export interface FeedItem {
  readonly guid?: string;
  /** The item's link as the feed gave it (maybe relative). */
  readonly link?: string;
  readonly title?: string;
  /** The item's content (else its summary) as plain text. */
  readonly text: string;
  readonly published?: Date;
  readonly updated?: Date;
}

/** A parsed feed: its own title and its items, in document order. */
export interface ParsedFeed {
  readonly format: 'rss' | 'atom' | 'rdf' | 'json';
  readonly title?: string;
  readonly items: readonly FeedItem[];
}

/** A feed that cannot be read: not a feed, malformed XML or JSON, an unknown charset. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
}

/**
 * Parses RSS 0.9x/1.0 (RDF)/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 with feedsmith, after decoding the bytes in
 * their declared charset (the HTTP `Content-Type` charset, else the XML declaration's encoding, else UTF-8) and
 * checking that XML is well formed: feedsmith's parser is lenient and would return half a broken feed.
 * @throws FeedParseError with the reason
 */
export function parseFeedBytes(bytes: Uint8Array, contentType?: string): ParsedFeed {
  const text = decode(bytes, contentType);
  const isJson = text.trimStart().startsWith('{');
  if (!isJson) {
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new FeedParseError(`malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(isJson ? JSON.parse(text) : text);
  } catch (error) {
    throw new FeedParseError(`not a feed (RSS, Atom or JSON Feed): ${(error as Error).message}`, { cause: error });
  }
  return normalise(parsed);
}

function decode(bytes: Uint8Array, contentType: string | undefined): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label =
    /charset="?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? /^\s*<\?xml[^>]*\bencoding=["']([\w.:-]+)["']/.exec(head)?.[1] ?? 'utf-8';
  try {
    return decodeText(bytes, label);
  } catch (error) {
    throw new FeedParseError((error as Error).message, { cause: error });
  }
}

// The parts of feedsmith's per-format results this project reads.
type Text = { value?: string; type?: string } | undefined;
interface AnyItem {
  title?: string | Text;
  link?: string;
  links?: { href?: string; rel?: string }[];
  guid?: { value?: string };
  id?: string;
  url?: string;
  description?: string;
  summary?: string | Text;
  content?: { encoded?: string } | Text;
  content_html?: string;
  content_text?: string;
  pubDate?: string;
  published?: string;
  updated?: string;
  date_published?: string;
  date_modified?: string;
  dc?: { dates?: string[] };
  rdf?: { about?: string };
}

function normalise({ format, feed }: ReturnType<typeof parseFeed>): ParsedFeed {
  const raw = feed as { title?: string | Text; items?: AnyItem[]; entries?: AnyItem[] };
  const items = (format === 'atom' ? raw.entries : raw.items) ?? [];
  const title = textOf(raw.title, format);
  return { format, ...(title && { title }), items: items.map((item) => toItem(item, format)) };
}

function toItem(item: AnyItem, format: ParsedFeed['format']): FeedItem {
  const title = textOf(item.title, format);
  const guid = format === 'atom' || format === 'json' ? item.id : (item.guid?.value ?? item.rdf?.about);
  const link =
    format === 'atom' ? item.links?.find((l) => !l.rel || l.rel === 'alternate')?.href : format === 'json' ? item.url : item.link;
  const published = dateOf(item.published ?? item.pubDate ?? item.date_published ?? item.dc?.dates?.[0]);
  const updated = dateOf(item.updated ?? item.date_modified);
  return {
    ...(guid?.trim() && { guid: guid.trim() }),
    ...(link?.trim() && { link: link.trim() }),
    ...(title && { title }),
    text: bodyOf(item, format),
    ...(published && { published }),
    ...(updated && { updated }),
  };
}

function bodyOf(item: AnyItem, format: ParsedFeed['format']): string {
  if (format === 'json')
    return item.content_html ? htmlToText(item.content_html) : (item.content_text ?? (item.summary as string | undefined) ?? '').trim();
  if (format === 'atom') {
    const content = (item.content as Text)?.value ? (item.content as Text) : (item.summary as Text);
    return content?.value ? (content.type === 'text' ? content.value.trim() : htmlToText(content.value)) : '';
  }
  const html = (item.content as { encoded?: string } | undefined)?.encoded ?? item.description ?? '';
  return htmlToText(html);
}

/** A title as one line of text. JSON Feed and Atom `type="text"` titles are text; RSS titles are commonly escaped HTML. */
function textOf(value: string | Text, format: ParsedFeed['format']): string | undefined {
  const text = typeof value === 'string' ? value : value?.value;
  if (!text) return undefined;
  const plain =
    format === 'json' || (typeof value === 'object' && (value.type ?? 'text') === 'text')
      ? text.replace(/\s+/g, ' ').trim()
      : htmlToLine(text);
  return plain || undefined;
}

/** RFC 822 (RSS), RFC 3339 (Atom, JSON Feed, dc:date) or an HTTP date; `undefined` when none of them parses. */
function dateOf(value: string | undefined): Date | undefined {
  if (!value?.trim()) return undefined;
  const text = value.trim();
  for (const parsed of [DateTime.fromRFC2822(text), DateTime.fromISO(text, { setZone: true }), DateTime.fromHTTP(text)]) {
    if (parsed.isValid) return parsed.toJSDate();
  }
  return undefined;
}
