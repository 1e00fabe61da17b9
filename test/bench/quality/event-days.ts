import { groupArticles } from '../../../lambda/core/stories/grouping/group.ts';
import { GROUPING_PARAMETERS, type GroupingParameters } from '../../../lambda/core/stories/grouping/parameters.ts';
import type { Article } from '../../../lambda/core/types.ts';
import type { EvalItem } from './data.ts';
import { denseStories } from '../corpus/shapes.ts';
import { createRandom } from '../corpus/random.ts';
import { scoreGrouping, type PairwiseScores } from './grouping.ts';

/**
 * Two harder grouping days than random clusters (issue 11): one day of separate stories on few topics, and one
 * day of different events with the same actors. Each is also split in two halves, so a figure can be checked on
 * the half that was not looked at while choosing.
 */

/** How a day of separate stories was grouped: every multi-article story is a false merge. */
export interface SeparateStoriesScores {
  readonly articles: number;
  readonly stories: number;
  /** Share of articles in a story of two or more. */
  readonly mergedShare: number;
  readonly largest: number;
}

/** Groups every item's text as one day; each item is its own story, so any merge is a topic bucket. */
export function scoreSeparateStories(items: readonly EvalItem[], G: GroupingParameters = GROUPING_PARAMETERS): SeparateStoriesScores {
  const articles: Article[] = items.map((item, i) => ({ id: String(i).padStart(4, '0'), date: '2024-05-01', body: item.documents[0]! }));
  const groups = groupArticles(articles, G);
  const merged = groups.filter((g) => g.length > 1).reduce((n, g) => n + g.length, 0);
  return {
    articles: articles.length,
    stories: groups.length,
    mergedShare: articles.length === 0 ? 0 : merged / articles.length,
    largest: groups.reduce((n, g) => Math.max(n, g.length), 0),
  };
}

// The actors of the same-actor day, as issue 11 names them.
const ACTORS = /\b(Trump|Obama|Clinton|Romney|Sanders)\b/;
/** Documents shorter than this are left out of the same-actor day (words as ROUGE counts them). */
export const SAME_ACTOR_MIN_WORDS = 150;

const words = (text: string): number => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).length;

/**
 * The same-actor day: the clusters in which at least two documents mention Trump, Obama, Clinton, Romney or
 * Sanders, with their documents of at least {@link SAME_ACTOR_MIN_WORDS} words, all on one day. Keys are an
 * opaque id and the text, values the cluster (as {@link scoreGrouping} reads them). `part` keeps only the
 * even- or odd-numbered of those clusters.
 */
export function sameActorDay(items: readonly EvalItem[], part?: 'even' | 'odd'): Map<string, string> {
  const clusters = items.filter((item) => item.documents.filter((text) => ACTORS.test(text)).length >= 2);
  const kept = part === undefined ? clusters : clusters.filter((_, i) => i % 2 === (part === 'even' ? 0 : 1));
  const truth = new Map<string, string>();
  let n = 0;
  // Ids interleave clusters (document k of every cluster, then k + 1), so id order says nothing about stories.
  const longDocs = kept.map((item) => item.documents.filter((text) => words(text) >= SAME_ACTOR_MIN_WORDS));
  const most = longDocs.reduce((m, docs) => Math.max(m, docs.length), 0);
  for (let k = 0; k < most; k++) {
    longDocs.forEach((docs, c) => {
      if (k < docs.length) truth.set(`${String(n++).padStart(4, '0')}\u0000${docs[k]}`, kept[c]!.id);
    });
  }
  return truth;
}

/** Pairwise scores of the same-actor day, and its size. */
export function scoreSameActorDay(
  items: readonly EvalItem[],
  part?: 'even' | 'odd',
  G: GroupingParameters = GROUPING_PARAMETERS,
): PairwiseScores & { documents: number; clusters: number } {
  const truth = sameActorDay(items, part);
  return { ...scoreGrouping(truth, G), documents: truth.size, clusters: new Set(truth.values()).size };
}

/**
 * The dense-vocabulary day of `npm run bench` (test/bench/corpus/shapes.ts), scored: every story is written from
 * the same templates, people, places and stock sentences, 4 articles a story, so only who, where and the numbers
 * tell two stories apart. Text the project writes, so it is a check of the principle, not of news.
 */
export function scoreDenseDay(
  articles: number,
  seed = 1,
  G: GroupingParameters = GROUPING_PARAMETERS,
): PairwiseScores & { stories: number } {
  const day = denseStories(articles, createRandom(seed));
  const truth = new Map(day.map(({ text, story }, i) => [`${String(i).padStart(5, '0')}\u0000${text}`, String(story)]));
  return { ...scoreGrouping(truth, G), stories: new Set(day.map((a) => a.story)).size };
}
