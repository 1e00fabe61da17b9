import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';
import { createFsStore } from '../../lambda/adapters/fs-store.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import { createHttpFetcher } from '../../lambda/adapters/http-fetcher.ts';
import { parseConfig } from '../../lambda/core/config.ts';
import type { FeedSource } from '../../lambda/core/feeds/sources-list.ts';
import { summariseFeeds } from '../../lambda/feeds/feeds-report.ts';
import { ingestFeeds, type FeedsReport } from '../../lambda/feeds/ingest-feeds.ts';
import { runBriefing } from '../../lambda/run-briefing.ts';
import { tempDir } from '../helpers/cli.ts';
import { articlePage, atom, FIXED_NOW, fullTextFeed, jsonFeed, latin1Feed, rss1, rss2, windows1252Feed } from '../helpers/feed-fixtures.ts';
import { redirect, serve, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const HOUR = 3_600_000;

describe('Use case: ingestFeeds (loopback feeds, filesystem stores)', () => {
  let server: FeedServer;
  let seeds: string;
  let out: string;
  let sources: FeedSource[];
  const runs: FeedsReport[] = [];
  const fetcher = createHttpFetcher({ allowPrivateNetwork: true, totalTimeoutMs: 8_000, connectTimeoutMs: 4_000 });
  const ingest = (at: Date) =>
    ingestFeeds({
      sources,
      fetcher,
      stateStore: createFsStore({ dir: out }),
      articleStore: createFsStore({ dir: seeds }),
      clock: () => at,
      timezone: 'Europe/London',
    });
  const articles = async (): Promise<Record<string, string>> => {
    const names = (await readdir(seeds)).filter((n) => n.endsWith('.txt')).sort();
    return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(seeds, n), 'utf8')] as const)));
  };

  beforeAll(async () => {
    server = await startFeedServer();
    seeds = await tempDir('feed-seeds');
    out = await tempDir('feed-out');
    const o = server.origin;
    const routes: Record<string, Parameters<typeof server.routes.set>[1]> = {
      '/rss2.xml': serve(rss2(), { 'content-type': 'application/rss+xml', etag: '"v1"' }),
      '/atom.xml': serve(atom(), { 'content-type': 'application/atom+xml', 'last-modified': 'Tue, 10 Mar 2026 07:00:00 GMT' }),
      '/rss1.rdf': serve(rss1(), { 'content-type': 'application/rdf+xml' }),
      '/feed.json': serve(jsonFeed(), { 'content-type': 'application/feed+json' }),
      '/latin1.xml': serve(latin1Feed(), { 'content-type': 'application/xml' }),
      '/cp1252.xml': serve(windows1252Feed(), { 'content-type': 'application/rss+xml; charset=windows-1252' }),
      '/gzip.xml': serve(gzipSync(rss1().replaceAll('rdf.example', 'gzip.example')), {
        'content-type': 'application/xml',
        'content-encoding': 'gzip',
      }),
      '/br.json': serve(brotliCompressSync(jsonFeed().replaceAll('json.example', 'br.example')), {
        'content-type': 'application/feed+json',
        'content-encoding': 'br',
      }),
      '/moved': redirect(`${o}/moved-again`, 301),
      '/moved-again': redirect('/final.json', 302),
      '/final.json': serve(jsonFeed().replaceAll('json.example', 'final.example'), { 'content-type': 'application/feed+json' }),
      '/loop-a': redirect(`${o}/loop-b`),
      '/loop-b': redirect(`${o}/loop-a`),
      '/error': (_req, res) => void res.writeHead(500).end('oops'),
      '/stall': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel>'); // and nothing more
      },
      '/huge': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let sent = 0;
        const pump = () => {
          while (sent < 50 && !res.destroyed && res.write(chunk)) sent++;
          if (sent >= 50) res.end();
        };
        res.on('drain', pump);
        pump();
      },
      '/malformed.xml': serve(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x</item></channel></rss>',
        { 'content-type': 'application/rss+xml' },
      ),
      '/teasers.xml': serve(fullTextFeed(o), { 'content-type': 'application/rss+xml' }),
      '/page/strike': serve(articlePage(), { 'content-type': 'text/html; charset=utf-8' }),
    };
    for (const [path, route] of Object.entries(routes)) server.routes.set(path, route);
    const feed = (path: string, title?: string, fullText = false): FeedSource => ({
      url: `${o}${path}`,
      ...(title && { title }),
      fullText,
    });
    sources = [
      feed('/rss2.xml', 'Gazette'),
      feed('/atom.xml'),
      feed('/rss1.rdf'),
      feed('/feed.json'),
      feed('/latin1.xml'),
      feed('/cp1252.xml'),
      feed('/gzip.xml', 'Gzip'),
      feed('/br.json', 'Brotli'),
      feed('/moved', 'Moved'),
      feed('/loop-a'),
      feed('/error'),
      feed('/stall'),
      feed('/huge'),
      feed('/malformed.xml'),
      feed('/teasers.xml', 'Teasers', true),
    ];
    runs.push(await ingest(FIXED_NOW));
  });

  afterAll(async () => {
    await server.close();
  });

  it('writes one article per item of every good feed, in every format and charset', async () => {
    const files = Object.values(await articles());
    const titles = files.map((text) => /^title: (.*)$/m.exec(text)?.[1]).sort();
    expect(titles).toEqual([
      'Bridge reopens',
      'Bridge reopens',
      'Bridge reopens',
      'Café opens in Zürich',
      'Ferry strike ends',
      'Ferry timetable <changes>',
      'Harbour wall to be rebuilt',
      'Rail line opens & commuters cheer',
      'Scroll goes on show',
      'Scroll goes on show',
      "Tomorrow's markets",
      '“Night train is back”',
    ]);
    expect(runs[0]!.written).toHaveLength(12);
    expect(files.join('\n')).toContain('A café opened in Zürich on Monday, serving crème brûlée.');
  });

  it('credits the same link in two feeds, despite utm_/fbclid noise and case, to one article from both', async () => {
    const harbour = Object.values(await articles()).filter((text) => text.includes('url: https://gazette.example/harbour'));
    expect(harbour).toHaveLength(1);
    expect(harbour[0]).toMatch(
      /^date 2026-03-10\ntitle: Harbour wall to be rebuilt\nurl: https:\/\/gazette\.example\/harbour\?id=7\nsource: Gazette\nsource: Coast Wire\n\n/,
    );
  });

  it('dates an undated item by when it was first seen, and an item dated tomorrow by its own day, in the briefing time zone', async () => {
    const files = Object.values(await articles());
    expect(files.find((t) => t.includes('url: https://gazette.example/rail'))).toMatch(/^date 2026-03-10\n/);
    expect(files.find((t) => t.includes('url: https://gazette.example/markets'))).toMatch(/^date 2026-03-11\n/);
  });

  it('keeps only the text of hostile HTML: no script, frame, pixel or their URLs', async () => {
    const all = Object.values(await articles()).join('\n');
    expect(all).not.toMatch(/<(script|iframe|img|p)\b|alert|owned|evil\.example|track\.example|pixel/);
  });

  it('follows 301 then 302 to the feed, and takes full text from the item page with Readability', async () => {
    const files = Object.values(await articles());
    expect(files.some((t) => t.includes('url: https://final.example/bridge'))).toBe(true);
    const strike = files.find((t) => t.includes('title: Ferry strike ends'))!;
    expect(strike).toContain('Union leader Maria Lindqvist said the deal was fair');
    expect(strike).not.toMatch(/Read more on our site|tracker|Copyright Teasers|Home/);
  });

  it('reports each failed feed once, with its reason', () => {
    const report = runs[0]!;
    const o = server.origin;
    expect(report.failed.map((f) => [f.url, f.reason])).toEqual([
      [`${o}/loop-a`, `redirect loop at ${o}/loop-a`],
      [`${o}/error`, 'HTTP 500'],
      [`${o}/stall`, 'timed out after 8 s'],
      [`${o}/huge`, 'larger than the 5 MB limit'],
      [`${o}/malformed.xml`, expect.stringMatching(/^malformed XML at line 1: /)],
    ]);
    const summary = summariseFeeds(report);
    expect(summary.split('\n').filter((l) => l.startsWith('  failed '))).toHaveLength(5);
    expect(summary).toContain(`  failed ${o}/error: HTTP 500 (failing since 2026-03-10T08:00:00.000Z; retried next run)`);
  });

  it('writes nothing on a second run of unchanged feeds, and gets 304s where the feed gave validators', async () => {
    const before = server.log.length;
    const second = await ingest(new Date(FIXED_NOW.getTime() + HOUR));
    runs.push(second);
    expect(second.written).toEqual([]);
    expect(second.notModified.map((u) => new URL(u).pathname)).toEqual(['/rss2.xml', '/atom.xml']);
    const again = server.log.slice(before);
    expect(again.filter((r) => r.path === '/rss2.xml' || r.path === '/atom.xml')).toEqual([
      { path: '/rss2.xml', status: 304, conditional: true },
      { path: '/atom.xml', status: 304, conditional: true },
    ]);
    expect(again.some((r) => r.path === '/page/strike')).toBe(false);
    expect(second.failed.find((f) => f.url.endsWith('/error'))!.failingSince).toBe('2026-03-10T08:00:00.000Z');
  });

  it("rewrites only the edited item's article when a feed changes", async () => {
    const before = await articles();
    server.routes.set(
      '/rss2.xml',
      serve(rss2({ railText: 'The new rail line between Northgate and Easton was closed again on Tuesday for repairs.' }), {
        'content-type': 'application/rss+xml',
        etag: '"v2"',
      }),
    );
    const third = await ingest(new Date(FIXED_NOW.getTime() + 2 * HOUR));
    expect(third.written).toHaveLength(1);
    const after = await articles();
    const key = third.written[0]!;
    expect(after[key]).toContain('closed again on Tuesday');
    expect(after[key]).toMatch(/^date 2026-03-10\n/);
    expect(Object.keys(after).filter((k) => after[k] !== before[k])).toEqual([key]);
  });

  it('feeds the briefing: each story links to its articles', async () => {
    const config = parseConfig(
      { baseUrl: 'https://brief.example/', timezone: 'Europe/London' },
      { baseUrl: 'b', timezone: 't', publishHour: 'p', historySize: 'h', title: 'ti', maxStories: 'm' },
    );
    const report = await runBriefing({
      sources: [createFolderSource({ dir: seeds })],
      store: createFsStore({ dir: out }),
      clock: () => new Date('2026-03-10T12:00:00Z'),
      config,
      composer: createInProcessComposer(),
    });
    expect(report.rejected).toEqual([]);
    expect(report.waiting).toEqual(['2026-03-11']);
    const page = await readFile(join(out, 'briefings/2026-03-10.html'), 'utf8');
    expect(page).toContain(
      '<a href="https://gazette.example/harbour?id=7" rel="noopener"><bdi>Harbour wall to be rebuilt</bdi></a> (<bdi>Gazette</bdi>, <bdi>Coast Wire</bdi>)',
    );
    const rss = await readFile(join(out, 'feed.xml'), 'utf8');
    expect(rss).toContain('<a href="https://gazette.example/rail" rel="noopener"><bdi>Rail line opens &amp; commuters cheer</bdi></a>');
    expect(await readdir(out)).toContain('feed-state.json');
  });
});
