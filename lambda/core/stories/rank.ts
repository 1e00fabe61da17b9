/** What the ranking knows about one story. */
export interface StorySignals {
  /** Number of articles in the story. */
  readonly articles: number;
  /** Total words across its articles. */
  readonly words: number;
}

/**
 * Importance of a story: how many articles cover it first (coverage is the clearest signal that a
 * story matters), then a small bonus for how much was written about it. Rounded so the value is stable.
 */
export function storyImportance(signals: StorySignals): number {
  const coverage = signals.articles;
  const depth = Math.log10(1 + signals.words) / 10;
  return Math.round((coverage + depth) * 1e6) / 1e6;
}
