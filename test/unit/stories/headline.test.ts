import { describe, expect, it } from 'vitest';
import { MAX_HEADLINE_WORDS } from '../../../lambda/core/stories/headline/headline.ts';
import { pickLead, pickStoryLead } from '../../../lambda/core/stories/headline/lead.ts';
import { endsOpen } from '../../../lambda/core/stories/headline/open-words.ts';
import { engine } from '../../helpers/story-engine.ts';

const { makeHeadline } = engine;

const words = (text: string): string[] => text.split(/\s+/);

describe('Function: makeHeadline', () => {
  it('uses a short sentence whole in headline style: no full stop, no articles, no weekday', () => {
    expect(makeHeadline('The harbour bridge reopened on Tuesday.')).toBe('Harbour bridge reopened');
  });

  it('trims a long sentence to at most 12 whole words of its own text', () => {
    // Prepare
    const sentence =
      'Norland’s chief negotiator, Anna Berg, is set to begin a three-day visit to Ostia for fishing talks, ' +
      'stressing the close ties between the two coastal states.';

    // Act
    const headline = makeHeadline(sentence);

    // Assess
    expect(words(headline).length).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
    expect(headline).toMatch(/^Norland’s chief negotiator/);
    for (const word of words(headline)) expect(sentence).toContain(word);
    expect(headline).toContain('three-day');
  });

  it('never ends on a preposition, article or conjunction', () => {
    const headline = makeHeadline(
      'The city council of Marlow voted late on Monday to close the old library on the river for repairs and a new roof.',
    );

    expect(words(headline).length).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
    expect(headline).not.toMatch(/\b(the|a|an|of|on|to|for|and|or)$/i);
  });

  it('drops a hedging auxiliary to keep the destination of the trip', () => {
    const headline = makeHeadline(
      'Norland’s top diplomat, Anna Berg, is set to embark on a four-day trip to Ostia for fishing talks, stressing close ties.',
    );

    expect(headline).toBe('Norland’s top diplomat to embark on four-day trip to Ostia');
  });

  it('keeps the object of the news by dropping articles rather than cutting it off', () => {
    const headline = makeHeadline(
      'The city council of Port Elham approved a plan on Monday to rebuild the old harbour wall, which storms damaged last winter.',
    );

    expect(words(headline).length).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
    expect(headline).toContain('old harbour wall');
    expect(headline).toMatch(/Port Elham approved/);
  });

  it('never ends inside a quotation', () => {
    const sentences = [
      'The researchers said a <script> tag in a comment was "trivial to exploit" and that patches were released on Tuesday for all users.',
      'The researchers said that a script tag hidden in a comment was “trivial to exploit by anyone with a browser and some patience”.',
    ];

    for (const sentence of sentences) {
      const headline = makeHeadline(sentence);
      expect(words(headline).length).toBeLessThanOrEqual(MAX_HEADLINE_WORDS);
      expect((headline.match(/"/g) ?? []).length % 2).toBe(0);
      expect((headline.match(/“/g) ?? []).length).toBe((headline.match(/”/g) ?? []).length);
    }
  });

  it('keeps a capitalised "The" that belongs to a name', () => {
    const headline = makeHeadline(
      'We Are The World, the American charity anthem inspired by the success of Band Aid, is to be re-recorded for a new generation of listeners.',
    );

    expect(headline).toMatch(/^We Are The World/);
  });

  it('never ends between "between X" and its "and Y"', () => {
    const headline = makeHeadline(
      'Westline said "the night train is back" on Friday, restoring the service between Port Elwyn and Calder from May.',
    );

    expect(headline).not.toMatch(/between Port Elwyn$/);
    expect(headline.startsWith('Westline said "the night train is back"')).toBe(true);
  });

  it('counts only words holding a letter or digit: dashes do not count, accented words do', () => {
    // Twelve words and two dashes: whole, since a dash is no word (quoted, so the attribution stays).
    const sentence = 'Łódź — the city’s mayor — said "Éowyn Ñúñez will open two new bridges".';

    expect(makeHeadline(sentence)).toBe('Łódź — city’s mayor — said "Éowyn Ñúñez will open two new bridges"');
  });
});

describe('Function: pickLead', () => {
  it('takes the first sentence when it carries the news', () => {
    expect(pickLead(['Port Elham council approved a new harbour wall.', 'Work starts in May.'])).toBe(
      'Port Elham council approved a new harbour wall.',
    );
  });

  it('skips a quote-led opening for the sentence that reports it', () => {
    const lead = pickLead([
      '"We have waited forty years for this wall," said one fisherman.',
      'Port Elham council approved a new harbour wall on Monday.',
    ]);

    expect(lead).toBe('Port Elham council approved a new harbour wall on Monday.');
  });

  it('skips a dateline and a list of names', () => {
    expect(pickLead(['PORT ELHAM (Gazette) -', 'The council approved a new harbour wall.'])).toBe(
      'The council approved a new harbour wall.',
    );
    expect(pickLead(['Anna Berg, Tomas Lind, Mia Holt and Ivo Sarn.', 'Four rowers set a record crossing of the bay.'])).toBe(
      'Four rowers set a record crossing of the bay.',
    );
  });
});

describe('Function: makeHeadline (compression)', () => {
  it('drops a long subordinate opening and keeps subject, verb and object', () => {
    const headline = makeHeadline(
      'After months of wrangling over the cost of materials and the timetable for the work, Port Elham council approved a new harbour wall.',
    );

    expect(headline).toBe('Port Elham council approved new harbour wall');
  });

  it('drops an attribution, giving a pronoun subject the speaker', () => {
    expect(makeHeadline('Marlow officials said on Tuesday that they will close the old library for repairs.')).toBe(
      'Marlow officials to close old library for repairs',
    );
    expect(makeHeadline('The old library in Marlow will close for two years of repairs, the council said.')).toBe(
      'Old library in Marlow to close for two years of repairs',
    );
  });

  it('drops an attribution, giving a possessive pronoun the speaker as owner', () => {
    expect(makeHeadline('Harbourline has said its annual profit will be £5m lower than it expected.')).toBe(
      "Harbourline's annual profit will be £5m lower than it expected",
    );
    expect(makeHeadline('The Marlow rowing clubs said their boathouse will reopen with a new slipway.')).toBe(
      "Marlow rowing clubs' boathouse to reopen",
    );
  });

  it('strips a dateline from the lead', () => {
    expect(makeHeadline('PORT ELHAM (Gazette) - The council approved a new harbour wall.')).toBe('Council approved new harbour wall');
    expect(makeHeadline('PORT ELHAM, Ost. - The council approved a new harbour wall.')).toBe('Council approved new harbour wall');
  });

  it('drops a long appositive to reach the verb', () => {
    expect(
      makeHeadline(
        'Mira Castell, a senior adviser to the governor of Ostia and the governor’s sister-in-law, is under investigation by the audit office over a harbour contract.',
      ),
    ).toBe('Mira Castell is under investigation by audit office over harbour contract');
  });

  it('drops a month named from today ("next March") but keeps the month a figure covers ("in March")', () => {
    expect(
      makeHeadline('The governor of Ostia has promised to present a "lean" spending plan next March in an effort to cut the debt by half.'),
    ).toBe('Governor of Ostia promised to present a "lean" spending plan');
    expect(makeHeadline('Unemployment in Ostia rose to a record in March.')).toBe('Unemployment in Ostia rose to record in March');
  });

  it('ends the main clause where a subordinate clause begins', () => {
    const headline = makeHeadline('The Ostian crown hit a five-year high against the euro after the central bank raised its rates again.');

    expect(headline).toBe('Ostian crown hit five-year high against euro');
  });

  it('is never empty, even for a long quotation', () => {
    const sentence = '"We will not rest until every family on this coast has a safe harbour and a fair price for its catch," she said.';

    const headline = makeHeadline(sentence);

    expect(headline.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length).toBeGreaterThanOrEqual(3);
    expect(endsOpen(headline)).toBe(false);
  });
});

describe('Function: endsOpen', () => {
  it('flags a headline ending on an auxiliary, a preposition, an article, "said" or a transitive verb', () => {
    for (const text of [
      'Oscar hopefuls Leigh and Staunton were',
      'Harbour wall to be rebuilt by',
      'Council approved the',
      'Mayor Brennan said',
      'A knee injury has forced',
    ]) {
      expect(endsOpen(text)).toBe(true);
    }
  });

  it('passes a headline that closes its clause', () => {
    for (const text of [
      'A knee injury has forced Parmar out',
      'Harbour wall to be rebuilt',
      'Crown hits five-year high',
      'Ostia wins 2-1',
    ]) {
      expect(endsOpen(text)).toBe(false);
    }
  });

  it('never lets makeHeadline end on an open word', () => {
    const sentences = [
      'Oscar hopefuls Mike Leigh and Imelda Staunton were among the guests at a London party for the British film industry on Sunday night.',
      'A knee injury has forced the British number three Arvind Parmar to pull out of the tournament in Qatar this week.',
      'The latest scandal at the Bank of Ostia will do nothing to help its plans to list shares in Hong Kong next year.',
    ];

    for (const sentence of sentences) expect(endsOpen(makeHeadline(sentence)), makeHeadline(sentence)).toBe(false);
  });
});

describe('Function: pickLead (pronouns)', () => {
  it('passes over a sentence that opens with a pronoun for one that names its subject', () => {
    expect(
      pickLead(['"A tough Christmas," the chairman said.', 'Its annual profit will be lower.', 'Halden Foods cut its profit forecast.']),
    ).toBe('Halden Foods cut its profit forecast.');
  });
});

describe('Function: pickLead (captions)', () => {
  it('passes over a wire photo caption scraped with the story', () => {
    expect(
      pickLead([
        'FILE - In this June 3, 2016, file photo, the Ostian crown is shown at a currency exchange in Port Elham.',
        'The Ostian central bank raised its main interest rate to 4%.',
      ]),
    ).toBe('The Ostian central bank raised its main interest rate to 4%.');
  });
});

describe('Function: pickStoryLead', () => {
  const COLUMN = ['Are we really going to let the harbour wall crumble?', 'I have lived in Port Elham all my life.'];
  const REPORT = ['Port Elham council approved a new harbour wall on Monday.', 'Work starts in May.'];
  const CHATTY = ['Okay, so it is not exactly the moon landing, but the harbour wall is finally happening.'];

  it("takes the central article's lead when it reads as a report", () => {
    expect(pickStoryLead([COLUMN, REPORT], 1)).toBe(REPORT[0]);
  });

  it("takes another article's report lead over a central column's question, chat or first person", () => {
    expect(pickStoryLead([COLUMN, REPORT], 0)).toBe(REPORT[0]);
    expect(pickStoryLead([CHATTY, REPORT], 0)).toBe(REPORT[0]);
  });

  it("keeps the central article's own lead when no article reads as a report, or the story has one article", () => {
    expect(pickStoryLead([COLUMN, CHATTY], 0)).toBe(COLUMN[0]);
    expect(pickStoryLead([COLUMN], 0)).toBe(COLUMN[0]);
  });

  it('does not count quoted words, or the country "US", as the writer speaking', () => {
    const quoted = ['The mayor of Port Elham said "we will rebuild it" as the council approved the harbour wall.'];
    const us = ['US regulators fined the Ostian carrier for late flights.'];

    expect(pickStoryLead([quoted, REPORT], 0)).toBe(quoted[0]);
    expect(pickStoryLead([us, REPORT], 0)).toBe(us[0]);
  });
});
