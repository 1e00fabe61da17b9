import { describe, expect, it } from 'vitest';
import { balanceBidi, stripBidiControls } from '../../../lambda/core/render/bidi.ts';
import { renderFeeds } from '../../../lambda/core/render/feeds.ts';
import { renderBriefingPage, renderIndexPage } from '../../../lambda/core/render/pages.ts';
import { makeBriefing, makeEntry, makeStory } from '../../helpers/briefings.ts';

const [LRE, RLE, PDF, LRO, RLO] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];
const RLM = '\u200F';
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** One story's headline leaves a right-to-left override open, as a careless or hostile article can. */
const STRAY = makeBriefing('2023-11-06', {
  overview: `Top story: Harbour ${RLO}wall rebuilt. Also: Rail line opens. 2 stories from 2 articles.`,
  stories: [
    makeStory({
      headline: `Harbour ${RLO}wall rebuilt`,
      summary: [`The ${RLE}council voted.`, 'Work starts in spring.'],
      entities: [
        { name: `Alice ${RLO}Brennan`, kind: 'person', salience: 1 },
        { name: 'Port Elham', kind: 'place', salience: 1 },
      ],
    }),
    makeStory({ headline: 'Rail line opens' }),
  ],
  topEntities: [{ name: `Alice ${RLO}Brennan`, kind: 'person', salience: 1 }],
});

describe('Function: balanceBidi', () => {
  it.each([
    ['plain text', 'Rail line opens', 'Rail line opens'],
    ['an override left open', `a ${RLO}b`, `a ${RLO}b${PDF}`],
    ['embeddings and isolates left open, closed innermost first', `${LRE}a ${FSI}b ${RLO}c`, `${LRE}a ${FSI}b ${RLO}c${PDF}${PDI}${PDF}`],
    ['a terminator that closes nothing', `a${PDF} b${PDI}`, 'a b'],
    ['a PDF inside an isolate opened after its embedding', `${RLE}a${LRI}b${PDF}c${PDI}d${PDF}`, `${RLE}a${LRI}bc${PDI}d${PDF}`],
    ['a PDI that closes the embeddings inside its isolate', `${RLI}a${LRO}b${PDI}c`, `${RLI}a${LRO}b${PDI}c`],
    ['balanced text, and marks that open nothing', `${RLM}a ${RLE}b${PDF} c`, `${RLM}a ${RLE}b${PDF} c`],
  ])('balances %s', (_, input, expected) => {
    expect(balanceBidi(input)).toBe(expected);
  });
});

describe('Function: stripBidiControls', () => {
  it('removes every embedding, override and isolate control, and keeps the marks', () => {
    expect(stripBidiControls(`${LRE}a${RLE}b${PDF}${LRO}c${RLO}d${LRI}e${RLI}f${FSI}g${PDI}${RLM}`)).toBe(`abcdefg${RLM}`);
  });
});

describe('Render: article text with a stray override', () => {
  const page = renderBriefingPage(STRAY, {}, { title: 'Daily Briefing', language: 'en' });
  const index = renderIndexPage([STRAY], { title: 'Daily Briefing', language: 'en' });
  const feeds = renderFeeds(
    [makeEntry(STRAY)],
    { baseUrl: 'https://news.example.org/', title: 'Daily Briefing', language: 'en' },
    new Date('2023-11-06T06:00:00Z'),
  );

  it('isolates each headline, summary sentence and name on the page, each with its controls closed', () => {
    expect(page).toContain(`<h2 dir="auto">Harbour ${RLO}wall rebuilt${PDF}</h2>`);
    expect(page).toContain(`<p dir="auto">The ${RLE}council voted.${PDF} Work starts in spring.</p>`);
    expect(page).toContain(`<bdi>Alice ${RLO}Brennan${PDF}</bdi>`);
    expect(page).toContain('<bdi>Port Elham</bdi>');
    expect(index).toContain(`<li dir="auto">Harbour ${RLO}wall rebuilt${PDF}</li>`);
  });

  it('leaves no directional control in the plain-text fields: overview, meta description, feed summaries, categories', () => {
    const overview = /<p class="overview" dir="auto">([^<]*)<\/p>/.exec(page)?.[1];
    const meta = /<meta name="description" content="([^"]*)">/.exec(page)?.[1];
    const rssDescription = /<description><!\[CDATA\[([^\]]*)\]\]><\/description>\s*<content:encoded>/.exec(feeds.rss)?.[1];
    const atomSummary = /<summary type="html"><!\[CDATA\[([^\]]*)\]\]><\/summary>/.exec(feeds.atom)?.[1];
    const json = JSON.parse(feeds.json) as { items: { summary: string; tags: string[] }[] };
    for (const field of [overview, meta, rssDescription, atomSummary, json.items[0]!.summary]) {
      expect(field).toBe('Top story: Harbour wall rebuilt. Also: Rail line opens. 2 stories from 2 articles.');
    }
    expect(json.items[0]!.tags).toEqual(['Alice Brennan']);
    expect(feeds.rss).toContain('<category>Alice Brennan</category>');
    expect(feeds.atom).toContain('term="Alice Brennan"');
    expect(meta).not.toMatch(CONTROLS);
  });
});
