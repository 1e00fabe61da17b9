import escapeHtml from 'escape-html';
import { DateTime } from 'luxon';
import type { Briefing } from '../types.ts';
import { renderStoriesHtml } from './briefing-html.ts';

/** What a page needs to know about the site. */
export interface PageSite {
  /** The feed's title, e.g. "Daily Briefing". */
  readonly title: string;
  /** BCP 47 language of the pages. */
  readonly language: string;
}

/** The dates either side of a briefing, for the links between days. */
export interface Neighbours {
  readonly previous?: string;
  readonly next?: string;
}

/** The briefing's own page, `briefings/YYYY-MM-DD.html`. Links are relative, so the site works on any host. */
export function renderBriefingPage(briefing: Briefing, neighbours: Neighbours, site: PageSite): string {
  const days = [
    neighbours.previous ? `<a rel="prev" href="${neighbours.previous}.html">← ${weekdayDate(neighbours.previous)}</a>` : '',
    neighbours.next ? `<a rel="next" href="${neighbours.next}.html">${weekdayDate(neighbours.next)} →</a>` : '',
  ].filter(Boolean);
  const body = [
    `<article>`,
    `<header class="briefing-header">`,
    `<p class="date"><time datetime="${briefing.date}">${weekdayDate(briefing.date)}</time></p>`,
    `<h1>${escapeHtml(briefing.title)}</h1>`,
    `<p class="overview">${escapeHtml(briefing.overview)}</p>`,
    `</header>`,
    renderStoriesHtml(briefing),
    `</article>`,
    days.length ? `<nav class="days" aria-label="Other days">${days.join('\n')}</nav>` : '',
  ];
  return renderDocument({ site, title: briefing.title, description: briefing.overview, root: '../', body: body.filter(Boolean).join('\n') });
}

/** The site's front page, `index.html`: the recent briefings, newest first. */
export function renderIndexPage(briefings: readonly Briefing[], site: PageSite): string {
  const items = briefings.map(
    (b) =>
      `<li><article>\n<h2><a href="briefings/${b.date}.html">${escapeHtml(b.title)}</a></h2>\n` +
      `<p class="date"><time datetime="${b.date}">${weekdayDate(b.date)}</time></p>\n<p>${escapeHtml(b.overview)}</p>\n</article></li>`,
  );
  const body = [
    `<h1>${escapeHtml(site.title)}</h1>`,
    `<p class="intro">A daily briefing of the news. Subscribe in any feed reader: <a href="feed.xml">RSS</a>, <a href="atom.xml">Atom</a> or <a href="feed.json">JSON Feed</a>.</p>`,
    items.length ? `<ol class="briefings" reversed>\n${items.join('\n')}\n</ol>` : `<p>No briefings yet.</p>`,
  ].join('\n');
  return renderDocument({ site, title: site.title, description: `${site.title}: recent briefings`, root: '', body });
}

interface DocumentParts {
  readonly site: PageSite;
  readonly title: string;
  readonly description: string;
  /** The relative path from this page to the site root ("" or "../"). */
  readonly root: string;
  readonly body: string;
}

function renderDocument({ site, title, description, root, body }: DocumentParts): string {
  const siteTitle = escapeHtml(site.title);
  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}style.css">
<link rel="alternate" type="application/rss+xml" title="${siteTitle} (RSS)" href="${root}feed.xml">
<link rel="alternate" type="application/atom+xml" title="${siteTitle} (Atom)" href="${root}atom.xml">
<link rel="alternate" type="application/feed+json" title="${siteTitle} (JSON Feed)" href="${root}feed.json">
</head>
<body>
<header class="site-header">
<a class="site-title" href="${root}index.html">${siteTitle}</a>
<nav aria-label="Feeds"><a href="${root}feed.xml">RSS</a> <a href="${root}atom.xml">Atom</a> <a href="${root}feed.json">JSON Feed</a></nav>
</header>
<main>
${body}
</main>
<footer class="site-footer"><p>Summaries are extracted automatically from the day's articles.</p></footer>
</body>
</html>
`;
}

/** e.g. "Monday, 6 November 2023". */
function weekdayDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale('en-GB').toFormat('cccc, d MMMM yyyy');
}
