import escapeHtml from 'escape-html';
import type { StoryLink } from '../types.ts';
import { balanceBidi } from './bidi.ts';

/** How many of a story's articles its source list names; the rest are counted. */
export const MAX_SOURCE_LINKS = 5;

/**
 * A story's source list: each titled or linked article as its title (else its site's host), linked to its page,
 * with its publishers; at most {@link MAX_SOURCE_LINKS}, then "and N more". Every text and URL is escaped, and only
 * http(s) URLs become links, so nothing an article says can become markup or a script URL.
 */
export function renderSourceLinks(links: readonly StoryLink[], articleCount: number): string {
  // The first that can be shown, no more: a story of 10,000 copies would otherwise parse 10,000 URLs.
  const shown: StoryLink[] = [];
  for (const link of links) {
    if (shown.length >= MAX_SOURCE_LINKS) break;
    if (link.title !== undefined || httpUrl(link.url)) shown.push(link);
  }
  const items = shown.map(renderLink);
  const more = articleCount - shown.length;
  if (more > 0) items.push(`and ${more} more`);
  const label = articleCount === 1 ? 'Source' : `From ${articleCount} articles`;
  // Semicolons between items: titles often contain commas.
  return `<p class="sources">${label}: ${items.join('; ')}.</p>`;
}

function renderLink({ title, url, sources }: StoryLink): string {
  const href = httpUrl(url);
  // Isolated, as every article-derived string: a title's direction or stray override stays inside its <bdi>.
  const text = `<bdi>${escapeHtml(balanceBidi(title ?? href?.hostname.replace(/^www\./, '') ?? ''))}</bdi>`;
  // rel="noopener": the publisher's page gets no handle on ours, even where a reader opens links in a new tab.
  const anchor = href ? `<a href="${escapeHtml(href.href)}" rel="noopener">${text}</a>` : text;
  return sources?.length ? `${anchor} (${sources.map((source) => `<bdi>${escapeHtml(balanceBidi(source))}</bdi>`).join(', ')})` : anchor;
}

function httpUrl(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
