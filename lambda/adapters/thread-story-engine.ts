import { createStoryEngine, type StoryEngine } from '../core/stories/story-engine.ts';
import { loadLanguageModels } from '../core/stories/text/language-models.ts';

// One engine per thread (each worker thread has its own copy of this module). wink-nlp must not be
// instantiated twice on one loaded model: each instantiation grows the model's shared state, and a process
// that built an engine per run failed with "Invalid string length" after a few runs.
let engine: Promise<StoryEngine> | undefined;

/**
 * This thread's story engine, built on first use (loading the models takes ~300 ms, so a run with nothing
 * to compose never pays it) and kept: a warm Lambda and a back-fill reuse its caches.
 */
export function threadStoryEngine(): Promise<StoryEngine> {
  engine ??= loadLanguageModels().then(createStoryEngine);
  return engine;
}
