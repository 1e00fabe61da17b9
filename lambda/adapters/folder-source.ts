import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mapConcurrently } from '../map-concurrently.ts';
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
    // A few reads in flight at once keep the disk busy without holding every file open.
    const read = await mapConcurrently(names, READ_CONCURRENCY, async (fileName): Promise<ArticleFile | Rejection> => {
      const path = join(dir, fileName);
      const name = displayName(fileName);
      // Check the size first, so an oversized file is never read (parseArticle checks the bytes again).
      if ((await stat(path)).size > MAX_ARTICLE_BYTES) return { name, reason: TOO_LARGE_REASON };
      return { name, bytes: await readFile(path) };
    });
    const files = read.filter((r): r is ArticleFile => 'bytes' in r);
    const rejected = read.filter((r): r is Rejection => 'reason' in r);
    return { files, rejected };
  }
  return { list };
}

const READ_CONCURRENCY = 16;
