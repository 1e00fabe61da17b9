import type { S3Client } from '@aws-sdk/client-s3';
import Parser from 'rss-parser';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { MAX_ARTICLE_BYTES, TOO_LARGE_REASON } from '../../lambda/core/article-limits.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import type { DayComposer } from '../../lambda/ports/day-composer.ts';
import { captureOutput, makeTestHandler, type CapturedOutput } from '../helpers/s3-handler.ts';
import { ARTICLES, BASE_URL, makeSeedsDir } from '../helpers/s3-run.ts';
import { checkSite, datesIn, manifestMismatches, snapshotBucket } from '../helpers/s3-site.ts';
import { countCalls, createTestBucket, createTestS3Client, failNthCall, InjectedFaultError, putTestObject } from '../helpers/s3.ts';

const endpoint = inject('s3Endpoint');
const seedsDir = await makeSeedsDir();
const parser = new Parser();

/** The Content-Type each published key must be served with. */
function expectedContentType(key: string): string {
  const byKey: Record<string, string> = {
    'feed.xml': 'application/rss+xml; charset=utf-8',
    'atom.xml': 'application/atom+xml; charset=utf-8',
    'feed.json': 'application/feed+json; charset=utf-8',
    'manifest.json': 'application/json',
    'style.css': 'text/css; charset=utf-8',
  };
  if (byKey[key]) return byKey[key];
  if (key.endsWith('.html')) return 'text/html; charset=utf-8';
  if (key.endsWith('.json')) return 'application/json';
  return `no expectation for ${key}`;
}

function maxAgeOf(cacheControl: string | undefined): number | undefined {
  const match = /max-age=(\d+)/.exec(cacheControl ?? '');
  return match ? Number(match[1]) : undefined;
}

describe('Handler: the exported Lambda handler against S3', () => {
  let output: CapturedOutput;
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => {
    output.restore();
    vi.unstubAllEnvs();
  });

  it('publishes every file with its Content-Type and Cache-Control, logs one JSON line and emits EMF metrics', async () => {
    // Prepare: configured only through the environment, as in Lambda
    const client = createTestS3Client(endpoint);
    const bucket = await createTestBucket(client, 'handler');
    for (const [name, value] of Object.entries({
      AWS_ENDPOINT_URL_S3: endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      FEED_BUCKET: bucket,
      BASE_URL,
      SEEDS_DIR: seedsDir,
    })) {
      vi.stubEnv(name, value);
    }
    const { handler } = await import('../../lambda/handler.ts');

    // Act
    const result = await handler();

    // Assess: the files and their headers
    const site = await snapshotBucket(client, bucket);
    expect([...site.keys()].sort()).toEqual([
      'article-index.json',
      'atom.xml',
      'briefings/2023-11-06.html',
      'briefings/2023-11-06.json',
      'feed.json',
      'feed.xml',
      'index.html',
      'manifest.json',
      'style.css',
    ]);
    for (const [key, object] of site) {
      expect(object.contentType, key).toBe(expectedContentType(key));
      if (key === 'manifest.json' || key === 'article-index.json') expect(object.cacheControl, key).toMatch(/no-cache|no-store/);
      else expect(maxAgeOf(object.cacheControl), `${key}: ${object.cacheControl}`).toBeLessThanOrEqual(3600);
    }
    expect((await checkSite(site, BASE_URL)).problems).toEqual([]);

    // Assess: one structured log line with the run's figures, and the metrics an alarm can watch
    expect(result.published).toEqual(['2023-11-06']);
    const [line, ...more] = output.logs('Briefing run finished');
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 'INFO', published: ['2023-11-06'], unchanged: [], rejected: [], durationMs: expect.any(Number) });
    const metrics = Object.assign({}, ...output.metrics()) as Record<string, unknown>;
    expect(metrics).toMatchObject({ ArticlesRejected: 0, BriefingsPublished: 1, BriefingsUpdated: 0 });
    client.destroy();
  });
});

describe('Handler: re-runs, late articles and faults on S3', () => {
  let client: S3Client;
  let bucket: string;
  let output: CapturedOutput;
  beforeEach(async () => {
    client = createTestS3Client(endpoint);
    bucket = await createTestBucket(client, 'handler');
    output = captureOutput();
  });
  afterEach(() => {
    output.restore();
    client.destroy();
  });

  it('re-runs with zero PUTs, leaving every ETag and Last-Modified as it was', async () => {
    // Prepare
    await putTestObject(client, bucket, 'articles/nov-07.txt', ARTICLES.bucketNov7);
    await makeTestHandler({ client, bucket, seedsDir })();
    const before = await snapshotBucket(client, bucket);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // Last-Modified has one-second resolution
    const calls = countCalls(client);

    // Act
    const result = await makeTestHandler({ client, bucket, seedsDir })();

    // Assess
    expect(calls.of('PutObjectCommand')).toBe(0);
    expect(result).toMatchObject({ published: [], updated: [], unchanged: ['2023-11-06', '2023-11-07'], written: 0 });
    const after = await snapshotBucket(client, bucket);
    expect([...after].map(([key, o]) => [key, o.etag, o.lastModified])).toEqual(
      [...before].map(([key, o]) => [key, o.etag, o.lastModified]),
    );
  });

  it('updates a briefing in place when an article for its date arrives under articles/', async () => {
    // Prepare
    await makeTestHandler({ client, bucket, seedsDir })();
    const before = await snapshotBucket(client, bucket);
    const rssBefore = await parser.parseString(new TextDecoder().decode(before.get('feed.xml')?.body));
    await putTestObject(client, bucket, 'articles/nov-06-olives.txt', ARTICLES.bucketNov6);

    // Act
    const result = await makeTestHandler({ client, bucket, seedsDir, now: new Date('2023-11-09T08:00:00Z') })();

    // Assess: the same single item, same guid, new content and a new `updated`, first publication kept
    expect(result).toMatchObject({ published: [], updated: ['2023-11-06'] });
    const after = await snapshotBucket(client, bucket);
    const rss = await parser.parseString(new TextDecoder().decode(after.get('feed.xml')?.body));
    expect(rss.items.map((i) => i.guid)).toEqual(rssBefore.items.map((i) => i.guid));
    expect(rss.items).toHaveLength(1);
    expect(rss.items[0]?.pubDate).toBe(rssBefore.items[0]?.pubDate);
    expect(rss.items[0]?.['content:encoded']).toContain('olive');
    const atom = new TextDecoder().decode(after.get('atom.xml')?.body);
    expect(atom).toContain('<updated>2023-11-09T08:00:00.000Z</updated>');
    expect(after.get('briefings/2023-11-06.html')?.etag).not.toBe(before.get('briefings/2023-11-06.html')?.etag);
    expect(manifestMismatches(after)).toEqual([]);
  });

  it('skips and names each malformed object under articles/, and publishes the rest', async () => {
    // Prepare
    await putTestObject(client, bucket, 'articles/bad-header.txt', 'dat 2023-11-07\nA misspelt header.\n');
    await putTestObject(client, bucket, 'articles/impossible-date.txt', 'date 2023-02-30\nNo such day.\n');
    await putTestObject(client, bucket, 'articles/huge.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    await putTestObject(client, bucket, 'articles/nov-07.txt', ARTICLES.bucketNov7);

    // Act
    const result = await makeTestHandler({ client, bucket, seedsDir })();

    // Assess
    expect(result.published).toEqual(['2023-11-06', '2023-11-07']);
    expect(result.rejected.map((r) => r.name).sort()).toEqual(
      ['bad-header.txt', 'huge.txt', 'impossible-date.txt'].map((name) => `s3://${bucket}/articles/${name}`),
    );
    expect(result.rejected.find((r) => r.name.endsWith('huge.txt'))?.reason).toBe(TOO_LARGE_REASON);
    expect(result.rejected.find((r) => r.name.endsWith('bad-header.txt'))?.reason).toMatch(/date YYYY-MM-DD/);
    expect(result.rejected.find((r) => r.name.endsWith('impossible-date.txt'))?.reason).toMatch(/2023-02-30/);
    expect(output.logs('Briefing run finished')[0]).toMatchObject({ rejected: result.rejected });
    expect(Object.assign({}, ...output.metrics())).toMatchObject({ ArticlesRejected: 3, BriefingsPublished: 2 });
  });

  it('reads articles in nested prefixes and logs how many objects it ignored for their name, and which', async () => {
    // Prepare
    await putTestObject(client, bucket, 'articles/2023/11/07/rates.txt', ARTICLES.bucketNov7);
    await putTestObject(client, bucket, 'articles/2023/notes.md', 'not an article');
    await putTestObject(client, bucket, 'articles/2023/11/page.html', '<p>not an article</p>');
    await putTestObject(client, bucket, 'articles/.trash/old.md', 'hidden');

    // Act
    const result = await makeTestHandler({ client, bucket, seedsDir })();

    // Assess
    expect(result.published).toEqual(['2023-11-06', '2023-11-07']);
    const ignored = { count: 2, first: [`s3://${bucket}/articles/2023/11/page.html`, `s3://${bucket}/articles/2023/notes.md`] };
    expect(result.ignored).toEqual(ignored);
    expect(output.logs('Briefing run finished')[0]).toMatchObject({ ignored });
  });

  it('fails when an S3 call fails: logs the error once, rethrows it, and the next run finishes the work', async () => {
    // Prepare
    const faulty = createTestS3Client(endpoint);
    failNthCall(faulty, 3, { commands: ['PutObjectCommand'] });

    // Act
    const attempt = makeTestHandler({ client: faulty, bucket, seedsDir })();

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(InjectedFaultError);
    const failures = output.logs('Briefing run failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ level: 'ERROR', error: { name: 'InjectedFaultError' } });
    expect(output.logs('Briefing run finished')).toEqual([]);
    const result = await makeTestHandler({ client, bucket, seedsDir })();
    expect(result.published).toEqual(['2023-11-06']);
    const site = await snapshotBucket(client, bucket);
    expect(datesIn((await checkSite(site, BASE_URL)).items.rss)).toEqual(['2023-11-06']);
    expect(manifestMismatches(site)).toEqual([]);
    faulty.destroy();
  });
});

describe('Handler: a day that fails, and the time limit', () => {
  let client: S3Client;
  let bucket: string;
  let output: CapturedOutput;
  beforeEach(async () => {
    client = createTestS3Client(endpoint);
    bucket = await createTestBucket(client, 'handler-days');
    output = captureOutput();
  });
  afterEach(() => {
    output.restore();
    client.destroy();
  });

  it('publishes the other days when one fails to compose, emits DaysFailed, then fails so the scheduler retries', async () => {
    // Prepare: the 7th cannot be composed
    await putTestObject(client, bucket, 'articles/nov-07.txt', ARTICLES.bucketNov7);
    const inProcess = createInProcessComposer();
    const composer: DayComposer = {
      composeDays: async (days, settings) => {
        if (days.some((d) => d.date === '2023-11-07')) throw new Error('composer crashed on 2023-11-07');
        return inProcess.composeDays(days, settings);
      },
    };

    // Act
    const attempt = makeTestHandler({ client, bucket, seedsDir, composer })();

    // Assess: the run fails, naming the day; the 6th is published; the metric an alarm watches is set
    // By name: importing the handler module here would build its client before the first test sets the environment.
    await expect(attempt).rejects.toMatchObject({ name: 'DaysFailedError' });
    await expect(attempt).rejects.toThrow('2023-11-07 (Error: composer crashed on 2023-11-07)');
    const site = await snapshotBucket(client, bucket);
    expect(datesIn((await checkSite(site, BASE_URL)).items.rss)).toEqual(['2023-11-06']);
    expect(output.logs('Briefing run finished')[0]).toMatchObject({ published: ['2023-11-06'], failed: [{ date: '2023-11-07' }] });
    expect(output.logs('Briefing run failed')).toHaveLength(1);
    const metrics = Object.assign({}, ...output.metrics()) as Record<string, unknown>;
    expect(metrics).toMatchObject({ DaysFailed: 1, BriefingsPublished: 1 });
    expect(metrics).not.toHaveProperty('SuccessfulRuns');
  });

  it('reads the time left from the Lambda context: with none beyond the reserve it defers every day, and succeeds', async () => {
    await putTestObject(client, bucket, 'articles/nov-07.txt', ARTICLES.bucketNov7);
    const context = { getRemainingTimeInMillis: () => 20_000 };
    const result = await makeTestHandler({ client, bucket, seedsDir })(undefined, context);
    expect(result).toMatchObject({ published: [], deferred: ['2023-11-06', '2023-11-07'], failed: [] });
    expect(Object.assign({}, ...output.metrics())).toMatchObject({ DaysDeferred: 2, DaysFailed: 0, SuccessfulRuns: 1 });
    const later = await makeTestHandler({ client, bucket, seedsDir })(undefined, { getRemainingTimeInMillis: () => 170_000 });
    expect(later).toMatchObject({ published: ['2023-11-06', '2023-11-07'], deferred: [] });
  });
});
