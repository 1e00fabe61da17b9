import { createHash } from 'node:crypto';
import { fingerprintOf, type ComposeSettings } from './day-inputs.ts';
import type { Article } from './types.ts';

/**
 * Where the article index lives: beside the manifest, never served. It is a cache of what the articles are, so a
 * run reads (GETs) only the new or changed ones; a missing or corrupt index only means reading every article again.
 */
export const ARTICLE_INDEX_KEY = 'article-index.json';

/** A valid article as indexed: what its day's fingerprint needs, without its body. */
export interface IndexedArticle {
  /** The ETag the listing gave when it was read: another ETag means another content, so it is read again. */
  readonly etag: string;
  readonly date: string;
  readonly id: string;
  /** SHA-256 of what of the article shapes its day (id, body, title, sources). */
  readonly digest: string;
}

/** A rejected article as indexed, so an unchanged bad file is still reported every run without being read. */
export interface IndexedRejection {
  readonly etag: string;
  readonly reason: string;
}

/** One article's entry. */
export type IndexEntry = IndexedArticle | IndexedRejection;

/** A day's input fingerprint (the manifest's `inputHash`), known for one exact set of articles and settings. */
export interface IndexedDay {
  /** {@link dayBasisOf} the day's indexed articles and the settings. */
  readonly basis: string;
  readonly inputHash: string;
}

/** The article index: an entry per article, by name (`s3://bucket/key`), and the input fingerprint of each day. */
export interface ArticleIndex {
  readonly version: 1;
  readonly articles: Readonly<Record<string, IndexEntry>>;
  readonly days: Readonly<Record<string, IndexedDay>>;
}

/** The index before any article was read. */
export const EMPTY_ARTICLE_INDEX: ArticleIndex = { version: 1, articles: {}, days: {} };

/** What a run needs of one article to fingerprint its day: its name, id and digest. */
export interface ArticleDigest {
  readonly name: string;
  readonly id: string;
  readonly digest: string;
}

/** The digest of what of an article shapes its day's briefing. */
export function articleDigestOf(article: Article): string {
  return createHash('sha256')
    .update(JSON.stringify(fingerprintOf(article)))
    .digest('hex');
}

/**
 * A fingerprint of a day's articles (names, ids, digests, in any order) and the settings. Equal bases mean the same
 * articles read in the same order, so the day's `inputHash` recorded for a basis holds while the basis does.
 */
export function dayBasisOf(articles: readonly ArticleDigest[], settings: ComposeSettings): string {
  const sorted = articles.map((a) => [a.name, a.id, a.digest]).sort((a, b) => (a.join('\n') < b.join('\n') ? -1 : 1));
  const shape = [settings.title, settings.maxStories, settings.summarySentences ?? null];
  return createHash('sha256')
    .update(JSON.stringify([shape, sorted]))
    .digest('hex');
}

/** Reads an index; anything that is not a well-formed version-1 index gives `undefined` (read everything again). */
export function parseArticleIndex(bytes: Uint8Array): ArticleIndex | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  const index = value as Partial<ArticleIndex> | null;
  if (index?.version !== 1 || !isRecord(index.articles) || !isRecord(index.days)) return undefined;
  if (!Object.values(index.articles).every(isEntry) || !Object.values(index.days).every(isDay)) return undefined;
  return index as ArticleIndex;
}

/** Serialises an index with sorted keys, so equal indexes give equal bytes. */
export function serializeArticleIndex(index: ArticleIndex): Uint8Array {
  const sorted = { version: 1, articles: sortKeys(index.articles), days: sortKeys(index.days) };
  return new TextEncoder().encode(`${JSON.stringify(sorted)}\n`);
}

/** Whether an entry is a valid article (else a rejection). */
export function isIndexedArticle(entry: IndexEntry): entry is IndexedArticle {
  return 'digest' in entry;
}

function isEntry(value: unknown): boolean {
  if (!isRecord(value) || typeof value.etag !== 'string') return false;
  if (typeof value.reason === 'string') return true;
  return typeof value.date === 'string' && typeof value.id === 'string' && typeof value.digest === 'string';
}

function isDay(value: unknown): boolean {
  return isRecord(value) && typeof value.basis === 'string' && typeof value.inputHash === 'string';
}

function sortKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
