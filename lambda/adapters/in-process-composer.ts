import { composeBriefing } from '../core/compose-briefing.ts';
import { loadLanguageModels } from '../core/stories/text/language-models.ts';
import type { DayComposer } from '../ports/day-composer.ts';

/** A {@link DayComposer} that composes in the calling thread: the Lambda's (it has one vCPU) and the default. */
export function createInProcessComposer(): DayComposer {
  return {
    async composeDays(days, settings) {
      if (days.length > 0) await loadLanguageModels();
      return days.map(({ date, articles }) => composeBriefing(date, articles, settings));
    },
  };
}
