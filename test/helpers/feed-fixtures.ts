import { STORY_TEXT } from './articles.ts';

/** Feeds written for the feed tests (never fetched from anywhere but loopback), all dated around 10 March 2026. */

export const FIXED_NOW = new Date('2026-03-10T08:00:00Z');

/** RSS 2.0: a dated item with tracking noise in its link, an undated item, one dated tomorrow, and hostile HTML. */
export function rss2(options: { railText?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Port Elham Gazette</title><link>https://gazette.example/</link><description>News</description>
<item><title>Harbour wall to be rebuilt</title><link>https://gazette.example/harbour?utm_source=rss&amp;utm_medium=feed&amp;id=7#comments</link>
<guid isPermaLink="false">gazette-1</guid><pubDate>Tue, 10 Mar 2026 06:00:00 GMT</pubDate>
<description>${escapeXml(`<p>${STORY_TEXT.harbour}</p><script>alert("owned")</script><iframe src="https://evil.example/"></iframe><img src="https://track.example/pixel.gif" width="1" height="1">`)}</description></item>
<item><title>Rail line opens &amp; commuters cheer</title><link>https://gazette.example/rail</link>
<description>${escapeXml(`<p>${options.railText ?? STORY_TEXT.rail}</p>`)}</description></item>
<item><title>Tomorrow's markets</title><link>https://gazette.example/markets</link><pubDate>Wed, 11 Mar 2026 07:00:00 GMT</pubDate>
<description>${escapeXml(STORY_TEXT.market)}</description></item>
</channel></rss>`;
}

/** Atom 1.0 carrying the harbour story under the same link, spelt differently, plus its own item. */
export function atom(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Wire</title><id>urn:coast-wire</id><updated>2026-03-10T07:00:00Z</updated>
<entry><title>Council backs harbour plan</title><id>urn:coast-wire:1</id><link rel="alternate" href="HTTPS://GAZETTE.example/harbour?id=7&amp;fbclid=abc"/>
<updated>2026-03-10T07:00:00Z</updated><content type="html">${escapeXml(`<p>${STORY_TEXT.harbour}</p>`)}</content></entry>
<entry><title type="text">Ferry timetable &lt;changes&gt;</title><id>urn:coast-wire:2</id><link href="https://coast.example/ferry"/>
<published>2026-03-09T12:00:00Z</published><summary>The Calder ferry will sail twice a day from April, its operator said on Monday.</summary></entry>
</feed>`;
}

/** RSS 1.0 (RDF) with dc:date. */
export function rss1(): string {
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF Times</title><link>https://rdf.example/</link><description>d</description></channel>
<item rdf:about="https://rdf.example/library"><title>Scroll goes on show</title><link>https://rdf.example/library</link>
<description>The scroll went on show at the National Library in Port Elwyn on Monday, the first time it has been seen in Europe.</description><dc:date>2026-03-09T10:00:00Z</dc:date></item>
</rdf:RDF>`;
}

/** JSON Feed 1.1. */
export function jsonFeed(): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'JSON Daily',
    items: [
      {
        id: 'j1',
        url: 'https://json.example/bridge',
        title: 'Bridge reopens',
        content_html: '<p>The old bridge over the Calder reopened on Monday after repairs.</p>',
        date_published: '2026-03-09T09:00:00Z',
      },
    ],
  });
}

/** An RSS 2.0 feed in ISO-8859-1 (declared in the XML declaration): "Café" and "Zürich" as single bytes. */
export function latin1Feed(): Uint8Array {
  const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Le Journal</title><link>https://journal.example/</link><description>d</description>
<item><title>Café opens in Zürich</title><link>https://journal.example/cafe</link><pubDate>Mon, 09 Mar 2026 08:00:00 GMT</pubDate>
<description>A café opened in Zürich on Monday, serving crème brûlée.</description></item></channel></rss>`;
  return Uint8Array.from(xml, (c) => c.charCodeAt(0));
}

/** An RSS 2.0 feed in Windows-1252, declared only by the HTTP charset: curly quotes are bytes 0x93 and 0x94. */
export function windows1252Feed(): Uint8Array {
  const xml = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Quote Post</title><link>https://quotes.example/</link><description>d</description>
<item><title>\u0093Night train is back\u0094</title><link>https://quotes.example/train</link><pubDate>Mon, 09 Mar 2026 08:00:00 GMT</pubDate>
<description>Westline said the night train is back on Monday.</description></item></channel></rss>`;
  return Uint8Array.from(xml, (c) => c.charCodeAt(0));
}

/** A feed whose one item links to a page on the test server, for the full-text path. */
export function fullTextFeed(origin: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title><link>${origin}/</link><description>d</description>
<item><title>Ferry strike ends</title><link>${origin}/page/strike</link><pubDate>Mon, 09 Mar 2026 08:00:00 GMT</pubDate><description>Read more on our site.</description></item>
</channel></rss>`;
}

/** The article page behind {@link fullTextFeed}: navigation, a script, and the article. */
export function articlePage(): string {
  const paragraphs = [
    'Ferry crews in Calder ended their strike on Monday after the operator, Norlight Ferries, agreed to a new pay deal.',
    'The strike had stopped every crossing for nine days, stranding hundreds of travellers and delaying freight to the islands.',
    'Union leader Maria Lindqvist said the deal was fair and that crews would return to work on Tuesday morning.',
    'Norlight Ferries said the first sailings would leave at six and that tickets for cancelled crossings would be honoured.',
  ];
  return `<!doctype html><html><head><title>Ferry strike ends</title><script>document.write("tracker")</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry strike ends</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<img src="/pixel.gif"></article>
<footer>Copyright Teasers Ltd</footer></body></html>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
