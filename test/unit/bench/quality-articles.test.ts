import { describe, expect, it } from 'vitest';
import { isNewsArticle, proseWords } from '../../bench/quality/articles.ts';

const SENTENCE = 'The council of Marlow voted on Monday to repair the flood wall before the winter storms arrive. ';

describe('Function: isNewsArticle', () => {
  it('accepts a report of several prose paragraphs', () => {
    const text = `${SENTENCE.repeat(3)}\n\n${SENTENCE.repeat(3)}`;

    expect(isNewsArticle(text)).toBe(true);
  });

  it('rejects a share widget and a crawl note however long they are', () => {
    const widget = `Tweet with a location\n\n${'You can add location information to your Tweets from the web. '.repeat(10)}`;
    const crawl = 'Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. '.repeat(10);

    expect(isNewsArticle(widget)).toBe(false);
    expect(isNewsArticle(crawl)).toBe(false);
  });

  it('counts a long paragraph cut off mid-sentence but not a heading', () => {
    const text = `Harbour News\n\n${SENTENCE.repeat(2)}and the mayor said that`;

    expect(proseWords(text)).toBe(2 * 17 + 5);
  });
});
