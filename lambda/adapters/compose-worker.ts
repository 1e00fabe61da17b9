import { parentPort } from 'node:worker_threads';
import { composeBriefing } from '../core/compose-briefing.ts';
import { threadStoryEngine } from './thread-story-engine.ts';
import type { ComposeSettings } from '../core/day-inputs.ts';
import type { DayToCompose } from '../ports/day-composer.ts';

const engine = await threadStoryEngine();
// A batch of days per message, answered with their briefings in the same order.
parentPort!.on('message', ({ days, settings }: { days: readonly DayToCompose[]; settings: ComposeSettings }) => {
  parentPort!.postMessage(days.map(({ date, articles }) => composeBriefing(engine, date, articles, settings)));
});
