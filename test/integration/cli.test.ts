import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { STORY_TEXT } from '../helpers/articles.ts';
import { feedparser, hashTree, runCli, tempDir, writeFiles, type CliResult } from '../helpers/cli.ts';

const BASE_URL = 'http://127.0.0.1:8080/';

describe('CLI: npm run briefing', () => {
  let seeds: string;
  let out: string;
  let first: CliResult;

  beforeAll(async () => {
    seeds = await tempDir('seeds');
    out = await tempDir('out');
    await writeFiles(seeds, {
      'harbour.txt': `date 2023-11-06\n\n${STORY_TEXT.harbour}\n`,
      'rail.txt': `\r\n date 2023-11-07 ${STORY_TEXT.rail}\r\n`,
      'market.txt': `date 2023-11-07\n${STORY_TEXT.market}`,
      'future.txt': `date 2999-01-01\n${STORY_TEXT.rail}`,
      'typo.txt': `dat 2023-11-06\n${STORY_TEXT.market}`,
      'impossible.txt': `date 2023-02-30\n${STORY_TEXT.market}`,
      'empty.txt': 'date 2023-11-08\n\n',
      '.hidden.txt': `date 2023-11-09\n${STORY_TEXT.market}`,
      'notes.md': `date 2023-11-10\n${STORY_TEXT.market}`,
    });
    first = await runCli(['--seeds', seeds, '--out', out, '--base-url', BASE_URL]);
  });

  it('publishes every due date, waits for the future one, and summarises the run', () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Published: 2 (2023-11-06, 2023-11-07)');
    expect(first.stdout).toContain('Waiting for their day: 1 (2999-01-01)');
    expect(first.stdout).toContain('Articles used: 3; rejected: 3');
  });

  it('names each rejected file with its reason, skips hidden files and reports non-.txt files as ignored', () => {
    expect(first.stdout).toContain(`rejected ${join(seeds, 'typo.txt')}: line 1: expected "date YYYY-MM-DD", got "dat 2023-11-06"`);
    expect(first.stdout).toContain(`rejected ${join(seeds, 'impossible.txt')}: line 1: "2023-02-30" is not a real calendar date`);
    expect(first.stdout).toContain(`rejected ${join(seeds, 'empty.txt')}: the article has a date (2023-11-08) but no text`);
    expect(first.stdout).not.toContain('.hidden.txt');
    expect(first.stdout).toContain(`1 file ignored: not .txt (${join(seeds, 'notes.md')}); articles must be named *.txt`);
  });

  it('writes the feeds, the index and a page per briefing', async () => {
    expect(Object.keys(await hashTree(out)).sort()).toEqual([
      'atom.xml',
      'briefings/2023-11-06.html',
      'briefings/2023-11-06.json',
      'briefings/2023-11-07.html',
      'briefings/2023-11-07.json',
      'feed.json',
      'feed.xml',
      'index.html',
      'manifest.json',
      'style.css',
    ]);
  });

  it('writes RSS and Atom that Universal Feed Parser reads cleanly, newest first', async () => {
    for (const [file, version] of [
      ['feed.xml', 'rss20'],
      ['atom.xml', 'atom10'],
    ] as const) {
      const feed = await feedparser(join(out, file));
      expect(feed.bozo, feed.bozo_exception).toBe(false);
      expect(feed.version).toBe(version);
      expect(feed.entries.map((e) => e.title)).toEqual(['Daily Briefing — 7 November 2023', 'Daily Briefing — 6 November 2023']);
      expect(feed.entries.map((e) => e.link)).toEqual([`${BASE_URL}briefings/2023-11-07.html`, `${BASE_URL}briefings/2023-11-06.html`]);
      expect(feed.entries[1]!.content).toContain('Port Elham');
    }
  });

  it('writes RSS that rss-parser reads, with dates at the publish hour', async () => {
    const feed = await new Parser().parseString(await readFile(join(out, 'feed.xml'), 'utf8'));
    expect(feed.items.map((i) => i.isoDate)).toEqual(['2023-11-07T06:00:00.000Z', '2023-11-06T06:00:00.000Z']);
    expect(feed.items.map((i) => i.guid)).toEqual(['tag:127.0.0.1,2023-11-07:daily-briefing', 'tag:127.0.0.1,2023-11-06:daily-briefing']);
  });

  it('reports "unchanged" on a second run and leaves every file byte-identical', async () => {
    const before = await hashTree(out);
    const second = await runCli(['--seeds', seeds, '--out', out, '--base-url', BASE_URL]);
    expect(second.stdout).toContain('Unchanged: 2 (2023-11-06, 2023-11-07)');
    expect(second.stdout).toContain('Files written: 0');
    expect(await hashTree(out)).toEqual(before);
  });

  it('gives byte-identical output for the same inputs in a fresh folder', async () => {
    const again = await tempDir('again');
    await runCli(['--seeds', seeds, '--out', again, '--base-url', BASE_URL]);
    expect(await hashTree(again)).toEqual(await hashTree(out));
  });

  it('exits non-zero with --strict when an article was rejected, after publishing the rest', async () => {
    const strictOut = await tempDir('strict');
    const strict = await runCli(['--seeds', seeds, '--out', strictOut, '--strict']);
    expect(strict.code).toBe(1);
    expect(Object.keys(await hashTree(strictOut))).toContain('feed.xml');
  });

  it('rejects a bad option value, naming the option', async () => {
    const bad = await runCli(['--seeds', seeds, '--out', await tempDir('bad'), '--timezone', 'Mars/Olympus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timezone: "Mars/Olympus" is not a known IANA time zone');
  });

  it('rejects a --base-url with credentials, naming the option and writing nothing', async () => {
    const out = await tempDir('bad-base');
    const bad = await runCli(['--seeds', seeds, '--out', out, '--base-url', 'https://user:secret@example.com/']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--base-url: "https://…@example.com/" has credentials');
    expect(bad.stderr).not.toContain('secret');
    expect(await hashTree(out)).toEqual({});
  });

  it('documents every option in --help', async () => {
    const help = await runCli(['--help']);
    for (const option of [
      '--seeds',
      '--out',
      '--base-url',
      '--timezone',
      '--publish-hour',
      '--history',
      '--title',
      '--max-stories',
      '--threads',
      '--strict',
    ]) {
      expect(help.stdout).toContain(option);
    }
  });
});

describe('CLI: --threads', () => {
  // Whether the workers get days here depends on timing; test/integration/parallel-composer.test.ts forces them to.
  it('gives byte-identical output with --threads 2 and --threads 1', async () => {
    const seeds = await tempDir('threads-seeds');
    const texts = Object.values(STORY_TEXT);
    // Ten days (the parallel composer starts workers from 8 days), two or three articles a day.
    const files = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [
        `${String(i).padStart(2, '0')}.txt`,
        `date 2023-11-${String(1 + (i % 10)).padStart(2, '0')}\n${texts[i % texts.length]}`,
      ]),
    );
    await writeFiles(seeds, files);
    const [one, two] = [await tempDir('threads-1'), await tempDir('threads-2')];
    const single = await runCli(['--seeds', seeds, '--out', one, '--threads', '1']);
    const parallel = await runCli(['--seeds', seeds, '--out', two, '--threads', '2']);
    expect(parallel.code, parallel.stderr).toBe(0);
    expect(parallel.stdout).toContain('Published: 10');
    expect(await hashTree(two)).toEqual(await hashTree(one));
    expect(single.stdout).toBe(parallel.stdout.replace(two, one));
  });

  it('rejects a thread count that is not a whole number, naming the option', async () => {
    const bad = await runCli(['--out', await tempDir('threads-bad'), '--threads', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--threads: "many" is not a whole number from 1 to 64');
  });
});

describe('CLI: the user seed', () => {
  it('publishes the seed article as one briefing about Wang Yi, China and Russia', async () => {
    const out = await tempDir('seed');
    const result = await runCli(['--out', out]);
    expect(result.stdout).toContain('Published: 1 (2023-11-06)');
    const feed = await feedparser(join(out, 'feed.xml'));
    expect(feed.bozo).toBe(false);
    expect(feed.entries).toHaveLength(1);
    const [entry] = feed.entries;
    expect(entry!.id).toContain('2023-11-06');
    for (const name of ['Wang Yi', 'China', 'Russia']) expect(entry!.content).toContain(name);
  });
});
