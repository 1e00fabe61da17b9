import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';
import { createFsStore } from '../../lambda/adapters/fs-store.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import { parseConfig, type BriefingConfig } from '../../lambda/core/config.ts';
import { CorruptManifestError } from '../../lambda/core/errors.ts';
import type { DayComposer } from '../../lambda/ports/day-composer.ts';
import type { FeedStore } from '../../lambda/ports/feed-store.ts';
import type { RunLogger } from '../../lambda/ports/run-logger.ts';
import { runBriefing } from '../../lambda/run-briefing.ts';
import { STORY_TEXT } from '../helpers/articles.ts';
import { hashTree, tempDir, writeFiles } from '../helpers/cli.ts';

const NAMES = {
  baseUrl: 'BASE_URL',
  timezone: 'TIMEZONE',
  publishHour: 'PUBLISH_HOUR',
  historySize: 'HISTORY_SIZE',
  title: 'FEED_TITLE',
  maxStories: 'MAX_STORIES',
};

function configOf(overrides: Record<string, string> = {}): BriefingConfig {
  return parseConfig({ baseUrl: 'https://news.example.org/', ...overrides }, NAMES);
}

async function setUp(files: Record<string, string>) {
  const seeds = await tempDir('run-seeds');
  const out = await tempDir('run-out');
  await writeFiles(seeds, files);
  const store = createFsStore({ dir: out });
  const warnings: string[] = [];
  const logger: RunLogger = { warn: (message) => warnings.push(message) };
  const run = (now: string, config = configOf(), runStore: FeedStore = store) =>
    runBriefing({
      sources: [createFolderSource({ dir: seeds })],
      store: runStore,
      clock: () => new Date(now),
      config,
      logger,
      composer: createInProcessComposer(),
    });
  const rss = async () => new Parser().parseString(await readFile(join(out, 'feed.xml'), 'utf8'));
  return { seeds, out, store, run, rss, warnings };
}

describe('Use case: runBriefing', () => {
  it('publishes a date only once its publish hour has come in the configured time zone', async () => {
    const { run } = await setUp({ 'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}` });
    const config = configOf({ timezone: 'America/New_York', publishHour: '7' });
    // 07:00 in New York on 6 November 2023 (EST, the day after DST ended) is 12:00 UTC.
    expect((await run('2023-11-06T11:59:59Z', config)).waiting).toEqual(['2023-11-06']);
    expect((await run('2023-11-06T12:00:00Z', config)).published).toEqual(['2023-11-06']);
  });

  it('dates each item at the publish hour in its zone, across a DST change', async () => {
    const { run, rss } = await setUp({
      'summer.txt': `date 2023-07-03\n${STORY_TEXT.rail}`,
      'winter.txt': `date 2023-11-06\n${STORY_TEXT.harbour}`,
    });
    await run('2024-01-01T00:00:00Z', configOf({ timezone: 'Europe/London', publishHour: '6' }));
    expect((await rss()).items.map((i) => i.isoDate)).toEqual(['2023-11-06T06:00:00.000Z', '2023-07-03T05:00:00.000Z']);
  });

  it('updates a published briefing in place when an article arrives late: same guid, new date, one item', async () => {
    const { seeds, run, rss } = await setUp({ 'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}` });
    await run('2023-11-06T07:00:00Z');
    const before = (await rss()).items;
    await writeFiles(seeds, { 'b.txt': `date 2023-11-06\n${STORY_TEXT.market}` });
    const report = await run('2023-11-06T15:30:45Z');
    expect(report.updated).toEqual(['2023-11-06']);
    const feed = await rss();
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.guid).toBe(before[0]!.guid);
    expect(feed.items[0]!.isoDate).toBe('2023-11-06T06:00:00.000Z'); // still first published at 06:00
    expect(feed.lastBuildDate).toBe('Mon, 06 Nov 2023 15:30:45 GMT');
    expect(feed.items[0]!['content:encoded']).toContain('Halden Foods');
  });

  it('keeps only the latest N briefings in the feeds and the index, but a page for every date', async () => {
    const files = Object.fromEntries(['01', '02', '03', '04'].map((d) => [`${d}.txt`, `date 2023-11-${d}\n${STORY_TEXT.rail}`]));
    const { out, run, rss } = await setUp(files);
    await run('2023-12-01T00:00:00Z', configOf({ historySize: '2' }));
    expect((await rss()).items.map((i) => i.link)).toEqual([
      'https://news.example.org/briefings/2023-11-04.html',
      'https://news.example.org/briefings/2023-11-03.html',
    ]);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('briefings/2023-11-04.html');
    expect(index).not.toContain('briefings/2023-11-02.html');
    expect(Object.keys(await hashTree(out))).toContain('briefings/2023-11-01.html');
  });

  it('catches up missed days in one run', async () => {
    const { run } = await setUp({ 'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}`, 'b.txt': `date 2023-11-09\n${STORY_TEXT.rail}` });
    expect((await run('2023-11-10T06:00:00Z')).published).toEqual(['2023-11-06', '2023-11-09']);
  });

  it('keeps a published item when its articles are later removed', async () => {
    const { seeds, run, rss } = await setUp({
      'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}`,
      'b.txt': `date 2023-11-07\n${STORY_TEXT.rail}`,
    });
    await run('2023-11-08T00:00:00Z');
    await rm(join(seeds, 'a.txt'));
    await run('2023-11-08T01:00:00Z');
    expect((await rss()).items.map((i) => i.title)).toEqual(['Daily Briefing — 7 November 2023', 'Daily Briefing — 6 November 2023']);
  });

  it('re-reads the manifest and retries when a concurrent run wrote it first', async () => {
    const { store, run, warnings } = await setUp({ 'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}` });
    let raced = false;
    // A concurrent run that publishes the same state just before this run writes the manifest.
    const racingStore: FeedStore = {
      get: (key) => store.get(key),
      etags: (keys) => store.etags(keys),
      put: async (key, body, options) => {
        if (key === 'manifest.json' && !raced) {
          raced = true;
          await run('2023-11-06T07:00:00Z');
        }
        return store.put(key, body, options);
      },
    };
    const report = await run('2023-11-06T07:00:00Z', configOf(), racingStore);
    expect(report.attempts).toBe(2);
    expect(report.unchanged).toEqual(['2023-11-06']);
    expect(warnings).toEqual(['Another run changed the manifest first; re-reading it and retrying']);
  });

  it('fails on a corrupt manifest and overwrites nothing', async () => {
    const { out, run } = await setUp({ 'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}` });
    await writeFiles(out, { 'manifest.json': '{"version": 7}' });
    await expect(run('2023-11-07T00:00:00Z')).rejects.toThrow(CorruptManifestError);
    expect(Object.keys(await hashTree(out))).toEqual(['manifest.json']);
  });

  it('reuses a published briefing whose articles are unchanged instead of composing it again', async () => {
    const { seeds, out, run } = await setUp({ 'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}` });
    await run('2023-11-06T07:00:00Z');
    // Publish the next day: the 6th's page is re-rendered (its "next" link changes) from its stored data.
    await writeFiles(seeds, { 'b.txt': `date 2023-11-07\n${STORY_TEXT.rail}` });
    const composedDays: string[] = [];
    const inProcess = createInProcessComposer();
    const composer: DayComposer = {
      composeDays: (days, settings) => {
        composedDays.push(...days.map((d) => d.date));
        return inProcess.composeDays(days, settings);
      },
    };
    const report = await runBriefing({
      sources: [createFolderSource({ dir: seeds })],
      store: createFsStore({ dir: out }),
      clock: () => new Date('2023-11-07T07:00:00Z'),
      config: configOf(),
      composer,
    });
    expect(composedDays).toEqual(['2023-11-07']);
    expect(report.published).toEqual(['2023-11-07']);
    expect(report.unchanged).toEqual(['2023-11-06']);
    expect(await readFile(join(out, 'briefings/2023-11-06.html'), 'utf8')).toContain('2023-11-07.html');
  });

  it('composes a published day again when its stored data is missing', async () => {
    const { seeds, out, run, warnings, rss } = await setUp({ 'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}` });
    await run('2023-11-06T07:00:00Z');
    await rm(join(out, 'briefings/2023-11-06.json'));
    await writeFiles(seeds, { 'b.txt': `date 2023-11-07\n${STORY_TEXT.rail}` });
    const report = await run('2023-11-07T07:00:00Z');
    expect(report.unchanged).toEqual(['2023-11-06']);
    expect(warnings).toEqual(['Published files differ from the manifest (an interrupted run?); writing them again']);
    expect(Object.keys(await hashTree(out))).toContain('briefings/2023-11-06.json');
    expect((await rss()).items.map((i) => i.title)).toEqual(['Daily Briefing — 7 November 2023', 'Daily Briefing — 6 November 2023']);
  });
});
