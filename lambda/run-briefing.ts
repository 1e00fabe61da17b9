import type { BriefingConfig } from './core/config.ts';
import { publishInstant } from './core/dates.ts';
import { datesToRender } from './core/day-inputs.ts';
import { EMPTY_MANIFEST, MANIFEST_KEY, parseManifest, serializeManifest, type Manifest } from './core/manifest.ts';
import { planPublication, type Output } from './core/publication.ts';
import { briefingDataKey } from './core/site-keys.ts';
import type { Briefing, Rejection } from './core/types.ts';
import type { ArticleSource } from './ports/article-source.ts';
import type { DayComposer } from './ports/day-composer.ts';
import { PreconditionFailedError, type FeedStore } from './ports/feed-store.ts';
import { createRunComposer, type ComposedDates, type RunComposer, type TimeBudget } from './compose-days.ts';
import type { RunLogger } from './ports/run-logger.ts';
import { readArticles, type ArticlesRead } from './read-articles.ts';
import { loadStoredBriefings } from './stored-briefings.ts';
import { checkStoredFiles, datesOfKeys } from './stored-files.ts';

/** Everything a run needs, injected: the handler wires S3, the CLI the filesystem. */
export interface RunBriefingInput {
  readonly sources: readonly ArticleSource[];
  readonly store: FeedStore;
  /** The current time; read once per run. */
  readonly clock: () => Date;
  readonly config: BriefingConfig;
  readonly logger?: RunLogger;
  /** Composes the days that need it: in this thread (`createInProcessComposer`) or over worker threads. */
  readonly composer: DayComposer;
  /**
   * How long the run may go on starting new days; the rest are deferred to the next run.
   * @default no limit
   */
  readonly timeBudget?: TimeBudget;
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
  /** Due dates whose composition threw, with the error: each keeps its last published version, if any. */
  readonly failed: readonly { readonly date: string; readonly reason: string }[];
  /** Due dates left for the next run, for lack of time (oldest ones: the newest are composed first). */
  readonly deferred: readonly string[];
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
  const settings = { title: config.title, maxStories: config.maxStories, summarySentences: config.summarySentences };
  const budget = input.timeBudget;
  // Reading may use the time composing would: a run that could not read every new article composes nothing.
  const stopReading = budget && (() => budget.remainingMs() < (budget.reserveMs ?? 30_000));
  const read = await readArticles({ sources: input.sources, store: input.store, settings, logger: input.logger, stopReading });
  const { rejected, ignored } = read;
  const now = clock();
  const publishedAt = (date: string) => publishInstant(date, config.timezone, config.publishHour);
  const dates = [...read.days.keys()].sort();
  const due = dates.filter((date) => publishedAt(date) <= now);
  const waiting = dates.filter((date) => publishedAt(date) > now);
  const articlesUsed = due.reduce((n, date) => n + read.days.get(date)!.size, 0);
  if (read.unread.length > 0) return await deferEverything(read, { due, waiting, rejected, ignored, articlesUsed }, input.logger);
  const inputHashes = await read.inputHashesOf(due);
  const compose = createRunComposer(read.days, inputHashes, { composer: input.composer, settings, budget: input.timeBudget });

  const leftovers = (await input.store.removeLeftovers?.()) ?? [];
  if (leftovers.length > 0) input.logger?.warn('Removed the temporary files of an interrupted run', { keys: leftovers });
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const { manifest, etag } = await readManifest(input.store);
    // Every attempt looks again: a run killed (or racing this one) may have changed files the manifest vouches for.
    const { suspect, found } = await checkStoredFiles(input.store, manifest);
    if (suspect.size > 0)
      input.logger?.warn('Published files differ from the manifest (an interrupted run?); writing them again', { keys: [...suspect] });
    const { composed, stored, unreadable, failed, deferred } = await gatherBriefings(
      input,
      manifest,
      inputHashes,
      compose,
      datesOfKeys(suspect),
    );
    const rewrite = new Set([...suspect, ...unreadable.map(briefingDataKey)]);
    const plan = planPublication({ manifest, composed, stored, site: config, publishedAt, now });
    const etags = await writeChanged(input.store, plan.outputs, manifest, rewrite);
    const written = [...etags.keys()];
    const next = { ...plan.manifest, etags: etagsToRecord(manifest, plan.manifest, etags, found) };
    try {
      if (await writeManifest(input.store, manifest, next, etag)) written.push(MANIFEST_KEY);
      // After the manifest: the index is a cache of what the articles are, never part of what was published.
      await read.saveIndex();
      const { published, updated } = plan;
      const notDone = new Set([...published, ...updated, ...failed.map((f) => f.date), ...deferred]);
      const unchanged = due.filter((date) => !notDone.has(date));
      const failures = failed.map(({ date, error }) => ({ date, reason: reasonOf(error) }));
      for (const { date, error } of failed) {
        input.logger?.warn(`${date}: composing the briefing failed; its last published version stays`, {
          date,
          error: (error as Error)?.stack ?? String(error),
        });
      }
      return {
        published,
        updated,
        unchanged,
        waiting,
        failed: failures,
        deferred,
        articlesUsed,
        rejected,
        ignored,
        written,
        attempts: attempt,
      };
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      input.logger?.warn('Another run changed the manifest first; re-reading it and retrying', { attempt, maxAttempts, written });
    }
  }
  throw new ConcurrentRunError(
    `${MANIFEST_KEY}: lost the race to concurrent runs ${maxAttempts} times; the next scheduled run will finish the work`,
  );
}

/**
 * A run that could not read every new article in its time: what it read is indexed, so the next run reads only the
 * rest; no day is composed, since any of them may have articles among the unread.
 */
async function deferEverything(
  read: ArticlesRead,
  report: Pick<RunReport, 'waiting' | 'rejected' | 'ignored' | 'articlesUsed'> & { readonly due: readonly string[] },
  logger: RunLogger | undefined,
): Promise<RunReport> {
  await read.saveIndex();
  logger?.warn(
    `Read only part of the new articles in the time left; ${read.unread.length} are left for the next run, and every day waits for them`,
    {
      unread: read.unread.length,
    },
  );
  const { due, waiting, rejected, ignored, articlesUsed } = report;
  return {
    published: [],
    updated: [],
    unchanged: [],
    waiting,
    failed: [],
    deferred: due,
    articlesUsed,
    rejected,
    ignored,
    written: [],
    attempts: 1,
  };
}

/**
 * Writes, in order, the outputs whose content differs from what the manifest says is stored, and those that must be
 * rewritten whatever it says. Returns the ETag of each key written.
 */
async function writeChanged(
  store: FeedStore,
  outputs: readonly Output[],
  manifest: Manifest,
  rewrite: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const written = new Map<string, string>();
  for (const output of outputs) {
    if (manifest.files[output.key] === output.hash && !rewrite.has(output.key)) continue;
    const { etag } = await store.put(output.key, output.body, output);
    written.set(output.key, etag);
  }
  return written;
}

/**
 * The ETag of every published file: as written now, else as recorded before, else (a manifest from before ETags
 * were recorded) as found. A file found changed but not written again (its day deferred or failed) keeps the
 * recorded ETag, so the next run still sees it as changed.
 */
function etagsToRecord(
  previous: Manifest,
  next: Manifest,
  written: ReadonlyMap<string, string>,
  found: ReadonlyMap<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.keys(next.files).flatMap((key) => {
      const etag = written.get(key) ?? previous.etags?.[key] ?? found.get(key);
      return etag === undefined ? [] : [[key, etag] as const];
    }),
  );
}

/**
 * Composes the due dates that are new or whose articles or settings changed since they were published, and
 * reloads the stored briefings of the other dates whose pages or feed items are rendered. A due date whose
 * stored data cannot be read, or was changed since the manifest was written, is composed again from its articles.
 */
async function gatherBriefings(
  input: RunBriefingInput,
  manifest: Manifest,
  inputHashes: ReadonlyMap<string, string>,
  compose: RunComposer,
  suspectDates: ReadonlySet<string>,
): Promise<Gathered> {
  const changed = [...inputHashes.keys()].filter((date) => manifest.briefings[date]?.inputHash !== inputHashes.get(date));
  const isChanged = new Set(changed);
  const repaired = [...suspectDates].filter((date) => manifest.briefings[date] !== undefined);
  const toRender = [...new Set([...datesToRender(manifest, changed, input.config.historySize), ...repaired])].sort();
  // Stored data that may be a killed run's is not trusted while its articles can compose it again.
  const distrusted = (date: string) => suspectDates.has(date) && inputHashes.has(date) && !isChanged.has(date);
  const stored = await loadStoredBriefings(
    input.store,
    toRender.filter((date) => !isChanged.has(date) && !distrusted(date)),
    input.logger,
  );
  const unreadable = toRender.filter((date) => inputHashes.has(date) && !isChanged.has(date) && !stored.has(date));
  const { composed, failed, deferred } = await compose([...changed, ...unreadable].sort());
  // A day that failed or had to wait keeps its last published version, pages and feed item alike.
  const kept = [...failed.map((f) => f.date), ...deferred].filter((date) => manifest.briefings[date] && !stored.has(date));
  for (const [date, briefing] of await loadStoredBriefings(input.store, kept, input.logger)) stored.set(date, briefing);
  return { composed, stored, unreadable, failed, deferred };
}

/** The briefings a run renders, and the days it could not compose. */
interface Gathered extends ComposedDates {
  readonly stored: Map<string, Briefing>;
  /** Due dates whose stored data could not be read (or trusted): composed again, their data rewritten. */
  readonly unreadable: readonly string[];
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
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
