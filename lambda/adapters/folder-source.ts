import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mapConcurrently } from '../map-concurrently.ts';
import { MAX_ARTICLE_BYTES, TOO_LARGE_REASON } from '../core/article-limits.ts';
import type { ArticleFile, Rejection } from '../core/types.ts';
import type { ArticleSource, SourceListing } from '../ports/article-source.ts';
import { walkArticleFolder } from './folder-walk.ts';

/** Options for {@link createFolderSource}. */
export interface FolderSourceOptions {
  /** The folder of `.txt` articles, searched at any depth. */
  readonly dir: string;
  /**
   * How files are shown in messages, from their `/`-separated path inside the folder (the folder as the user typed it).
   * @default the folder joined with the path
   */
  readonly displayName?: (relativePath: string) => string;
}

/**
 * An {@link ArticleSource} reading `*.txt` files from a folder and its sub-folders, following symbolic links (see
 * {@link walkArticleFolder}). Hidden files and folders are skipped; other visible files are counted as ignored; a
 * file over the size limit is rejected without being read.
 */
export function createFolderSource({ dir, displayName = (f) => join(dir, f) }: FolderSourceOptions): ArticleSource {
  async function list(): Promise<SourceListing> {
    const walk = await walkArticleFolder(dir);
    // A few reads in flight at once keep the disk busy without holding every file open.
    const read = await mapConcurrently(walk.files, READ_CONCURRENCY, async ({ relative, path }): Promise<ArticleFile | Rejection> => {
      const name = displayName(relative);
      // Check the size first, so an oversized file is never read (parseArticle checks the bytes again).
      if ((await stat(path)).size > MAX_ARTICLE_BYTES) return { name, reason: TOO_LARGE_REASON };
      return { name, bytes: await readFile(path) };
    });
    const files = read.filter((r): r is ArticleFile => 'bytes' in r);
    const rejected = [
      ...walk.rejected.map((r) => ({ ...r, name: displayName(r.name) })),
      ...read.filter((r): r is Rejection => 'reason' in r),
    ];
    return { files, rejected, ignored: walk.ignored.map(displayName) };
  }
  return { list };
}

const READ_CONCURRENCY = 16;
