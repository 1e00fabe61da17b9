/** The largest article accepted: 1 MiB. A news article is a few kilobytes; anything larger is a mistake. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Whether a file name (or the last segment of a key) is an article: ends in `.txt` and is not hidden. */
export function isArticleName(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return base.endsWith('.txt') && !base.startsWith('.');
}

/** The rejection reason for an oversized article. */
export const TOO_LARGE_REASON = `file is larger than the 1 MiB limit (${MAX_ARTICLE_BYTES} bytes); split it into smaller articles`;
