import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';
import { createFsStore } from '../../lambda/adapters/fs-store.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import type { TimeBudget } from '../../lambda/compose-days.ts';
import { parseConfig } from '../../lambda/core/config.ts';
import type { DayComposer } from '../../lambda/ports/day-composer.ts';
import { runBriefing } from '../../lambda/run-briefing.ts';
import { STORY_TEXT } from '../helpers/articles.ts';
import { hashTree, tempDir, writeFiles } from '../helpers/cli.ts';

const CONFIG = parseConfig(
  { baseUrl: 'https://news.example.org/' },
  {
    baseUrl: 'BASE_URL',
    timezone: 'TIMEZONE',
    publishHour: 'PUBLISH_HOUR',
    historySize: 'HISTORY_SIZE',
    title: 'FEED_TITLE',
    maxStories: 'MAX_STORIES',
  },
);
const NOW = new Date('2023-11-20T12:00:00Z');
const TEXTS = Object.values(STORY_TEXT);
const inProcess = createInProcessComposer();

/** The real composer, except that it throws for the given dates, and spends fake time if given a clock. */
function composerWith({
  throwsFor = [],
  clock,
}: {
  throwsFor?: readonly string[];
  clock?: { now: number };
} = {}): DayComposer & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async composeDays(days, settings) {
      calls.push(days.map((d) => d.date));
      const bad = days.find((d) => throwsFor.includes(d.date));
      if (bad) throw new RangeError(`Invalid typed array length (composing ${bad.date})`);
      if (clock) clock.now += 10_000 * days.length;
      return inProcess.composeDays(days, settings);
    },
  };
}

async function site(files: Record<string, string>) {
  const seeds = await tempDir('bad-day-seeds');
  const out = await tempDir('bad-day-out');
  await writeFiles(seeds, files);
  const run = (composer: DayComposer, timeBudget?: TimeBudget) =>
    runBriefing({
      sources: [createFolderSource({ dir: seeds })],
      store: createFsStore({ dir: out }),
      clock: () => NOW,
      config: CONFIG,
      composer,
      timeBudget,
    });
  return { seeds, out, run };
}

describe('Use case: runBriefing, one bad day', () => {
  it('publishes the other days when composing one throws, keeps its last good version, and names it', async () => {
    // Prepare: three days published, then a late article for each of the 7th and 8th, and a new day
    const { seeds, out, run } = await site({
      '06.txt': `date 2023-11-06\n${TEXTS[0]}`,
      '07.txt': `date 2023-11-07\n${TEXTS[1]}`,
      '08.txt': `date 2023-11-08\n${TEXTS[2]}`,
    });
    await run(composerWith());
    const before = await hashTree(out);
    await writeFiles(seeds, {
      '07b.txt': `date 2023-11-07\n${TEXTS[2]}`,
      '08b.txt': `date 2023-11-08\n${TEXTS[0]}`,
      '09.txt': `date 2023-11-09\n${TEXTS[1]}`,
    });

    // Act
    const report = await run(composerWith({ throwsFor: ['2023-11-07'] }));

    // Assess: the 7th failed and is named; the 8th is updated, the 9th published
    expect(report.failed).toEqual([{ date: '2023-11-07', reason: 'RangeError: Invalid typed array length (composing 2023-11-07)' }]);
    expect(report).toMatchObject({ published: ['2023-11-09'], updated: ['2023-11-08'], unchanged: ['2023-11-06'], deferred: [] });
    const after = await hashTree(out);
    expect(after['briefings/2023-11-07.json']).toBe(before['briefings/2023-11-07.json']);
    expect(after['briefings/2023-11-08.json']).not.toBe(before['briefings/2023-11-08.json']);
    const feed = await readFile(join(out, 'feed.xml'), 'utf8');
    for (const date of ['2023-11-06', '2023-11-07', '2023-11-08', '2023-11-09']) expect(feed).toContain(`briefings/${date}.html`);

    // Act + Assess: once the day composes again, the next run updates it
    const healed = await run(composerWith());
    expect(healed).toMatchObject({ updated: ['2023-11-07'], failed: [], unchanged: ['2023-11-06', '2023-11-08', '2023-11-09'] });
  });

  it('publishes nothing for a new day that fails, and the rest as usual', async () => {
    const { out, run } = await site({ '06.txt': `date 2023-11-06\n${TEXTS[0]}`, '07.txt': `date 2023-11-07\n${TEXTS[1]}` });
    const report = await run(composerWith({ throwsFor: ['2023-11-06'] }));
    expect(report).toMatchObject({ published: ['2023-11-07'], failed: [{ date: '2023-11-06' }] });
    expect(Object.keys(await hashTree(out)).filter((key) => key.startsWith('briefings/'))).toEqual([
      'briefings/2023-11-07.html',
      'briefings/2023-11-07.json',
    ]);
  });
});

describe('Use case: runBriefing, a time budget', () => {
  it('composes the newest days first, defers the rest, and the next run finishes them: the site a run without a limit gives', async () => {
    // Prepare: ten days; each takes 10 s of fake time; 100 s left, 30 s kept for publishing
    const files = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`${i}.txt`, `date 2023-11-${String(i + 1).padStart(2, '0')}\n${TEXTS[i % 3]}`]),
    );
    const budgeted = await site(files);
    const clock = { now: 0 };
    const budget: TimeBudget = { remainingMs: () => 100_000 - clock.now, reserveMs: 30_000, publishMsPerDay: 0 };

    // Act
    const composer = composerWith({ clock });
    const first = await budgeted.run(composer, budget);

    // Assess: seven days, newest first; the three oldest wait
    expect(composer.calls.flat()).toEqual([
      '2023-11-10',
      '2023-11-09',
      '2023-11-08',
      '2023-11-07',
      '2023-11-06',
      '2023-11-05',
      '2023-11-04',
    ]);
    expect(first.published).toEqual(['2023-11-04', '2023-11-05', '2023-11-06', '2023-11-07', '2023-11-08', '2023-11-09', '2023-11-10']);
    expect(first.deferred).toEqual(['2023-11-01', '2023-11-02', '2023-11-03']);
    expect(first.unchanged).toEqual([]);

    // Act + Assess: the next run, with time again, publishes the rest
    clock.now = 0;
    const second = await budgeted.run(composerWith({ clock }), budget);
    expect(second).toMatchObject({ published: ['2023-11-01', '2023-11-02', '2023-11-03'], deferred: [] });
    const unlimited = await tempDir('budget-unlimited');
    await runBriefing({
      sources: [createFolderSource({ dir: budgeted.seeds })],
      store: createFsStore({ dir: unlimited }),
      clock: () => NOW,
      config: CONFIG,
      composer: inProcess,
    });
    expect(await hashTree(budgeted.out)).toEqual(await hashTree(unlimited));
  });
});
