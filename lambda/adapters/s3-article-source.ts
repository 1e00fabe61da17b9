import { GetObjectCommand, ListObjectsV2Command, type S3Client, type _Object } from '@aws-sdk/client-s3';
import { mapConcurrently } from '../map-concurrently.ts';
import { MAX_ARTICLE_BYTES, isArticleName, TOO_LARGE_REASON } from '../core/article-limits.ts';
import { ARTICLES_PREFIX } from '../core/site-keys.ts';
import type { Rejection } from '../core/types.ts';
import type { ArticleSource, ListedFile, ListOptions, SourceListing } from '../ports/article-source.ts';

/** Options for {@link createS3ArticleSource}. */
export interface S3ArticleSourceOptions {
  /** The S3 client, built once by the caller. */
  readonly client: S3Client;
  /** The bucket that holds the articles. */
  readonly bucket: string;
  /**
   * The key prefix articles are dropped under. Keys at any depth under it are read (`articles/2023/11/07/x.txt`),
   * like the folder source's sub-folders.
   * @default ARTICLES_PREFIX, `articles/`
   */
  readonly prefix?: string;
}

/**
 * An {@link ArticleSource} reading `*.txt` objects at any depth under a bucket prefix. Keys with a hidden segment
 * (`.draft.txt`, `.trash/x.txt`) and folder markers (`2023/`) are skipped; other keys not ending in `.txt` are
 * reported as ignored. An object over the size limit is rejected by its listed `Size`, without being downloaded.
 * Articles are named `s3://bucket/key` in every message.
 */
export function createS3ArticleSource({ client, bucket, prefix = ARTICLES_PREFIX }: S3ArticleSourceOptions): ArticleSource {
  const nameOf = (key: string): string => `s3://${bucket}/${key}`;

  async function read(key: string, size: number | undefined): Promise<ListedFile | Rejection> {
    const name = nameOf(key);
    if ((size ?? 0) > MAX_ARTICLE_BYTES) return { name, reason: TOO_LARGE_REASON };
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
    // The object may have been replaced by a larger one between the listing and the download.
    if (bytes.length > MAX_ARTICLE_BYTES) return { name, reason: TOO_LARGE_REASON };
    return response.ETag === undefined ? { name, bytes } : { name, bytes, etag: response.ETag };
  }

  async function list({ known, stopReading }: ListOptions = {}): Promise<SourceListing> {
    const listed = (await listAll(client, bucket, prefix))
      .filter((o): o is _Object & { Key: string } => o.Key !== undefined)
      .sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0));
    const kinds = listed.map((o) => kindOfKey(o.Key, prefix));
    const articles = listed.filter((_, i) => kinds[i] === 'article');
    const ignored = listed.filter((_, i) => kinds[i] === 'ignored').map((o) => nameOf(o.Key));
    // An object whose ETag the caller knows has the content it read before: no need to download it again.
    const isKnown = (o: _Object & { Key: string }) =>
      o.ETag !== undefined && (o.Size ?? 0) <= MAX_ARTICLE_BYTES && known?.get(nameOf(o.Key)) === o.ETag;
    const unchanged = articles.filter(isKnown).map((o) => ({ name: nameOf(o.Key), etag: o.ETag! }));
    const objects = articles.filter((o) => !isKnown(o));
    // S3 answers each GET in tens of milliseconds: a few in flight keep thousands of articles quick to read.
    // The first few are always read, so a run short of time still makes progress.
    let started = 0;
    const fetched = await mapConcurrently(
      objects,
      READ_CONCURRENCY,
      (o): Promise<ListedFile | Rejection | { unread: string }> =>
        started++ >= READ_CONCURRENCY && stopReading?.() ? Promise.resolve({ unread: nameOf(o.Key) }) : read(o.Key, o.Size),
    );
    const files = fetched.filter((r): r is ListedFile => 'bytes' in r);
    const rejected = fetched.filter((r): r is Rejection => 'reason' in r);
    const unread = fetched.flatMap((r) => ('unread' in r ? [r.unread] : []));
    return { files, rejected, ignored, unchanged, unread };
  }

  const keyOf = (name: string): string => {
    if (!name.startsWith(nameOf(''))) throw new Error(`${name}: not an object of s3://${bucket}/; name an article this source listed`);
    return name.slice(nameOf('').length);
  };

  return { list, read: (name) => read(keyOf(name), undefined) };
}

const READ_CONCURRENCY = 16;

/** Every object under the prefix, following continuation tokens (ListObjectsV2 returns at most 1,000 a page). */
async function listAll(client: S3Client, bucket: string, prefix: string): Promise<_Object[]> {
  const objects: _Object[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    objects.push(...(page.Contents ?? []));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}

/**
 * What a key under the prefix is: an article (a visible `.txt` at any depth), a key to report as ignored (visible, but
 * another name), or one skipped without a word (a hidden segment anywhere below the prefix, or a folder marker).
 */
function kindOfKey(key: string, prefix: string): 'article' | 'ignored' | 'skipped' {
  const segments = key.slice(prefix.length).split('/');
  const last = segments[segments.length - 1]!;
  if (last === '' || segments.some((s) => s.startsWith('.'))) return 'skipped';
  return isArticleName(last) ? 'article' : 'ignored';
}
