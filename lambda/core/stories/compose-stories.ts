import type { Article, Story } from '../types.ts';

/** Options for {@link composeStories}. */
export interface ComposeStoriesOptions {
  /**
   * How many stories get a headline, summary and entities; the rest are only grouped and counted.
   * @default 20
   */
  readonly maxStories?: number;
  /**
   * Summary length, in sentences, for a one-article story.
   * @default 3
   */
  readonly summarySentences?: number;
}

/** The day's stories, ordered by importance, and how many more were grouped but not detailed. */
export interface ComposedStories {
  readonly stories: readonly Story[];
  readonly moreStories: number;
}

/**
 * Groups one day's articles into stories, ranks them and summarises the top ones.
 * Pure and deterministic: the same articles in any order give the same result.
 */
export function composeStories(articles: readonly Article[], options: ComposeStoriesOptions = {}): ComposedStories {
  void articles;
  void options;
  throw new Error('composeStories: not implemented yet');
}
