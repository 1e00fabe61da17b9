import { readFile, readdir, stat } from 'node:fs/promises';
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
 * a file over the size limit is rejected without being read.
 */
export function createFolderSource({ dir, displayName = (f) => join(dir, f) }: FolderSourceOptions): ArticleSource {
  async function list(): Promise<SourceListing> {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries.filter((e) => e.isFile() && isArticleName(e.name)).map((e) => e.name).sort();
    const files: ArticleFile[] = new Array(names.length);
    const rejected: Rejection[] = new Array(names.length);
    // A few reads in flight at once keep the disk busy without holding every file open.
    await forEachConcurrently(names, READ_CONCURRENCY, async (fileName, i) => {
      const path = join(dir, fileName);
      const name = displayName(fileName);
      // Check the size first, so an oversized file is never read (parseArticle checks the bytes again).
      if ((await stat(path)).size > MAX_ARTICLE_BYTES) rejected[i] = { name, reason: TOO_LARGE_REASON };
      else files[i] = { name, bytes: await readFile(path) };
    });
    return { files: files.filter(Boolean), rejected: rejected.filter(Boolean) };
  }
  return { list };
}

const READ_CONCURRENCY = 16;

/** Runs `task` over `items` with at most `limit` in flight; results keep their index, so order is stable. */
async function forEachConcurrently<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
