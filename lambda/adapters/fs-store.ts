import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { PreconditionFailedError, type FeedStore, type PutOptions, type StoredObject } from '../ports/feed-store.ts';

/** Options for {@link createFsStore}. */
export interface FsStoreOptions {
  /** The folder that receives the published files (created when missing). */
  readonly dir: string;
}

/**
 * A {@link FeedStore} on the local filesystem: the embedded default store behind `npm run briefing`.
 * ETags are the MD5 of the content, as S3 computes them for single-part uploads, so both stores agree.
 * Content-Type and Cache-Control are not stored: the local server derives them from the file name.
 */
export function createFsStore({ dir }: FsStoreOptions): FeedStore {
  const root = resolve(dir);
  const pathOf = (key: string): string => {
    const path = resolve(root, key);
    if (!path.startsWith(root + sep)) throw new Error(`${key}: key escapes the store folder ${root}`);
    return path;
  };

  async function get(key: string): Promise<StoredObject | undefined> {
    try {
      const body = new Uint8Array(await readFile(pathOf(key)));
      return { body, etag: etagOf(body) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async function put(key: string, body: Uint8Array, options: PutOptions): Promise<{ etag: string }> {
    await checkPrecondition(key, options);
    const path = pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Write then rename, so a reader (or a crash) never sees a half-written file.
    const temp = join(dirname(path), `.${randomUUID()}.tmp`);
    await writeFile(temp, body);
    await rename(temp, path);
    return { etag: etagOf(body) };
  }

  async function checkPrecondition(key: string, { ifMatch, ifNoneMatch }: PutOptions): Promise<void> {
    if (ifMatch === undefined && ifNoneMatch === undefined) return;
    const current = await get(key);
    if (ifNoneMatch === '*' && current) throw new PreconditionFailedError(key);
    if (ifMatch !== undefined && current?.etag !== ifMatch) throw new PreconditionFailedError(key);
  }

  return { get, put };
}

/** S3's ETag of a single-part upload: the quoted hex MD5 of the content. */
function etagOf(body: Uint8Array): string {
  return `"${createHash('md5').update(body).digest('hex')}"`;
}
