/** What a store returns for an object it holds. */
export interface StoredObject {
  readonly body: Uint8Array;
  /** An opaque version tag of this exact content (S3's ETag, quotes included). */
  readonly etag: string;
}

/** How an object is written. */
export interface PutOptions {
  /** The Content-Type to serve the object with. */
  readonly contentType: string;
  /** The Cache-Control to serve the object with. */
  readonly cacheControl: string;
  /** Write only if the current object has this ETag (optimistic concurrency). */
  readonly ifMatch?: string;
  /** Write only if no object exists under the key (`"*"`). */
  readonly ifNoneMatch?: '*';
}

/**
 * Where a briefing is published: the filesystem locally, an S3 bucket in AWS.
 * Keys are relative, `/`-separated paths such as `briefings/2023-11-06.html`.
 */
export interface FeedStore {
  /** Reads an object, or `undefined` when there is none. */
  get(key: string): Promise<StoredObject | undefined>;
  /**
   * Writes an object. Throws {@link PreconditionFailedError} when `ifMatch`/`ifNoneMatch` does not hold.
   * @returns the new object's ETag
   */
  put(key: string, body: Uint8Array, options: PutOptions): Promise<{ etag: string }>;
  /**
   * The current ETag of each of these keys that exists, without reading the objects: S3 lists them (a thousand
   * a request); the filesystem hashes each file. A run compares them with the ETags the manifest recorded, to find
   * files an interrupted run (or anyone else) changed since.
   */
  etags(keys: readonly string[]): Promise<Map<string, string>>;
  /**
   * Removes what an interrupted run left behind: the filesystem's temporary files. S3 writes are atomic and leave
   * nothing, so S3 has no such method.
   * @returns the keys removed
   */
  removeLeftovers?(): Promise<string[]>;
}

/** A conditional write lost: someone else changed the object since it was read. */
export class PreconditionFailedError extends Error {
  override readonly name = 'PreconditionFailedError';
  constructor(
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(`${key}: the object changed since it was read (conditional write failed); re-read and retry`, options);
  }
}
