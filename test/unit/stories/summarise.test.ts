import { describe, expect, it } from 'vitest';
import { SINGLE_DOCUMENT_PARAMETERS } from '../../../lambda/core/stories/summary/parameters.ts';
import { wordCount } from '../../../lambda/core/stories/text/terms.ts';
import { engine } from '../../helpers/story-engine.ts';

const { summarise } = engine;

const MAIN = [
  'Floods forced thousands of residents in Marlow from their homes on Monday after the river Tessa burst its banks.',
  'Mayor Helen Ward said the emergency shelters in Marlow were full by Monday evening.',
  'Rescue boats carried elderly residents from flooded streets near the river Tessa.',
  'Forecasters expect more rain on the Tessa valley later this week.',
];
const SCRAPE = [
  'Tweet with a location',
  'Advertisement',
  'Long Story Short',
  'The river Tessa burst its banks in Marlow on Monday, and floods forced thousands from their homes.',
  'Emergency shelters in Marlow are full, Mayor Helen Ward told reporters on Monday.',
];

describe('Function: summarise', () => {
  it('skips scraped boilerplate, headings and repeated facts across articles', () => {
    const summary = summarise([SCRAPE, MAIN], 3).map((s) => s.text);

    expect(summary).not.toContain('Tweet with a location');
    expect(summary).not.toContain('Advertisement');
    expect(summary).not.toContain('Long Story Short');
    expect(new Set(summary).size).toBe(summary.length);
  });

  it('follows the main article, whose lead is most central, in reading order', () => {
    const summary = summarise([SCRAPE, MAIN], 2);

    expect(summary[0]).toMatchObject({ doc: 1, position: 0 });
    expect(summary.map((s) => s.doc)).toEqual([...summary.map((s) => s.doc)].sort());
  });

  it('keeps a multi-article summary within 25 words a sentence', () => {
    const summary = summarise([MAIN, SCRAPE, MAIN.map((s) => `${s} Officials confirmed the figures later.`)], 4);

    expect(summary.reduce((sum, s) => sum + wordCount(s.text), 0)).toBeLessThanOrEqual(25 * 4);
  });

  it('returns nothing for no documents', () => {
    expect(summarise([], 3)).toEqual([]);
  });

  it('puts the most central sentence of one article first (inverted pyramid)', () => {
    // Prepare: sentence 2 shares words with every other sentence, so TextRank ranks it first.
    const doc = [
      'The ferry service to Marlow resumed on Tuesday.',
      'Passengers waited at the harbour for news of the storm.',
      'The ferry to Marlow left the harbour after the storm passed, carrying passengers and freight.',
      'Freight lorries queued on the quay road until noon.',
    ];

    // Act
    const salient = summarise([doc], 2);
    const reading = summarise([doc], 2, { ...SINGLE_DOCUMENT_PARAMETERS, salienceOrder: false });

    // Assess
    expect(salient[0]?.position).toBe(2);
    expect(reading.map((s) => s.position)).toEqual([...salient.map((s) => s.position)].sort((a, b) => a - b));
  });
});
