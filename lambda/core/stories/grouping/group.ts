import type { Article } from '../../types.ts';
import { termVectors, type SparseVector } from './term-vectors.ts';
import { centroidDot, mergeCentroids, singleCentroid, type Centroid } from './centroids.ts';
import { GROUPING_PARAMETERS, type GroupingParameters } from './parameters.ts';

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

/**
 * The article's most distinctive terms: its blocking keys. Ties at the cut go to the smaller term id (first
 * use in canonical order). A numeric sort of the weights finds the cut; sorting terms with a comparator took
 * a sixth of grouping's time at 10,000 articles.
 */
function blockingKeys({ ids, weights }: SparseVector, G: GroupingParameters, scratch: Float64Array): Int32Array {
  if (ids.length <= G.keysPerArticle) return ids;
  // Sorted in a view of one scratch buffer: a copy per article was ~25 MB of garbage at 10,000 articles.
  const sorted = scratch.subarray(0, weights.length);
  sorted.set(weights);
  const cut = sorted.sort()[weights.length - G.keysPerArticle]!;
  const keys = new Int32Array(G.keysPerArticle);
  let n = 0;
  for (let k = 0; k < ids.length; k++) if (weights[k]! > cut) keys[n++] = ids[k]!;
  for (let k = 0; k < ids.length && n < keys.length; k++) if (weights[k] === cut) keys[n++] = ids[k]!;
  return keys;
}

/** Articles holding each key, keys held by too many dropped: a key shared that widely is a topic, not a story. */
function postingsOf(keys: readonly Int32Array[], G: GroupingParameters): Map<number, Int32Array> {
  const lists = new Map<number, number[]>();
  keys.forEach((articleKeys, i) => {
    for (const key of articleKeys) {
      const list = lists.get(key);
      if (list) list.push(i);
      else lists.set(key, [i]);
    }
  });
  const postings = new Map<number, Int32Array>();
  for (const [key, list] of lists) if (list.length >= 2 && list.length <= G.maxPostingLength) postings.set(key, Int32Array.from(list));
  return postings;
}

interface Link {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/**
 * Similar pairs among those sharing enough blocking keys (an inverted index, never all pairs). Shared keys
 * are counted per article in one reused array, not in a map of every pair (~2.5 M entries at 10,000 articles);
 * the article's vector is spread into a dense array once, so each candidate's cosine is one pass over its terms.
 */
function similarPairs(vectors: readonly SparseVector[], keys: readonly Int32Array[], vocabularySize: number, G: GroupingParameters): Link[] {
  const postings = postingsOf(keys, G);
  const shared = new Int32Array(vectors.length);
  const dense = new Float64Array(vocabularySize);
  const links: Link[] = [];
  keys.forEach((articleKeys, a) => {
    const touched: number[] = [];
    for (const key of articleKeys) {
      for (const b of postings.get(key) ?? []) {
        if (b <= a) continue;
        if (shared[b] === 0) touched.push(b);
        shared[b]!++;
      }
    }
    const va = vectors[a]!;
    va.ids.forEach((id, k) => (dense[id] = va.weights[k]!));
    for (const b of touched) {
      if (shared[b]! >= G.minSharedKeys) {
        const similarity = denseDot(dense, vectors[b]!);
        if (similarity >= G.minSimilarity) links.push({ a, b, similarity });
      }
      shared[b] = 0;
    }
    for (const id of va.ids) dense[id] = 0;
  });
  return links.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}

/** Dot product of a vector spread into a dense array with a sparse one. */
function denseDot(dense: Float64Array, v: SparseVector): number {
  let dot = 0;
  for (let k = 0; k < v.ids.length; k++) dot += dense[v.ids[k]!]! * v.weights[k]!;
  return dot;
}

/**
 * Groups texts on the same story: tf-idf cosine over the day's vocabulary, compared only for pairs an
 * inverted index of salient terms proposes, linked when similar enough. Returns groups of indices,
 * each sorted, ordered by their first index. Input order must already be canonical (sorted by id).
 */
export function groupTexts(texts: readonly string[], G: GroupingParameters = GROUPING_PARAMETERS): number[][] {
  const { vectors, termCounts, vocabularySize } = termVectors(texts, G);
  const sets = new DisjointSets(texts.length);
  // An article with almost no text (a video page, a share widget) cannot be told apart from others like it.
  const scratch = new Float64Array(vectors.reduce((longest, v) => Math.max(longest, v.ids.length), 0));
  const keys = vectors.map((v, i) => (termCounts[i]! >= G.minProseTerms ? blockingKeys(v, G, scratch) : new Int32Array(0)));
  // Closest pairs first; two stories merge only if their centroids agree, so one loose link can't chain them.
  // Centroids are built only for stories that take part in a merge.
  const centroids = new Map<number, Centroid>();
  const centroid = (root: number): Centroid => centroids.get(root) ?? singleCentroid(vectors[root]!);
  for (const { a, b } of similarPairs(vectors, keys, vocabularySize, G)) {
    const [ra, rb] = [sets.find(a), sets.find(b)];
    if (ra === rb) continue;
    const [ca, cb] = [centroid(ra), centroid(rb)];
    const dot = centroidDot(ca, cb);
    if (dot < G.minCentroidSimilarity * Math.sqrt(ca.norm2 * cb.norm2)) continue;
    sets.union(ra, rb);
    centroids.delete(ra);
    centroids.delete(rb);
    centroids.set(sets.find(ra), mergeCentroids(ca, cb, dot));
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
