import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, inject, it } from 'vitest';
import {
  bodiesOf,
  checkSite,
  manifestDatesOf,
  manifestMismatches,
  snapshotBucket,
  type FeedItems,
  type PublishedObject,
} from '../helpers/s3-site.ts';
import { BASE_URL, makeSeedsDir, publishDayOneThenAddArticles, runOnS3 } from '../helpers/s3-run.ts';
import { countCalls, createTestS3Client, failNthCall, InjectedFaultError, type FailNthCallOptions } from '../helpers/s3.ts';

// The second run of the scenario (6 November published, then articles for 7 November and 6 November arrive)
// is where every fault is injected.
const endpoint = inject('s3Endpoint');
const seedsDir = await makeSeedsDir();

async function publishedDayOneWithNewArticles(client: S3Client): Promise<{ bucket: string; before: Map<string, PublishedObject> }> {
  const bucket = await publishDayOneThenAddArticles(client, seedsDir);
  return { bucket, before: await snapshotBucket(client, bucket) };
}

// A clean second run, measured once: how many calls it makes, and the site it leaves.
const baseline = await (async () => {
  const client = createTestS3Client(endpoint);
  const { bucket } = await publishedDayOneWithNewArticles(client);
  const calls = countCalls(client);
  const report = await runOnS3({ client, bucket, seedsDir });
  const total = [...calls.counts.values()].reduce((a, b) => a + b, 0);
  const puts = calls.of('PutObjectCommand');
  const site = await snapshotBucket(client, bucket);
  client.destroy();
  return { puts, total, written: report.written, bodies: bodiesOf(site, bucket), dates: manifestDatesOf(site) };
})();

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

function expectNoItemLost(before: FeedItems, after: FeedItems): void {
  expect(after.rss).toEqual(expect.arrayContaining([...before.rss]));
  expect(after.atom).toEqual(expect.arrayContaining([...before.atom]));
  expect(after.json).toEqual(expect.arrayContaining([...before.json]));
}

/** Fails the Nth matching call of the second run; checks what readers see; then checks the next run repairs it. */
async function injectFaultAndRepair(n: number, fault: FailNthCallOptions): Promise<void> {
  // Prepare
  const setup = createTestS3Client(endpoint);
  const { bucket, before } = await publishedDayOneWithNewArticles(setup);
  const faulty = createTestS3Client(endpoint);
  failNthCall(faulty, n, fault);

  // Act: the run fails and says so
  await expect(runOnS3({ client: faulty, bucket, seedsDir })).rejects.toBeInstanceOf(InjectedFaultError);

  // Assess: what is published is still sound, and no item was lost
  const wounded = await snapshotBucket(setup, bucket);
  const checkBefore = await checkSite(before, BASE_URL);
  const checkWounded = await checkSite(wounded, BASE_URL);
  expect(checkWounded.problems).toEqual([]);
  expectNoItemLost(checkBefore.items, checkWounded.items);
  expect(checkWounded.pageLinkProblems).toEqual([]);

  // Act + Assess: the next (scheduled) run finishes the work, and the site is what a clean run gives
  await runOnS3({ client: setup, bucket, seedsDir });
  const repaired = await snapshotBucket(setup, bucket);
  expect(bodiesOf(repaired, bucket)).toEqual(baseline.bodies);
  expect(manifestDatesOf(repaired)).toEqual(baseline.dates);
  expect(manifestMismatches(repaired)).toEqual([]);
  expect((await checkSite(repaired, BASE_URL)).problems).toEqual([]);
  setup.destroy();
  faulty.destroy();
}

describe('Faults: a failure injected at each step of a run that adds a date and updates another', () => {
  it('measures a clean run first: it writes pages, then feeds, then the manifest (then the article index, not published)', () => {
    expect(baseline.puts).toBe(baseline.written.length + 1);
    expect(baseline.written.at(-1)).toBe('manifest.json');
    const firstFeed = baseline.written.findIndex((key) => ['feed.xml', 'atom.xml', 'feed.json', 'index.html'].includes(key));
    expect(baseline.written.slice(0, firstFeed).every((key) => key.startsWith('briefings/') || key === 'style.css')).toBe(true);
  });

  it.for(range(baseline.puts))('fails PutObject #%i before it reaches S3; the feed stays valid; the next run repairs it', async (n) => {
    await injectFaultAndRepair(n, { commands: ['PutObjectCommand'], when: 'before' });
  });

  it.for(range(baseline.puts))('fails PutObject #%i after S3 stored it (response lost); the next run repairs it', async (n) => {
    await injectFaultAndRepair(n, { commands: ['PutObjectCommand'], when: 'after' });
  });

  it.for(range(baseline.total))('fails S3 call #%i of any kind (list, get, put); the next run repairs it', async (n) => {
    await injectFaultAndRepair(n, { when: 'before' });
  });
});
