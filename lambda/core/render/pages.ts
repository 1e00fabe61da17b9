import escapeHtml from 'escape-html';
import { DateTime } from 'luxon';
import { briefingPageKey } from '../site-keys.ts';
import type { Briefing } from '../types.ts';
import { balanceBidi, stripBidiControls } from './bidi.ts';
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

/** How many story headlines the index shows under each briefing. */
const INDEX_HEADLINES = 5;

/**
 * The briefing's own page, `briefings/YYYY-MM-DD.html`: the date, the overview, every story, and links to the
 * days either side. Links are relative, so the site works on any host; every text is escaped.
 */
export function renderBriefingPage(briefing: Briefing, neighbours: Neighbours, site: PageSite): string {
  const body = [
    `<article class="briefing">`,
    `<header class="briefing-header">`,
    `<p class="date">${timeOf(briefing.date)}</p>`,
    `<h1>${escapeHtml(briefing.title)}</h1>`,
    // Several headlines in one paragraph: no markup can keep one's directional controls from the next, so none stay.
    `<p class="overview" dir="auto">${escapeHtml(stripBidiControls(briefing.overview))}</p>`,
    `</header>`,
    renderStoriesHtml(briefing),
    `</article>`,
    renderDays(neighbours),
  ].join('\n');
  return renderDocument({ site, title: briefing.title, description: stripBidiControls(briefing.overview), root: '../', body });
}

/** The site's front page, `index.html`: the recent briefings, newest first, each with its top headlines. */
export function renderIndexPage(briefings: readonly Briefing[], site: PageSite): string {
  const items = briefings.map((b) => `<li>\n${renderSummaryCard(b)}\n</li>`);
  const body = [
    `<h1>${escapeHtml(site.title)}</h1>`,
    `<p class="intro">One briefing a day: the day’s main stories, each with a short summary and the people, places and organisations in it. ` +
      `Follow it in any feed reader with the <a href="feed.xml">RSS</a>, <a href="atom.xml">Atom</a> or <a href="feed.json">JSON Feed</a> feed.</p>`,
    items.length ? `<ol class="briefings" aria-label="Recent briefings">\n${items.join('\n')}\n</ol>` : `<p>No briefings yet.</p>`,
  ].join('\n');
  return renderDocument({ site, title: site.title, description: `${site.title}: recent briefings`, root: '', body });
}

function renderSummaryCard(briefing: Briefing): string {
  const headlines = briefing.stories.slice(0, INDEX_HEADLINES).map((s) => `<li dir="auto">${escapeHtml(balanceBidi(s.headline))}</li>`);
  return [
    `<article class="card">`,
    `<h2><a href="${escapeHtml(briefingPageKey(briefing.date))}">${escapeHtml(briefing.title)}</a></h2>`,
    `<p class="date">${timeOf(briefing.date)}</p>`,
    headlines.length ? `<ul class="headlines">\n${headlines.join('\n')}\n</ul>` : '',
    `</article>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Previous and next day, and the way back to the list; `rel` lets readers and browsers follow the sequence. */
function renderDays({ previous, next }: Neighbours): string {
  const links = [
    previous
      ? `<a class="previous" rel="prev" href="${escapeHtml(previous)}.html"><span class="label">← Previous</span> ${escapeHtml(weekdayDate(previous))}</a>`
      : '',
    `<a class="all" href="../index.html">All briefings</a>`,
    next
      ? `<a class="next" rel="next" href="${escapeHtml(next)}.html"><span class="label">Next →</span> ${escapeHtml(weekdayDate(next))}</a>`
      : '',
  ];
  return `<nav class="days" aria-label="Other days">\n${links.filter(Boolean).join('\n')}\n</nav>`;
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
  const feeds = `<a href="${root}feed.xml">RSS</a> <a href="${root}atom.xml">Atom</a> <a href="${root}feed.json">JSON Feed</a>`;
  // The empty data: icon stops browsers asking for /favicon.ico, a request that would only 404.
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
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
<a class="site-title" href="${root}index.html">${siteTitle}</a>
<nav aria-label="Subscribe"><span class="label">Subscribe:</span> ${feeds}</nav>
</header>
<main id="content">
${body}
</main>
<footer class="site-footer">
<p>Headlines and summaries are taken automatically from the day’s articles, in their own words.</p>
</footer>
</body>
</html>
`;
}

function timeOf(date: string): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(weekdayDate(date))}</time>`;
}

/** e.g. "Monday, 6 November 2023"; a date that does not parse is shown as given. */
function weekdayDate(date: string): string {
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  return parsed.isValid ? parsed.setLocale('en-GB').toFormat('cccc, d MMMM yyyy') : date;
}
