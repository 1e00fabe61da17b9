import { mapConcurrently } from './map-concurrently.ts';
import { briefingDataKey } from './core/site-keys.ts';
import type { Briefing } from './core/types.ts';
import type { FeedStore } from './ports/feed-store.ts';
import type { RunLogger } from './ports/run-logger.ts';

const LOAD_CONCURRENCY = 16;

/**
 * Loads the published data (`briefings/DATE.json`) of dates that are rendered but not composed this run.
 * Returns the briefings it could read; a missing or unreadable one is logged and left out of the map.
 */
export async function loadStoredBriefings(
  store: FeedStore,
  dates: readonly string[],
  logger: RunLogger | undefined,
): Promise<Map<string, Briefing>> {
  // S3 answers each GET in tens of milliseconds: a few in flight keep a year of history quick to reload.
  const loaded = await mapConcurrently(dates, LOAD_CONCURRENCY, (date) => loadOne(store, date, logger));
  return new Map(loaded.flatMap((briefing) => (briefing ? [[briefing.date, briefing] as const] : [])));
}

async function loadOne(store: FeedStore, date: string, logger: RunLogger | undefined): Promise<Briefing | undefined> {
  const key = briefingDataKey(date);
  const object = await store.get(key);
  try {
    if (!object) throw new Error('missing');
    const briefing = JSON.parse(new TextDecoder().decode(object.body)) as Briefing;
    if (briefing.date !== date || !Array.isArray(briefing.stories)) throw new Error('not a briefing of that date');
    return briefing;
  } catch (error) {
    logger?.warn(`${key}: cannot reload a published briefing`, { reason: (error as Error).message });
    return undefined;
  }
}
