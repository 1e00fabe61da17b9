import { describe, expect, it } from 'vitest';
import { normaliseName, titledPeople } from '../../../lambda/core/stories/entities/entity-names.ts';
import { engine } from '../../helpers/story-engine.ts';

const { extractEntities } = engine;

const TEXT =
  'President Vladimir Putin met Ostian officials in Moscow on Monday. Putin said the talks went well. ' +
  'President Putin’s aides flew back to Moscow. Germany’s envoy, Karl Weber, joined the talks in Moscow.';

const names = (text: string, kind: string): string[] =>
  extractEntities(text)
    .filter((e) => e.kind === kind)
    .map((e) => e.name);

describe('Function: normaliseName', () => {
  it('drops possessives, trailing punctuation and titles', () => {
    expect(normaliseName('China’s', 'place')).toBe('China');
    expect(normaliseName('Russia.', 'place')).toBe('Russia');
    expect(normaliseName("President Putin's,", 'person')).toBe('Putin');
    expect(normaliseName('U.S.', 'place')).toBe('U.S.');
  });

  it('strips job titles and lower-case padding', () => {
    expect(normaliseName('Curator Li Wen', 'person')).toBe('Li Wen');
    expect(normaliseName('Chief executive Tom Hardy', 'person')).toBe('Tom Hardy');
    expect(normaliseName('Prime Minister Theresa May', 'person')).toBe('Theresa May');
    expect(normaliseName('Asia-Pacific region', 'place')).toBe('Asia-Pacific');
    expect(normaliseName('the Foreign Office', 'organization')).toBe('Foreign Office');
  });
});

describe('Function: titledPeople', () => {
  it('reads the name after a title, up to a possessive', () => {
    const spans = titledPeople('It followed President Xi Jinping’s state visit, Mayor Alice Brennan said.');

    expect(spans.map((s) => s.name)).toEqual(['Xi Jinping', 'Alice Brennan']);
  });
});

describe('Function: extractEntities', () => {
  it('merges "Putin", "Vladimir Putin" and "President Putin" into one person', () => {
    const people = names(TEXT, 'person');

    expect(people).toContain('Vladimir Putin');
    expect(people.filter((name) => name.includes('Putin'))).toEqual(['Vladimir Putin']);
  });

  it('ranks the most mentioned entities first, with clean names', () => {
    const entities = extractEntities(TEXT);

    // Three mentions each; Putin is named first.
    expect(entities.slice(0, 2).map((e) => e.name)).toEqual(['Vladimir Putin', 'Moscow']);
    expect(entities.map((e) => e.name)).toContain('Germany');
    for (const entity of entities) expect(entity.name).not.toMatch(/['’]s?$|[.,;:]$/u);
  });

  it('keeps a title-led name whole: "Curator Li Wen" is Li Wen, not Li', () => {
    const people = names(
      'The museum reopened on Friday. Curator Li Wen said the collection was safe. Li Wen thanked volunteers.',
      'person',
    );

    expect(people).toEqual(['Li Wen']);
  });

  it('does not take a named storm for a person', () => {
    const entities = extractEntities('Storm Petra flooded the basement of the museum in Galway. Petra brought 90 mph winds.');

    expect(entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('splits "Russia’s Foreign Ministry" into the place and drops the ownerless ministry', () => {
    const entities = extractEntities('Russia’s Foreign Ministry said the talks would continue. Officials met in Geneva.');

    expect(entities).toContainEqual(expect.objectContaining({ name: 'Russia', kind: 'place' }));
    expect(entities.map((e) => e.name)).not.toContain('Foreign Ministry');
    for (const entity of entities) expect(entity.name).not.toMatch(/['’]/u);
  });

  it('never takes an institution led by a title word for a person ("Foreign Ministry" is not Mr Ministry)', () => {
    const entities = extractEntities(
      'The Chinese Foreign Ministry has highlighted the trip. Meanwhile, Russia’s Foreign Ministry said little.',
    );

    expect(
      names('The Chinese Foreign Ministry has highlighted the trip. Meanwhile, Russia’s Foreign Ministry said little.', 'person'),
    ).toEqual([]);
    expect(entities.map((e) => e.name)).not.toContain('Ministry');
  });

  it('ranks an entity named early above one named as often but later', () => {
    const entities = extractEntities('Officials in Lyon signed the accord. Talks ran late. Officials later flew to Berlin.');

    expect(entities.map((e) => e.name).slice(0, 2)).toEqual(['Lyon', 'Berlin']);
  });

  it('does not list a company word as a person or a nationality as an organisation', () => {
    const entities = extractEntities('Fiat said its Italian plants would supply General Motors in Detroit.');

    expect(entities).toContainEqual(expect.objectContaining({ name: 'General Motors', kind: 'organization' }));
    expect(entities.map((e) => e.name)).not.toContain('Motors');
    expect(entities.map((e) => e.name)).not.toContain('Italian');
  });

  it('finds a titled person and counts names past the tagged opening of a long story', () => {
    // Prepare: filler pushes the last paragraph past the opening the tagger reads.
    const filler = 'The committee met again to review the figures and the schedule for the coming months. '.repeat(25);
    const text = `Officials in Berlin opened the review.\n\n${filler}\n\nCurator Li Wen said Berlin would host the show.`;

    // Act
    const entities = extractEntities(text);

    // Assess
    expect(entities).toContainEqual(expect.objectContaining({ name: 'Li Wen', kind: 'person' }));
    expect(entities.find((e) => e.name === 'Berlin')?.salience).toBeGreaterThanOrEqual(2);
  });
});

describe('Function: extractEntities (clean-up)', () => {
  const listed = (text: string): string[] => extractEntities(text).map((e) => `${e.name}/${e.kind}`);

  it('strips job words and sentence adverbs from names', () => {
    const text =
      'Sprinter Michelle Okoro lodged an appeal on Monday. Okoro denies the charge. ' +
      'Earlier Foreign Secretary Jack Strand met the envoy. Goalscorer Jimmy Floyd Hassel was injured.';

    const names = listed(text);

    expect(names).toContain('Michelle Okoro/person');
    expect(names).toContain('Jack Strand/person');
    expect(names).toContain('Jimmy Floyd Hassel/person');
    expect(names.join(' ')).not.toMatch(/Sprinter|Earlier|Goalscorer|Foreign Secretary/u);
  });

  it('merges a surname, a first name and an abbreviation into the full name', () => {
    const text =
      'Michael Howard attacked the plan. Howard said it would fail, and Michael later repeated it. ' +
      'General Motors and Fiat met in Turin. GM said talks went well. The European Union watched; the EU said nothing.';

    const names = extractEntities(text).map((e) => e.name);

    expect(names).toContain('Michael Howard');
    expect(names).toContain('General Motors');
    expect(names).toContain('European Union');
    for (const fragment of ['Howard', 'Michael', 'GM', 'EU']) expect(names).not.toContain(fragment);
  });

  it('finds companies from their context, hyphenated names included', () => {
    const text =
      'Shares in Halvorsen Brands rose 5% on Monday. T-Mobile said in a statement that it would cut prices. ' +
      'Analysts at Dunmore Hale said the deal was fair.';

    const names = listed(text);

    expect(names).toContain('Halvorsen Brands/organization');
    expect(names).toContain('T-Mobile/organization');
  });

  it('reads a name read two ways as most of its mentions read it', () => {
    // "from Quorix" reads as a place; "Quorix said in a statement" and "Shares in Quorix" as a company.
    const text =
      'Veltrova rejected a higher offer from Quorix on Monday. Quorix said in a statement that it would return ' +
      'with a new bid. Shares in Quorix rose 4%.';

    const names = listed(text);

    expect(names).toContain('Quorix/organization');
    expect(names).not.toContain('Quorix/place');
  });

  it('never lists a fragment of a longer name, nor a country as a person', () => {
    const text = 'Sales at Marks & Spencer fell. Marks & Spencer blamed the weather. The law covers England, Wales and Northern Ireland.';

    const names = listed(text);

    expect(names).not.toContain('Spencer/person');
    expect(names.filter((n) => n.startsWith('Spencer'))).toEqual([]);
    expect(names).not.toContain('Northern Ireland/person');
    expect(names).toContain('Northern Ireland/place');
  });
});
