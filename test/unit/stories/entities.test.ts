import { describe, expect, it } from 'vitest';
import { extractEntities, normaliseName } from '../../../lambda/core/stories/entities.ts';

const TEXT =
  'President Vladimir Putin met Ostian officials in Moscow on Monday. Putin said the talks went well. ' +
  'President Putin’s aides flew back to Moscow. Germany’s envoy, Karl Weber, joined the talks in Moscow.';

describe('Function: normaliseName', () => {
  it('drops possessives, trailing punctuation and titles', () => {
    expect(normaliseName('China’s', 'place')).toBe('China');
    expect(normaliseName('Russia.', 'place')).toBe('Russia');
    expect(normaliseName("President Putin's,", 'person')).toBe('Putin');
    expect(normaliseName('U.S.', 'place')).toBe('U.S.');
  });
});

describe('Function: extractEntities', () => {
  it('merges "Putin", "Vladimir Putin" and "President Putin" into one person', () => {
    const entities = extractEntities(TEXT, TEXT);

    const people = entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toContain('Vladimir Putin');
    expect(people.filter((name) => name.includes('Putin'))).toEqual(['Vladimir Putin']);
  });

  it('ranks the most mentioned entities first, with clean names', () => {
    const entities = extractEntities(TEXT, TEXT);

    expect(entities[0]?.name).toBe('Moscow');
    expect(entities.map((e) => e.name)).toContain('Germany');
    for (const entity of entities) expect(entity.name).not.toMatch(/['’]s?$|[.,;:]$/u);
  });
});
