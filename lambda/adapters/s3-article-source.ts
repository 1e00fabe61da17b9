import { GetObjectCommand, ListObjectsV2Command, type S3Client, type _Object } from '@aws-sdk/client-s3';
import { MAX_ARTICLE_BYTES, isArticleName, TOO_LARGE_REASON } from '../core/article-limits.ts';
import { ARTICLES_PREFIX } from '../core/site-keys.ts';
import type { ArticleFile, Rejection } from '../core/types.ts';
import type { ArticleSource, SourceListing } from '../ports/article-source.ts';

/** Options for {@link createS3ArticleSource}. */
export interface S3ArticleSourceOptions {
  /** The S3 client, built once by the caller. */
  readonly client: S3Client;
  /** The bucket that holds the articles. */
  readonly bucket: string;
  /**
   * The key prefix articles are dropped under. Only keys directly under it are read, like the folder source.
   * @default 'articles/'
   */
  readonly prefix?: string;
}

/**
 * An {@link ArticleSource} reading `*.txt` objects under a bucket prefix. Hidden keys and other extensions are
 * ignored; an object over the size limit is rejected by its listed `Size`, without being downloaded.
 * Articles are named `s3://bucket/key` in every message.
 */
export function createS3ArticleSource({ client, bucket, prefix = ARTICLES_PREFIX }: S3ArticleSourceOptions): ArticleSource {
  const nameOf = (key: string): string => `s3://${bucket}/${key}`;

  async function list(): Promise<SourceListing> {
    const objects = (await listAll(client, bucket, prefix))
      .filter((o): o is _Object & { Key: string } => o.Key !== undefined && isArticleKey(o.Key, prefix))
      .sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0));
    const files: ArticleFile[] = [];
    const rejected: Rejection[] = [];
    for (const object of objects) {
      const name = nameOf(object.Key);
      if ((object.Size ?? 0) > MAX_ARTICLE_BYTES) {
        rejected.push({ name, reason: TOO_LARGE_REASON });
        continue;
      }
      const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: object.Key }));
      const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
      // The object may have been replaced by a larger one between the listing and the download.
      if (bytes.length > MAX_ARTICLE_BYTES) rejected.push({ name, reason: TOO_LARGE_REASON });
      else files.push({ name, bytes });
    }
    return { files, rejected };
  }

  return { list };
}

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

/** An article key sits directly under the prefix (no deeper "folders") and has an article's name. */
function isArticleKey(key: string, prefix: string): boolean {
  const rest = key.slice(prefix.length);
  return rest.length > 0 && !rest.includes('/') && isArticleName(rest);
}
