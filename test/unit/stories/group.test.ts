import { describe, expect, it } from 'vitest';
import { centroidDot, mergeCentroids, singleCentroid } from '../../../lambda/core/stories/grouping/centroids.ts';
import { groupArticles, groupTexts } from '../../../lambda/core/stories/grouping/group.ts';
import { GROUPING_PARAMETERS } from '../../../lambda/core/stories/grouping/parameters.ts';
import { adjacentContentTerms, contentTerms, properTerms } from '../../../lambda/core/stories/text/terms.ts';

const WIDGET = 'Tweet with a location. You can add location information to your Tweets.';
const FERRY =
  'The Marlow ferry ran aground on a sandbank in the Tessa estuary on Monday, and coastguards took forty passengers ashore. ' +
  'Captain Ida Voss said the tide had fallen faster than the charts showed.';
const FERRY_AGAIN =
  'Forty passengers were taken ashore by coastguards after the Marlow ferry ran aground in the Tessa estuary. ' +
  'Its captain, Ida Voss, blamed a tide that fell faster than the charts showed.';
const CHESS = 'Grandmaster Ivo Lind won the Baltic chess open in Riga on Sunday with a quiet endgame after five hours of play.';
// Two events of one firm (an inquiry opened, a chief suspended) that share its name and no other word.
const SCANDAL =
  'Regulators in London opened an inquiry into Cambridge Analytica on Tuesday, after former staff said the consultancy ' +
  'harvested the profiles of millions of voters without consent. Cambridge Analytica denied wrongdoing.';
const SCANDAL_AGAIN =
  'Cambridge Analytica suspended its chief executive, Alexander Nix, as lawmakers demanded that he testify. ' +
  'The firm is accused of misusing data; Nix was filmed boasting about the work of Cambridge Analytica.';
// Earthquakes in two places: one story reported twice, and another of the same kind with its own names.
const QUAKE_CHILE =
  'An earthquake of magnitude 6.1 struck near Valparaiso in Chile on Tuesday, damaging houses along the coast. ' +
  'Rescuers searched collapsed buildings, and the mayor, Jorge Sharp, said two people had died in the earthquake.';
const QUAKE_CHILE_AGAIN =
  'Two people died when an earthquake shook Valparaiso, Chile, on Tuesday. Mayor Jorge Sharp said rescuers were ' +
  'still searching collapsed houses near the coast.';
const QUAKE_JAPAN =
  'A strong earthquake buckled roads and brought down a bridge in Sendai, Japan, on Tuesday. Governor Yoshihiro Murai ' +
  'said no deaths had been reported, and the rail operator suspended bullet trains while engineers inspected the lines.';
const FILLER = [
  'The city council in Leeds approved a budget on Wednesday that raises spending on libraries and parks by four percent.',
  'Shares in the carmaker fell sharply after it warned that profits would shrink because of rising prices for steel and chips.',
  'A new exhibition of Flemish painting opens at the museum next week, with loans from collections in Ghent and Antwerp.',
];

describe('Function: groupTexts', () => {
  it('groups two reports of one event and keeps another event apart', () => {
    expect(groupTexts([FERRY, CHESS, FERRY_AGAIN])).toEqual([[0, 2], [1]]);
  });

  it('never groups pages of boilerplate, even identical ones', () => {
    expect(groupTexts([WIDGET, FERRY, WIDGET])).toEqual([[0], [1], [2]]);
  });

  it('keeps apart two articles that share a name and nothing of what happened (issue 11: events, not actors)', () => {
    expect(groupTexts([SCANDAL, ...FILLER, SCANDAL_AGAIN])).not.toContainEqual([0, 4]);
  });

  it('keeps a story of the same kind apart when it names different people and places', () => {
    const groups = groupTexts([QUAKE_CHILE, SCANDAL, FERRY, ...FILLER, QUAKE_JAPAN, SCANDAL_AGAIN, FERRY_AGAIN, QUAKE_CHILE_AGAIN]);

    expect(groups).toContainEqual([0, 9]);
    expect(groups).toContainEqual([6]);
  });
});

describe('Function: groupArticles', () => {
  it('gives the same groups whatever order the articles come in', () => {
    const texts = [FERRY, CHESS, SCANDAL, FERRY_AGAIN, ...FILLER, SCANDAL_AGAIN, QUAKE_CHILE, QUAKE_JAPAN, QUAKE_CHILE_AGAIN];
    const articles = texts.map((body, i) => ({ id: `a${String(i).padStart(2, '0')}`, date: '2023-11-06', body }));
    const ids = (order: typeof articles) => groupArticles(order).map((group) => group.map((a) => a.id));

    expect(ids([...articles].reverse())).toEqual(ids(articles));
    expect(ids(articles)).toContainEqual(['a00', 'a03']);
  });

  it("reads only each article's first maxChars characters", () => {
    // The chess result, then the ferry report: read whole, the article shares the ferry story with its other report.
    const articles = [`${CHESS}\n\n${FERRY}`, FERRY_AGAIN, ...FILLER].map((body, i) => ({ id: `a${i}`, date: '2023-11-06', body }));
    const together = (maxChars: number) =>
      groupArticles(articles, { ...GROUPING_PARAMETERS, maxChars }).some((group) => group.length === 2 && group[0]!.id === 'a0');

    expect(together(articles[0]!.body.length)).toBe(true);
    expect(together(CHESS.length)).toBe(false);
  });
});

describe('Function: mergeCentroids', () => {
  it('sums two stories and keeps their squared length without a pass over the terms', () => {
    const a = singleCentroid({ ids: Int32Array.from([1, 2]), weights: Float64Array.from([0.6, 0.8]) });
    const b = singleCentroid({ ids: Int32Array.from([2, 3]), weights: Float64Array.from([0.8, 0.6]) });
    const merged = mergeCentroids(a, b, centroidDot(a, b));

    expect(centroidDot(a, b)).toBeCloseTo(0.64);
    expect(merged.norm2).toBeCloseTo(0.36 + 1.6 * 1.6 + 0.36);
    expect(centroidDot(merged, a)).toBeCloseTo(0.6 * 0.6 + 1.6 * 0.8);
    expect([...merged.ids]).toEqual([1, 2, 3]);
  });

  it('gives a big story and a one-article story the same dot product whichever way it walks them', () => {
    // 100 terms against 3: past the size ratio, the small side's terms are looked up by binary search.
    const big = singleCentroid({ ids: Int32Array.from({ length: 100 }, (_, k) => 2 * k), weights: new Float64Array(100).fill(0.1) });
    const small = singleCentroid({ ids: Int32Array.from([4, 5, 198]), weights: Float64Array.from([1, 2, 3]) });

    expect(centroidDot(big, small)).toBeCloseTo(0.1 * 1 + 0.1 * 3);
    expect(centroidDot(small, big)).toBeCloseTo(0.4);
  });
});

describe('Function: adjacentContentTerms', () => {
  it('returns the content terms and marks those no stopword separates from the one before', () => {
    const text = 'Talks on the Cambridge Analytica data breach ended.';
    const { terms, followsPrevious } = adjacentContentTerms(text);

    expect(terms).toEqual(contentTerms(text));
    expect(terms).toEqual(['talk', 'cambridge', 'analytica', 'data', 'breach', 'ended']);
    expect(followsPrevious).toEqual([false, false, true, true, true, true]);
  });
});

describe('Function: properTerms', () => {
  it('keeps names written capitalised mid-sentence, not capitals that start a sentence or line', () => {
    const terms = properTerms('The talks in Geneva with Sergei Lavrov ended. Officials agreed.\nMonday was quiet, said Biden.');

    expect([...terms].sort()).toEqual(['biden', 'geneva', 'lavrov', 'sergei']);
  });
});
