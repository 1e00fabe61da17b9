import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { composeBriefing } from '../core/compose-briefing.ts';
import type { ComposeSettings } from '../core/day-inputs.ts';
import type { StoryEngine } from '../core/stories/story-engine.ts';
import type { Briefing } from '../core/types.ts';
import type { DayComposer, DayToCompose } from '../ports/day-composer.ts';
import { threadStoryEngine } from './thread-story-engine.ts';

/** Options for {@link createParallelComposer}. */
export interface ParallelComposerOptions {
  /** Worker threads besides the calling thread, which composes too. */
  readonly workers: number;
  /**
   * Fewer days than this are composed in the calling thread: starting a worker costs about a second.
   * @default 8
   */
  readonly minDays?: number;
  /**
   * Whether the calling thread composes too (it is otherwise idle, waiting for the workers).
   * @default true
   */
  readonly callerComposes?: boolean;
}

// The worker runs TypeScript through tsx, as the CLI does; the bundled Lambda never starts workers.
const WORKER_ENTRY = new URL('./compose-worker.mjs', import.meta.url);

/**
 * A {@link DayComposer} that spreads days over the calling thread and `workers` worker threads, each taking
 * the next days from one queue; the workers live for one `composeDays` call. Results are put back in the order given, so the output is byte-identical to
 * composing in one thread.
 */
export function createParallelComposer({ workers, minDays = 8, callerComposes = true }: ParallelComposerOptions): DayComposer {
  return {
    async composeDays(days, settings) {
      const results = new Array<Briefing>(days.length);
      if (days.length === 0) return results;
      let next = 0;
      const take = (count: number): number[] => {
        const taken: number[] = [];
        while (taken.length < count && next < days.length) taken.push(next++);
        return taken;
      };
      const parallel = days.length >= minDays && workers > 0;
      // Workers start first: each takes about a second to boot, which the calling thread spends composing.
      const threads = parallel ? Array.from({ length: workers }, () => composeInWorker(days, settings, take, results)) : [];
      const here = callerComposes || !parallel ? [composeHere(threadStoryEngine(), days, settings, take, results)] : [];
      await Promise.all([...here, ...threads]);
      return results;
    },
  };
}

type Take = (count: number) => number[];

// A worker takes days in batches, so it never waits for the calling thread (busy composing) to hand it the next.
const WORKER_BATCH = 8;

async function composeHere(
  engine: Promise<StoryEngine>,
  days: readonly DayToCompose[],
  settings: ComposeSettings,
  take: Take,
  results: Briefing[],
): Promise<void> {
  const stories = await engine;
  for (let [i] = take(1); i !== undefined; [i] = take(1)) {
    const { date, articles } = days[i]!;
    results[i] = composeBriefing(stories, date, articles, settings);
    await nextTurn(); // let the workers' replies in between days
  }
}

async function composeInWorker(days: readonly DayToCompose[], settings: ComposeSettings, take: Take, results: Briefing[]): Promise<void> {
  const worker = new Worker(WORKER_ENTRY);
  try {
    for (let batch = take(WORKER_BATCH); batch.length > 0; batch = take(WORKER_BATCH)) {
      const briefings = await request(worker, { days: batch.map((i) => days[i]!), settings });
      for (const [k, i] of batch.entries()) results[i] = briefings[k]!;
    }
  } finally {
    await worker.terminate();
  }
}

function request(worker: Worker, message: { days: readonly DayToCompose[]; settings: ComposeSettings }): Promise<Briefing[]> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => worker.off('message', onMessage).off('error', onError);
    const onMessage = (briefings: Briefing[]) => {
      cleanUp();
      resolve(briefings);
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    worker.on('message', onMessage).on('error', onError);
    worker.postMessage(message);
  });
}
