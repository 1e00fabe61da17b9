/**
 * Checks a document against JSON Feed 1.1's required fields and the types of every field it defines.
 * Returns the problems found, each naming the field; an empty list means the document conforms.
 * @see https://www.jsonfeed.org/version/1.1/
 */
export function jsonFeedProblems(doc: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(doc)) return ['the document is not a JSON object'];
  if (doc.version !== 'https://jsonfeed.org/version/1.1')
    problems.push(`version: expected "https://jsonfeed.org/version/1.1", got ${JSON.stringify(doc.version)}`);
  requireString(doc, 'title', 'feed', problems);
  optionalTypes(
    doc,
    'feed',
    {
      home_page_url: 'url',
      feed_url: 'url',
      description: 'string',
      user_comment: 'string',
      next_url: 'url',
      icon: 'url',
      favicon: 'url',
      language: 'string',
      expired: 'boolean',
    },
    problems,
  );
  checkAuthors(doc, 'feed', problems);
  // 1.1 deprecates the single `author` object in favour of `authors`.
  if ('author' in doc) problems.push('feed.author: deprecated in 1.1; use authors');
  if (!Array.isArray(doc.items)) {
    problems.push('feed.items: required array is missing');
    return problems;
  }
  doc.items.forEach((item: unknown, i: number) => {
    checkItem(item, `items[${i}]`, problems);
  });
  return problems;
}

type FieldType = 'string' | 'url' | 'date' | 'boolean';

function checkItem(item: unknown, at: string, problems: string[]): void {
  if (!isObject(item)) {
    problems.push(`${at}: not an object`);
    return;
  }
  requireString(item, 'id', at, problems);
  if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
    problems.push(`${at}: needs content_html or content_text`);
  optionalTypes(
    item,
    at,
    {
      url: 'url',
      external_url: 'url',
      title: 'string',
      content_html: 'string',
      content_text: 'string',
      summary: 'string',
      image: 'url',
      banner_image: 'url',
      date_published: 'date',
      date_modified: 'date',
      language: 'string',
    },
    problems,
  );
  checkAuthors(item, at, problems);
  if ('author' in item) problems.push(`${at}.author: deprecated in 1.1; use authors`);
  if ('tags' in item && !(Array.isArray(item.tags) && item.tags.every((t) => typeof t === 'string')))
    problems.push(`${at}.tags: must be an array of strings`);
}

function checkAuthors(owner: Record<string, unknown>, at: string, problems: string[]): void {
  if (!('authors' in owner)) return;
  const authors = owner.authors;
  if (!Array.isArray(authors) || authors.length === 0) {
    problems.push(`${at}.authors: must be a non-empty array`);
    return;
  }
  authors.forEach((author: unknown, i: number) => {
    if (!isObject(author) || !['name', 'url', 'avatar'].some((key) => typeof author[key] === 'string')) {
      problems.push(`${at}.authors[${i}]: needs at least one of name, url, avatar`);
      return;
    }
    optionalTypes(author, `${at}.authors[${i}]`, { name: 'string', url: 'url', avatar: 'url' }, problems);
  });
}

function optionalTypes(owner: Record<string, unknown>, at: string, types: Record<string, FieldType>, problems: string[]): void {
  for (const [key, type] of Object.entries(types)) {
    if (!(key in owner)) continue;
    const value = owner[key];
    if (!hasType(value, type)) problems.push(`${at}.${key}: expected ${type}, got ${JSON.stringify(value)}`);
  }
}

function hasType(value: unknown, type: FieldType): boolean {
  if (type === 'boolean') return typeof value === 'boolean';
  if (typeof value !== 'string') return false;
  if (type === 'url') return URL.canParse(value);
  // RFC 3339: a full date, a time and an offset.
  if (type === 'date')
    return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
  return true;
}

function requireString(owner: Record<string, unknown>, key: string, at: string, problems: string[]): void {
  if (typeof owner[key] !== 'string' || owner[key] === '') problems.push(`${at}.${key}: required non-empty string is missing`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
