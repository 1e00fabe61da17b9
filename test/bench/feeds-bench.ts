import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createFsStore } from '../../lambda/adapters/fs-store.ts';
import { createHttpFetcher } from '../../lambda/adapters/http-fetcher.ts';
import type { FeedSource } from '../../lambda/core/feeds/sources-list.ts';
import { ingestFeeds } from '../../lambda/feeds/ingest-feeds.ts';
import { serve, startFeedServer } from '../helpers/feed-server.ts';

const HELP = `Usage: npm run bench:feeds -- [--feeds N] [--items N]

Serves N feeds of M items each (RSS 2.0, about 1.5 KB of HTML per item) from a loopback server in this process,
then fetches, parses and stores them with the feed stage as the CLI runs it (8 at a time, filesystem stores), twice:
a first run that writes every article, and a second that gets a 304 for every feed. Prints time and peak memory.
`;

const PARAGRAPH =
  'The council approved the plan on Monday after a long debate about the cost of the works and the effect on the harbour. ' +
  'Residents said they welcomed the decision but asked for the fish market to stay open while the wall is rebuilt. ';

/** One RSS 2.0 feed of `items` items, all dated within the last day before `now`. */
function rssFeed(feed: number, items: number, now: Date): string {
  const entries = Array.from({ length: items }, (_, i) => {
    const date = new Date(now.getTime() - (i + 1) * 60_000).toUTCString();
    return `<item><title>Story ${i} of feed ${feed}</title><link>https://feed${feed}.example/story/${i}?utm_source=rss</link><guid>f${feed}-${i}</guid><pubDate>${date}</pubDate><description>&lt;p&gt;${PARAGRAPH.repeat(6)}&lt;/p&gt;&lt;img src="https://t.example/p.gif"&gt;</description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>https://feed${feed}.example/</link><description>d</description>${entries.join('')}</channel></rss>`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { feeds: { type: 'string', default: '200' }, items: { type: 'string', default: '50' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const feeds = Number(values.feeds);
  const items = Number(values.items);
  const now = new Date();
  const server = await startFeedServer();
  const sources: FeedSource[] = [];
  for (let f = 0; f < feeds; f++) {
    server.routes.set(`/feed/${f}.xml`, serve(rssFeed(f, items, now), { 'content-type': 'application/rss+xml', etag: `"${f}"` }));
    sources.push({ url: `${server.origin}/feed/${f}.xml`, fullText: false });
  }
  const seeds = mkdtempSync(join(tmpdir(), 'bench-feeds-seeds-'));
  const out = mkdtempSync(join(tmpdir(), 'bench-feeds-out-'));
  const run = async (label: string) => {
    const started = performance.now();
    const report = await ingestFeeds({
      sources,
      fetcher: createHttpFetcher({ allowPrivateNetwork: true }),
      stateStore: createFsStore({ dir: out }),
      articleStore: createFsStore({ dir: seeds }),
      clock: () => now,
      timezone: 'UTC',
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `${label}: ${feeds} feeds x ${items} items in ${seconds} s; fetched ${report.fetched.length}, not modified ${report.notModified.length}, ` +
        `failed ${report.failed.length}; articles written ${report.written.length}`,
    );
  };
  try {
    await run('first run ');
    await run('second run');
    const files = readdirSync(seeds).length;
    // maxRSS is in kilobytes: the peak of the whole process, server included.
    console.log(
      `articles on disk: ${files}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process, the loopback server included)`,
    );
  } finally {
    await server.close();
    rmSync(seeds, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
