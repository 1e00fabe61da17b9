import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const read = walk.files.map(({ relative, path }): ArticleFile | Rejection => {
      const name = displayName(relative);
      const bytes = readUnlessTooLarge(path);
      return bytes ? { name, bytes } : { name, reason: TOO_LARGE_REASON };
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

/**
 * A file's bytes, or `undefined` when it is over the size limit, which is checked on the open file so an oversized
 * file is never read (parseArticle checks the bytes again). Synchronous: a promise for each open, stat, read and
 * close cost 10,000 small articles ~0.7 s against ~0.13 s read this way, and a run does nothing else meanwhile.
 */
function readUnlessTooLarge(path: string): Uint8Array | undefined {
  const fd = openSync(path, 'r');
  try {
    return fstatSync(fd).size > MAX_ARTICLE_BYTES ? undefined : readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
