import type { Article } from '../types.ts';
import { cosine, inverseFrequencies, tfidfVector, type TermVector } from './similarity.ts';
import { contentTerms, properTerms } from './terms.ts';
import { GROUPING_PARAMETERS, type GroupingParameters } from './grouping-parameters.ts';

/** Union-find over article indices; the root is always the smallest index, so results don't depend on merge order. */
class DisjointSets {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) [this.parent[i], i] = [root, this.parent[i]!];
    return root;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The article's most distinctive terms: its blocking keys. Ties break on the term, for determinism. */
function blockingKeys(vector: TermVector, G: GroupingParameters): string[] {
  return [...vector]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, G.keysPerArticle)
    .map(([term]) => term);
}

/** Cosine of two summed (not normalised) term vectors. */
function centroidSimilarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let [dot, na, nb] = [0, 0, 0];
  for (const [term, weight] of a) {
    na += weight * weight;
    dot += weight * (b.get(term) ?? 0);
  }
  for (const weight of b.values()) nb += weight * weight;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Pairs of articles sharing enough blocking keys, found via an inverted index (never all pairs). */
function candidatePairs(keys: readonly string[][], G: GroupingParameters): [number, number][] {
  const postings = new Map<string, number[]>();
  keys.forEach((articleKeys, i) => {
    for (const key of articleKeys) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const shared = new Map<number, number>();
  const size = keys.length;
  for (const list of postings.values()) {
    // A key shared by very many articles is a topic word, not a story: it would make the index quadratic.
    if (list.length < 2 || list.length > G.maxPostingLength) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const pair = list[x]! * size + list[y]!;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
    }
  }
  return [...shared]
    .filter(([, count]) => count >= G.minSharedKeys)
    .map(([pair]) => [Math.floor(pair / size), pair % size] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Groups texts on the same story: tf-idf cosine over the day's vocabulary, compared only for pairs an
 * inverted index of salient terms proposes, linked when similar enough. Returns groups of indices,
 * each sorted, ordered by their first index. Input order must already be canonical (sorted by id).
 */
export function groupTexts(texts: readonly string[], G: GroupingParameters = GROUPING_PARAMETERS): number[][] {
  const terms = texts.map((text) => contentTerms(text));
  const idf = inverseFrequencies(terms);
  const vectors = terms.map((t, i) => tfidfVector(t, idf, properTerms(texts[i]!), G.properNounWeight));
  const sets = new DisjointSets(texts.length);
  // An article with almost no text (a video page, a share widget) cannot be told apart from others like it.
  const keys = terms.map((t, i) => (t.length >= G.minProseTerms ? blockingKeys(vectors[i]!, G) : []));
  const links = candidatePairs(keys, G)
    .map(([a, b]) => ({ a, b, similarity: cosine(vectors[a]!, vectors[b]!) }))
    .filter((link) => link.similarity >= G.minSimilarity)
    .sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  // Closest pairs first; two stories merge only if their centroids agree, so one loose link can't chain them.
  const centroids = new Map<number, Map<string, number>>(vectors.map((v, i) => [i, new Map(v)]));
  for (const { a, b } of links) {
    const [ra, rb] = [sets.find(a), sets.find(b)];
    if (ra === rb) continue;
    const [ca, cb] = [centroids.get(ra)!, centroids.get(rb)!];
    if (centroidSimilarity(ca, cb) < G.minCentroidSimilarity) continue;
    sets.union(ra, rb);
    for (const [term, weight] of cb) ca.set(term, (ca.get(term) ?? 0) + weight);
    centroids.set(sets.find(ra), ca);
  }
  const groups = new Map<number, number[]>();
  texts.forEach((_, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}

/** Groups one day's articles into stories; each group and the list are in article-id order. */
export function groupArticles(articles: readonly Article[], G: GroupingParameters = GROUPING_PARAMETERS): Article[][] {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return groupTexts(sorted.map((a) => a.body), G).map((indices) => indices.map((i) => sorted[i]!));
}
