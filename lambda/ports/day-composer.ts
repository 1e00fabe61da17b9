import type { ComposeSettings } from '../core/day-inputs.ts';
import type { Article, Briefing } from '../core/types.ts';

/** One day to compose: its date and its articles. */
export interface DayToCompose {
  readonly date: string;
  readonly articles: readonly Article[];
}

/**
 * Composes days' briefings: in this thread, or spread over worker threads. Days are independent and
 * `composeBriefing` is pure, so every implementation returns the same briefings, in the order given.
 */
export interface DayComposer {
  composeDays(days: readonly DayToCompose[], settings: ComposeSettings): Promise<Briefing[]>;
}
