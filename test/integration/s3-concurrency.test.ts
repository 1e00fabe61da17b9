import { randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { captureOutput, makeTestHandler, type CapturedOutput } from '../helpers/s3-handler.ts';
import { ARTICLES, BASE_URL, makeSeedsDir } from '../helpers/s3-run.ts';
import { checkSite, datesIn, manifestMismatches, snapshotBucket } from '../helpers/s3-site.ts';
import { createTestBucket, createTestS3Client, putTestObject, serialisePerKey } from '../helpers/s3.ts';

const endpoint = inject('s3Endpoint');
const seedsDir = await makeSeedsDir();
const RETRY_MESSAGE = 'Another run changed the manifest first; re-reading it and retrying';

const isManifestPut = (commandName: string | undefined, input: unknown): boolean =>
  commandName === 'PutObjectCommand' && (input as { Key?: string }).Key === 'manifest.json';

/**
 * Makes two runs collide on the manifest for certain: the first run's manifest PUT waits until the second run's
 * arrives (so both read the same version), then goes first; the second goes once the first has finished, as S3
 * would serialise them. Later manifest PUTs pass straight through.
 */
function collideOnManifest(clients: readonly S3Client[]): void {
  let arrivals = 0;
  let bothArrived!: () => void;
  const arrived = new Promise<void>((resolve) => (bothArrived = resolve));
  let firstDone!: () => void;
  const done = new Promise<void>((resolve) => (firstDone = resolve));
  for (const client of clients) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (!isManifestPut(context.commandName, args.input)) return next(args);
        arrivals += 1;
        if (arrivals === 1) {
          await arrived;
          try {
            return await next(args);
          } finally {
            firstDone();
          }
        }
        if (arrivals === 2) {
          bothArrived();
          await done;
        }
        return next(args);
      },
      { step: 'initialize', name: `collideOnManifest-${randomUUID()}` },
    );
  }
}

/** Before each of the run's manifest PUTs, another writer changes the manifest (same state, other bytes). */
function meddleBeforeEveryManifestPut(client: S3Client, bucket: string, meddler: S3Client): void {
  let meddles = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (isManifestPut(context.commandName, args.input)) {
        const current = await meddler.send(new GetObjectCommand({ Bucket: bucket, Key: 'manifest.json' }));
        const text = (await current.Body?.transformToString()) ?? '';
        // Equal JSON, new bytes each time: a new ETag, as when another run records the same state.
        meddles += 1;
        const body = `${text.trimEnd()}\n${' '.repeat(meddles)}\n`;
        await meddler.send(new PutObjectCommand({ Bucket: bucket, Key: 'manifest.json', Body: body, ContentType: 'application/json' }));
      }
      return next(args);
    },
    { step: 'initialize', name: `meddle-${randomUUID()}` },
  );
}

describe('Concurrency: two handler runs at once on one bucket', () => {
  let bucket: string;
  let setup: S3Client;
  let clients: S3Client[];
  let output: CapturedOutput;
  beforeEach(async () => {
    setup = createTestS3Client(endpoint);
    bucket = await createTestBucket(setup, 'race');
    // Two Lambda containers: two clients.
    clients = [createTestS3Client(endpoint), createTestS3Client(endpoint)];
    serialisePerKey([setup, ...clients]);
    output = captureOutput();
  });
  afterEach(() => {
    output.restore();
    for (const client of [setup, ...clients]) client.destroy();
  });

  async function expectOneItemPerDate(dates: string[]): Promise<void> {
    const site = await snapshotBucket(setup, bucket);
    const check = await checkSite(site, BASE_URL);
    expect(check.problems).toEqual([]);
    expect(datesIn(check.items.rss)).toEqual(dates);
    expect(datesIn(check.items.atom)).toEqual(dates);
    expect(datesIn(check.items.json)).toEqual(dates);
    expect(manifestMismatches(site)).toEqual([]);
  }

  it('gives exactly one item per date when both start together', async () => {
    await putTestObject(setup, bucket, 'articles/nov-07.txt', ARTICLES.bucketNov7);
    const results = await Promise.all(clients.map((client) => makeTestHandler({ client, bucket, seedsDir })()));
    expect(results.map((r) => r.articlesUsed)).toEqual([2, 2]);
    await expectOneItemPerDate(['2023-11-07', '2023-11-06']);
  });

  it.for([
    ['the first publication (If-None-Match: *)', false],
    ['an update of a published feed (If-Match)', true],
  ] as const)('makes the loser of a race for %s re-read, retry and log it', async ([, published]) => {
    // Prepare
    if (published) await makeTestHandler({ client: setup, bucket, seedsDir })();
    await putTestObject(setup, bucket, 'articles/nov-07.txt', ARTICLES.bucketNov7);
    collideOnManifest(clients);

    // Act
    const results = await Promise.all(clients.map((client) => makeTestHandler({ client, bucket, seedsDir })()));

    // Assess: one run won at once; the other lost, re-read the state, found nothing left to do, and said so
    expect(results.map((r) => r.attempts).sort()).toEqual([1, 2]);
    const retries = output.logs(RETRY_MESSAGE);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ level: 'WARN', attempt: 1 });
    await expectOneItemPerDate(['2023-11-07', '2023-11-06']);
  });

  it('fails with ConcurrentRunError after losing every retry, logged once, leaving the feed valid', async () => {
    // Prepare
    await makeTestHandler({ client: setup, bucket, seedsDir })();
    await putTestObject(setup, bucket, 'articles/nov-07.txt', ARTICLES.bucketNov7);
    const [loser] = clients as [S3Client];
    meddleBeforeEveryManifestPut(loser, bucket, setup);

    // Act
    const attempt = makeTestHandler({ client: loser, bucket, seedsDir })();

    // Assess
    await expect(attempt).rejects.toMatchObject({ name: 'ConcurrentRunError' });
    expect(output.logs(RETRY_MESSAGE)).toHaveLength(3);
    expect(output.logs('Briefing run failed')).toHaveLength(1);
    const site = await snapshotBucket(setup, bucket);
    expect((await checkSite(site, BASE_URL)).problems).toEqual([]);
    // The next run, uncontested, records what the lost runs wrote.
    await makeTestHandler({ client: setup, bucket, seedsDir })();
    await expectOneItemPerDate(['2023-11-07', '2023-11-06']);
  });
});
