import {
  ARTICLE_INDEX_KEY,
  EMPTY_ARTICLE_INDEX,
  articleDigestOf,
  dayBasisOf,
  isIndexedArticle,
  parseArticleIndex,
  serializeArticleIndex,
  type ArticleIndex,
  type IndexEntry,
  type IndexedDay,
} from './core/article-index.ts';
import { inputHashOf, type ComposeSettings } from './core/day-inputs.ts';
import { InvalidArticleError } from './core/errors.ts';
import { parseArticle } from './core/parse-article.ts';
import type { Article, Rejection } from './core/types.ts';
import type { DayToLoad } from './compose-days.ts';
import { mapConcurrently } from './map-concurrently.ts';
import type { ArticleSource, ListedFile } from './ports/article-source.ts';
import type { FeedStore } from './ports/feed-store.ts';
import type { RunLogger } from './ports/run-logger.ts';

/** Options of {@link readArticles}. */
export interface ReadArticlesInput {
  readonly sources: readonly ArticleSource[];
  /** Holds the article index, used only when a source can read one article alone (S3). */
  readonly store: FeedStore;
  readonly settings: ComposeSettings;
  readonly logger?: RunLogger;
  /** Asked while reading new articles: `true` leaves the rest for the next run. @default never */
  readonly stopReading?: () => boolean;
}

/** The run's articles by date, their bodies read only for the days that need them. */
export interface ArticlesRead {
  /** Each date with articles, and how to read its articles. */
  readonly days: ReadonlyMap<string, DayToLoad>;
  readonly rejected: readonly Rejection[];
  readonly ignored: readonly string[];
  /** Articles left unread for lack of time: the run knows only part of its days, so it composes none. */
  readonly unread: readonly string[];
  /** The input fingerprint of each date: from the index when its articles are unchanged, else from their bodies. */
  inputHashesOf(dates: readonly string[]): Promise<Map<string, string>>;
  /** Writes the index if it changed: what was read this run and the fingerprints found. */
  saveIndex(): Promise<void>;
}

/** One article of the run: its body is in memory once read (`article`), else read from `source` when needed. */
interface Entry {
  readonly name: string;
  readonly date: string;
  readonly id: string;
  /** The article's digest, which only the index reads: '' when the run keeps no index (no source reads articles alone). */
  readonly digest: string;
  readonly etag?: string;
  readonly source: ArticleSource;
  article?: Article;
}

/**
 * Lists every source and reads only the articles the index does not know (new, or a changed ETag). Unchanged
 * articles are taken from the index (their rejection too, so a bad file is reported every run); deleted ones drop
 * out. A missing or corrupt index means reading every article, as without one.
 */
export async function readArticles({ sources, store, settings, logger, stopReading }: ReadArticlesInput): Promise<ArticlesRead> {
  const indexing = sources.some((source) => source.read !== undefined);
  const stored = indexing ? await store.get(ARTICLE_INDEX_KEY) : undefined;
  const previous = stored && parseArticleIndex(stored.body);
  if (stored && !previous)
    logger?.warn(`${ARTICLE_INDEX_KEY} is unreadable; reading every article again and rewriting it`, { key: ARTICLE_INDEX_KEY });
  const index: ArticleIndex = previous ?? EMPTY_ARTICLE_INDEX;
  const known = new Map(Object.entries(index.articles).map(([name, entry]) => [name, entry.etag]));
  const entries: Entry[] = [];
  const rejected: Rejection[] = [];
  const ignored: string[] = [];
  const unread: string[] = [];
  const nextArticles: Record<string, IndexEntry> = {};
  for (const source of sources) {
    const listing = await source.list(source.read ? { known, stopReading } : undefined);
    unread.push(...(listing.unread ?? []));
    rejected.push(...listing.rejected);
    ignored.push(...(listing.ignored ?? []));
    for (const item of inReadOrder(listing.files, listing.unchanged ?? [])) {
      if (!('bytes' in item)) {
        const entry = index.articles[item.name]!;
        nextArticles[item.name] = entry;
        if (isIndexedArticle(entry)) entries.push({ name: item.name, ...entry, source });
        else rejected.push({ name: item.name, reason: entry.reason });
        continue;
      }
      const read = parseOrReject(item);
      if ('reason' in read) {
        rejected.push(read);
        if (item.etag !== undefined && source.read) nextArticles[item.name] = { etag: item.etag, reason: read.reason };
        continue;
      }
      const entry: Entry = {
        name: item.name,
        date: read.date,
        id: read.id,
        // A JSON string and a SHA-256 of each body, which a run without an index never reads.
        digest: indexing ? articleDigestOf(read) : '',
        etag: item.etag,
        source,
        article: read,
      };
      entries.push(entry);
      if (item.etag !== undefined && source.read)
        nextArticles[item.name] = { etag: item.etag, date: entry.date, id: entry.id, digest: entry.digest };
    }
  }
  const byDate = groupByDate(entries);
  const nextDays: Record<string, IndexedDay> = {};

  async function inputHashesOf(dates: readonly string[]): Promise<Map<string, string>> {
    const hashes = new Map<string, string>();
    for (const date of dates) {
      const day = byDate.get(date)!;
      const basis = indexing ? dayBasisOf(day, settings) : undefined;
      const recorded = index.days[date];
      if (basis !== undefined && recorded?.basis === basis) {
        hashes.set(date, recorded.inputHash);
        nextDays[date] = recorded;
        continue;
      }
      const { articles, exact } = await loadDay(day);
      const inputHash = inputHashOf(articles, settings);
      hashes.set(date, inputHash);
      // Recorded only when every article read back is the one indexed; else the next run reads the day again.
      if (basis !== undefined && exact) nextDays[date] = { basis, inputHash };
    }
    return hashes;
  }

  async function saveIndex(): Promise<void> {
    if (!indexing) return;
    const body = serializeArticleIndex({ version: 1, articles: nextArticles, days: nextDays });
    if (stored && Buffer.from(body).equals(Buffer.from(stored.body))) return;
    await store.put(ARTICLE_INDEX_KEY, body, { contentType: 'application/json', cacheControl: 'no-cache' });
  }

  const days = new Map(
    [...byDate].map(([date, day]) => [date, { date, size: day.length, load: async () => (await loadDay(day)).articles }]),
  );
  return { days, rejected, ignored, unread, inputHashesOf, saveIndex };
}

/** A source's files and its unchanged articles, in name order (the order a run without an index reads them in). */
function inReadOrder(
  files: readonly ListedFile[],
  unchanged: readonly { name: string; etag: string }[],
): (ListedFile | { name: string; etag: string })[] {
  if (unchanged.length === 0) return [...files];
  return [...files, ...unchanged].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * A day's articles, reading the bodies not in memory (16 at a time). `exact` is false when one read back is not the
 * article indexed (changed or removed since the listing): the day is then composed from what was read.
 */
async function loadDay(day: readonly Entry[]): Promise<{ articles: Article[]; exact: boolean }> {
  let exact = true;
  await mapConcurrently(
    day.filter((entry) => !entry.article),
    16,
    async (entry) => {
      const read = await entry.source.read!(entry.name);
      const article = 'bytes' in read ? parseOrReject(read) : read;
      if ('reason' in article || articleDigestOf(article) !== entry.digest || article.date !== entry.date) {
        exact = false;
        if (!('reason' in article) && article.date === entry.date) entry.article = article;
        return;
      }
      entry.article = article;
    },
  );
  return { articles: day.flatMap((entry) => entry.article ?? []), exact };
}

function parseOrReject(file: ListedFile): Article | Rejection {
  try {
    return parseArticle(file);
  } catch (error) {
    if (!(error instanceof InvalidArticleError)) throw error;
    return { name: error.file, reason: error.reason };
  }
}

function groupByDate(entries: readonly Entry[]): Map<string, Entry[]> {
  const byDate = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = byDate.get(entry.date);
    if (group) group.push(entry);
    else byDate.set(entry.date, [entry]);
  }
  return byDate;
}
