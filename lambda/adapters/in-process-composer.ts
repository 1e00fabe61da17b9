import { composeBriefing } from '../core/compose-briefing.ts';
import type { DayComposer } from '../ports/day-composer.ts';
import { threadStoryEngine } from './thread-story-engine.ts';

/**
 * A {@link DayComposer} that composes in the calling thread: the Lambda's (it has one vCPU) and the default.
 * It uses the thread's story engine, built on the first day to compose: a run with nothing new never loads
 * the models.
 */
export function createInProcessComposer(): DayComposer {
  return {
    async composeDays(days, settings) {
      if (days.length === 0) return [];
      const engine = await threadStoryEngine();
      return days.map(({ date, articles }) => composeBriefing(engine, date, articles, settings));
    },
  };
}
