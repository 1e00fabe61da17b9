import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFolderSource } from '../../lambda/adapters/folder-source.ts';
import { createFsStore } from '../../lambda/adapters/fs-store.ts';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import { createStaticServer, type RequestLogEntry } from '../../lambda/adapters/static-server.ts';
import { parseConfig } from '../../lambda/core/config.ts';
import type { Briefing } from '../../lambda/core/types.ts';
import { runBriefing, type RunReport } from '../../lambda/run-briefing.ts';
import { SERVE_ARTICLES, SERVE_DATES, SERVE_NOW, SERVE_TITLE } from './serve-articles.ts';

/** A published fixture site behind the local server, on a free loopback port. */
export interface ServedSite {
  /** The site's base URL, ending in `/` (also the base URL the feeds were rendered with). */
  readonly url: string;
  /** The folder being served. */
  readonly dir: string;
  /** A temporary folder the test may use for its own files; removed by `close`. */
  readonly scratch: string;
  /** Every request the server answered, in order. */
  readonly log: RequestLogEntry[];
  readonly report: RunReport;
  /** Adds articles to the seeds folder and runs the briefing again at `now`, as a later scheduled run would. */
  publish(articles: Readonly<Record<string, string>>, now: Date): Promise<RunReport>;
  close(): Promise<void>;
}

/**
 * Writes the fixture articles to a temp folder, starts the static server on 127.0.0.1:0, then publishes
 * the briefings into the served folder with that URL as the base URL, so every link in the feeds works.
 */
export async function serveFixtureSite(label: string): Promise<ServedSite> {
  const scratch = await mkdtemp(join(tmpdir(), `${label}-`));
  const seeds = join(scratch, 'seeds');
  const dir = join(scratch, 'public');
  await mkdir(seeds);
  await mkdir(dir);

  const log: RequestLogEntry[] = [];
  const server = createStaticServer({ dir, onRequest: (entry) => log.push(entry) });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const config = parseConfig(
    { baseUrl: url, title: SERVE_TITLE },
    {
      baseUrl: 'baseUrl',
      timezone: 'timezone',
      publishHour: 'publishHour',
      historySize: 'historySize',
      title: 'title',
      maxStories: 'maxStories',
    },
  );
  const publish = async (articles: Readonly<Record<string, string>>, now: Date): Promise<RunReport> => {
    for (const [name, text] of Object.entries(articles)) await writeFile(join(seeds, name), text);
    return runBriefing({
      sources: [createFolderSource({ dir: seeds, displayName: (name) => name })],
      store: createFsStore({ dir }),
      clock: () => now,
      config,
      composer: createInProcessComposer(),
    });
  };
  const report = await publish(SERVE_ARTICLES, SERVE_NOW);

  return {
    url,
    dir,
    scratch,
    log,
    report,
    publish,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * The briefings the site published (`briefings/DATE.json`), oldest first: what a consumer must show.
 * Tests compare against these rather than fixed headlines, so they hold whatever the composer picks.
 */
export async function readBriefings(site: ServedSite): Promise<Briefing[]> {
  return Promise.all(
    SERVE_DATES.map(async (date) => JSON.parse(await readFile(join(site.dir, 'briefings', `${date}.json`), 'utf8')) as Briefing),
  );
}

/** Every piece of text a briefing shows a reader: the headlines and the summary sentences. */
export function briefingTexts(briefing: Briefing): string[] {
  return briefing.stories.flatMap((story) => [story.headline, ...story.summary]);
}
