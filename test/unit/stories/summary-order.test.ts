import { describe, expect, it } from 'vitest';
import { dependsOnPrevious, guardCoherence } from '../../../lambda/core/stories/summary/summary-order.ts';

const at = (position: number, text: string) => ({ doc: 0, position, text });

describe('Function: dependsOnPrevious', () => {
  it('flags sentences opening with a pronoun or connective', () => {
    expect(dependsOnPrevious('He said the plan would work.')).toBe(true);
    expect(dependsOnPrevious('“However, the talks stalled.')).toBe(true);
    expect(dependsOnPrevious('Hearings begin on Monday.')).toBe(false);
  });
});

describe('Function: guardCoherence', () => {
  it('keeps salience order for sentences that stand alone', () => {
    const chosen = [at(4, 'Shares fell 5%.'), at(0, 'The firm reported a loss.')];

    expect(guardCoherence(chosen)).toEqual(chosen);
  });

  it('puts a dependent sentence right after the chosen sentence before it in the article', () => {
    const chosen = [at(5, 'They rose 3% in March.'), at(0, 'The firm reported a loss.'), at(3, 'Sales fell in Asia.')];

    expect(guardCoherence(chosen).map((s) => s.position)).toEqual([0, 3, 5]);
  });

  it('never opens with a dependent sentence that has no chosen antecedent', () => {
    const chosen = [at(1, 'But profits rose.'), at(6, 'Analysts expect more cuts.'), at(2, 'Hiring will slow.')];

    expect(guardCoherence(chosen).map((s) => s.position)).toEqual([6, 1, 2]);
  });
});
