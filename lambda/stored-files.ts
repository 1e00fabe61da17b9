import type { Manifest } from './core/manifest.ts';
import type { FeedStore } from './ports/feed-store.ts';

/** What the store holds, compared with what the manifest says it holds. */
export interface StoredFilesCheck {
  /**
   * Published keys whose content may not be what the manifest records: changed since it was written (by a run
   * killed between its first write and its manifest write, or by hand), or missing. They are written again.
   */
  readonly suspect: ReadonlySet<string>;
  /** The ETag of every published key found in the store. */
  readonly found: ReadonlyMap<string, string>;
}

const DATED_FILE = /^briefings\/(\d{4}-\d{2}-\d{2})\.(?:html|json)$/;

/**
 * Compares the stored ETag of every file the manifest lists with the ETag it recorded. The state decides, not a
 * marker a run leaves: whatever runs were killed or overlapped, the next run sees each file as it is. A manifest
 * from before ETags were recorded vouches for its files as it always did.
 */
export async function checkStoredFiles(store: FeedStore, manifest: Manifest): Promise<StoredFilesCheck> {
  const keys = Object.keys(manifest.files);
  const found = await store.etags(keys);
  const suspect = new Set<string>();
  for (const key of keys) {
    const recorded = manifest.etags?.[key];
    const current = found.get(key);
    if (current === undefined || (recorded !== undefined && recorded !== current)) suspect.add(key);
  }
  return { suspect, found };
}

/** The dates whose page or data is among the keys. */
export function datesOfKeys(keys: Iterable<string>): Set<string> {
  const dates = new Set<string>();
  for (const key of keys) {
    const date = DATED_FILE.exec(key)?.[1];
    if (date) dates.add(date);
  }
  return dates;
}
