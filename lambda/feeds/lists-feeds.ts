import { readFile } from 'node:fs/promises';

/**
 * Whether a sources list may name a feed: it exists and has an `xmlUrl` outside comments. A quick look, not a parse
 * (the feed stage parses it): it spares a cold start loading the feed stage for the empty list the repository ships.
 */
export async function listsFeeds(file: string): Promise<boolean> {
  try {
    return /\bxmlUrl\s*=/i.test((await readFile(file, 'utf8')).replace(/<!--[\s\S]*?-->/g, ''));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
