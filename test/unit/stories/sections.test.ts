import { describe, expect, it } from 'vitest';
import { createSectionClassifier, MAX_SECTION_BODIES } from '../../../lambda/core/stories/sections/sections.ts';

const fileSection = createSectionClassifier();
const file = (lead: string, body = lead): string => fileSection({ lead, bodies: [body] });

describe('Function: createSectionClassifier', () => {
  it('files stories the tests wrote under the section a reader expects', () => {
    expect(file('Halden Foods shares fell after the company cut its profit forecast and warned investors of weak sales.')).toBe('Business');
    expect(file('Marlow striker Tom Reyes scored twice as his club beat Easton 3-1 to reach the cup final.')).toBe('Sport');
    expect(file('The opposition leader told MPs the government’s bill would raise taxes before the election.')).toBe('Politics');
    expect(file('A new smartphone app lets users stream games online from their computer over broadband.')).toBe('Technology');
    expect(file('Researchers found the vaccine cut infections in patients, in a study of the disease in hospitals.')).toBe(
      'Science & Health',
    );
    expect(file('The actress won an award for the film, and the band’s new album tops the music chart.')).toBe('Culture');
    expect(file('Rebel troops attacked the border town as refugees fled and the ceasefire collapsed.')).toBe('World');
  });

  it('lets the lead outweigh a body that wanders', () => {
    const body = 'The club said ticket sales and profits rose. The match was sold out. Shares in the club rose.';

    expect(file('Striker scores hat-trick as Marlow win the league', body)).toBe('Sport');
  });

  it('files a story with no section word under World', () => {
    expect(file('Zzyx qorp vlent.')).toBe('World');
  });

  it('reads at most its bound of bodies, spread evenly over a large story', () => {
    // Prepare: 1,000 bodies; the ten an even spread reads are about sport, the others about business.
    const sport = 'The striker scored twice as the club won the cup final.';
    const business = 'Shares fell after the company cut its profit forecast.';
    const bodies = Array.from({ length: 1000 }, (_, i) => (i % (1000 / MAX_SECTION_BODIES) === 0 ? sport : business));

    // Act and assess
    expect(fileSection({ lead: 'Zzyx qorp vlent.', bodies })).toBe('Sport');
  });

  it("reads only a body's opening", () => {
    expect(file('Zzyx qorp vlent.', `${'x'.repeat(30_000)} The striker scored twice as the club won the cup final.`)).toBe('World');
  });
});
