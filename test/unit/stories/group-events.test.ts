import { describe, expect, it } from 'vitest';
import { groupArticles, groupTexts } from '../../../lambda/core/stories/grouping/group.ts';
import type { Article } from '../../../lambda/core/types.ts';

// Two events in one town, and a round-up that reports both: A≈B and B≈C, but A and C are different events.
const FERRY =
  'The Marlow ferry ran aground on a sandbank in the Tessa estuary on Monday, and coastguards took forty passengers ashore. ' +
  'Captain Ida Voss said the tide had fallen faster than the charts showed, and the ferry was refloated at high water.';
const STRIKE =
  'Dockworkers at the port of Kelby walked out on Monday over a pay offer, leaving container ships waiting at anchor. ' +
  'Union leader Amos Reyes said the strike would last until the harbour board doubled its offer of two percent.';
const ROUNDUP = `${FERRY} ${STRIKE}`;
// One mayor, two events: a library opening and a speeding fine share her name, her town and nothing else.
const LIBRARY =
  'Mayor Helen Ward opened the new public library in Marlow on Saturday, with reading rooms, a children’s wing and ' +
  'a cafe. The building, a former grain store, took three years to restore and cost four million pounds.';
const FINE =
  'Helen Ward of Marlow was fined for speeding on the coast road after a camera caught her car at seventy ' +
  'miles an hour. Magistrates added points to her licence, and Ward apologised to voters.';
const FILLER = [
  'The city council in Leeds approved a budget on Wednesday that raises spending on parks by four percent.',
  'Shares in the carmaker fell sharply after it warned that profits would shrink because of rising steel prices.',
  'A new exhibition of Flemish painting opens at the museum next week, with loans from collections in Ghent.',
  'Grandmaster Ivo Lind won the Baltic chess open in Riga on Sunday with a quiet endgame after five hours.',
];

/** Deterministic shuffle (a linear congruential generator), so the test is the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const together = (groups: number[][], a: number, b: number): boolean => groups.some((g) => g.includes(a) && g.includes(b));

describe('Function: groupTexts (events)', () => {
  it('does not chain two events through an article that reports both', () => {
    const groups = groupTexts([FERRY, ROUNDUP, STRIKE, ...FILLER]);

    expect(together(groups, 0, 2)).toBe(false);
  });

  it('keeps two events of one person apart when what happened differs', () => {
    const groups = groupTexts([LIBRARY, FINE, ...FILLER]);

    expect(together(groups, 0, 1)).toBe(false);
  });

  it('collapses exact copies and rewrites of one report into one story', () => {
    const sentences = ROUNDUP.split(/(?<=\.) /);
    const rewrites = Array.from({ length: 300 }, (_, i) => shuffled(sentences, i + 1).join(' '));
    const copies = Array<string>(300).fill(LIBRARY);

    const groups = groupTexts([...copies, ...rewrites, ...FILLER]);

    expect(groups).toContainEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(groups).toContainEqual(Array.from({ length: 300 }, (_, i) => 300 + i));
  });
});

describe('Function: groupArticles (file order)', () => {
  it('gives the same stories whatever order the files come in', () => {
    const texts = [FERRY, ROUNDUP, STRIKE, LIBRARY, FINE, ...FILLER, FERRY, `${STRIKE} More talks are planned.`];
    const articles: Article[] = texts.map((body, i) => ({ id: `a${String(i).padStart(2, '0')}.txt`, date: '2023-11-06', body }));
    const stories = (order: readonly Article[]) => groupArticles(order).map((group) => group.map((a) => a.id));

    const expected = stories(articles);

    for (let seed = 1; seed <= 5; seed++) expect(stories(shuffled(articles, seed))).toEqual(expected);
    expect(expected).toContainEqual(['a00.txt', 'a09.txt']);
  });
});
