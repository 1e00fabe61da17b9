import { groupArticles } from '../../../lambda/core/stories/grouping/group.ts';
import { GROUPING_PARAMETERS, type GroupingParameters } from '../../../lambda/core/stories/grouping/parameters.ts';
import type { Article } from '../../../lambda/core/types.ts';
import { isNewsArticle } from './articles.ts';
import type { EvalItem } from './data.ts';

/** Pairwise precision and recall of a grouping against the true clusters. */
export interface PairwiseScores {
  readonly precision: number;
  readonly recall: number;
}

/** Deterministic PRNG (mulberry32), so a synthetic day is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** How a synthetic day is drawn. */
export interface DayOptions {
  /** Clusters in the day. @default 20 */
  readonly clusters?: number;
  /** Documents taken from each cluster. @default 3 */
  readonly perCluster?: number;
  /** Keep only documents that read as news articles ({@link isNewsArticle}); the rule sees text only. @default false */
  readonly articlesOnly?: boolean;
}

/** A day of `clusters` × `perCluster` articles from random clusters, ids shuffled so order says nothing. */
export function syntheticDay(items: readonly EvalItem[], seed: number, options: DayOptions = {}): Map<string, string> {
  const { clusters = 20, perCluster = 3, articlesOnly = false } = options;
  const random = seededRandom(seed);
  const usable = articlesOnly ? items.map((item) => ({ ...item, documents: item.documents.filter(isNewsArticle) })) : items;
  const eligible = usable.filter((item) => item.documents.length >= perCluster);
  const truth = new Map<string, string>();
  const picked = shuffle(eligible, random).slice(0, clusters);
  const docs = picked.flatMap((item) => item.documents.slice(0, perCluster).map((text) => ({ cluster: item.id, text })));
  shuffle(docs, random).forEach((doc, i) => {
    truth.set(`${String(i).padStart(3, '0')}\u0000${doc.text}`, doc.cluster);
  });
  return truth;
}

function samePairs(groups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of groups) {
    const sorted = [...group].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.add(`${sorted[i]}|${sorted[j]}`);
  }
  return pairs;
}

/** Groups the day with the briefing's grouping and scores the pairs it puts together. */
export function scoreGrouping(truth: ReadonlyMap<string, string>, G: GroupingParameters = GROUPING_PARAMETERS): PairwiseScores {
  const articles: Article[] = [...truth.keys()].map((key) => {
    const [id, body] = key.split('\u0000') as [string, string];
    return { id, date: '2023-11-06', body };
  });
  const clusterOf = new Map([...truth].map(([key, cluster]) => [key.split('\u0000')[0]!, cluster]));
  const predicted = samePairs(groupArticles(articles, G).map((group) => group.map((a) => a.id)));
  const byCluster = new Map<string, string[]>();
  for (const [id, cluster] of clusterOf) byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), id]);
  const gold = samePairs([...byCluster.values()]);
  const hits = [...predicted].filter((pair) => gold.has(pair)).length;
  return { precision: predicted.size === 0 ? 1 : hits / predicted.size, recall: gold.size === 0 ? 1 : hits / gold.size };
}
