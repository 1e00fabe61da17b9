import { describe, expect, it } from 'vitest';
import { groupTexts } from '../../../lambda/core/stories/group.ts';
import { properTerms } from '../../../lambda/core/stories/terms.ts';

const WIDGET = 'Tweet with a location. You can add location information to your Tweets.';
const FERRY =
  'The Marlow ferry ran aground on a sandbank in the Tessa estuary on Monday, and coastguards took forty passengers ashore. ' +
  'Captain Ida Voss said the tide had fallen faster than the charts showed.';
const FERRY_AGAIN =
  'Forty passengers were taken ashore by coastguards after the Marlow ferry ran aground in the Tessa estuary. ' +
  'Its captain, Ida Voss, blamed a tide that fell faster than the charts showed.';
const CHESS = 'Grandmaster Ivo Lind won the Baltic chess open in Riga on Sunday with a quiet endgame after five hours of play.';

describe('Function: groupTexts', () => {
  it('groups two reports of one event and keeps another event apart', () => {
    expect(groupTexts([FERRY, CHESS, FERRY_AGAIN])).toEqual([[0, 2], [1]]);
  });

  it('never groups pages of boilerplate, even identical ones', () => {
    expect(groupTexts([WIDGET, FERRY, WIDGET])).toEqual([[0], [1], [2]]);
  });
});

describe('Function: properTerms', () => {
  it('keeps names written capitalised mid-sentence, not capitals that start a sentence or line', () => {
    const terms = properTerms('The talks in Geneva with Sergei Lavrov ended. Officials agreed.\nMonday was quiet, said Biden.');

    expect([...terms].sort()).toEqual(['biden', 'geneva', 'lavrov', 'sergei']);
  });
});
