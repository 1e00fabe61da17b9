import { randomUUID } from 'node:crypto';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type HeadObjectCommandOutput,
} from '@aws-sdk/client-s3';

/** Fixed dummy credentials and region: moto accepts any, and nothing must reach a real account. */
export const TEST_REGION = 'us-east-1';
const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** An S3 client for a moto endpoint: path-style, dummy credentials, no retries (so an injected fault surfaces). */
export function createTestS3Client(endpoint: string, { maxAttempts = 1 }: { maxAttempts?: number } = {}): S3Client {
  return new S3Client({ endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS, forcePathStyle: true, maxAttempts });
}

/** Creates a fresh bucket with a unique name, so tests never share state. */
export async function createTestBucket(client: S3Client, label = 'test'): Promise<string> {
  const bucket = `${label}-${randomUUID()}`.toLowerCase().slice(0, 63);
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return bucket;
}

/** Writes an object as a test fixture (an article dropped into the bucket, say). */
export async function putTestObject(client: S3Client, bucket: string, key: string, body: string | Uint8Array): Promise<void> {
  // Bytes, not a string: the SDK treats an empty string as a stream of unknown length and warns.
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes }));
}

/** Reads an object's bytes, or `undefined` when it does not exist. */
export async function readTestObject(client: S3Client, bucket: string, key: string): Promise<Uint8Array | undefined> {
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return await response.Body?.transformToByteArray();
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

/** An object's headers (ContentType, CacheControl, ETag, LastModified). */
export async function headTestObject(client: S3Client, bucket: string, key: string): Promise<HeadObjectCommandOutput> {
  return client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
}

/** A live tally of the calls a client made, by command name (e.g. `PutObjectCommand`). */
export interface CallCounter {
  readonly counts: Map<string, number>;
  /** How many calls of this command were made. */
  of(commandName: string): number;
  /** Forgets every call counted so far. */
  reset(): void;
}

/** Counts every call the client makes, by command; `counter.of('PutObjectCommand')` counts the uploads. */
export function countCalls(client: S3Client): CallCounter {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'unknown';
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: `countCalls-${randomUUID()}` },
  );
  return { counts, of: (name) => counts.get(name) ?? 0, reset: () => counts.clear() };
}

/** The error the fault injector throws, so a test can tell it from a real failure. */
export class InjectedFaultError extends Error {
  override readonly name = 'InjectedFaultError';
}

/** Options for {@link failNthCall}. */
export interface FailNthCallOptions {
  /**
   * Which calls are counted: those whose command name is listed.
   * @default every call
   */
  readonly commands?: readonly string[];
  /**
   * `before`: the call never reaches S3. `after`: S3 performs it, then the response is lost, as when a
   * connection drops after the upload; the caller cannot tell the write happened.
   * @default 'before'
   */
  readonly when?: 'before' | 'after';
}

/**
 * Makes the client's Nth counted call (1-based) throw {@link InjectedFaultError}. Calls before and after it go
 * through untouched. Returns a function giving the number of counted calls so far.
 */
export function failNthCall(client: S3Client, n: number, { commands, when = 'before' }: FailNthCallOptions = {}): () => number {
  let seen = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (commands && !commands.includes(context.commandName ?? '')) return next(args);
      seen += 1;
      if (seen !== n) return next(args);
      const fault = new InjectedFaultError(`injected fault: call ${n} (${context.commandName}) failed ${when} reaching S3`);
      if (when === 'before') throw fault;
      await next(args);
      throw fault;
    },
    { step: 'initialize', name: `failNthCall-${randomUUID()}` },
  );
  return () => seen;
}

/**
 * Lets only one request at a time touch each key, across the given clients. moto 5.2.1's server is not safe
 * for concurrent requests on one key: two PUTs of the same key at once can fail with HTTP 500
 * (`ValueError: I/O operation on closed file` in `FakeKey.etag`), and its conditional-write check is not atomic.
 * S3 itself serialises writes per key, so this makes moto behave like S3 while runs still interleave request by
 * request. Added with low priority so it sits inside any test middleware that holds requests back.
 */
export function serialisePerKey(clients: readonly S3Client[]): void {
  const tails = new Map<string, Promise<unknown>>();
  for (const client of clients) {
    client.middlewareStack.add(
      (next) => async (args) => {
        const { Bucket, Key } = args.input as { Bucket?: string; Key?: string };
        if (Key === undefined) return next(args);
        const id = `${Bucket}/${Key}`;
        const previous = tails.get(id) ?? Promise.resolve();
        const current = previous.catch(() => undefined).then(() => next(args));
        tails.set(id, current);
        return current;
      },
      { step: 'initialize', priority: 'low', name: `serialisePerKey-${randomUUID()}` },
    );
  }
}
