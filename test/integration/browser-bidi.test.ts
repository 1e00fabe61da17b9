import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../lambda/adapters/static-server.ts';
import { renderBriefingPage, renderIndexPage } from '../../lambda/core/render/pages.ts';
import { STYLESHEET } from '../../lambda/core/render/style.ts';
import { launchChromium, type BrowserSession } from '../helpers/browser-chromium.ts';
import { makeBriefing, makeStory } from '../helpers/briefings.ts';

const RLO = '\u202E';
const SITE = { title: 'Daily Briefing', language: 'en' };
// The first story's headline, a summary sentence and a name leave a right-to-left override open.
const STRAY = makeBriefing('2023-11-06', {
  overview: `Top story: Harbour ${RLO}wall rebuilt. Also: Rail line opens; Market falls. 3 stories from 3 articles.`,
  stories: [
    makeStory({
      headline: `Harbour ${RLO}wall rebuilt`,
      summary: [`The council ${RLO}voted on Monday.`, 'Work starts in spring.'],
      entities: [
        { name: `Alice ${RLO}Brennan`, kind: 'person', salience: 2 },
        { name: 'Mark Osei', kind: 'person', salience: 1 },
      ],
    }),
    makeStory({ headline: 'Rail line opens' }),
    makeStory({ headline: 'Market falls' }),
  ],
});

/**
 * The left edge of each character of `needle` where it first appears as text in the elements matching `selector`,
 * as Chromium laid it out: in reading order (left to right) when each edge is right of the one before.
 */
function edgesScript(selector: string, needle: string): string {
  return `(() => {
    for (const element of document.querySelectorAll(${JSON.stringify(selector)})) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(${JSON.stringify(needle)});
        if (at === -1) continue;
        return [...${JSON.stringify(needle)}].map((_, i) => {
          const range = document.createRange();
          range.setStart(node, at + i);
          range.setEnd(node, at + i + 1);
          return range.getBoundingClientRect().left;
        });
      }
    }
    return null;
  })()`;
}

const inReadingOrder = (edges: readonly number[]) => edges.every((x, i) => i === 0 || x > edges[i - 1]!);

describe('Consumer: headless Chromium, article text with a stray right-to-left override', () => {
  let scratch: string;
  let url: string;
  let browser: BrowserSession;
  let server: ReturnType<typeof createStaticServer>;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'browser-bidi-'));
    await mkdir(join(scratch, 'briefings'));
    await writeFile(join(scratch, 'style.css'), STYLESHEET);
    await writeFile(join(scratch, 'briefings/2023-11-06.html'), renderBriefingPage(STRAY, {}, SITE));
    await writeFile(join(scratch, 'index.html'), renderIndexPage([STRAY], SITE));
    // What the page would be without isolation: the same text in one plain paragraph.
    await writeFile(
      join(scratch, 'unisolated.html'),
      `<!doctype html><html lang="en"><title>probe</title><p class="overview">${STRAY.overview}</p></html>`,
    );
    server = createStaticServer({ dir: scratch });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((done) => server?.close(done));
    await rm(scratch, { recursive: true, force: true });
  });

  async function edges(path: string, selector: string, needle: string): Promise<number[] | null> {
    const page = await browser.context.newPage();
    await page.goto(`${url}${path}`);
    const result = (await page.evaluate(edgesScript(selector, needle))) as number[] | null;
    await page.close();
    return result;
  }

  it('reverses the next headline in a plain paragraph (the check can fail)', async () => {
    const shown = await edges('unisolated.html', 'p.overview', 'Rail line opens');
    expect(shown).not.toBeNull();
    expect(inReadingOrder(shown!)).toBe(false);
  });

  it.each([
    ['the overview', 'p.overview', 'Also: Rail line opens; Market falls'],
    ['the next story’s headline', 'h2', 'Rail line opens'],
    ['the next summary sentence', 'section.story p', 'Work starts in spring.'],
    ['the next name', 'p.entities', 'Mark Osei'],
  ])('renders %s in reading order on the briefing page', async (_, selector, needle) => {
    const shown = await edges('briefings/2023-11-06.html', selector, needle);
    expect(shown).not.toBeNull();
    expect(inReadingOrder(shown!)).toBe(true);
  });

  it('renders the next headline in reading order on the index', async () => {
    const shown = await edges('index.html', 'ul.headlines li', 'Rail line opens');
    expect(shown).not.toBeNull();
    expect(inReadingOrder(shown!)).toBe(true);
  });
});
