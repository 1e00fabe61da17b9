import { availableParallelism } from 'node:os';
import { createFolderSource } from '../../../lambda/adapters/folder-source.ts';
import { createFsStore } from '../../../lambda/adapters/fs-store.ts';
import { createInProcessComposer } from '../../../lambda/adapters/in-process-composer.ts';
import { createParallelComposer } from '../../../lambda/adapters/parallel-composer.ts';
import { composeBriefing } from '../../../lambda/core/compose-briefing.ts';
import type { BriefingConfig } from '../../../lambda/core/config.ts';
import { publishInstant } from '../../../lambda/core/dates.ts';
import { InvalidArticleError } from '../../../lambda/core/errors.ts';
import { EMPTY_MANIFEST, MANIFEST_KEY, serializeManifest } from '../../../lambda/core/manifest.ts';
import { parseArticle } from '../../../lambda/core/parse-article.ts';
import { inputHashOf } from '../../../lambda/core/day-inputs.ts';
import { planPublication } from '../../../lambda/core/publication.ts';
import { threadStoryEngine } from '../../../lambda/adapters/thread-story-engine.ts';
import type { Article } from '../../../lambda/core/types.ts';
import { runBriefing } from '../../../lambda/run-briefing.ts';
import { readAndTokenise } from './floor.ts';
import { measureStage, type StageStat } from './memory.ts';

/** The stages of one run, measured one after the other in one process. */
export interface StagesResult {
  readonly floor: StageStat;
  readonly read: StageStat;
  readonly compose: StageStat;
  readonly plan: StageStat;
  readonly store: StageStat;
  readonly articles: number;
  readonly rejected: number;
  readonly dates: number;
  readonly stories: number;
  readonly outputs: number;
  readonly bytes: number;
}

/** What a run needs besides the corpus. */
export interface StageRunInput {
  readonly corpus: string;
  /** An empty folder to publish into. */
  readonly out: string;
  readonly config: BriefingConfig;
  readonly now: Date;
}

/**
 * Runs the use case's steps as `runBriefing` does (lambda/run-briefing.ts), timing each: read and parse, compose,
 * render and plan, store. The floor (read and tokenise only) runs first, in the same process.
 */
export async function runStages({ corpus, out, config, now }: StageRunInput): Promise<StagesResult> {
  const floor = await measureStage(() => readAndTokenise(corpus));
  const read = await measureStage(() => readArticles(corpus));
  const publishedAt = (date: string) => publishInstant(date, config.timezone, config.publishHour);
  // A first run loads the language models as part of composing, as runBriefing does.
  const compose = await measureStage(async () => {
    const engine = await threadStoryEngine();
    const byDate = new Map<string, Article[]>();
    for (const article of read.value.articles) {
      const group = byDate.get(article.date);
      if (group) group.push(article);
      else byDate.set(article.date, [article]);
    }
    const due = [...byDate.keys()].filter((date) => publishedAt(date) <= now).sort();
    const settings = { title: config.title, maxStories: config.maxStories };
    return due.map((date) => ({
      briefing: composeBriefing(engine, date, byDate.get(date)!, settings),
      inputHash: inputHashOf(byDate.get(date)!, settings),
    }));
  });
  const store = createFsStore({ dir: out });
  // A first run: nothing is stored yet, so every due date is composed and nothing is reloaded.
  const plan = await measureStage(async () =>
    planPublication({ manifest: EMPTY_MANIFEST, composed: compose.value, stored: new Map(), site: config, publishedAt, now }),
  );
  const written = await measureStage(async () => {
    for (const output of plan.value.outputs) await store.put(output.key, output.body, output);
    await store.put(MANIFEST_KEY, serializeManifest(plan.value.manifest), {
      contentType: 'application/json',
      cacheControl: 'no-cache',
      ifNoneMatch: '*',
    });
  });
  return {
    floor: floor.stat,
    read: read.stat,
    compose: compose.stat,
    plan: plan.stat,
    store: written.stat,
    articles: read.value.articles.length,
    rejected: read.value.rejected,
    dates: compose.value.length,
    stories: compose.value.reduce((n, { briefing }) => n + briefing.stories.length + briefing.moreStories, 0),
    outputs: plan.value.outputs.length + 1,
    bytes: plan.value.outputs.reduce((n, o) => n + o.body.length, 0),
  };
}

async function readArticles(dir: string): Promise<{ articles: Article[]; rejected: number }> {
  const listing = await createFolderSource({ dir }).list();
  const articles: Article[] = [];
  let rejected = listing.rejected.length;
  for (const file of listing.files) {
    try {
      articles.push(parseArticle(file));
    } catch (error) {
      if (!(error instanceof InvalidArticleError)) throw error;
      rejected++;
    }
  }
  return { articles, rejected };
}

/** The whole use case, wired as the CLI wires it (days composed on every core, at most 4), timed as one stage. */
export async function runWhole({ corpus, out, config, now }: StageRunInput): Promise<StageStat & { articles: number }> {
  const threads = Math.min(availableParallelism(), 4);
  const composer = threads > 1 ? createParallelComposer({ workers: threads - 1 }) : createInProcessComposer();
  const { value, stat } = await measureStage(() =>
    runBriefing({ sources: [createFolderSource({ dir: corpus })], store: createFsStore({ dir: out }), clock: () => now, config, composer }),
  );
  return { ...stat, articles: value.articlesUsed };
}
