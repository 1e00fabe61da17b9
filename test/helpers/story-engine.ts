import { threadStoryEngine } from '../../lambda/adapters/thread-story-engine.ts';

/** The thread's story engine, for a test file's direct calls into the stages. */
export const engine = await threadStoryEngine();
