import { createHash, randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { mapConcurrently } from '../map-concurrently.ts';
import { PreconditionFailedError, type FeedStore, type PutOptions, type StoredObject } from '../ports/feed-store.ts';

/** The filesystem calls the store makes: node's, or a test's that stops a run at an exact point. */
export type FsClient = Pick<typeof nodeFs, 'mkdir' | 'readFile' | 'readdir' | 'rename' | 'unlink' | 'writeFile'>;

/** Options for {@link createFsStore}. */
export interface FsStoreOptions {
  /** The folder that receives the published files (created when missing). */
  readonly dir: string;
  /**
   * The filesystem client.
   * @default node:fs/promises
   */
  readonly fs?: FsClient;
}

// `.<pid>-<uuid>.tmp`, or `.<uuid>.tmp` as earlier versions named them: a write in progress, or a killed run's.
const TEMP_FILE = /^\.(?:(\d+)-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;
// Temporary files this process is writing right now, whichever store instance writes them.
const writing = new Set<string>();
const HASH_CONCURRENCY = 16;

/**
 * A {@link FeedStore} on the local filesystem: the embedded default store behind `npm run briefing`.
 * ETags are the MD5 of the content, as S3 computes them for single-part uploads, so both stores agree.
 * Content-Type and Cache-Control are not stored: the local server derives them from the file name.
 */
export function createFsStore({ dir, fs = nodeFs }: FsStoreOptions): FeedStore {
  const root = resolve(dir);
  const pathOf = (key: string): string => {
    const path = resolve(root, key);
    if (!path.startsWith(root + sep)) throw new Error(`${key}: key escapes the store folder ${root}`);
    return path;
  };

  async function get(key: string): Promise<StoredObject | undefined> {
    try {
      const body = new Uint8Array(await fs.readFile(pathOf(key)));
      return { body, etag: etagOf(body) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async function put(key: string, body: Uint8Array, options: PutOptions): Promise<{ etag: string }> {
    await checkPrecondition(key, options);
    const path = pathOf(key);
    await fs.mkdir(dirname(path), { recursive: true });
    // Write then rename, so a reader (or a crash) never sees a half-written file. The name carries the process id,
    // so a later run can tell a killed run's leftover from a write in progress.
    const temp = join(dirname(path), `.${process.pid}-${randomUUID()}.tmp`);
    writing.add(temp);
    try {
      await fs.writeFile(temp, body);
      await fs.rename(temp, path);
    } catch (error) {
      await fs.unlink(temp).catch(() => undefined);
      throw error;
    } finally {
      writing.delete(temp);
    }
    return { etag: etagOf(body) };
  }

  async function checkPrecondition(key: string, { ifMatch, ifNoneMatch }: PutOptions): Promise<void> {
    if (ifMatch === undefined && ifNoneMatch === undefined) return;
    const current = await get(key);
    if (ifNoneMatch === '*' && current) throw new PreconditionFailedError(key);
    if (ifMatch !== undefined && current?.etag !== ifMatch) throw new PreconditionFailedError(key);
  }

  async function etags(keys: readonly string[]): Promise<Map<string, string>> {
    const found = await mapConcurrently(keys, HASH_CONCURRENCY, async (key) => [key, (await get(key))?.etag] as const);
    return new Map(found.flatMap(([key, etag]) => (etag === undefined ? [] : [[key, etag] as const])));
  }

  async function removeLeftovers(): Promise<string[]> {
    const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const removed: string[] = [];
    for (const entry of entries) {
      const path = join(entry.parentPath, entry.name);
      const match = TEMP_FILE.exec(entry.name);
      if (!entry.isFile() || !match || !isAbandoned(path, match[1])) continue;
      await fs.unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error; // another run removed it first
      });
      removed.push(relative(root, path).split(sep).join('/'));
    }
    return removed;
  }

  return { get, put, etags, removeLeftovers };
}

/** Whether a temporary file's writer is gone: an older version's file, a dead process's, or ours but not in progress. */
function isAbandoned(path: string, pid: string | undefined): boolean {
  if (pid === undefined) return true;
  if (Number(pid) === process.pid) return !writing.has(path);
  try {
    process.kill(Number(pid), 0); // signal 0 only asks whether the process exists
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** S3's ETag of a single-part upload: the quoted hex MD5 of the content. */
function etagOf(body: Uint8Array): string {
  return `"${createHash('md5').update(body).digest('hex')}"`;
}
