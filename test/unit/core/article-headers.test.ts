import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidArticleError } from '../../../lambda/core/errors.ts';
import { articleIdOf, parseArticle } from '../../../lambda/core/parse-article.ts';
import { articleFile } from '../../helpers/articles.ts';

const BODY = 'The harbour wall will be rebuilt. Work starts in spring.';

function reasonOf(content: string): string {
  try {
    parseArticle(articleFile('seeds/h.txt', content));
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArticleError);
    return (error as InvalidArticleError).message;
  }
  throw new Error('expected the article to be rejected');
}

describe('Function: parseArticle (header lines)', () => {
  it('reads title, url and source lines after the date, and is identified by its URL', () => {
    const text = `date 2023-11-06\ntitle: Harbour wall to be rebuilt\nurl: https://Gazette.example/news/harbour\nsource: Port Elham Gazette\n\n${BODY}\n`;
    expect(parseArticle(articleFile('seeds/a.txt', text))).toEqual({
      id: 'https://gazette.example/news/harbour',
      date: '2023-11-06',
      body: BODY,
      title: 'Harbour wall to be rebuilt',
      url: 'https://gazette.example/news/harbour',
      sources: ['Port Elham Gazette'],
    });
  });

  it('accepts any case, spaces before the colon, CRLF, repeated sources, and a body right after the headers', () => {
    const text = `date 2023-11-06\r\nTitle : Harbour\r\nSOURCE: Gazette\r\nsource: Wire\r\nsource: Gazette\r\n${BODY}`;
    const article = parseArticle(articleFile('a.txt', text));
    expect(article).toMatchObject({ id: articleIdOf('2023-11-06', BODY), title: 'Harbour', sources: ['Gazette', 'Wire'], body: BODY });
    expect(article.url).toBeUndefined();
  });

  it('reads no headers when the body starts on the date line, so "title:" there is body text', () => {
    const article = parseArticle(articleFile('a.txt', `date 2023-11-06 title: not a header\n${BODY}`));
    expect(article).toEqual({
      id: articleIdOf('2023-11-06', `title: not a header\n${BODY}`),
      date: '2023-11-06',
      body: `title: not a header\n${BODY}`,
    });
  });

  it('ends the headers at a blank line: a later "source:" line is body text', () => {
    const article = parseArticle(articleFile('a.txt', `date 2023-11-06\ntitle: T\n\nsource: said the mayor\n${BODY}`));
    expect(article.sources).toBeUndefined();
    expect(article.body).toBe(`source: said the mayor\n${BODY}`);
  });

  it('keeps every seed as it was: no metadata, identified by the hash of its text, never its file', () => {
    for (const name of readdirSync('seeds').filter((n) => n.endsWith('.txt'))) {
      const article = parseArticle(articleFile(`seeds/${name}`, readFileSync(`seeds/${name}`)));
      expect(Object.keys(article).sort()).toEqual(['body', 'date', 'id']);
      expect(article.id).toBe(articleIdOf(article.date, article.body));
    }
  });

  it('rejects an empty header value, naming the file, the line and the fix', () => {
    expect(reasonOf(`date 2023-11-06\ntitle:   \n${BODY}`)).toBe(
      'seeds/h.txt: line 2: "title:" has no value; write e.g. "title: Harbour wall to be rebuilt" or remove the line',
    );
  });

  it('rejects a URL that is not absolute http(s), counting lines after leading blank lines', () => {
    expect(reasonOf(`\n\ndate 2023-11-06\nurl: /news/harbour\n${BODY}`)).toBe(
      'seeds/h.txt: line 4: "/news/harbour" is not an absolute http(s) URL; write e.g. "url: https://example.com/news/harbour-wall"',
    );
    expect(reasonOf(`date 2023-11-06\ntitle: T\nurl: javascript:alert(1)\n${BODY}`)).toMatch(
      /^seeds\/h\.txt: line 3: "javascript:alert\(1\)" is not an absolute http\(s\) URL/,
    );
  });

  it('rejects a second title or url line', () => {
    expect(reasonOf(`date 2023-11-06\ntitle: A\ntitle: B\n${BODY}`)).toBe(
      'seeds/h.txt: line 3: a second "title:" line; keep one title per article',
    );
    expect(reasonOf(`date 2023-11-06\nurl: https://a.example/\nurl: https://b.example/\n${BODY}`)).toMatch(/line 3: a second "url:" line/);
  });

  it('rejects an overlong title', () => {
    expect(reasonOf(`date 2023-11-06\ntitle: ${'word '.repeat(100)}\n${BODY}`)).toMatch(
      /line 2: the title is 499 characters long; keep it under 300$/,
    );
  });

  it('rejects headers with no body after them', () => {
    expect(reasonOf('date 2023-11-06\ntitle: Harbour\n')).toMatch(/the article has a date \(2023-11-06\) but no text/);
  });
});
