import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHttpFetcher } from '../../lambda/adapters/http-fetcher.ts';
import { createHandler, type HandlerResult } from '../../lambda/handler.ts';
import { STORY_TEXT } from '../helpers/articles.ts';
import { tempDir } from '../helpers/cli.ts';
import { redirect, serve, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { captureOutput, type CapturedOutput } from '../helpers/s3-handler.ts';
import { BASE_URL, FIXED_NOW, makeSeedsDir } from '../helpers/s3-run.ts';
import { createTestBucket, createTestS3Client, readTestObject } from '../helpers/s3.ts';

const endpoint = inject('s3Endpoint');

/** A JSON Feed of one story, dated an hour before the handler's fixed clock. */
function harbourFeed(): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Harbour News',
    items: [
      {
        id: 'h1',
        url: 'https://harbour.example/wall?utm_source=feed',
        title: 'Harbour wall plan approved',
        content_text: STORY_TEXT.harbour,
        date_published: new Date(FIXED_NOW.getTime() - 3_600_000).toISOString(),
      },
    ],
  });
}

describe('Handler: feeds from the shipped sources list, into S3 (moto)', () => {
  // The feeds are served on 127.0.0.2, the one address the test's fetcher allows: any other private address,
  // 127.0.0.1 and 169.254.169.254 included, is refused as it is in Lambda.
  let server: FeedServer;
  let output: CapturedOutput;
  const client = createTestS3Client(endpoint);
  let bucket: string;
  let handler: ReturnType<typeof createHandler>;
  const runs: HandlerResult[] = [];

  beforeAll(async () => {
    server = await startFeedServer('127.0.0.2');
    const port = new URL(server.origin).port;
    server.routes.set('/feed.json', serve(harbourFeed(), { 'content-type': 'application/feed+json', etag: '"h1"' }));
    server.routes.set('/to-loopback', redirect(`http://127.0.0.1:${port}/feed.json`));
    server.routes.set('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/iam/security-credentials/'));
    const dir = await tempDir('handler-feeds');
    const sourcesFile = join(dir, 'sources.opml');
    await writeFile(
      sourcesFile,
      `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
<outline text="Harbour News" xmlUrl="${server.origin}/feed.json"/>
<outline text="Sneaky" xmlUrl="${server.origin}/to-loopback"/>
<outline text="Metadata" xmlUrl="${server.origin}/to-metadata"/>
</body></opml>`,
    );
    bucket = await createTestBucket(client, 'feeds');
    handler = createHandler({
      s3: client,
      logger: new Logger({ serviceName: 'daily-briefing-test' }),
      metrics: new Metrics({ namespace: 'DailyBriefingTest', serviceName: 'daily-briefing-test' }),
      clock: () => FIXED_NOW,
      env: { FEED_BUCKET: bucket, BASE_URL, SEEDS_DIR: await makeSeedsDir(), SOURCES_FILE: sourcesFile },
      fetcher: createHttpFetcher({ allowAddresses: ['127.0.0.2'] }),
    });
    output = captureOutput();
    try {
      runs.push(await handler());
      runs.push(await handler());
    } finally {
      output.restore();
    }
  });

  afterAll(async () => {
    await server.close();
  });

  it('writes the feed article under articles/ and the fetch state beside the manifest', async () => {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
    const keys = (listed.Contents ?? []).map((o) => o.Key!);
    const articles = keys.filter((k) => k.startsWith('articles/'));
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatch(/^articles\/feed-[0-9a-f]{24}\.txt$/);
    const article = new TextDecoder().decode(await readTestObject(client, bucket, articles[0]!));
    expect(article).toMatch(
      /^date 2023-11-08\ntitle: Harbour wall plan approved\nurl: https:\/\/harbour\.example\/wall\nsource: Harbour News\n\n/,
    );
    const state = JSON.parse(new TextDecoder().decode(await readTestObject(client, bucket, 'feed-state.json'))) as {
      feeds: Record<string, { etag?: string }>;
    };
    expect(state.feeds[`${server.origin}/feed.json`]).toEqual({ etag: '"h1"' });
  });

  it('refuses the redirects to 127.0.0.1 and to 169.254.169.254, reporting each feed once', () => {
    expect(runs[0]!.feeds!.failed.map((f) => [f.url, f.reason])).toEqual([
      [`${server.origin}/to-loopback`, 'refused: 127.0.0.1 is not a public address (loopback, link-local or private)'],
      [`${server.origin}/to-metadata`, 'refused: 169.254.169.254 is not a public address (loopback, link-local or private)'],
    ]);
    expect(server.log.filter((r) => r.path === '/feed.json' && !r.conditional)).toHaveLength(1);
  });

  it('publishes the story with a link to the article in the same run', async () => {
    expect(runs[0]!.published).toContain('2023-11-08');
    const rss = new TextDecoder().decode(await readTestObject(client, bucket, 'feed.xml'));
    expect(rss).toContain(
      '<a href="https://harbour.example/wall" rel="noopener"><bdi>Harbour wall plan approved</bdi></a> (<bdi>Harbour News</bdi>)',
    );
  });

  it('gets a 304 and writes nothing on the next run, and emits FeedsFailed', () => {
    expect(runs[1]!.feeds).toMatchObject({ notModified: [`${server.origin}/feed.json`], written: 0 });
    expect(runs[1]!.written).toBe(0);
    const metrics = output.metrics().map((m) => [m.FeedsFailed, m.FeedsFailedFor24Hours]);
    expect(metrics).toEqual([
      [2, 0],
      [2, 0],
    ]);
  });
});
