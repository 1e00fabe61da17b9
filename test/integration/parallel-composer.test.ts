import { describe, expect, it } from 'vitest';
import { createInProcessComposer } from '../../lambda/adapters/in-process-composer.ts';
import { createParallelComposer } from '../../lambda/adapters/parallel-composer.ts';
import type { DayToCompose } from '../../lambda/ports/day-composer.ts';
import { STORY_TEXT } from '../helpers/articles.ts';

const SETTINGS = { title: 'Daily Briefing', maxStories: 20 };
const texts = Object.values(STORY_TEXT);
const DAYS: DayToCompose[] = Array.from({ length: 12 }, (_, d) => {
  const date = `2023-11-${String(d + 1).padStart(2, '0')}`;
  return { date, articles: texts.slice(0, 1 + (d % texts.length)).map((body, i) => ({ id: `${date}-${i}.txt`, date, body })) };
});

describe('Adapter: createParallelComposer', () => {
  it('composes every day on worker threads exactly as the calling thread would, in the order given', async () => {
    const expected = await createInProcessComposer().composeDays(DAYS, SETTINGS);
    // The calling thread stands aside, so every day goes through a worker.
    const composer = createParallelComposer({ workers: 2, minDays: 1, callerComposes: false });
    const briefings = await composer.composeDays(DAYS, SETTINGS);
    expect(JSON.stringify(briefings)).toBe(JSON.stringify(expected));
    expect(briefings.map((b) => b.date)).toEqual(DAYS.map((d) => d.date));
  });

  it('composes fewer days than minDays, in the calling thread, to the same briefings', async () => {
    const few = DAYS.slice(0, 2);
    const briefings = await createParallelComposer({ workers: 2 }).composeDays(few, SETTINGS);
    expect(JSON.stringify(briefings)).toBe(JSON.stringify(await createInProcessComposer().composeDays(few, SETTINGS)));
  });
});
