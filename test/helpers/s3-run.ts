import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { createTestBucket, putTestObject } from './s3.ts';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import { createS3ArticleSource } from '../../lambda/adapters/s3-article-source.ts';
import { createS3Store } from '../../lambda/adapters/s3-store.ts';
import { parseConfig, type BriefingConfig } from '../../lambda/core/config.ts';
import type { RunLogger } from '../../lambda/ports/run-logger.ts';
import { runBriefing, type RunReport } from '../../lambda/run-briefing.ts';

/** The public site URL of every S3 test run. */
export const BASE_URL = 'https://briefing.example.com/';

/** A fixed "now", after every fixture date's publish hour: runs are repeatable. */
export const FIXED_NOW = new Date('2023-11-08T12:00:00Z');

/** Articles the project wrote for these tests (never evaluation data), by file name. */
export const ARTICLES = {
  /** Shipped with the function: the seed of 6 November. */
  seedNov6:
    'date 2023-11-06\nThe harbour authority of Port Elm reopened the North Bridge on Monday after a two-year repair. ' +
    'Mayor Ana Ribeiro said the bridge would carry twenty thousand vehicles a day. ' +
    'Engineers from Halden Works replaced every cable and strengthened the deck against winter storms.\n',
  /** Dropped into the bucket later: a new date. */
  bucketNov7:
    'date 2023-11-07\nThe central bank of Norland held its main interest rate at four per cent on Tuesday. ' +
    'Governor Piet Vos said inflation had eased for a third month but warned that energy prices remained high. ' +
    'Economists at Meridian Bank expect the first cut in the spring.\n',
  /** Dropped into the bucket later: a second story for a date already published. */
  bucketNov6:
    'date 2023-11-06\nFarmers in the Velden valley began the olive harvest a week early on Monday after a warm autumn. ' +
    'The growers cooperative said yields were up by a fifth. ' +
    'Buyers from Lisbon and Marseille arrived to bid for the first pressing.\n',
} as const;

/** A seeds folder holding the given articles, as the function's shipped seeds. */
export async function makeSeedsDir(articles: Record<string, string> = { 'nov-06.txt': ARTICLES.seedNov6 }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seeds-'));
  for (const [name, text] of Object.entries(articles)) await writeFile(join(dir, name), text);
  return dir;
}

/** The config of every S3 test run. */
export const TEST_CONFIG: BriefingConfig = parseConfig(
  { baseUrl: BASE_URL },
  {
    baseUrl: 'BASE_URL',
    timezone: 'TIMEZONE',
    publishHour: 'PUBLISH_HOUR',
    historySize: 'HISTORY_SIZE',
    title: 'FEED_TITLE',
    maxStories: 'MAX_STORIES',
  },
);

/** What one wired run needs. */
export interface S3RunOptions {
  readonly client: S3Client;
  readonly bucket: string;
  readonly seedsDir: string;
  readonly now?: Date;
  readonly logger?: RunLogger;
}

/** Runs the use case wired as the handler wires it: seeds plus `articles/` in, the bucket out. */
export function runOnS3({ client, bucket, seedsDir, now = FIXED_NOW, logger }: S3RunOptions): Promise<RunReport> {
  return runBriefing({
    sources: [createFolderSource({ dir: seedsDir }), createS3ArticleSource({ client, bucket })],
    store: createS3Store({ client, bucket }),
    clock: () => now,
    config: TEST_CONFIG,
    logger,
    composer: createInProcessComposer(),
  });
}

/**
 * The scenario faults are injected into: 6 November is published from the seeds, then two articles arrive in the
 * bucket, one for a new date (7 November) and one that updates 6 November in place. The next run has work to do.
 * @returns the new bucket's name
 */
export async function publishDayOneThenAddArticles(client: S3Client, seedsDir: string, label = 'faults'): Promise<string> {
  const bucket = await createTestBucket(client, label);
  await runOnS3({ client, bucket, seedsDir });
  await putTestObject(client, bucket, 'articles/nov-07.txt', ARTICLES.bucketNov7);
  await putTestObject(client, bucket, 'articles/nov-06-olives.txt', ARTICLES.bucketNov6);
  return bucket;
}
