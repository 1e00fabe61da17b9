import { describe, expect, it } from 'vitest';
import { articleKeyOf, canonicalUrl } from '../../../lambda/core/feeds/canonical-url.ts';

describe('Function: canonicalUrl', () => {
  it('lower-cases scheme and host, drops the default port, the fragment, utm_* and fbclid, and keeps other parameters', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM:443/World/Story?id=7&utm_source=rss&UTM_Medium=x&fbclid=abc#top')).toBe(
      'https://news.example.com/World/Story?id=7',
    );
  });

  it('drops an empty query left by the tracking parameters, and resolves a relative link against the feed', () => {
    expect(canonicalUrl('/story?utm_campaign=a', 'https://news.example/feed.xml')).toBe('https://news.example/story');
  });

  it('keeps a URL without tracking parameters exactly as spelt', () => {
    expect(canonicalUrl('https://news.example/a?b=%20c&d')).toBe('https://news.example/a?b=%20c&d');
  });

  it('rejects anything but an absolute http(s) URL', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeUndefined();
    expect(canonicalUrl('ftp://files.example/a')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
  });
});

describe('Function: articleKeyOf', () => {
  it('keys by URL whatever the feed, and by guid within its feed', () => {
    const url = 'https://news.example/story';
    expect(articleKeyOf({ url, feedUrl: 'https://a.example/feed' })).toBe(
      articleKeyOf({ url, guid: 'x', feedUrl: 'https://b.example/feed' }),
    );
    expect(articleKeyOf({ guid: 'g1', feedUrl: 'https://a.example/feed' })).not.toBe(
      articleKeyOf({ guid: 'g1', feedUrl: 'https://b.example/feed' }),
    );
    expect(articleKeyOf({ url, feedUrl: 'f' })).toMatch(/^[0-9a-f]{24}$/);
  });
});
