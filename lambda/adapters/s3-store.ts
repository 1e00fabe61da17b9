import { GetObjectCommand, paginateListObjectsV2, PutObjectCommand, S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import { PreconditionFailedError, type FeedStore, type PutOptions, type StoredObject } from '../ports/feed-store.ts';

/** Options for {@link createS3Store}. */
export interface S3StoreOptions {
  /** The S3 client, built once by the caller (the handler builds it at module scope). */
  readonly client: S3Client;
  /** The bucket that receives the published files. */
  readonly bucket: string;
}

/**
 * A {@link FeedStore} on an S3 bucket. Objects are written with their Content-Type and Cache-Control, and the
 * manifest's optimistic concurrency uses S3 conditional writes (`If-Match` / `If-None-Match: *`).
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html
 */
export function createS3Store({ client, bucket }: S3StoreOptions): FeedStore {
  async function get(key: string): Promise<StoredObject | undefined> {
    try {
      const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!response.Body || !response.ETag) {
        throw new S3StoreError(`s3://${bucket}/${key}: GetObject returned no body or ETag; check the S3 endpoint`);
      }
      return { body: await response.Body.transformToByteArray(), etag: response.ETag };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async function put(key: string, body: Uint8Array, options: PutOptions): Promise<{ etag: string }> {
    const command = new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ContentType: options.contentType,
      CacheControl: options.cacheControl,
      IfMatch: options.ifMatch,
      IfNoneMatch: options.ifNoneMatch,
    });
    try {
      const response = await client.send(command);
      if (!response.ETag) throw new S3StoreError(`s3://${bucket}/${key}: PutObject returned no ETag; check the S3 endpoint`);
      return { etag: response.ETag };
    } catch (error) {
      if (isConditionFailure(error, options)) throw new PreconditionFailedError(key, { cause: error });
      throw error;
    }
  }

  /**
   * Lists each folder the keys are in (only that level: `Delimiter: "/"`), so a check costs one request per
   * thousand published files, never a GET of each; the bucket's `articles/` are not listed.
   * @see https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html
   */
  async function etags(keys: readonly string[]): Promise<Map<string, string>> {
    const wanted = new Set(keys);
    const folders = new Set(keys.map((key) => key.slice(0, key.lastIndexOf('/') + 1)));
    const found = new Map<string, string>();
    for (const prefix of [...folders].sort()) {
      for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix, Delimiter: '/' })) {
        for (const { Key, ETag } of page.Contents ?? [])
          if (Key !== undefined && ETag !== undefined && wanted.has(Key)) found.set(Key, ETag);
      }
    }
    return found;
  }

  return { get, put, etags };
}

/** S3 answered in a way the store cannot use (a missing body or ETag): a broken endpoint, not a missing object. */
export class S3StoreError extends Error {
  override readonly name = 'S3StoreError';
}

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

/** A 404 about the key. A missing bucket is also a 404, but it is a configuration error, never "no object". */
function isNotFound(error: unknown): boolean {
  if (!(error instanceof S3ServiceException) || error.name === 'NoSuchBucket') return false;
  return error.name === 'NoSuchKey' || statusOf(error) === 404;
}

/**
 * Whether a PutObject failed because its condition did not hold.
 * 412 PreconditionFailed: the condition was false. 409 ConditionalRequestConflict: a concurrent write to the same
 * key won; S3 asks the caller to re-read and retry, which is what losing the condition means here too.
 * 404 NoSuchKey with `If-Match`: the object it had to match is gone, so the condition is false as well.
 */
function isConditionFailure(error: unknown, { ifMatch, ifNoneMatch }: PutOptions): boolean {
  if (ifMatch === undefined && ifNoneMatch === undefined) return false;
  const status = statusOf(error);
  if (status === 412 || status === 409) return true;
  return ifMatch !== undefined && isNotFound(error);
}
