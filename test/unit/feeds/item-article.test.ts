import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../lambda/core/parse-article.ts';
import { renderItemArticle } from '../../../lambda/core/feeds/item-article.ts';
import { articleFile } from '../../helpers/articles.ts';

describe('Function: renderItemArticle', () => {
  it('writes an article file that parses back to the same metadata, dated in the briefing time zone', () => {
    const text = renderItemArticle(
      {
        datedAt: new Date('2026-03-09T23:30:00Z'),
        url: 'https://a.example/1',
        title: 'Line\none',
        sources: ['Gazette', 'Wire'],
        text: 'Body text.\n\nMore.',
      },
      'Europe/Berlin',
    )!;
    expect(text).toBe('date 2026-03-10\ntitle: Line one\nurl: https://a.example/1\nsource: Gazette\nsource: Wire\n\nBody text.\n\nMore.\n');
    expect(parseArticle(articleFile('feed-x.txt', text))).toMatchObject({
      id: 'https://a.example/1',
      date: '2026-03-10',
      title: 'Line one',
      sources: ['Gazette', 'Wire'],
    });
  });

  it('uses the title as the text of an item without one, cuts an overlong title, and skips an item with neither', () => {
    const titleOnly = renderItemArticle(
      { datedAt: new Date('2026-03-09T12:00:00Z'), title: 'x'.repeat(400), sources: [], text: '  ' },
      'UTC',
    )!;
    const article = parseArticle(articleFile('t.txt', titleOnly));
    expect(article.title).toHaveLength(300);
    expect(article.title!.endsWith('…')).toBe(true);
    expect(renderItemArticle({ datedAt: new Date(), sources: [], text: '' }, 'UTC')).toBeUndefined();
  });
});
