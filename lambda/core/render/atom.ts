import escapeHtml from 'escape-html';
import { type ElementCompact, js2xml } from 'xml-js';
import { stripBidiControls } from './bidi.ts';
import { renderStoriesHtml } from './briefing-html.ts';
import { categoryName, FEED_GENERATOR, type FeedEntry, type FeedSite, feedDescription, itemIds, lastChange } from './feed-entries.ts';
import type { SiteUrls } from './site-urls.ts';

/**
 * Renders Atom 1.0 (RFC 4287) for `entries`, newest first.
 *
 * Written from the model with xml-js, the serializer `feed` itself uses, rather than with `feed`: feed 6 declares
 * every entry title `type="html"` and has no option for `type="text"` (jpmonette/feed#192). As HTML, a plain title
 * with `&` or `<` would be read as markup, and an escaped one shows `&amp;` in readers that do not decode
 * (rss-parser). A `type="text"` title (RFC 4287 §3.1.1) in CDATA reads right everywhere. The document is element for
 * element what feed writes otherwise, so switching changed no byte.
 *
 * What Atom readers require (docs/feed-consumers.md): ids that parse as URLs, hence `tag:` URIs; a feed author; a
 * `term` on every category; an explicit self link.
 */
export function renderAtom(entries: readonly FeedEntry[], site: FeedSite, urls: SiteUrls, whenEmpty: Date): string {
  const document: ElementCompact = {
    _declaration: { _attributes: { version: '1.0', encoding: 'utf-8' } },
    feed: {
      _attributes: { xmlns: 'http://www.w3.org/2005/Atom' },
      id: urls.home,
      title: site.title,
      updated: lastChange(entries, whenEmpty).toISOString(),
      generator: FEED_GENERATOR,
      author: { name: site.title, uri: url(urls.home) },
      link: [
        { _attributes: { rel: 'alternate', href: attribute(url(urls.home)) } },
        { _attributes: { rel: 'self', href: attribute(url(urls.atom)) } },
      ],
      subtitle: feedDescription(site),
      entry: entries.map((entry) => toEntry(entry, urls)),
    },
  };
  // xml-js splits only the first `]]>` of a CDATA section by default; split every one.
  return js2xml(document, { compact: true, spaces: 4, cdataFn: (text) => text.replaceAll(']]>', ']]]]><![CDATA[>') });
}

function toEntry({ briefing, publishedAt, updatedAt }: FeedEntry, urls: SiteUrls): ElementCompact {
  return {
    title: { _attributes: { type: 'text' }, _cdata: briefing.title },
    id: url(itemIds(urls, briefing.date).atom),
    link: [{ _attributes: { href: attribute(url(urls.page(briefing.date))) } }],
    updated: updatedAt.toISOString(),
    summary: { _attributes: { type: 'html' }, _cdata: escapeHtml(stripBidiControls(briefing.overview)) },
    content: { _attributes: { type: 'html' }, _cdata: renderStoriesHtml(briefing) },
    category: briefing.topEntities.map((e) => {
      const name = attribute(categoryName(e.name));
      return { _attributes: { label: name, term: name } };
    }),
    published: publishedAt.toISOString(),
  };
}

/** A URL as the WHATWG URL parser writes it (an id must parse as one: RFC 4287 §4.2.6). */
function url(value: string): string {
  return new URL(value).href;
}

/** xml-js escapes only `"` in attribute values; `&` and `<` are the caller's. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
