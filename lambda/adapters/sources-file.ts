import { readFile } from 'node:fs/promises';
import { InvalidConfigError } from '../core/errors.ts';
import { parseSourcesList, type FeedSource } from '../core/feeds/sources-list.ts';

/**
 * Reads the sources list (OPML) from a file. A missing file is an error when `required` (the user named it),
 * and an empty list otherwise (the function's shipped `sources.opml` may be absent).
 * @throws InvalidConfigError naming the file and the fix
 */
export async function readSourcesFile(path: string, { setting, required }: { setting: string; required: boolean }): Promise<FeedSource[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return [];
    throw new InvalidConfigError(setting, `cannot read the sources list ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseSourcesList(text, path);
}
