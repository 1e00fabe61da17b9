import { describe, expect, it } from 'vitest';
import { composeDays, type TimeBudget } from '../../../lambda/compose-days.ts';
import type { Briefing } from '../../../lambda/core/types.ts';
import type { DayComposer, DayToCompose } from '../../../lambda/ports/day-composer.ts';

const SETTINGS = { title: 'Daily Briefing', maxStories: 20 };

function day(date: string, articles = 1): DayToCompose {
  return { date, articles: Array.from({ length: articles }, (_, i) => ({ id: `${date}-${i}.txt`, date, body: 'text' })) };
}

function briefingOf(date: string): Briefing {
  return { date, title: `Briefing ${date}`, overview: '', stories: [], moreStories: 0, articleCount: 1, topEntities: [] };
}

/** A composer that records each call's dates, throws for the dates given, and spends fake time per article. */
function fakeComposer({ throwsFor = [], clock }: { throwsFor?: readonly string[]; clock?: { now: number; msPerArticle: number } } = {}) {
  const calls: string[][] = [];
  const composer: DayComposer = {
    async composeDays(days) {
      calls.push(days.map((d) => d.date));
      const bad = days.find((d) => throwsFor.includes(d.date));
      if (bad) throw new Error(`cannot compose ${bad.date}`);
      if (clock) clock.now += clock.msPerArticle * days.reduce((n, d) => n + d.articles.length, 0);
      return days.map((d) => briefingOf(d.date));
    },
  };
  return { composer, calls };
}

describe('Function: composeDays', () => {
  describe('without a time budget', () => {
    it('hands every day to the composer in one call, newest first', async () => {
      const { composer, calls } = fakeComposer();
      const outcome = await composeDays([day('2023-11-06'), day('2023-11-08'), day('2023-11-07')], { composer, settings: SETTINGS });
      expect(calls).toEqual([['2023-11-08', '2023-11-07', '2023-11-06']]);
      expect([...outcome.briefings.keys()].sort()).toEqual(['2023-11-06', '2023-11-07', '2023-11-08']);
      expect(outcome).toMatchObject({ failed: [], deferred: [] });
    });

    it('keeps composing the other days when one throws, and names the day and its error', async () => {
      const { composer, calls } = fakeComposer({ throwsFor: ['2023-11-07'] });
      const outcome = await composeDays([day('2023-11-06'), day('2023-11-07'), day('2023-11-08')], { composer, settings: SETTINGS });
      expect([...outcome.briefings.keys()].sort()).toEqual(['2023-11-06', '2023-11-08']);
      expect(outcome.failed).toEqual([{ date: '2023-11-07', error: new Error('cannot compose 2023-11-07') }]);
      // The batch failed as a whole, so each day was composed alone to find the one that throws.
      expect(calls).toEqual([['2023-11-08', '2023-11-07', '2023-11-06'], ['2023-11-08'], ['2023-11-07'], ['2023-11-06']]);
    });
  });

  describe('with a time budget', () => {
    it('composes the newest days first, one a call, and defers the days the time left cannot cover', async () => {
      // Prepare: 100 s left, 30 s kept for publishing, each day of 2 articles takes 10 s of fake time.
      const clock = { now: 0, msPerArticle: 5_000 };
      const budget: TimeBudget = { remainingMs: () => 100_000 - clock.now, reserveMs: 30_000, publishMsPerDay: 0 };
      const { composer, calls } = fakeComposer({ clock });
      const days = Array.from({ length: 10 }, (_, i) => day(`2023-11-${String(i + 1).padStart(2, '0')}`, 2));

      // Act
      const outcome = await composeDays(days, { composer, settings: SETTINGS, budget });

      // Assess: 70 s to spend at 10 s a day: seven days, newest first; the three oldest wait
      expect(calls).toEqual(
        ['2023-11-10', '2023-11-09', '2023-11-08', '2023-11-07', '2023-11-06', '2023-11-05', '2023-11-04'].map((d) => [d]),
      );
      expect(outcome.deferred).toEqual(['2023-11-03', '2023-11-02', '2023-11-01']);
      expect(outcome.briefings.size).toBe(7);
    });

    it('sets time aside for publishing each composed day', async () => {
      const clock = { now: 0, msPerArticle: 5_000 };
      const budget: TimeBudget = { remainingMs: () => 100_000 - clock.now, reserveMs: 30_000, publishMsPerDay: 5_000 };
      const { composer } = fakeComposer({ clock });
      const days = Array.from({ length: 10 }, (_, i) => day(`2023-11-${String(i + 1).padStart(2, '0')}`, 2));
      const outcome = await composeDays(days, { composer, settings: SETTINGS, budget });
      // Day k (from 1) needs 70 s - 10 s (k-1) - 5 s k >= 10 s once a rate is known: k <= 4.
      expect(outcome.briefings.size).toBe(4);
      expect(outcome.deferred).toHaveLength(6);
    });

    it('judges a day by its articles at the slowest rate seen, so a big old day waits', async () => {
      const clock = { now: 0, msPerArticle: 1_000 };
      const budget: TimeBudget = { remainingMs: () => 60_000 - clock.now, reserveMs: 30_000, publishMsPerDay: 0 };
      const { composer } = fakeComposer({ clock });
      const outcome = await composeDays([day('2023-11-01', 40), day('2023-11-02', 2)], { composer, settings: SETTINGS, budget });
      expect([...outcome.briefings.keys()]).toEqual(['2023-11-02']);
      expect(outcome.deferred).toEqual(['2023-11-01']);
    });

    it('starts the newest day even when its cost is unknown, and nothing when no time is left beyond the reserve', async () => {
      const { composer } = fakeComposer();
      const some = await composeDays([day('2023-11-01', 500)], {
        composer,
        settings: SETTINGS,
        budget: { remainingMs: () => 31_000, reserveMs: 30_000 },
      });
      expect(some.briefings.size).toBe(1);
      const none = await composeDays([day('2023-11-01'), day('2023-11-02')], {
        composer,
        settings: SETTINGS,
        budget: { remainingMs: () => 29_000 },
      });
      expect(none).toMatchObject({ deferred: ['2023-11-02', '2023-11-01'], failed: [] });
      expect(none.briefings.size).toBe(0);
    });

    it('reports a day that throws and goes on with the older days', async () => {
      const { composer } = fakeComposer({ throwsFor: ['2023-11-02'] });
      const outcome = await composeDays([day('2023-11-01'), day('2023-11-02'), day('2023-11-03')], {
        composer,
        settings: SETTINGS,
        budget: { remainingMs: () => 120_000 },
      });
      expect([...outcome.briefings.keys()]).toEqual(['2023-11-03', '2023-11-01']);
      expect(outcome.failed.map((f) => f.date)).toEqual(['2023-11-02']);
    });
  });
});
