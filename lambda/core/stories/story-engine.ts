import type { Article } from '../types.ts';
import { createEntityExtractor } from './entities/entities.ts';
import { createHeadlineWriter } from './headline/headline.ts';
import { composeStories, type ComposedStories, type ComposeStoriesOptions, type StoryStages } from './compose-stories.ts';
import { createSectionClassifier } from './sections/sections.ts';
import { createSummariser } from './summary/summarise.ts';
import type { LanguageModels } from './text/language-models.ts';
import { createSentenceSplitter } from './text/sentences.ts';

/**
 * The story engine: its stages, and the pipeline that runs them on a day's articles. It owns the loaded
 * language models and every cache the stages keep (wink instances, the lexicon, name and word-term memos),
 * so nothing in the core is a mutable module global, and it cannot exist before its models are loaded.
 * Build one per thread and keep it: the caches pay across days.
 */
export interface StoryEngine extends StoryStages {
  /** Groups one day's articles into stories, ranks them and details the top ones (see composeStories). */
  composeStories(articles: readonly Article[], options?: ComposeStoriesOptions): ComposedStories;
}

/** A story engine over loaded language models (`loadLanguageModels()`). */
export function createStoryEngine(models: LanguageModels): StoryEngine {
  const stages: StoryStages = {
    splitSentences: createSentenceSplitter(models),
    summarise: createSummariser(),
    makeHeadline: createHeadlineWriter(models),
    extractEntities: createEntityExtractor(models),
    fileSection: createSectionClassifier(),
  };
  return { ...stages, composeStories: (articles, options) => composeStories(stages, articles, options) };
}
