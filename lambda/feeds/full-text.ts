import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText } from '../core/feeds/decode-text.ts';
import { htmlToText } from '../core/feeds/html-text.ts';
import { FetchError, type HttpFetcher } from '../ports/http-fetcher.ts';

// Shorter than this, what Readability found is a teaser or a cookie banner, not the article.
const MIN_ARTICLE_CHARS = 200;

/**
 * The article text of an item's page: fetched with the same limits and address checks as the feeds, the main content
 * found by Mozilla's Readability (on a linkedom document: no scripts run, nothing else is loaded), then made plain text.
 * `undefined` when the page cannot be fetched or has no article, so the item's own text is used instead.
 */
export async function fetchFullText(fetcher: HttpFetcher, url: string): Promise<string | undefined> {
  try {
    const page = await fetcher.fetch({ url, accept: 'text/html, application/xhtml+xml;q=0.9' });
    if (page.status !== 'ok') return undefined;
    return extractArticleText(decodePage(page.body, page.contentType), page.url);
  } catch (error) {
    if (error instanceof FetchError) return undefined;
    throw error;
  }
}

/** The main article of an HTML page as plain text, or `undefined` when Readability finds none. */
export function extractArticleText(html: string, url: string): string | undefined {
  const { document } = parseHTML(html);
  // Readability resolves relative links against the document's URL; linkedom documents have none of their own.
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head?.appendChild(base);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const text = article?.content ? htmlToText(article.content) : '';
  return text.length >= MIN_ARTICLE_CHARS ? text : undefined;
}

function decodePage(bytes: Uint8Array, contentType: string | undefined): string {
  const label = /charset="?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return decodeText(bytes, label);
  } catch {
    return decodeText(bytes);
  }
}
