import { createInProcessComposer } from './adapters/in-process-composer.ts';
import type { BriefingConfig } from './core/config.ts';
import { publishInstant } from './core/dates.ts';
import { datesToRender, inputHashOf, type ComposeSettings } from './core/day-inputs.ts';
import { InvalidArticleError } from './core/errors.ts';
import { EMPTY_MANIFEST, MANIFEST_KEY, parseManifest, serializeManifest, type Manifest } from './core/manifest.ts';
import { parseArticle } from './core/parse-article.ts';
import { planPublication, type ComposedDay, type Output } from './core/publication.ts';
import type { Article, Briefing, Rejection } from './core/types.ts';
import type { ArticleSource } from './ports/article-source.ts';
import type { DayComposer } from './ports/day-composer.ts';
import { PreconditionFailedError, type FeedStore } from './ports/feed-store.ts';
import { loadStoredBriefings } from './stored-briefings.ts';

/** Where the run reports what it could not do cleanly (a lost race, a missing data file). */
export interface RunLogger {
  warn(message: string, details: Record<string, unknown>): void;
}

/** Everything a run needs, injected: the handler wires S3, the CLI the filesystem. */
export interface RunBriefingInput {
  readonly sources: readonly ArticleSource[];
  readonly store: FeedStore;
  /** The current time; read once per run. */
  readonly clock: () => Date;
  readonly config: BriefingConfig;
  readonly logger?: RunLogger;
  /**
   * Composes the days that need it.
   * @default composes in the calling thread
   */
  readonly composer?: DayComposer;
  /**
   * How many times to re-read the state and retry after losing a race for the manifest.
   * @default 3
   */
  readonly maxAttempts?: number;
}

/** What a run did. */
export interface RunReport {
  readonly published: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Dates with articles whose publish time has not come yet. */
  readonly waiting: readonly string[];
  readonly articlesUsed: number;
  readonly rejected: readonly Rejection[];
  /** Files or objects skipped for their name (not `.txt`), as the sources name them. */
  readonly ignored: readonly string[];
  /** Keys written, in order (the manifest last). */
  readonly written: readonly string[];
  /** 1 unless a concurrent run changed the manifest first. */
  readonly attempts: number;
}

/** Gave up after repeatedly losing the race for the manifest to concurrent runs. */
export class ConcurrentRunError extends Error {
  override readonly name = 'ConcurrentRunError';
}

/**
 * The one use case: read the articles, compose a briefing per due date, and publish whatever changed —
 * pages first, then the feeds that link to them, then the manifest with a conditional write.
 */
export async function runBriefing(input: RunBriefingInput): Promise<RunReport> {
  const { config, clock, maxAttempts = 3 } = input;
  const { articles, rejected, ignored } = await readArticles(input.sources);
  const now = clock();
  const publishedAt = (date: string) => publishInstant(date, config.timezone, config.publishHour);
  const byDate = groupByDate(articles);
  const dates = [...byDate.keys()].sort();
  const due = dates.filter((date) => publishedAt(date) <= now);
  const waiting = dates.filter((date) => publishedAt(date) > now);
  const articlesUsed = due.reduce((n, date) => n + byDate.get(date)!.length, 0);
  const settings = { title: config.title, maxStories: config.maxStories };
  const inputHashes = new Map(due.map((date) => [date, inputHashOf(byDate.get(date)!, settings)]));
  const compose = createComposer(byDate, inputHashes, settings, input.composer ?? createInProcessComposer());

  // Keys whose stored content may not be what the manifest says: written by a failed attempt (with the hash
  // written), or found unreadable. They are written again unless this attempt's content is what is there.
  const suspect = new Map<string, string>();
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const { manifest, etag } = await readManifest(input.store);
    const { composed, stored, unreadable } = await gatherBriefings(input, manifest, inputHashes, compose);
    for (const date of unreadable) suspect.set(`briefings/${date}.json`, 'unreadable');
    const plan = planPublication({ manifest, composed, stored, site: config, publishedAt, now });
    const written = await writeChanged(input.store, plan.outputs, manifest, suspect);
    try {
      if (await writeManifest(input.store, manifest, plan.manifest, etag)) written.push(MANIFEST_KEY);
      const { published, updated } = plan;
      const unchanged = due.filter((date) => !published.includes(date) && !updated.includes(date));
      return { published, updated, unchanged, waiting, articlesUsed, rejected, ignored, written, attempts: attempt };
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      input.logger?.warn('Another run changed the manifest first; re-reading it and retrying', { attempt, maxAttempts, written });
    }
  }
  throw new ConcurrentRunError(`${MANIFEST_KEY}: lost the race to concurrent runs ${maxAttempts} times; the next scheduled run will finish the work`);
}

/** Writes, in order, the outputs whose content differs from what the manifest (or a failed attempt) says is stored. */
async function writeChanged(store: FeedStore, outputs: readonly Output[], manifest: Manifest, suspect: Map<string, string>): Promise<string[]> {
  const written: string[] = [];
  for (const output of outputs) {
    const stale = manifest.files[output.key] !== output.hash || (suspect.has(output.key) && suspect.get(output.key) !== output.hash);
    if (!stale) continue;
    await store.put(output.key, output.body, output);
    written.push(output.key);
    suspect.set(output.key, output.hash);
  }
  return written;
}

/** Composes days' briefings, at most once per run however many attempts need them. */
type Composer = (dates: readonly string[]) => Promise<ComposedDay[]>;

function createComposer(
  byDate: ReadonlyMap<string, readonly Article[]>,
  inputHashes: ReadonlyMap<string, string>,
  settings: ComposeSettings,
  composer: DayComposer,
): Composer {
  const memo = new Map<string, ComposedDay>();
  return async (dates) => {
    const missing = dates.filter((date) => !memo.has(date));
    const briefings = await composer.composeDays(missing.map((date) => ({ date, articles: byDate.get(date)! })), settings);
    briefings.forEach((briefing, i) => memo.set(missing[i]!, { briefing, inputHash: inputHashes.get(missing[i]!)! }));
    return dates.map((date) => memo.get(date)!);
  };
}

/**
 * Composes the due dates that are new or whose articles or settings changed since they were published, and
 * reloads the stored briefings of the other dates whose pages or feed items are rendered. A due date whose
 * stored data cannot be read is composed again from its articles.
 */
async function gatherBriefings(
  input: RunBriefingInput,
  manifest: Manifest,
  inputHashes: ReadonlyMap<string, string>,
  compose: Composer,
): Promise<{ composed: ComposedDay[]; stored: Map<string, Briefing>; unreadable: string[] }> {
  const changed = [...inputHashes.keys()].filter((date) => manifest.briefings[date]?.inputHash !== inputHashes.get(date));
  const toRender = datesToRender(manifest, changed, input.config.historySize);
  const isChanged = new Set(changed);
  const stored = await loadStoredBriefings(input.store, toRender.filter((date) => !isChanged.has(date)), input.logger);
  const unreadable = toRender.filter((date) => inputHashes.has(date) && !isChanged.has(date) && !stored.has(date));
  return { composed: await compose([...changed, ...unreadable].sort()), stored, unreadable };
}

async function readArticles(sources: readonly ArticleSource[]): Promise<{ articles: Article[]; rejected: Rejection[]; ignored: string[] }> {
  const articles: Article[] = [];
  const rejected: Rejection[] = [];
  const ignored: string[] = [];
  for (const source of sources) {
    const listing = await source.list();
    rejected.push(...listing.rejected);
    ignored.push(...(listing.ignored ?? []));
    for (const file of listing.files) {
      try {
        articles.push(parseArticle(file));
      } catch (error) {
        if (!(error instanceof InvalidArticleError)) throw error;
        rejected.push({ name: error.file, reason: error.reason });
      }
    }
  }
  return { articles, rejected, ignored };
}

function groupByDate(articles: readonly Article[]): Map<string, Article[]> {
  const byDate = new Map<string, Article[]>();
  for (const article of articles) {
    const group = byDate.get(article.date);
    if (group) group.push(article);
    else byDate.set(article.date, [article]);
  }
  return byDate;
}

async function readManifest(store: FeedStore): Promise<{ manifest: Manifest; etag?: string }> {
  const object = await store.get(MANIFEST_KEY);
  return object ? { manifest: parseManifest(object.body), etag: object.etag } : { manifest: EMPTY_MANIFEST };
}

/** Writes the manifest only if it changed, and only over the version this run read (S3 conditional writes). */
async function writeManifest(store: FeedStore, previous: Manifest, next: Manifest, etag: string | undefined): Promise<boolean> {
  const body = serializeManifest(next);
  if (etag !== undefined && Buffer.from(body).equals(Buffer.from(serializeManifest(previous)))) return false;
  const condition = etag === undefined ? { ifNoneMatch: '*' as const } : { ifMatch: etag };
  await store.put(MANIFEST_KEY, body, { contentType: 'application/json', cacheControl: 'no-cache', ...condition });
  return true;
}

