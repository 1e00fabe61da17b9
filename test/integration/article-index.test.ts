import { DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { ARTICLE_INDEX_KEY } from '../../lambda/core/article-index.ts';
import { captureOutput, makeTestHandler } from '../helpers/s3-handler.ts';
import { backFillArticle, datesBack } from '../helpers/back-fill.ts';
import { makeSeedsDir } from '../helpers/s3-run.ts';
import { bodiesOf, manifestDatesOf, snapshotBucket } from '../helpers/s3-site.ts';
import { countCalls, createTestBucket, createTestS3Client, putTestObject, type CallCounter } from '../helpers/s3.ts';

const endpoint = inject('s3Endpoint');
const seedsDir = await makeSeedsDir({});
async function putDays(client: S3Client, bucket: string, dates: readonly string[], perDay: number): Promise<void> {
  for (const date of dates)
    for (let n = 0; n < perDay; n++) await putTestObject(client, bucket, `articles/${date}/a${n}.txt`, backFillArticle(date, n));
}

describe('Article index: a run reads only what changed', () => {
  let client: S3Client;
  let bucket: string;
  let calls: CallCounter;
  beforeEach(async () => {
    client = createTestS3Client(endpoint);
    bucket = await createTestBucket(client, 'index');
    calls = countCalls(client);
    articleKeysRead = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const key = (args.input as { Key?: string }).Key ?? '';
        if (context.commandName === 'GetObjectCommand' && key.startsWith('articles/')) articleKeysRead.push(key);
        return next(args);
      },
      { step: 'initialize', name: 'countArticleGets' },
    );
    const output = captureOutput();
    return () => output.restore();
  });

  const run = (context?: { getRemainingTimeInMillis(): number }) => makeTestHandler({ client, bucket, seedsDir })(undefined, context);
  /** Article GETs (keys under `articles/`) since the counter was last reset. */
  const articleGets = (): number => articleKeysRead.length;
  let articleKeysRead: string[] = [];

  it('does no article GET on a second run over an unchanged bucket, and still reports a bad file', async () => {
    await putDays(client, bucket, datesBack(3), 2);
    await putTestObject(client, bucket, 'articles/bad.txt', 'dat 2023-11-06 misspelt header\n');
    const first = await run();
    expect(first.published).toHaveLength(3);
    const before = await snapshotBucket(client, bucket);
    articleKeysRead = [];
    const second = await run();
    expect(articleGets()).toBe(0);
    expect(second).toMatchObject({ published: [], updated: [], rejected: first.rejected, written: 0 });
    expect(second.rejected.map((r) => r.name)).toEqual([`s3://${bucket}/articles/bad.txt`]);
    const after = await snapshotBucket(client, bucket);
    expect(bodiesOf(after, bucket)).toEqual(bodiesOf(before, bucket));
    expect(after.get(ARTICLE_INDEX_KEY)?.etag).toBe(before.get(ARTICLE_INDEX_KEY)?.etag);
  });

  it('reads a changed article again, with only its day, and recomposes that day', async () => {
    const dates = datesBack(3);
    await putDays(client, bucket, dates, 2);
    await run();
    await putTestObject(client, bucket, `articles/${dates[1]}/a0.txt`, backFillArticle(dates[1]!, 0, ' on Tuesday evening'));
    articleKeysRead = [];
    const second = await run();
    // The changed article, then its unchanged neighbour when the day is fingerprinted; no other day's.
    expect(articleGets()).toBe(2);
    expect(second.updated).toEqual([dates[1]]);
  });

  it('drops a deleted article from the index and its day', async () => {
    const dates = datesBack(2);
    await putDays(client, bucket, dates, 2);
    await run();
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: `articles/${dates[0]}/a1.txt` }));
    const second = await run();
    expect(second.updated).toEqual([dates[0]]);
    expect(second.articlesUsed).toBe(3);
    const index = JSON.parse(new TextDecoder().decode((await snapshotBucket(client, bucket)).get(ARTICLE_INDEX_KEY)!.body));
    expect(Object.keys(index.articles)).not.toContain(`s3://${bucket}/articles/${dates[0]}/a1.txt`);
  });

  it('heals a corrupt index by reading every article again, publishing the same files', async () => {
    await putDays(client, bucket, datesBack(3), 2);
    await run();
    const before = await snapshotBucket(client, bucket);
    await putTestObject(client, bucket, ARTICLE_INDEX_KEY, '{"version": 1, "articles": [');
    articleKeysRead = [];
    const second = await run();
    expect(articleGets()).toBe(6);
    expect(second).toMatchObject({ published: [], updated: [], written: 0 });
    articleKeysRead = [];
    await run();
    expect(articleGets()).toBe(0);
    expect(bodiesOf(await snapshotBucket(client, bucket), bucket)).toEqual(bodiesOf(before, bucket));
  });

  it('reads only part of the new articles when time is short, indexes them, composes nothing, and the next run finishes', async () => {
    const dates = datesBack(8);
    await putDays(client, bucket, dates, 5);
    // A fake clock of article GETs: each costs 100 ms of a run that starts 2 s beyond the 30 s reserve.
    const short = await run({ getRemainingTimeInMillis: () => 32_000 - 100 * articleGets() });
    const readFirst = articleGets();
    expect(readFirst).toBeGreaterThanOrEqual(16);
    expect(readFirst).toBeLessThan(40);
    // It defers the days it knows of so far, all of them: any may have articles among the unread.
    expect(short).toMatchObject({ published: [], written: 0 });
    expect(short.deferred.length).toBeGreaterThan(0);
    expect(dates).toEqual(expect.arrayContaining([...short.deferred]));
    const index = JSON.parse(new TextDecoder().decode((await snapshotBucket(client, bucket)).get(ARTICLE_INDEX_KEY)!.body));
    expect(Object.keys(index.articles)).toHaveLength(readFirst);
    articleKeysRead = [];
    const next = await run();
    expect(next.published).toEqual(dates);
  });

  it('finishes a back-fill over several short runs, to exactly what one unlimited run publishes', async () => {
    const dates = datesBack(12);
    await putDays(client, bucket, dates, 3);
    // A fake clock of S3 calls: each costs 100 ms of a run that starts with 2 s beyond the 30 s reserve.
    const shortRun = () => {
      const start = [...calls.counts.values()].reduce((a, b) => a + b, 0);
      const used = () => [...calls.counts.values()].reduce((a, b) => a + b, 0) - start;
      return run({ getRemainingTimeInMillis: () => 32_000 - 100 * used() });
    };
    const runs: { published: number; deferred: number }[] = [];
    for (let i = 0; i < 20; i++) {
      const report = await shortRun();
      runs.push({ published: report.published.length, deferred: report.deferred.length });
      if (report.deferred.length === 0) break;
    }
    // The first runs only read (the first, part of the articles, so it composes nothing); then each run publishes
    // some days, each day once, until none is left.
    expect(runs[0]!.published).toBe(0);
    expect(runs.reduce((n, r) => n + r.published, 0)).toBe(dates.length);
    expect(runs.length).toBeGreaterThan(2);
    expect(runs.at(-1)!.deferred).toBe(0);

    const clean = await createTestBucket(client, 'index-clean');
    await putDays(client, clean, dates, 3);
    await makeTestHandler({ client, bucket: clean, seedsDir })();
    // bodiesOf leaves out the manifest and the index (they hash each bucket's own names); the manifest's dates must match.
    const [after, cleanAfter] = [await snapshotBucket(client, bucket), await snapshotBucket(client, clean)];
    expect(bodiesOf(after, bucket)).toEqual(bodiesOf(cleanAfter, clean));
    expect(manifestDatesOf(after)).toEqual(manifestDatesOf(cleanAfter));
  });
});
