import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewsboatHome, type NewsboatHome, type SavedArticle } from '../helpers/newsboat-runner.ts';
import type { Briefing } from '../../lambda/core/types.ts';
import { SERVE_DATES, SERVE_TITLE, SERVE_TRAPS } from '../helpers/serve-articles.ts';
import { briefingTexts, readBriefings, serveFixtureSite, type ServedSite } from '../helpers/serve-site.ts';

// Debian's newsboat, reading the served feeds as a subscriber would (docs/feed-consumers.md: it repairs a raw `&` into a
// gap, cuts an Atom title at a raw `<`, and shares item ids across feeds).
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const DEBRIS = [/&amp;/, /&lt;/, /&gt;/, /&quot;/, /&#\d+;/, /<\/?(p|h\d|span|section|div|br)\b/i, /CDATA/];

describe('Consumer: newsboat', () => {
  let site: ServedSite;
  const homes: Record<'both' | 'rss' | 'atom', NewsboatHome> = {} as never;
  const saved: Record<'rss' | 'atom', SavedArticle[]> = { rss: [], atom: [] };
  let briefings: Briefing[] = [];

  beforeAll(async () => {
    site = await serveFixtureSite('newsboat');
    briefings = await readBriefings(site);
    const feeds = { rss: `${site.url}feed.xml`, atom: `${site.url}atom.xml` };
    homes.both = await createNewsboatHome(await mkdtemp(join(site.scratch, 'both-')), [feeds.rss, feeds.atom]);
    homes.rss = await createNewsboatHome(await mkdtemp(join(site.scratch, 'rss-')), [feeds.rss]);
    homes.atom = await createNewsboatHome(await mkdtemp(join(site.scratch, 'atom-')), [feeds.atom]);
    await Promise.all([homes.both.reload(), homes.rss.reload(), homes.atom.reload()]);
    saved.rss = await homes.rss.saveAll();
    saved.atom = await homes.atom.saveAll();
  });

  afterAll(async () => {
    await site?.close();
  });

  it('shows every briefing of both feeds from one cache: RSS and Atom ids differ', async () => {
    expect(await homes.both.printUnread()).toBe(SERVE_DATES.length * 2);
  });

  it.each(['rss', 'atom'] as const)('shows each date exactly once in the %s feed, linked to its page', (format) => {
    const articles = saved[format];
    expect(articles.map((a) => a.link).sort()).toEqual(SERVE_DATES.map((date) => `${site.url}briefings/${date}.html`));
    expect(articles.map((a) => a.date).sort()).toEqual([
      'Fri, 08 Mar 2024 06:00:00 +0000',
      'Sat, 09 Mar 2024 06:00:00 +0000',
      'Thu, 07 Mar 2024 06:00:00 +0000',
    ]);
  });

  it.each(['rss', 'atom'] as const)('shows the %s feed and item titles intact: &, quotes, <, ’ and Chinese', (format) => {
    for (const article of saved[format]) {
      expect(article.feed).toBe(SERVE_TITLE);
      expect(article.title).toMatch(new RegExp(`^${SERVE_TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — \\d{1,2} March 2024$`));
    }
  });

  it('publishes fixture text that carries every trap (a guard on the fixture)', () => {
    const all = briefings.flatMap(briefingTexts).join(' ');
    for (const trap of SERVE_TRAPS) expect(all, `no published sentence contains ${trap}`).toContain(trap);
  });

  it.each(['rss', 'atom'] as const)(
    'shows every headline and summary sentence of the %s feed as text, with no entity or tag debris',
    (format) => {
      for (const briefing of briefings) {
        const article = saved[format].find((a) => a.link.endsWith(`/briefings/${briefing.date}.html`));
        const text = oneLine(article?.text ?? '');
        for (const sentence of briefingTexts(briefing)) expect(text).toContain(oneLine(sentence));
        for (const debris of DEBRIS) expect(text).not.toMatch(debris);
      }
    },
  );

  it('gets a 304 for a conditional request on a later reload (newsboat sends them from its third reload on)', async () => {
    const fromNewsboat = () => site.log.filter((r) => r.userAgent.startsWith('newsboat/'));
    await homes.both.reload();
    const before = fromNewsboat().length;
    await homes.both.reload();
    const third = fromNewsboat().slice(before);
    expect(third.map((r) => [r.path, r.conditional, r.status]).sort()).toEqual([
      ['/atom.xml', true, 304],
      ['/feed.xml', true, 304],
    ]);
    // Nothing changed, so the reader still shows the same six articles, none duplicated.
    expect(await homes.both.printUnread()).toBe(SERVE_DATES.length * 2);
  });
});
