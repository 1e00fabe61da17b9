import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../lambda/core/article-limits.ts';
import { InvalidArticleError } from '../../../lambda/core/errors.ts';
import { articleIdOf, parseArticle } from '../../../lambda/core/parse-article.ts';
import { articleFile } from '../../helpers/articles.ts';

const BODY = 'The harbour wall will be rebuilt. Work starts in spring.';
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));

function rejectionOf(name: string, content: string | Uint8Array): InvalidArticleError {
  try {
    parseArticle(articleFile(name, content));
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArticleError);
    return error as InvalidArticleError;
  }
  throw new Error(`expected ${name} to be rejected`);
}

describe('Function: parseArticle', () => {
  it('reads the date and the body on the following lines', () => {
    const article = parseArticle(articleFile('seeds/a.txt', `date 2023-11-06\n\n${BODY}\n`));
    expect(article).toEqual({ id: articleIdOf('2023-11-06', BODY), date: '2023-11-06', body: BODY });
  });

  it('gives an opaque id: 16 hex digits of the content hash, never the file name', () => {
    const article = parseArticle(articleFile('/home/alice/seeds/a.txt', `date 2023-11-06\n${BODY}`));
    expect(article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(article.id).toBe(createHash('sha256').update(`2023-11-06\n${BODY}`).digest('hex').slice(0, 16));
  });

  it('gives the same id wherever the article is stored and however its lines end', () => {
    const crlf = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`date 2023-11-06\r\n${BODY}\r\n`)]);
    const ids = [
      parseArticle(articleFile('s3://bucket/articles/2023/a.txt', crlf)),
      parseArticle(articleFile('b.txt', `date 2023-11-06 ${BODY}`)),
    ].map((a) => a.id);
    expect(ids[0]).toBe(ids[1]);
  });

  it('gives different ids to different text or dates', () => {
    const ids = new Set(
      [`date 2023-11-06\n${BODY}`, `date 2023-11-07\n${BODY}`, `date 2023-11-06\n${BODY}!`].map(
        (text) => parseArticle(articleFile('a.txt', text)).id,
      ),
    );
    expect(ids.size).toBe(3);
  });

  it('reads a body that starts on the header line, after leading whitespace', () => {
    const article = parseArticle(articleFile('a.txt', ` date 2023-11-06 ${BODY}`));
    expect(article.date).toBe('2023-11-06');
    expect(article.body).toBe(BODY);
  });

  it('accepts a UTF-8 byte order mark and CRLF line endings', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`date 2023-11-06\r\n\r\nFirst line.\r\nSecond line.\r\n`)]);
    const article = parseArticle(articleFile('bom.txt', bytes));
    expect(article.date).toBe('2023-11-06');
    expect(article.body).toBe('First line.\nSecond line.');
  });

  it('keeps typographic quotes and Chinese characters intact', () => {
    const article = parseArticle(articleFile('zh.txt', 'date 2023-11-06\nChina’s envoy met officials in 北京.'));
    expect(article.body).toBe('China’s envoy met officials in 北京.');
  });

  it('removes control characters that XML forbids', () => {
    const article = parseArticle(articleFile('ctl.txt', 'date 2023-11-06\nBell\u0007 and\u001b escape\u000b gone.'));
    expect(article.body).toBe('Bell and escape gone.');
  });

  it('rejects a misspelt header, naming the file, what it found and the fix', () => {
    const error = rejectionOf('seeds/x.txt', `dat 2023-11-06\n${BODY}`);
    expect(error.message).toBe(
      'seeds/x.txt: line 1: expected "date YYYY-MM-DD", got "dat 2023-11-06"; start the file with e.g. "date 2023-11-06"',
    );
  });

  it('rejects a file with no header', () => {
    expect(rejectionOf('no-header.txt', BODY).reason).toMatch(/expected "date YYYY-MM-DD", got "The harbour wall/);
  });

  it('rejects a malformed date', () => {
    expect(rejectionOf('short.txt', `date 2023-11-6 ${BODY}`).reason).toMatch(/expected "date YYYY-MM-DD"/);
  });

  it('rejects an impossible date', () => {
    const error = rejectionOf('feb.txt', `date 2023-02-30\n${BODY}`);
    expect(error.message).toBe('feb.txt: line 1: "2023-02-30" is not a real calendar date; use an existing YYYY-MM-DD date');
  });

  it('rejects an empty body', () => {
    expect(rejectionOf('empty.txt', 'date 2023-11-06\n  \n\t\n').message).toMatch(
      /^empty\.txt: the article has a date \(2023-11-06\) but no text/,
    );
  });

  it('rejects bytes that are not UTF-8', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('date 2023-11-06\nCaf'), 0xe9, 0x0a]);
    expect(rejectionOf('latin1.txt', latin1).message).toBe('latin1.txt: not valid UTF-8 text; save the file with UTF-8 encoding');
  });

  it.each([
    ['little-endian with a byte-order mark', (text: string) => new Uint8Array([0xff, 0xfe, ...utf16le(text)])],
    ['big-endian with a byte-order mark', (text: string) => new Uint8Array([0xfe, 0xff, ...utf16le(text).map((_, i, b) => b[i ^ 1]!)])],
    ['little-endian without a byte-order mark', (text: string) => utf16le(text)],
  ])('rejects UTF-16 text (%s), saying to save it as UTF-8', (_, encode) => {
    const error = rejectionOf('notepad.txt', encode(`date 2023-11-06\n${BODY}`));
    expect(error.message).toBe('notepad.txt: UTF-16 text; save the file as UTF-8 (in most editors: "Save as", encoding "UTF-8")');
  });

  it('rejects a binary file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(rejectionOf('image.txt', png).reason).toMatch(/^binary file/);
  });

  it('rejects a file over 1 MiB', () => {
    const big = `date 2023-11-06\n${'a'.repeat(MAX_ARTICLE_BYTES)}`;
    expect(rejectionOf('big.txt', big).reason).toMatch(/larger than the 1 MiB limit/);
  });

  it('accepts a file of exactly 1 MiB', () => {
    const header = 'date 2023-11-06\n';
    const article = parseArticle(articleFile('limit.txt', header + 'a'.repeat(MAX_ARTICLE_BYTES - header.length)));
    expect(article.body.length).toBe(MAX_ARTICLE_BYTES - header.length);
  });
});
