import { describe, expect, it } from 'vitest';
import { groupArticles, groupTexts } from '../../../lambda/core/stories/grouping/group.ts';
import type { Article } from '../../../lambda/core/types.ts';
import { denseStories } from '../../bench/corpus/shapes.ts';
import { createRandom } from '../../bench/corpus/random.ts';

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

// A round of league football: every report uses the same words (goal, minute, keeper, table), and only the
// clubs, players and grounds tell the matches apart. One match is reported twice, by two writers.
const CLUBS = [
  ...['Arden', 'Belmont', 'Carrow', 'Dunmore', 'Elsworth', 'Fenwick', 'Garston', 'Holloway', 'Inchley', 'Jarrow', 'Kestrel', 'Lanark'],
  ...['Marsden', 'Newbold', 'Orwell', 'Padstow', 'Quorn', 'Redhill', 'Selby', 'Thirsk', 'Ulverston', 'Ventnor', 'Whitby', 'Yarm'],
];
const PLAYERS = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Brennan', 'Silva', 'Novak', 'Haddad', 'Kowalski', 'Duarte', 'Petrov', 'Quinn'];
const GROUNDS = [
  ...['Millfield', 'Riverside', 'the Priory', 'Castlegate', 'Kilnworth', 'the Meadows'],
  ...['Abbeyfield', 'Brookside', 'the Dell', 'Glebelands', 'Harbourside', 'Stationgate'],
];
// What every report says in its own words: possession, the keeper, the table, the manager, the referee.
const MATCH_TALK: ((home: string, away: string) => string)[] = [
  (home) => `${home} had most of the ball in the first half but rarely tested the keeper.`,
  (_, away) => `The ${away} goalkeeper kept his side in the game with a string of saves before the break.`,
  (home) => `Victory moves ${home} into the promotion places in the league table with ten games left.`,
  (home) => `The ${home} manager praised the spirit of his players after a difficult second half.`,
  (_, away) => `${away} were denied a late penalty when the referee waved away appeals for handball.`,
  (home, away) => `${home} and ${away} both hit the woodwork in a frantic finish.`,
  (home) => `${home} extended their unbeaten run at home to eight league games.`,
  (_, away) => `The defeat leaves ${away} just above the relegation zone on goal difference.`,
  (home) => `Supporters of ${home} sang through a heavy downpour in the closing minutes.`,
  (_, away) => `${away} finished with ten men after their captain was shown a second yellow card.`,
  (home) => `A crowd of nine thousand saw ${home} take control after the interval.`,
  (_, away) => `${away} had taken the lead early on with a header from a corner.`,
];
const QUOTES = [
  'said afterwards that the goal was for his late father',
  'admitted he had not expected to start after a week of illness',
  'said the squad had worked on that corner routine all week',
  'thanked the travelling fans for their noise in the rain',
  'called it the best goal of his career so far',
  'said the dressing room believed they could still go up',
];
/** Match `i` of a Saturday's twelve: every club plays once, every match has its own scorer, and the reports say alike things in their own words (the first six quote their scorer). */
function matchReport(i: number): string {
  const [home, away] = [CLUBS[2 * i]!, CLUBS[2 * i + 1]!];
  const scorer = PLAYERS[i]!;
  const talk = MATCH_TALK[i]!(home, away);
  const quote = i < QUOTES.length ? ` ${scorer} ${QUOTES[i]}.` : '';
  return `${home} beat ${away} two goals to one at ${GROUNDS[i]} on Saturday, with ${scorer} scoring the winner in the ${60 + i} minute. ${talk}${quote}`;
}
const ROUND = Array.from({ length: 12 }, (_, i) => matchReport(i));
// The same match as the round's first, by another writer: the clubs, the scorer, the minute and the scorer's words agree.
const SECOND_REPORT =
  'Okafor struck in the 60 minute to give Arden a two goals to one win over Belmont at Millfield on Saturday, and ' +
  'dedicated the goal to his late father. Belmont had levelled through a header before Okafor turned in a low cross. ' +
  'Arden climb up the league table with the win, while Belmont stay in the bottom half.';

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

  it('keeps the matches of one round apart, and joins two reports of one match', () => {
    const groups = groupTexts([...ROUND, SECOND_REPORT, ...FILLER]);

    expect(together(groups, 0, 12)).toBe(true);
    expect(groups.filter((g) => g.length > 1)).toEqual([[0, 12]]);
  });

  it('keeps the stories of a dense day apart though every one is written from the same templates, people and places', () => {
    // The bench's dense day (test/bench/corpus/shapes.ts): 100 stories of 4 articles, alike in everything but who,
    // where and the numbers, so pairs of different stories are as alike as a topic's. Only a link that stands out
    // from its articles' background joins: without that test this day pools into stories of up to 28 articles,
    // pairwise precision 0.25; with it, at most 8 articles and precision 0.97.
    const day = denseStories(400, createRandom(1));

    const groups = groupTexts(day.map((article) => article.text));

    let [together, sameStory] = [0, 0];
    for (const group of groups)
      for (const [k, i] of group.entries())
        for (const j of group.slice(k + 1)) [together, sameStory] = [together + 1, sameStory + (day[i]!.story === day[j]!.story ? 1 : 0)];
    expect(sameStory / together).toBeGreaterThan(0.9);
    expect(Math.max(...groups.map((group) => group.length))).toBeLessThanOrEqual(8);
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
