import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A folder the user named on the command line, and what the CLI does with it. */
export interface FolderOption {
  /** The option, e.g. `--out`. */
  readonly option: string;
  /** The folder as the user typed it. */
  readonly dir: string;
  /** `read`: articles come from it; `write`: files are published into it. */
  readonly use: 'read' | 'write';
}

/**
 * Turns a file-system error (one with a `code` and a `path`) into one line naming the option whose folder it is
 * about, the path and the fix, e.g. `--out: "./public" is a file, not a folder; …`. Returns `undefined` for any
 * other error, which the caller reports as it is.
 */
export function describeFsError(error: unknown, folders: readonly FolderOption[]): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  const folder = folders.find((f) => isInside(path, f.dir));
  if (!folder) return `${path}: ${(error as Error).message}`;
  const { option, dir, use } = folder;
  // As the user would write it: the folder as typed, then the rest of the path.
  const shown = (p: string): string => JSON.stringify(join(dir, relative(resolve(dir), resolve(p))));
  const fix =
    use === 'read'
      ? `pass the folder holding your .txt articles with ${option} DIR`
      : `pass a folder to publish into with ${option} DIR (it is created when missing)`;
  switch (code) {
    case 'ENOENT':
      return `${option}: ${shown(path)} does not exist; ${fix}`;
    case 'ENOTDIR':
    case 'EEXIST': {
      const file = firstFileOnPath(path) ?? path;
      return `${option}: ${shown(file)} is a file, not a folder; ${resolve(file) === resolve(dir) ? fix : `move it away, or ${fix}`}`;
    }
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `${option}: cannot ${use} ${shown(path)} (${code === 'EROFS' ? 'read-only file system' : 'permission denied'}); give this user access, or ${fix}`;
    default:
      return `${option}: ${shown(path)}: ${(error as Error).message}; ${fix}`;
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The first existing path from the root down to `path` that is not a folder (what made a write fail with ENOTDIR). */
function firstFileOnPath(path: string): string | undefined {
  const chain: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    chain.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of chain) {
    try {
      if (!statSync(p).isDirectory()) return p;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
