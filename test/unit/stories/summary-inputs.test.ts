import { describe, expect, it } from 'vitest';
import { composeStories, type StoryStages } from '../../../lambda/core/stories/compose-stories.ts';
import { openingOf, SUMMARY_INPUT_LIMITS, summaryInputs } from '../../../lambda/core/stories/summary/candidates.ts';
import type { Article } from '../../../lambda/core/types.ts';
import { engine } from '../../helpers/story-engine.ts';

const LEAD = 'The Marlow ferry ran aground on a sandbank in the Tessa estuary on Monday, and coastguards took forty passengers ashore.';
const DETAILS = [
  'Captain Ida Voss said the tide had fallen faster than the charts showed.',
  'The harbour master in Marlow closed the channel until the ferry could be refloated.',
  'Passengers were given blankets and hot drinks at the lifeboat station.',
  'Engineers from the ferry company will inspect the hull on Tuesday.',
];
/** Rewrite `n` of one report: the lead, then the details in another order, with a number of its own. */
const rewrite = (n: number): string => [LEAD, ...DETAILS.slice(n % 4), ...DETAILS.slice(0, n % 4), `Report ${n} of the day.`].join(' ');

describe('Function: summaryInputs', () => {
  it('reads one of each exactly repeated article', () => {
    expect(summaryInputs([rewrite(1), rewrite(1), rewrite(2), rewrite(1)])).toEqual([
      { article: 0, text: rewrite(1) },
      { article: 2, text: rewrite(2) },
    ]);
  });

  it('keeps every article of a story no larger than its bound, in story order', () => {
    const bodies = Array.from({ length: SUMMARY_INPUT_LIMITS.maxArticles }, (_, i) => rewrite(i));

    expect(summaryInputs(bodies).map((input) => input.text)).toEqual(bodies);
  });

  it('reads at most its bound of articles from a huge story, the most central, each cut to its opening', () => {
    // Prepare: 500 rewrites, 100 copies of one, a long article on the story and an outlier.
    const outlier = 'Grandmaster Ivo Lind won the Baltic chess open in Riga on Sunday with a quiet endgame.';
    const long = `${LEAD} ${DETAILS.join(' ')} `.repeat(400);
    const bodies = [...Array.from({ length: 500 }, (_, i) => rewrite(i)), ...Array<string>(100).fill(rewrite(7)), long, outlier];

    // Act
    const inputs = summaryInputs(bodies).map((input) => input.text);

    // Assess
    expect(inputs).toHaveLength(SUMMARY_INPUT_LIMITS.maxArticles);
    expect(inputs).not.toContain(outlier);
    expect(new Set(inputs).size).toBe(inputs.length);
    for (const text of inputs) expect(text.length).toBeLessThanOrEqual(SUMMARY_INPUT_LIMITS.maxChars);
  });

  it('looks for the most central among at most its bound of candidates, spread evenly over the story', () => {
    // Prepare: 20 distinct rewrites; room for 5 candidates, of which 2 are read.
    const limits = { ...SUMMARY_INPUT_LIMITS, maxArticles: 2, maxCandidates: 5 };
    const bodies = Array.from({ length: 20 }, (_, i) => rewrite(i));

    // Act
    const read = summaryInputs(bodies, limits).map((input) => input.article);

    // Assess
    expect(read).toHaveLength(2);
    for (const article of read) expect([0, 4, 8, 12, 16]).toContain(article);
  });
});

describe('Function: openingOf', () => {
  it('cuts after the last sentence end within the limit', () => {
    expect(openingOf('One two. Three four. Five six.', 22)).toBe('One two. Three four. ');
  });

  it('cuts at the last space when no sentence ends within the limit', () => {
    expect(openingOf('one two three four', 12)).toBe('one two');
  });

  it('leaves a text within the limit as it is', () => {
    expect(openingOf('One two.', 8)).toBe('One two.');
  });
});

describe('Function: composeStories', () => {
  it('splits and summarises a huge story from its bounded inputs only', () => {
    // Prepare: 500 articles of one story, through stages that count what reaches the splitter.
    const articles: Article[] = Array.from({ length: 500 }, (_, i) => ({
      id: `r${String(i).padStart(4, '0')}.txt`,
      date: '2023-11-06',
      body: rewrite(i),
    }));
    const split: string[] = [];
    let summarised = 0;
    const stages: StoryStages = {
      ...engine,
      splitSentences: (text) => {
        split.push(text);
        return engine.splitSentences(text);
      },
      summarise: (docs, count) => {
        summarised += docs.reduce((n, d) => n + d.length, 0);
        return engine.summarise(docs, count);
      },
    };

    // Act
    const { stories } = composeStories(stages, articles);

    // Assess: the rewrites are one story, summarised from its bounded inputs
    expect(stories.map((s) => s.articleIds.length)).toEqual([500]);
    expect(split.length).toBeLessThanOrEqual(stories.length * SUMMARY_INPUT_LIMITS.maxArticles);
    expect(summarised).toBeLessThanOrEqual(split.length * (DETAILS.length + 2));
  });
});
