import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listsFeeds } from '../../../lambda/feeds/lists-feeds.ts';

describe('Function: listsFeeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lists-feeds-'));

  it('says no for the repository sources.opml, whose only feeds are in a comment, and for a missing file', async () => {
    expect(await listsFeeds('sources.opml')).toBe(false);
    expect(await listsFeeds(join(dir, 'missing.opml'))).toBe(false);
  });

  it('says yes for a list with a feed outline', async () => {
    const file = join(dir, 'one.opml');
    writeFileSync(file, '<opml version="2.0"><body><!-- old --><outline text="A" xmlUrl="https://a.example/feed"/></body></opml>');
    expect(await listsFeeds(file)).toBe(true);
  });
});
