import { spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, inject, it } from 'vitest';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';
import { createFsStore } from '../../lambda/adapters/fs-store.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import { createS3Store } from '../../lambda/adapters/s3-store.ts';
import type { TimeBudget } from '../../lambda/compose-days.ts';
import type { DayComposer } from '../../lambda/ports/day-composer.ts';
import type { FeedStore } from '../../lambda/ports/feed-store.ts';
import { runBriefing, type RunReport } from '../../lambda/run-briefing.ts';
import { hashTree, tempDir, writeFiles } from '../helpers/cli.ts';
import { INTERRUPTED_RUN_ARTICLES, INTERRUPTED_RUN_NOW, interruptedRunConfig } from '../helpers/interrupted-run.ts';
import { snapshotBucket } from '../helpers/s3-site.ts';
import { createTestBucket, createTestS3Client, failNthCall, InjectedFaultError } from '../helpers/s3.ts';

// A site is published with one title; a run changing the title (so every file changes) is killed part-way; the
// next run, with either title, must leave exactly the bytes a clean run gives, and no temporary file.
const PREVIOUS = 'Morning Brief';
const NEXT = 'Evening Brief';
const ROOT = new URL('../../', import.meta.url).pathname;
const seeds = await tempDir('interrupted-seeds');
await writeFiles(seeds, INTERRUPTED_RUN_ARTICLES);

function runWith(store: FeedStore, title: string): Promise<RunReport> {
  return runBriefing({
    sources: [createFolderSource({ dir: seeds })],
    store,
    clock: () => INTERRUPTED_RUN_NOW,
    config: interruptedRunConfig(title),
    composer: createInProcessComposer(),
  });
}

/** Runs the update in its own process, which SIGKILLs itself at its Nth rename (test/helpers/killed-run.ts). */
function runKilledAt(out: string, n: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  // node itself, with tsx as a loader: the tsx CLI would run it in a child and report an exit code, not the signal.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/helpers/killed-run.ts'), seeds, out, NEXT, String(n)], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  return new Promise((done, fail) => child.on('error', fail).on('exit', (code, signal) => done({ code, signal })));
}

async function cleanSite(titles: readonly string[]): Promise<{ tree: Record<string, string>; lastRun: RunReport }> {
  const out = await tempDir('interrupted-clean');
  let lastRun: RunReport | undefined;
  for (const title of titles) lastRun = await runWith(createFsStore({ dir: out }), title);
  return { tree: await hashTree(out), lastRun: lastRun! };
}

const cleanPrevious = await cleanSite([PREVIOUS]);
const cleanUpdate = await cleanSite([PREVIOUS, NEXT]);
const writes = cleanUpdate.lastRun.written.length;
// The first write, one in the pages, the last page or feed, and the manifest (everything else written).
const KILL_POINTS = [1, 4, writes - 1, writes];

const isTemporary = (key: string) => key.endsWith('.tmp');

describe('Interrupted run: filesystem, the process killed (SIGKILL) mid-write', () => {
  it('measures the update first: it rewrites every page, feed and the manifest', () => {
    expect(writes).toBeGreaterThanOrEqual(8);
    expect(cleanUpdate.lastRun.written.at(-1)).toBe('manifest.json');
  });

  it.for(KILL_POINTS)('killed at write #%i, the next run converges to a clean run, with the previous or the new settings', async (n) => {
    // Prepare: the published site, then the update killed at its nth rename
    const out = await tempDir('interrupted-fs');
    await runWith(createFsStore({ dir: out }), PREVIOUS);
    const killed = await runKilledAt(out, n);
    expect(killed.signal).toBe('SIGKILL');
    const wounded = await hashTree(out);
    expect(Object.keys(wounded).filter(isTemporary)).toHaveLength(1);
    const again = await tempDir('interrupted-fs-next');
    await cp(out, again, { recursive: true });

    // Act: the next runs, one with each setting
    const back = await runWith(createFsStore({ dir: out }), PREVIOUS);
    await runWith(createFsStore({ dir: again }), NEXT);

    // Assess: exactly a clean run's bytes, the leftover removed; the files the killed run replaced were written again
    expect(await hashTree(out)).toEqual(cleanPrevious.tree);
    expect(await hashTree(again)).toEqual(cleanUpdate.tree);
    const replaced = Object.keys(wounded).filter((key) => !isTemporary(key) && wounded[key] !== cleanPrevious.tree[key]);
    expect(back.written.filter((key) => key !== 'manifest.json').sort()).toEqual(replaced.sort());
  });

  it('keeps healing across runs that defer days for lack of time', async () => {
    // Prepare: the update stopped just before its manifest write, every page and data file replaced
    const out = await tempDir('interrupted-deferred');
    const store = createFsStore({ dir: out });
    await runWith(store, PREVIOUS);
    let puts = 0;
    const stopping: FeedStore = {
      ...store,
      put: (key, body, options) => (++puts === writes ? Promise.reject(new Error('stopped')) : store.put(key, body, options)),
    };
    await expect(runWith(stopping, NEXT)).rejects.toThrow('stopped');

    // Act: a run with time for one day (each takes 50 s of fake time), then one without a limit
    const clock = { now: 0 };
    const inProcess = createInProcessComposer();
    const slow: DayComposer = {
      composeDays(days, settings) {
        clock.now += 50_000 * days.length;
        return inProcess.composeDays(days, settings);
      },
    };
    const budget: TimeBudget = { remainingMs: () => 100_000 - clock.now, reserveMs: 30_000, publishMsPerDay: 0 };
    const short = await runBriefing({
      sources: [createFolderSource({ dir: seeds })],
      store,
      clock: () => INTERRUPTED_RUN_NOW,
      config: interruptedRunConfig(PREVIOUS),
      composer: slow,
      timeBudget: budget,
    });
    await runWith(store, PREVIOUS);

    // Assess: the deferred days' data stayed suspect until composed again
    expect(short.deferred).toEqual(['2023-11-06', '2023-11-07']);
    expect(await hashTree(out)).toEqual(cleanPrevious.tree);
  });

  it('leaves alone a temporary file whose writer is still running', async () => {
    const out = await tempDir('interrupted-live');
    await runWith(createFsStore({ dir: out }), PREVIOUS);
    // The test runner's own parent is alive for the whole test: a write in progress, as far as the store can tell.
    await writeFiles(out, { [`.${process.ppid}-00000000-0000-4000-8000-000000000000.tmp`]: 'in progress' });
    await writeFiles(join(out, 'briefings'), { '.00000000-0000-4000-8000-000000000001.tmp': 'an older version left this' });
    await runWith(createFsStore({ dir: out }), PREVIOUS);
    expect(Object.keys(await hashTree(out)).filter(isTemporary)).toEqual([`.${process.ppid}-00000000-0000-4000-8000-000000000000.tmp`]);
  });
});

describe('Interrupted run: S3 on moto, the run stopped after its Nth PutObject reached S3', () => {
  const endpoint = inject('s3Endpoint');

  async function publishedBucket(client: S3Client): Promise<string> {
    const bucket = await createTestBucket(client, 'interrupted');
    await runWith(createS3Store({ client, bucket }), PREVIOUS);
    return bucket;
  }

  async function bodies(client: S3Client, bucket: string): Promise<Record<string, string>> {
    const snapshot = await snapshotBucket(client, bucket);
    return Object.fromEntries([...snapshot].map(([key, o]) => [key, Buffer.from(o.body).toString('base64')]));
  }

  it.for(KILL_POINTS)('stopped at PutObject #%i, the next run converges to a clean run', async (n) => {
    // Prepare: a clean bucket to compare with, and one whose update stops at the nth write (the manifest: before it)
    const client = createTestS3Client(endpoint);
    const clean = await publishedBucket(client);
    const bucket = await publishedBucket(client);
    const faulty = createTestS3Client(endpoint);
    failNthCall(faulty, n, { commands: ['PutObjectCommand'], when: n === writes ? 'before' : 'after' });
    await expect(runWith(createS3Store({ client: faulty, bucket }), NEXT)).rejects.toBeInstanceOf(InjectedFaultError);

    // Act
    await runWith(createS3Store({ client, bucket }), PREVIOUS);

    // Assess: every object, the manifest included, is byte for byte the clean bucket's
    expect(await bodies(client, bucket)).toEqual(await bodies(client, clean));
    client.destroy();
    faulty.destroy();
  });
});
