import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeedBytes } from '../../../lambda/core/feeds/feed-items.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Function: parseFeedBytes', () => {
  it('reads RSS 0.91 items', () => {
    const feed = parseFeedBytes(
      bytes(`<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>https://old.example/</link><description>d</description>
<item><title>Vintage &amp; fine</title><link>https://old.example/1</link><description>Plain &lt;b&gt;bold&lt;/b&gt; text.</description></item></channel></rss>`),
    );
    expect(feed).toEqual({
      format: 'rss',
      title: 'Old',
      items: [{ link: 'https://old.example/1', title: 'Vintage & fine', text: 'Plain bold text.' }],
    });
  });

  it('reads Atom 0.3 issued and modified dates as published and updated', () => {
    const feed = parseFeedBytes(
      bytes(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>A</title>
<entry><title>E</title><id>urn:e</id><link rel="alternate" type="text/html" href="https://a.example/e"/><issued>2026-03-09T10:00:00Z</issued><modified>2026-03-10T10:00:00+01:00</modified><summary>S</summary></entry></feed>`),
    );
    expect(feed.items[0]).toEqual({
      guid: 'urn:e',
      link: 'https://a.example/e',
      title: 'E',
      text: 'S',
      published: new Date('2026-03-09T10:00:00Z'),
      updated: new Date('2026-03-10T09:00:00Z'),
    });
  });

  it('reads JSON Feed 1.0 with content_text, and an RFC 822 date with a named zone', () => {
    const json = parseFeedBytes(
      bytes(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1',
          title: 'J',
          items: [{ id: '1', url: 'https://j.example/1', content_text: ' Text. ' }],
        }),
      ),
    );
    expect(json.items[0]).toEqual({ guid: '1', link: 'https://j.example/1', text: 'Text.' });
    const rss = parseFeedBytes(
      bytes(
        '<rss version="2.0"><channel><title>T</title><item><title>x</title><pubDate>Mon, 09 Mar 2026 08:00:00 EST</pubDate></item></channel></rss>',
      ),
    );
    expect(rss.items[0]!.published).toEqual(new Date('2026-03-09T13:00:00Z'));
  });

  it('honours an HTTP charset over the XML declaration, and reads ISO-8859-1 as Windows-1252', () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>T</title><item><title>\u0093Caf\u00e9\u0094</title></item></channel></rss>';
    const latin = Uint8Array.from(xml, (c) => c.charCodeAt(0));
    expect(parseFeedBytes(latin).items[0]!.title).toBe('“Café”');
    expect(parseFeedBytes(latin, 'text/xml; charset=windows-1252').items[0]!.title).toBe('“Café”');
  });

  it('rejects malformed XML, naming the line', () => {
    expect(() => parseFeedBytes(bytes('<rss version="2.0">\n<channel><item><title>x</item></channel></rss>'))).toThrow(
      /^malformed XML at line 2: /,
    );
    expect(() => parseFeedBytes(bytes('<rss version="2.0">\n<channel><item><title>x</item></channel></rss>'))).toThrow(FeedParseError);
  });

  it('rejects a document that is not a feed, and an unknown charset', () => {
    expect(() => parseFeedBytes(bytes('<html><body>Hi</body></html>'))).toThrow(/^not a feed/);
    expect(() => parseFeedBytes(bytes('<rss/>'), 'text/xml; charset=x-klingon')).toThrow('unknown charset "x-klingon"');
  });
});
