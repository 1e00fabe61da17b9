import type { Briefing } from './core/types.ts';
import type { FeedStore } from './ports/feed-store.ts';
import type { RunLogger } from './run-briefing.ts';

/**
 * Loads the stored data of the feed's dates that have no articles this run (their articles were removed),
 * so the feed keeps their items. A missing or unreadable file is logged and its item left out.
 */
export async function loadStoredBriefings(
  store: FeedStore,
  windowDates: readonly string[],
  composedDates: readonly string[],
  logger: RunLogger | undefined,
): Promise<Map<string, Briefing>> {
  const stored = new Map<string, Briefing>();
  for (const date of windowDates.filter((d) => !composedDates.includes(d))) {
    const key = `briefings/${date}.json`;
    const object = await store.get(key);
    try {
      if (!object) throw new Error('missing');
      const briefing = JSON.parse(new TextDecoder().decode(object.body)) as Briefing;
      if (briefing.date !== date || !Array.isArray(briefing.stories)) throw new Error('not a briefing of that date');
      stored.set(date, briefing);
    } catch (error) {
      logger?.warn(`${key}: cannot reload a published briefing whose articles are gone; its feed item is left out`, {
        reason: (error as Error).message,
      });
    }
  }
  return stored;
}
