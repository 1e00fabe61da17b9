import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';
import { createFsStore } from '../../lambda/adapters/fs-store.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import { parseConfig } from '../../lambda/core/config.ts';
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
const CONFIG = parseConfig({ baseUrl: 'https://news.example.org/' }, NAMES);

describe('Use case: runBriefing, before the first briefing', () => {
  it('dates the empty feeds by the first run, never 1970, and keeps them byte-identical until a briefing appears', async () => {
    // Prepare
    const seeds = await tempDir('empty-seeds');
    const out = await tempDir('empty-out');
    const run = (now: string) =>
      runBriefing({
        sources: [createFolderSource({ dir: seeds })],
        store: createFsStore({ dir: out }),
        clock: () => new Date(now),
        config: CONFIG,
        composer: createInProcessComposer(),
      });
    const text = (key: string) => readFile(join(out, key), 'utf8');

    // Act: a first run finds nothing; a later one still nothing.
    await run('2023-11-05T21:14:09.750Z');
    const first = await hashTree(out);
    const again = await run('2023-11-06T03:00:00Z');

    // Assess
    expect(await text('feed.xml')).toContain('<lastBuildDate>Sun, 05 Nov 2023 21:14:09 GMT</lastBuildDate>');
    expect(await text('atom.xml')).toContain('<updated>2023-11-05T21:14:09.000Z</updated>');
    expect((await text('feed.xml')) + (await text('atom.xml'))).not.toContain('1970');
    expect(again.written).toEqual([]);
    expect(await hashTree(out)).toEqual(first);

    // Act: the first briefing dates the feeds itself, and the manifest forgets the empty time.
    await writeFiles(seeds, { 'a.txt': `date 2023-11-06\n${STORY_TEXT.harbour}` });
    await run('2023-11-06T07:00:00Z');

    // Assess
    expect(await text('feed.xml')).toContain('<lastBuildDate>Mon, 06 Nov 2023 06:00:00 GMT</lastBuildDate>');
    expect(JSON.parse(await text('manifest.json'))).not.toHaveProperty('emptySince');
  });
});
