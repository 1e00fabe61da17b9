import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_TEXT } from '../helpers/articles.ts';
import { runCli, tempDir, type CliResult } from '../helpers/cli.ts';
import { serve, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

// The CLI reads the real clock, so the item is dated an hour before the run, at whatever time the test runs.
function feedOfNow(): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Harbour News',
    items: [
      {
        id: 'h1',
        url: 'https://harbour.example/wall',
        title: 'Harbour wall plan approved',
        content_text: STORY_TEXT.harbour,
        date_published: new Date(Date.now() - 3_600_000).toISOString(),
      },
    ],
  });
}

describe('CLI: npm run briefing -- --sources FILE', () => {
  let server: FeedServer;
  let seeds: string;
  let out: string;
  let opml: string;
  let first: CliResult;

  beforeAll(async () => {
    server = await startFeedServer();
    server.routes.set('/feed.json', serve(feedOfNow(), { 'content-type': 'application/feed+json', etag: '"1"' }));
    seeds = await tempDir('cli-feed-seeds');
    out = await tempDir('cli-feed-out');
    opml = join(seeds, '..', `${seeds.split('/').pop()}.opml`);
    await writeFile(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="Local"><outline type="rss" text="Harbour News" xmlUrl="${server.origin}/feed.json"/></outline></body></opml>`,
    );
    first = await runCli([
      '--seeds',
      seeds,
      '--out',
      out,
      '--sources',
      opml,
      '--allow-private-network',
      '--timezone',
      'UTC',
      '--publish-hour',
      '0',
    ]);
  });

  afterAll(async () => {
    await server.close();
  });

  it('fetches the listed feeds into the seeds folder, then publishes a briefing whose story links to the article', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Feeds: 1; fetched: 1; not modified: 0; failed: 0');
    expect(first.stdout).toContain('Feed articles written: 1');
    expect((await readdir(seeds)).filter((n) => n.startsWith('feed-'))).toHaveLength(1);
    const rss = await readFile(join(out, 'feed.xml'), 'utf8');
    expect(rss).toContain(
      '<a href="https://harbour.example/wall" rel="noopener"><bdi>Harbour wall plan approved</bdi></a> (<bdi>Harbour News</bdi>)',
    );
  });

  it('gets a 304 and writes nothing on the next run', async () => {
    const second = await runCli([
      '--seeds',
      seeds,
      '--out',
      out,
      '--sources',
      opml,
      '--allow-private-network',
      '--timezone',
      'UTC',
      '--publish-hour',
      '0',
    ]);
    expect(second.stdout).toContain('Feeds: 1; fetched: 0; not modified: 1; failed: 0');
    expect(second.stdout).toContain('Feed articles written: 0');
    expect(second.stdout).toContain('Files written: 0');
    expect(server.log.at(-1)).toEqual({ path: '/feed.json', status: 304, conditional: true });
  });

  it('refuses loopback addresses without --allow-private-network, naming the feed and the reason', async () => {
    const requests = server.log.length;
    const refused = await runCli(['--seeds', seeds, '--out', await tempDir('cli-feed-refused'), '--sources', opml]);
    expect(refused.code).toBe(0);
    expect(refused.stdout).toMatch(
      new RegExp(
        `  failed ${server.origin}/feed\\.json: refused: 127\\.0\\.0\\.1 is not a public address \\(loopback, link-local or private\\) \\(failing since`,
      ),
    );
    expect(server.log.length).toBe(requests);
  });

  it('fails with a message naming the option when the sources list is missing', async () => {
    const missing = await runCli(['--seeds', seeds, '--out', out, '--sources', join(seeds, 'nope.opml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: --sources: cannot read the sources list .*nope\.opml/);
  });
});
