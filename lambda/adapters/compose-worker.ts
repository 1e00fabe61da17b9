import { parentPort } from 'node:worker_threads';
import { composeBriefing } from '../core/compose-briefing.ts';
import { loadLanguageModels } from '../core/stories/text/language-models.ts';
import type { ComposeSettings } from '../core/day-inputs.ts';
import type { DayToCompose } from '../ports/day-composer.ts';

// A batch of days per message, answered with their briefings in the same order.
await loadLanguageModels();
parentPort!.on('message', ({ days, settings }: { days: readonly DayToCompose[]; settings: ComposeSettings }) => {
  parentPort!.postMessage(days.map(({ date, articles }) => composeBriefing(date, articles, settings)));
});
