import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Parser from 'rss-parser';

const run = promisify(execFile);

/** One item as a consumer read it, reduced to what a reader shows: plain text, an absolute link, a UTC instant. */
export interface ConsumedItem {
  readonly id: string;
  readonly title: string;
  readonly link: string;
  /** ISO 8601 UTC, or '' when the consumer found no date. */
  readonly published: string;
  readonly updated: string;
  /** The briefing's body as text (tags dropped, entities decoded). */
  readonly content: string;
  readonly summary: string;
  readonly categories: readonly string[];
}

/** A feed as a consumer read it. */
export interface ConsumedFeed {
  /** Universal Feed Parser's "bozo" flag: the XML was malformed (rss-parser throws instead). */
  readonly bozo: boolean;
  readonly bozoReason: string;
  readonly version: string;
  readonly title: string;
  readonly items: readonly ConsumedItem[];
}

// feedparser fetches the URL itself (urllib), as it would in a reader built on it.
// HTML-typed fields are reduced to text so RSS (plain titles) and Atom (HTML titles) compare equal.
const FEEDPARSER = `
import calendar, datetime, html, json, re, sys
import feedparser

def text(detail):
    if not detail:
        return ''
    value = detail.get('value', '')
    if 'html' in detail.get('type', ''):
        value = html.unescape(re.sub(r'<[^>]+>', ' ', value))
    return ' '.join(value.split())

def iso(parsed):
    if not parsed:
        return ''
    return datetime.datetime.fromtimestamp(calendar.timegm(parsed), datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')

d = feedparser.parse(sys.argv[1])
print(json.dumps({
    'bozo': bool(d.bozo),
    'bozoReason': str(d.get('bozo_exception', '')),
    'version': d.version,
    'title': text(d.feed.get('title_detail')),
    'items': [{
        'id': e.get('id', ''),
        'title': text(e.get('title_detail')),
        'link': e.get('link', ''),
        'published': iso(e.get('published_parsed')),
        'updated': iso(e.get('updated_parsed')),
        'content': text(e.content[0]) if e.get('content') else '',
        'summary': text(e.get('summary_detail')),
        'categories': [t.get('term') for t in e.get('tags', [])],
    } for e in d.entries],
}, ensure_ascii=False))
`;

/** Universal Feed Parser (Debian's python3-feedparser, run with /usr/bin/python3) reading `url`. */
export async function parseWithFeedparser(url: string): Promise<ConsumedFeed> {
  const { stdout } = await run('/usr/bin/python3', ['-c', FEEDPARSER, url], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as ConsumedFeed;
}

/** npm's rss-parser reading `url` (it throws on malformed XML). */
export async function parseWithRssParser(url: string): Promise<ConsumedFeed> {
  const parser: Parser = new Parser({ customFields: { item: ['updated', 'published'] } });
  const feed = await parser.parseURL(url);
  return {
    bozo: false,
    bozoReason: '',
    version: '',
    title: feed.title ?? '',
    items: feed.items.map((item) => {
      const fields = item as typeof item & { id?: string; updated?: string; published?: string; 'content:encoded'?: string };
      return {
        id: item.guid ?? fields.id ?? '',
        title: item.title ?? '',
        link: item.link ?? '',
        published: item.isoDate ?? '',
        updated: fields.updated ? new Date(fields.updated).toISOString() : '',
        content: htmlText(fields['content:encoded'] ?? item.content ?? ''),
        summary: htmlText(item.summary ?? item.content ?? ''),
        categories: (item.categories ?? []).map((c: unknown) => (typeof c === 'string' ? c : String((c as { _?: string })._ ?? ''))),
      };
    }),
  };
}

/** HTML to the text a reader shows: tags become spaces, entities are decoded, whitespace collapses. */
export function htmlText(htmlSource: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return htmlSource
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return named[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
