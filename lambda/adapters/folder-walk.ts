import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleName } from '../core/article-limits.ts';
import type { Rejection } from '../core/types.ts';

/** An article file found in the folder tree. */
export interface FoundFile {
  /** The path relative to the folder, `/`-separated (`2023/11/x.txt`), as listed: through any symlinks. */
  readonly relative: string;
  /** Where the bytes are: the resolved real path. */
  readonly path: string;
}

/** What a walk of the folder tree found. */
export interface FolderWalk {
  /** Article files, each real file once, in path order (as are the other lists). */
  readonly files: readonly FoundFile[];
  /** Entries that cannot be read as articles (a broken or unreadable symlink), by relative path, with the reason. */
  readonly rejected: readonly Rejection[];
  /** Relative paths of the visible files skipped because their name does not end in `.txt`. */
  readonly ignored: readonly string[];
}

/**
 * Walks `root` at any depth for article files. Hidden files and folders (a name starting with `.`) are skipped at
 * every level, and so are their contents. Symbolic links are followed, to files or folders inside or outside the
 * tree; each real file and folder is visited once, so a link back to an ancestor never loops and a file reached
 * twice is read once. A link that leads nowhere is rejected by name, never dropped.
 * @throws the file-system error (with its `path`) when `root` itself cannot be read
 */
export async function walkArticleFolder(root: string): Promise<FolderWalk> {
  const files: FoundFile[] = [];
  const rejected: Rejection[] = [];
  const ignored: string[] = [];
  const rootReal = await realpath(root);
  const seen = new Set<string>([rootReal]);
  // Depth first, in name order, so the listing is deterministic. Folders are read by their real path, so the
  // real path of an entry that is not a link is its folder's joined with its name.
  const pending: Folder[] = [{ real: rootReal, relative: '' }];
  while (pending.length > 0) {
    const { real: dir, relative } = pending.pop()!;
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
    const subfolders: Folder[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const kind: LinkKind = entry.isSymbolicLink()
        ? await followLink(path)
        : { type: entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other', real: path };
      if (kind.type === 'broken') {
        rejected.push({ name: rel, reason: kind.reason });
      } else if (kind.type === 'dir') {
        if (!seen.has(kind.real)) subfolders.push({ real: kind.real, relative: rel });
        seen.add(kind.real);
      } else if (kind.type === 'file') {
        if (!isArticleName(entry.name)) ignored.push(rel);
        else if (!seen.has(kind.real)) files.push({ relative: rel, path: kind.real });
        seen.add(kind.real);
      }
      // Anything else (a socket, a FIFO, a device) is not an article file and is left alone.
    }
    pending.push(...subfolders.reverse());
  }
  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    files: files.sort((a, b) => byPath(a.relative, b.relative)),
    rejected: rejected.sort((a, b) => byPath(a.name, b.name)),
    ignored: ignored.sort(byPath),
  };
}

interface Folder {
  readonly real: string;
  readonly relative: string;
}

type LinkKind = { type: 'file' | 'dir' | 'other'; real: string } | { type: 'broken'; reason: string };

async function followLink(path: string): Promise<LinkKind> {
  try {
    const real = await realpath(path);
    const stats = await stat(real);
    return { type: stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : 'other', real };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return { type: 'broken', reason: 'symbolic link to a file that does not exist; point it at an article or remove it' };
    if (code === 'ELOOP') return { type: 'broken', reason: 'symbolic link that loops back on itself; point it at an article or remove it' };
    return {
      type: 'broken',
      reason: `symbolic link that cannot be followed (${code ?? (error as Error).message}); point it at a readable article or remove it`,
    };
  }
}
