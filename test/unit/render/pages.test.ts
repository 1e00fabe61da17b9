import { describe, expect, it } from 'vitest';
import { renderBriefingPage, renderIndexPage, type PageSite } from '../../../lambda/core/render/pages.ts';
import { STYLESHEET } from '../../../lambda/core/render/style.ts';
import type { Briefing } from '../../../lambda/core/types.ts';
import { makeBriefing, makeStory } from '../../helpers/briefings.ts';

const SITE: PageSite = { title: 'Tom & Jerry’s "Daily" <Brief>', language: 'en' };

/** A briefing whose every text is a trap: `&`, `<script>`, quotes, ’, Chinese characters and `]]>`. */
function briefing(date: string): Briefing {
  return makeBriefing(date, {
    title: `${SITE.title} — ${date}`,
    overview: 'Top story: Tom & Jerry said "hi" to 山水清音 ]]> again.',
    stories: [
      makeStory({
        articleIds: ['a.txt', 'b.txt'],
        headline: 'A <script>alert(1)</script> in a comment',
        summary: ['It ran in readers’ browsers & stole "cookies".', 'The fix closed ]]> too.'],
        entities: [
          { name: 'O’Brien & Sons', kind: 'organization', salience: 2 },
          { name: 'Li <Wen>', kind: 'person', salience: 1 },
          { name: '杭州', kind: 'place', salience: 1 },
        ],
      }),
    ],
    articleCount: 2,
    topEntities: [],
  });
}

const PAGE = renderBriefingPage(briefing('2024-03-08'), { previous: '2024-03-07', next: '2024-03-09' }, SITE);
const INDEX = renderIndexPage([briefing('2024-03-09'), briefing('2024-03-08')], SITE);

describe('Renderer: pages', () => {
  describe.each([
    ['briefing page', PAGE, '../'],
    ['index page', INDEX, ''],
  ])('Page: %s', (_name, html, root) => {
    it('declares the language and the charset', () => {
      expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(html).toContain('<meta charset="utf-8">');
    });

    it('advertises RSS, Atom and JSON Feed for autodiscovery, with relative links', () => {
      expect(html).toContain(
        `<link rel="alternate" type="application/rss+xml" title="Tom &amp; Jerry’s &quot;Daily&quot; &lt;Brief&gt; (RSS)" href="${root}feed.xml">`,
      );
      expect(html).toContain(
        `<link rel="alternate" type="application/atom+xml" title="Tom &amp; Jerry’s &quot;Daily&quot; &lt;Brief&gt; (Atom)" href="${root}atom.xml">`,
      );
      expect(html).toContain(
        `<link rel="alternate" type="application/feed+json" title="Tom &amp; Jerry’s &quot;Daily&quot; &lt;Brief&gt; (JSON Feed)" href="${root}feed.json">`,
      );
    });

    it('loads only the same-origin stylesheet: no inline style or script, nothing from another host', () => {
      expect(html).toContain(`<link rel="stylesheet" href="${root}style.css">`);
      expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    });

    it('has the landmarks: a skip link to main, a banner, labelled navigation, main and contentinfo', () => {
      expect(html).toContain('<a class="skip-link" href="#content">Skip to content</a>');
      expect(html).toContain('<header class="site-header">');
      expect(html).toContain('<nav aria-label="Subscribe">');
      expect(html).toContain('<main id="content">');
      expect(html).toContain('<footer class="site-footer">');
    });

    it('escapes every text, so markup in the articles shows as text', () => {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<Brief>');
      expect(html).toContain('Tom &amp; Jerry’s &quot;Daily&quot; &lt;Brief&gt;');
    });

    it('has exactly one h1, and only h2s after it', () => {
      const headings = [...html.matchAll(/<h([1-6])\b/g)].map((m) => m[1]);
      expect(headings[0]).toBe('1');
      expect(headings.slice(1).every((level) => level === '2')).toBe(true);
    });
  });

  describe('Function: renderBriefingPage', () => {
    it('shows the date, the title, the overview, each headline, summary and entities as escaped text', () => {
      expect(PAGE).toContain('<time datetime="2024-03-08">Friday, 8 March 2024</time>');
      expect(PAGE).toContain('<p class="overview" dir="auto">Top story: Tom &amp; Jerry said &quot;hi&quot; to 山水清音 ]]&gt; again.</p>');
      expect(PAGE).toContain('<h2 dir="auto">A &lt;script&gt;alert(1)&lt;/script&gt; in a comment</h2>');
      expect(PAGE).toContain('It ran in readers’ browsers &amp; stole &quot;cookies&quot;. The fix closed ]]&gt; too.');
      expect(PAGE).toContain('Li &lt;Wen&gt;');
      expect(PAGE).toContain('O’Brien &amp; Sons');
      expect(PAGE).toContain('杭州');
      expect(PAGE).not.toContain(']]>');
    });

    it('links to the previous and next days with rel, relative to the page, and back to the list', () => {
      expect(PAGE).toContain(
        '<a class="previous" rel="prev" href="2024-03-07.html"><span class="label">← Previous</span> Thursday, 7 March 2024</a>',
      );
      expect(PAGE).toContain(
        '<a class="next" rel="next" href="2024-03-09.html"><span class="label">Next →</span> Saturday, 9 March 2024</a>',
      );
      expect(PAGE).toContain('<a class="all" href="../index.html">All briefings</a>');
    });

    it('leaves out the link to a day that does not exist', () => {
      const first = renderBriefingPage(briefing('2024-03-07'), { next: '2024-03-08' }, SITE);
      const only = renderBriefingPage(briefing('2024-03-07'), {}, SITE);
      expect(first).not.toContain('rel="prev"');
      expect(first).toContain('rel="next"');
      expect(only).not.toMatch(/rel="(prev|next)"/);
      expect(only).toContain('All briefings');
    });

    it('rejects markup in a neighbour date by escaping it', () => {
      const hostile = renderBriefingPage(briefing('2024-03-08'), { previous: '"><script>x</script>' }, SITE);
      expect(hostile).not.toContain('<script>x');
      expect(hostile).toContain('href="&quot;&gt;&lt;script&gt;x&lt;/script&gt;.html"');
    });

    it('renders the same input to the same bytes', () => {
      expect(renderBriefingPage(briefing('2024-03-08'), { previous: '2024-03-07', next: '2024-03-09' }, SITE)).toBe(PAGE);
    });
  });

  describe('Function: renderIndexPage', () => {
    it('lists the briefings newest first, each linked to its page with its date and headlines', () => {
      const links = [...INDEX.matchAll(/<h2><a href="(briefings\/[^"]+)">/g)].map((m) => m[1]);
      expect(links).toEqual(['briefings/2024-03-09.html', 'briefings/2024-03-08.html']);
      expect(INDEX).toContain('<time datetime="2024-03-09">Saturday, 9 March 2024</time>');
      expect(INDEX).toContain('<li dir="auto">A &lt;script&gt;alert(1)&lt;/script&gt; in a comment</li>');
    });

    it('says so when there is no briefing yet', () => {
      expect(renderIndexPage([], SITE)).toContain('<p>No briefings yet.</p>');
    });
  });

  describe('Constant: STYLESHEET', () => {
    it('has a dark scheme and fetches nothing: no @import, url() or web font', () => {
      expect(STYLESHEET).toContain('@media (prefers-color-scheme: dark)');
      expect(STYLESHEET).not.toMatch(/@import|url\(|@font-face/);
    });
  });
});

describe('Renderer: sections in the briefing', () => {
  const sectioned = makeBriefing('2023-11-07', {
    stories: [
      makeStory({ headline: 'Harbour wall approved', section: 'Politics' }),
      makeStory({ headline: 'Halden shares fall', section: 'Business' }),
      makeStory({ headline: 'Marlow reach cup final', section: 'Sport' }),
      makeStory({ headline: 'Council tax frozen', section: 'Politics' }),
    ],
  });

  it('shows stories under section headings, each section where its best story ranks, with a jump list first', () => {
    const html = renderBriefingPage(sectioned, {}, SITE);

    const order = [
      'nav class="sections"',
      'id="section-politics"',
      'Harbour wall approved',
      'Council tax frozen',
      'id="section-business"',
      'Halden shares fall',
      'id="section-sport"',
    ];
    const at = order.map((needle) => html.indexOf(needle));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toContain('<a href="#section-politics">Politics</a> (2)');
    expect(html).toContain('<h2 class="section-name">Business</h2>');
    expect(html).toContain('<h3 dir="auto">Halden shares fall</h3>');
  });

  it('keeps the flat list for a briefing stored before stories had sections', () => {
    const html = renderBriefingPage(briefing('2023-11-06'), {}, SITE);

    expect(html).not.toContain('class="sections"');
    expect(html).not.toContain('section-name');
  });
});
