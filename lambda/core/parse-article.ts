import { createHash } from 'node:crypto';
import { readHeaders } from './article-headers.ts';
import { MAX_ARTICLE_BYTES, TOO_LARGE_REASON } from './article-limits.ts';
import { isCalendarDate } from './dates.ts';
import { InvalidArticleError } from './errors.ts';
import { stripInvalidXmlChars } from './text.ts';
import type { Article, ArticleFile } from './types.ts';

// Optional leading whitespace, the word "date", whitespace, a date, then whitespace or the end.
const HEADER = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)/;
const utf8 = new TextDecoder('utf-8', { fatal: true }); // strips a leading BOM by default

/**
 * Parses an article file: optional whitespace, `date YYYY-MM-DD`, whitespace, then the body
 * (which may start on the header's line). When the date ends its line, optional `title:`, `url:` and `source:`
 * lines may follow it (see {@link readHeaders}). Accepts a UTF-8 BOM and CRLF line endings.
 * An article with a URL is identified by it; otherwise by its file.
 * @throws InvalidArticleError naming the file, the reason and the fix
 */
export function parseArticle({ name, bytes }: ArticleFile): Article {
  const reject = (reason: string): never => {
    throw new InvalidArticleError(name, reason);
  };
  if (bytes.length > MAX_ARTICLE_BYTES) reject(TOO_LARGE_REASON);
  if (isUtf16(bytes)) reject('UTF-16 text; save the file as UTF-8 (in most editors: "Save as", encoding "UTF-8")');
  if (bytes.includes(0)) reject('binary file (contains NUL bytes); articles must be plain UTF-8 text');
  const text = decodeUtf8(bytes, reject).replace(/\r\n?/g, '\n');
  const header = HEADER.exec(text);
  if (!header)
    reject(`line 1: expected "date YYYY-MM-DD", got ${JSON.stringify(firstLine(text))}; start the file with e.g. "date 2023-11-06"`);
  const date = header![1]!;
  if (!isCalendarDate(date)) reject(`line 1: "${date}" is not a real calendar date; use an existing YYYY-MM-DD date`);
  const rest = text.slice(header![0].length);
  const { metadata, bodyStart } = readHeaders(rest, lineCount(header![0]), reject);
  const body = stripInvalidXmlChars(rest.slice(bodyStart)).trim();
  if (body === '') reject(`the article has a date (${date}) but no text; add the article's body after the date`);
  // The URL where the article has one (public already); else an opaque hash, never the file's path or key.
  return { id: metadata.url ?? articleIdOf(date, body), date, body, ...metadata };
}

/**
 * An article's published id: the first 16 hex digits of the SHA-256 of its date and normalised text (no BOM, `\n`
 * line endings, trimmed). It is stable across re-runs, machines, folders and buckets, and, unlike the file's path or
 * key, tells a reader of the public data nothing about where the article was stored.
 */
export function articleIdOf(date: string, body: string): string {
  return createHash('sha256').update(`${date}\n${body}`).digest('hex').slice(0, 16);
}

/**
 * Whether the bytes look like UTF-16: a UTF-16 byte-order mark, or text whose every other byte is NUL (the high byte
 * of ASCII characters), as Windows tools write it.
 */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 8) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const pairs = sample.length / 2;
  // Latin text in UTF-16 has a NUL in nearly every pair, always on the same side (little- or big-endian).
  return (oddNuls >= pairs * 0.75 && evenNuls < pairs * 0.1) || (evenNuls >= pairs * 0.75 && oddNuls < pairs * 0.1);
}

function decodeUtf8(bytes: Uint8Array, reject: (reason: string) => never): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return reject('not valid UTF-8 text; save the file with UTF-8 encoding');
  }
}

/** The 1-based number of the line a piece of text ends on. */
function lineCount(text: string): number {
  let lines = 1;
  for (const char of text) if (char === '\n') lines++;
  return lines;
}

function firstLine(text: string): string {
  const line = text.trimStart().split('\n', 1)[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
