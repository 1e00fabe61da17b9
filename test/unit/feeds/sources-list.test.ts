import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidConfigError } from '../../../lambda/core/errors.ts';
import { parseSourcesList } from '../../../lambda/core/feeds/sources-list.ts';

const opml = (body: string) => `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${body}</body></opml>`;

describe('Function: parseSourcesList', () => {
  it('reads every feed outline, in folders too, once each, with its title and fullText', () => {
    const list = parseSourcesList(
      opml(`<outline text="News"><outline type="rss" text="A text" title="A" xmlUrl="https://a.example/feed"/>
<outline text="B" xmlUrl="https://b.example/rss#x" fullText="true"/></outline><outline text="A again" xmlUrl="https://A.example/feed"/>`),
      'sources.opml',
    );
    expect(list).toEqual([
      { url: 'https://a.example/feed', title: 'A', fullText: false },
      { url: 'https://b.example/rss', title: 'B', fullText: true },
    ]);
  });

  it('reads the repository sources.opml as an empty list', () => {
    expect(parseSourcesList(readFileSync('sources.opml', 'utf8'), 'sources.opml')).toEqual([]);
  });

  it('rejects malformed OPML and a feed URL that is not http(s), naming the file', () => {
    expect(() => parseSourcesList('<opml><body><outline></body></opml>', 'my.opml')).toThrow(InvalidConfigError);
    expect(() => parseSourcesList('<opml><body><outline></body></opml>', 'my.opml')).toThrow(/^my\.opml: line 1: malformed OPML/);
    expect(() => parseSourcesList(opml('<outline text="x" xmlUrl="file:///etc/passwd"/>'), 'my.opml')).toThrow(
      'my.opml: xmlUrl "file:///etc/passwd" is not an absolute http(s) URL; fix or remove that outline',
    );
  });
});
