import { describe, expect, it } from 'vitest';
import { ARTICLE_INDEX_KEY } from '../../../lambda/core/article-index.ts';
import { FETCH_STATE_KEY } from '../../../lambda/core/feeds/fetch-state.ts';
import { isPrivateKey } from '../../../lambda/core/private-keys.ts';
import { briefingDataKey, briefingPageKey, SITE_KEYS } from '../../../lambda/core/site-keys.ts';

describe('Function: isPrivateKey', () => {
  it('names the articles, the manifest, the fetch state and the article index private', () => {
    for (const key of ['articles/2024-03-08-a.txt', 'articles/feeds/x.txt', SITE_KEYS.manifest, FETCH_STATE_KEY, ARTICLE_INDEX_KEY])
      expect(isPrivateKey(key), key).toBe(true);
  });

  it('leaves every published file public', () => {
    const published = [SITE_KEYS.rss, SITE_KEYS.atom, SITE_KEYS.json, SITE_KEYS.index, SITE_KEYS.stylesheet];
    for (const key of [...published, briefingPageKey('2024-03-08'), briefingDataKey('2024-03-08')])
      expect(isPrivateKey(key), key).toBe(false);
  });
});
