import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES, isArticleName, TOO_LARGE_REASON } from '../core/article-limits.ts';
import type { ArticleFile, Rejection } from '../core/types.ts';
import type { ArticleSource, SourceListing } from '../ports/article-source.ts';

/** Options for {@link createFolderSource}. */
export interface FolderSourceOptions {
  /** The folder of `.txt` articles (not searched recursively). */
  readonly dir: string;
  /**
   * How file names are shown in messages (the folder as the user typed it).
   * @default the folder joined with the file name
   */
  readonly displayName?: (fileName: string) => string;
}

/**
 * An {@link ArticleSource} reading `*.txt` files from one folder. Hidden files and other extensions are ignored;
 * a file over the size limit is rejected without being read whole.
 */
export function createFolderSource({ dir, displayName = (f) => join(dir, f) }: FolderSourceOptions): ArticleSource {
  async function list(): Promise<SourceListing> {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries.filter((e) => e.isFile() && isArticleName(e.name)).map((e) => e.name).sort();
    const files: ArticleFile[] = [];
    const rejected: Rejection[] = [];
    for (const fileName of names) {
      const name = displayName(fileName);
      const bytes = await readAtMost(join(dir, fileName), MAX_ARTICLE_BYTES + 1);
      if (bytes.length > MAX_ARTICLE_BYTES) rejected.push({ name, reason: TOO_LARGE_REASON });
      else files.push({ name, bytes });
    }
    return { files, rejected };
  }
  return { list };
}

/** Reads up to `limit` bytes, so a huge file costs no more than the limit. */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(limit);
    let length = 0;
    while (length < limit) {
      const { bytesRead } = await handle.read(buffer, length, limit - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
