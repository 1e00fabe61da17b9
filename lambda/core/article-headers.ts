import { stripInvalidXmlChars } from './text.ts';

/** What an article may say about itself, besides its date: all optional. */
export interface ArticleMetadata {
  /** The article's own headline, as its publisher wrote it. */
  readonly title?: string;
  /** The page the article was published at (http or https). */
  readonly url?: string;
  /** Who published it (e.g. "BBC News"); an article found in two feeds is credited to both. */
  readonly sources?: readonly string[];
}

/** The header lines read after the date, and where the body starts. */
export interface ReadHeaders {
  readonly metadata: ArticleMetadata;
  /** Offset in the text after the date where the body begins. */
  readonly bodyStart: number;
}

/** The longest accepted values: a headline, a URL (what browsers and CDNs reliably carry), a publisher's name. */
export const HEADER_LIMITS = { title: 300, url: 2048, source: 200 } as const;

// A header line: `title:`, `url:` or `source:` (any case) at the start of a line, then the value.
const HEADER_LINE = /^(title|url|source)[ \t]*:(.*)$/i;

/**
 * Reads the optional header lines that follow the date line: `title: …`, `url: …` and `source: …` (repeatable),
 * one per line, ending at the first line that is not one (a blank line or the body). There are none when the
 * body starts on the date's own line, so files without them read exactly as before.
 * @param rest the text after the date, `\n` line endings
 * @param dateLine the 1-based line number of the date, for messages
 * @param reject throws with a reason naming the line and the fix
 */
export function readHeaders(rest: string, dateLine: number, reject: (reason: string) => never): ReadHeaders {
  const dateLineEnd = /^[ \t]*\n/.exec(rest);
  if (!dateLineEnd) return { metadata: {}, bodyStart: 0 };
  let offset = dateLineEnd[0].length;
  let title: string | undefined;
  let url: string | undefined;
  const sources: string[] = [];
  for (let line = dateLine + 1; ; line++) {
    const end = rest.indexOf('\n', offset);
    const text = rest.slice(offset, end === -1 ? undefined : end);
    const match = HEADER_LINE.exec(text);
    if (!match) break;
    const key = match[1]!.toLowerCase() as keyof typeof HEADER_LIMITS;
    const value = headerValue(key, match[2]!, line, reject);
    if (key === 'source') sources.push(value);
    else if ((key === 'title' ? title : url) !== undefined) reject(`line ${line}: a second "${key}:" line; keep one ${key} per article`);
    else if (key === 'title') title = value;
    else url = value;
    offset = end === -1 ? rest.length : end + 1;
  }
  const metadata: ArticleMetadata = {
    ...(title !== undefined && { title }),
    ...(url !== undefined && { url }),
    ...(sources.length > 0 && { sources: [...new Set(sources)] }),
  };
  return { metadata, bodyStart: offset };
}

function headerValue(key: keyof typeof HEADER_LIMITS, raw: string, line: number, reject: (reason: string) => never): string {
  const value = stripInvalidXmlChars(raw).replace(/\s+/g, ' ').trim();
  const example =
    key === 'url'
      ? 'url: https://example.com/news/harbour-wall'
      : key === 'title'
        ? 'title: Harbour wall to be rebuilt'
        : 'source: Port Elham Gazette';
  if (value === '') reject(`line ${line}: "${key}:" has no value; write e.g. "${example}" or remove the line`);
  if (value.length > HEADER_LIMITS[key])
    reject(`line ${line}: the ${key} is ${value.length} characters long; keep it under ${HEADER_LIMITS[key]}`);
  return key === 'url' ? absoluteUrl(value, line, example, reject) : value;
}

/** The URL in its normal form (WHATWG URL serialisation), so one page always has one spelling. */
function absoluteUrl(value: string, line: number, example: string, reject: (reason: string) => never): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    reject(`line ${line}: ${JSON.stringify(value)} is not an absolute http(s) URL; write e.g. "${example}"`);
  }
  return url!.href;
}
