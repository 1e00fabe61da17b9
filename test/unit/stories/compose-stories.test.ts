import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambda/core/types.ts';
import { engine } from '../../helpers/story-engine.ts';

const DATE = '2023-11-06';
const article = (id: string, body: string): Article => ({ id, date: DATE, body });

const FLOOD_A = article(
  'a-flood.txt',
  'Floods forced thousands of residents in Marlow to leave their homes on Monday after the river Tessa burst its banks. ' +
    'Mayor Helen Ward said emergency shelters in Marlow were full. Rescue boats carried elderly residents from flooded streets. ' +
    'Forecasters expect more rain on the Tessa valley this week.',
);
const FLOOD_B = article(
  'b-flood.txt',
  'The river Tessa burst its banks in Marlow, flooding streets and forcing thousands of residents from their homes. ' +
    'Emergency shelters are full, Mayor Helen Ward told reporters. Rescue boats worked through the night in flooded Marlow. ' +
    'More rain is forecast for the Tessa valley.',
);
const CHESS = article(
  'c-chess.txt',
  'Grandmaster Ivo Lind won the Baltic chess open in Riga on Sunday with a quiet endgame. ' +
    'Lind, 19, beat the defending champion in the final round. The tournament drew 200 players from 30 countries.',
);

describe('Function: composeStories', () => {
  it('heads a story with its article’s own title, which beats an extracted headline', () => {
    const titled: Article = { ...CHESS, title: 'The teenager Lind takes the Baltic open on Sunday' };

    const [withTitle] = engine.composeStories([titled]).stories;
    const [without] = engine.composeStories([CHESS]).stories;

    expect(withTitle?.headline).toBe('The teenager Lind takes the Baltic open on Sunday');
    expect(without?.headline).toBe('Grandmaster Ivo Lind won Baltic chess open in Riga');
  });

  it('groups two articles on one story and keeps a different story apart', () => {
    const { stories, moreStories } = engine.composeStories([CHESS, FLOOD_A, FLOOD_B]);

    expect(stories.map((s) => s.articleIds)).toEqual([['a-flood.txt', 'b-flood.txt'], ['c-chess.txt']]);
    expect(moreStories).toBe(0);
  });

  it('summarises a multi-article story without repeating a sentence', () => {
    const [flood] = engine.composeStories([FLOOD_A, FLOOD_B]).stories;

    expect(flood?.summary.length).toBeGreaterThanOrEqual(2);
    expect(new Set(flood?.summary).size).toBe(flood?.summary.length);
  });

  it('gives the same result for any input order', () => {
    const forward = engine.composeStories([CHESS, FLOOD_A, FLOOD_B]);
    const backward = engine.composeStories([FLOOD_B, CHESS, FLOOD_A]);

    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });

  it('details only maxStories stories and counts the rest', () => {
    const { stories, moreStories } = engine.composeStories([CHESS, FLOOD_A, FLOOD_B], { maxStories: 1 });

    expect(stories).toHaveLength(1);
    expect(moreStories).toBe(1);
  });

  it('returns no stories for no articles', () => {
    expect(engine.composeStories([])).toEqual({ stories: [], moreStories: 0 });
  });

  it('lists people, places and organisations named outside the summary sentences', () => {
    // Prepare: the mayor is named in sentence 2 of 4, which a 1-sentence summary does not keep.
    const body =
      'The harbour wall of Port Elham will be rebuilt after winter storms breached it. ' +
      'Mayor Alice Brennan said the work would start in spring. ' +
      'The repairs are expected to cost four million pounds. Fishing crews welcomed the decision.';

    // Act
    const [story] = engine.composeStories([article('harbour.txt', body)], { summarySentences: 1 }).stories;

    // Assess
    expect(story?.summary.join(' ')).not.toContain('Brennan');
    expect(story?.entities).toContainEqual(expect.objectContaining({ name: 'Alice Brennan', kind: 'person' }));
  });

  it('finds the people and places of the user’s seed article, with full names', () => {
    const raw = readFileSync(new URL('../../../seeds/000_ff1bc3d9e05ffa66.txt', import.meta.url), 'utf8');
    const body = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');

    const [story] = engine.composeStories([article('000_ff1bc3d9e05ffa66.txt', body)]).stories;

    const named = (kind: string): string[] => (story?.entities ?? []).filter((e) => e.kind === kind).map((e) => e.name);
    expect(named('person')).toEqual(expect.arrayContaining(['Wang Yi', 'Vladimir Putin', 'Xi Jinping']));
    expect(named('place')).toEqual(expect.arrayContaining(['China', 'Russia', 'Moscow']));
    expect(named('person')).not.toContain('Putin');
    for (const entity of story?.entities ?? []) expect(entity.name).not.toMatch(/['’]/u);
    expect(story?.headline.split(' ').length).toBeLessThanOrEqual(12);
    expect(story?.headline).toMatch(/^China’s top diplomat/);
    // 2–3 sentences within 70 words: the seed's three most central run to more, so the third gives way.
    expect(story?.summary.length).toBeGreaterThanOrEqual(2);
    expect(story?.summary.length).toBeLessThanOrEqual(3);
    expect(story?.summary.join(' ').match(/[a-z0-9]+/gi)?.length).toBeLessThanOrEqual(70);
  });

  it('keeps summaries of every story to 2–3 sentences and 70 words, or the number of sentences asked for', () => {
    const long = article(
      'd-long.txt',
      'Marlow council approved a new harbour wall on Monday. The wall will cost twelve million pounds. ' +
        'Fishermen welcomed the harbour plan. Work on the wall starts in spring. The harbour trust will pay half of the cost. ' +
        'Storms damaged the old wall last winter. The council expects the harbour wall to last a century.',
    );

    const [byDefault] = engine.composeStories([FLOOD_A, FLOOD_B]).stories;
    const [one] = engine.composeStories([long], { summarySentences: 1 }).stories;
    const [five] = engine.composeStories([long], { summarySentences: 5 }).stories;

    expect(byDefault?.summary.length).toBeLessThanOrEqual(3);
    expect(byDefault?.summary.join(' ').match(/[a-z0-9]+/gi)?.length).toBeLessThanOrEqual(70);
    expect(one?.summary).toHaveLength(1);
    expect(five?.summary).toHaveLength(5);
  });

  it('files each story under a section', () => {
    const { stories } = engine.composeStories([CHESS, FLOOD_A, FLOOD_B]);

    expect(stories.map((s) => s.section)).toEqual(['World', 'Sport']);
  });
});
