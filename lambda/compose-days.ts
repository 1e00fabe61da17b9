import type { ComposeSettings } from './core/day-inputs.ts';
import type { ComposedDay } from './core/publication.ts';
import type { Article, Briefing } from './core/types.ts';
import type { DayComposer, DayToCompose } from './ports/day-composer.ts';

/** A day to compose whose articles are read only when it is started (their bodies may not be in memory yet). */
export interface DayToLoad {
  readonly date: string;
  /** How many articles it has, to judge whether the time left covers it. */
  readonly size: number;
  load(): Promise<readonly Article[]>;
}

/** How long a run may go on starting new days: the Lambda's remaining time, less what publishing needs. */
export interface TimeBudget {
  /** Milliseconds left before the run is stopped (in Lambda, `context.getRemainingTimeInMillis()`). */
  remainingMs(): number;
  /**
   * Time kept for what follows composing: reloading, rendering, the feeds, the manifest and a retry of it.
   * @default 30_000
   */
  readonly reserveMs?: number;
  /**
   * Time allowed for writing each composed day's files (its data, its page, a neighbour's page).
   * @default 250
   */
  readonly publishMsPerDay?: number;
}

/** A day whose composition threw: it is reported, and its last published version stays. */
export interface DayFailure {
  readonly date: string;
  readonly error: unknown;
}

/** What {@link composeDays} did with each day. */
export interface ComposeOutcome {
  readonly briefings: ReadonlyMap<string, Briefing>;
  readonly failed: readonly DayFailure[];
  /** Days not started for lack of time, oldest last; the next run composes them. */
  readonly deferred: readonly string[];
}

/** Options of {@link composeDays}. */
export interface ComposeDaysOptions {
  readonly composer: DayComposer;
  readonly settings: ComposeSettings;
  /** @default no limit: every day is handed to the composer at once, so a parallel composer uses every thread */
  readonly budget?: TimeBudget;
}

/**
 * Composes days newest first, so the days readers see first are never the ones left out. One day that throws
 * never stops the others. With a time budget, days go to the composer one at a time and no day is started that
 * the time left cannot cover, judged by the slowest rate per article seen so far in this run (the newest day is
 * always started: a run that started nothing would never catch up).
 */
export async function composeDays(
  days: readonly (DayToLoad | DayToCompose)[],
  { composer, settings, budget }: ComposeDaysOptions,
): Promise<ComposeOutcome> {
  const newestFirst = days.map(toLoad).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const briefings = new Map<string, Briefing>();
  const failed: DayFailure[] = [];
  const collect = (outcome: Isolated) => {
    for (const briefing of outcome.briefings) briefings.set(briefing.date, briefing);
    failed.push(...outcome.failed);
  };
  if (!budget) {
    const loaded: DayToCompose[] = [];
    for (const day of newestFirst) loaded.push({ date: day.date, articles: await day.load() });
    collect(await composeIsolated(loaded, composer, settings));
    return { briefings, failed, deferred: [] };
  }
  const reserveMs = budget.reserveMs ?? 30_000;
  const publishMsPerDay = budget.publishMsPerDay ?? 250;
  let msPerArticle: number | undefined;
  for (const [i, day] of newestFirst.entries()) {
    const left = budget.remainingMs() - reserveMs - publishMsPerDay * (briefings.size + 1);
    const estimate = msPerArticle === undefined ? 0 : msPerArticle * day.size;
    if (left <= 0 || left < estimate) return { briefings, failed, deferred: newestFirst.slice(i).map((d) => d.date) };
    const before = budget.remainingMs();
    // Reading the day's articles counts in its cost: a day whose bodies are not in memory costs its GETs too.
    collect(await composeIsolated([{ date: day.date, articles: await day.load() }], composer, settings));
    const rate = (before - budget.remainingMs()) / Math.max(1, day.size);
    msPerArticle = Math.max(msPerArticle ?? 0, rate);
  }
  return { briefings, failed, deferred: [] };
}

interface Isolated {
  readonly briefings: readonly Briefing[];
  readonly failed: readonly DayFailure[];
}

/**
 * Hands the days to the composer together; if that throws, composes them one by one to find the days that throw.
 * The port answers for a whole batch, so a failure costs composing that batch once more, one day at a time.
 */
async function composeIsolated(days: readonly DayToCompose[], composer: DayComposer, settings: ComposeSettings): Promise<Isolated> {
  if (days.length === 0) return { briefings: [], failed: [] };
  try {
    return { briefings: await composer.composeDays(days, settings), failed: [] };
  } catch (error) {
    if (days.length === 1) return { briefings: [], failed: [{ date: days[0]!.date, error }] };
  }
  const briefings: Briefing[] = [];
  const failed: DayFailure[] = [];
  for (const day of days) {
    const one = await composeIsolated([day], composer, settings);
    briefings.push(...one.briefings);
    failed.push(...one.failed);
  }
  return { briefings, failed };
}

/** What composing some dates gave: briefings for some, and the dates that failed or were deferred. */
export interface ComposedDates {
  readonly composed: readonly ComposedDay[];
  readonly failed: readonly DayFailure[];
  readonly deferred: readonly string[];
}

/** Composes dates' briefings, each at most once per run however many attempts ask for it. */
export type RunComposer = (dates: readonly string[]) => Promise<ComposedDates>;

/** A {@link RunComposer} over a run's days (their articles read when composed) and their input fingerprints. */
export function createRunComposer(
  days: ReadonlyMap<string, DayToLoad>,
  inputHashes: ReadonlyMap<string, string>,
  options: ComposeDaysOptions,
): RunComposer {
  const done = new Map<string, ComposedDay>();
  const failed = new Map<string, DayFailure>();
  const deferred = new Set<string>();
  return async (dates) => {
    const missing = dates.filter((date) => !done.has(date) && !failed.has(date) && !deferred.has(date));
    const outcome = await composeDays(
      missing.map((date) => days.get(date)!),
      options,
    );
    for (const [date, briefing] of outcome.briefings) done.set(date, { briefing, inputHash: inputHashes.get(date)! });
    for (const failure of outcome.failed) failed.set(failure.date, failure);
    for (const date of outcome.deferred) deferred.add(date);
    return {
      composed: dates.flatMap((date) => done.get(date) ?? []),
      failed: dates.flatMap((date) => failed.get(date) ?? []),
      deferred: dates.filter((date) => deferred.has(date)),
    };
  };
}

function toLoad(day: DayToLoad | DayToCompose): DayToLoad {
  if ('load' in day) return day;
  const { date, articles } = day;
  return { date, size: articles.length, load: async () => articles };
}
