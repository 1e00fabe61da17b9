import type { Article } from '../../types.ts';
import { termVectors, type ArticleVector, type SparseVector } from './term-vectors.ts';
import { centroidDot, mergeCentroids, singleCentroid, type Centroid } from './centroids.ts';
import { DisjointSets } from './disjoint-sets.ts';
import { collapseNearDuplicates } from './near-duplicates.ts';
import { GROUPING_PARAMETERS, type GroupingParameters } from './parameters.ts';
import { NearestNeighbours } from './nearest-neighbours.ts';

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

/** Length of the part of a vector that is not names: what the article says, not who it is about. */
function contentNorm(v: ArticleVector, names: 0 | 1): number {
  let norm2 = 0;
  for (let k = 0; k < v.ids.length; k++) if (v.proper[k] === names) norm2 += v.weights[k]! ** 2;
  return Math.sqrt(norm2);
}

/**
 * Similar pairs among those sharing enough blocking keys (an inverted index, never all pairs). A pair links
 * when its cosine reaches `minSimilarity` and the cosine of what the two say besides names reaches
 * `minContentSimilarity`: one person or place in two different events agrees on names only. Shared keys are
 * counted per article in one reused array, not in a map of every pair; the article's vector is spread into
 * dense arrays once, so each candidate costs one pass over its terms. Every similarity computed, linked or
 * not, goes to `neighbours`: what each article's surroundings look like.
 */
function similarPairs(
  vectors: readonly ArticleVector[],
  keys: readonly Int32Array[],
  vocabularySize: number,
  neighbours: NearestNeighbours,
  G: GroupingParameters,
): Link[] {
  const postings = postingsOf(keys, G);
  const shared = new Int32Array(vectors.length);
  const dense = new Float64Array(vocabularySize);
  const denseContent = new Float64Array(vocabularySize);
  const norms = vectors.map((v) => contentNorm(v, 0));
  const nameNorms = vectors.map((v) => contentNorm(v, 1));
  // Candidates ranked by (keys shared, descending; index, ascending) as one integer each, sorted numerically.
  const ranked = new Int32Array(vectors.length);
  const n = vectors.length;
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
    va.ids.forEach((id, k) => {
      dense[id] = va.weights[k]!;
      denseContent[id] = va.proper[k] === 0 ? va.weights[k]! : 0;
    });
    // The candidates sharing the most keys, at most maxCandidates (ties to the earlier): bounded work per article.
    // One numeric sort of (keysPerArticle - shared) × n + b: a comparator sort per shared count cost a fifth of this step.
    let m = 0;
    for (const b of touched) {
      if (shared[b]! >= G.minSharedKeys) ranked[m++] = (G.keysPerArticle - shared[b]!) * n + b;
      shared[b] = 0;
    }
    const candidates = ranked.subarray(0, m).sort();
    for (let r = 0; r < Math.min(m, G.maxCandidates); r++) {
      const b = candidates[r]! % n;
      const vb = vectors[b]!;
      let [similarity, content] = [0, 0];
      for (let k = 0; k < vb.ids.length; k++) {
        const id = vb.ids[k]!;
        similarity += dense[id]! * vb.weights[k]!;
        if (vb.proper[k] === 0) content += denseContent[id]! * vb.weights[k]!;
      }
      neighbours.note(a, b, similarity);
      // Names: what is left of the dot once the content is taken out (names meet names only).
      const names = similarity - content;
      const namesAgree = nameNorms[a] === 0 || nameNorms[b] === 0 || names >= G.minNameSimilarity * nameNorms[a]! * nameNorms[b]!;
      if (similarity >= G.minSimilarity && content >= G.minContentSimilarity * norms[a]! * norms[b]! && namesAgree)
        links.push({ a, b, similarity });
    }
    for (const id of va.ids) dense[id] = denseContent[id] = 0;
  });
  return links.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
}

/**
 * True when a link is an event rather than a topic: its cosine reaches `strongSimilarity`, or it is at least
 * `minContrast` times its articles' background, the similarity of each one's `backgroundRank`-th nearest
 * article outside the two stories being joined (the geometric mean of the two). Ten reports on one tennis
 * tournament are all alike, so two of them stand out from nothing; two reports of one match stand out from the
 * rest. Articles already joined are left out of the background, so a story's own members never hide it, and a
 * small day (fewer than `backgroundRank` other articles) has no background and links on similarity alone.
 */
function standsOut(link: Link, neighbours: NearestNeighbours, onEitherStory: (j: number) => boolean, G: GroupingParameters): boolean {
  if (link.similarity >= G.strongSimilarity) return true;
  const background = (i: number): number => neighbours.background(i, G.backgroundRank, onEitherStory);
  return link.similarity >= G.minContrast * Math.sqrt(background(link.a) * background(link.b));
}

/** A story being built: its centroid, how many distinct articles it holds, and the first few of them. */
interface Story extends Centroid {
  readonly count: number;
  /** Its first `G.linkageSample` distinct articles by index: the members the cohesion floor checks. */
  readonly sample: readonly number[];
}

/** True when every sampled pair across the two stories is at least `floor` similar (a bounded complete linkage). */
function cohesive(vectors: readonly SparseVector[], a: Story, b: Story, floor: number): boolean {
  for (const x of a.sample) for (const y of b.sample) if (centroidDot(vectors[x]!, vectors[y]!) < floor) return false;
  return true;
}

/** The first `size` of two ascending index lists, merged. */
function firstOf(a: readonly number[], b: readonly number[], size: number): number[] {
  return [...a, ...b].sort((x, y) => x - y).slice(0, size);
}

/**
 * Groups texts on the same story: tf-idf cosine over the day's vocabulary, compared only for pairs an
 * inverted index of salient terms proposes. Near-duplicates (copies, rewrites) first collapse into their
 * first article (near-duplicates.ts); then pairs, closest first, merge two stories only under average
 * linkage (the mean similarity of every pair across them, from the centroids in O(1)) with a floor on the
 * least similar pair among their first members, so A≈B and B≈C cannot chain A and C when A and C are
 * different events (Miranda et al., 2018: a story is a centroid, joined above a threshold). A link must also
 * stand out from the articles around it ({@link standsOut}): on a day of many stories on one topic, topic
 * words make every pair alike, and only what stands out from that is one event. Returns groups
 * of indices, each sorted, ordered by their first index. Input order must already be canonical (sorted by id).
 */
export function groupTexts(texts: readonly string[], G: GroupingParameters = GROUPING_PARAMETERS): number[][] {
  const { vectors, termCounts, vocabularySize } = termVectors(texts, G);
  const sets = new DisjointSets(texts.length);
  // An article with almost no text (a video page, a share widget) cannot be told apart from others like it.
  const prose = (i: number): boolean => termCounts[i]! >= G.minProseTerms;
  collapseNearDuplicates(vectors, prose, sets, G);
  const scratch = new Float64Array(vectors.reduce((longest, v) => Math.max(longest, v.ids.length), 0));
  // Only the first of each near-duplicate set is indexed: copies would fill every posting list.
  const keys = vectors.map((v, i) => (prose(i) && sets.find(i) === i ? blockingKeys(v, G, scratch) : new Int32Array(0)));
  const stories = new Map<number, Story>();
  const story = (root: number): Story => stories.get(root) ?? { ...singleCentroid(vectors[root]!), count: 1, sample: [root] };
  // Two stories refused once are refused until one of them changes: many links join the same two stories.
  const refused = new Map<number, Story>();
  const neighbours = new NearestNeighbours(texts.length, G.neighbourCapacity);
  for (const link of similarPairs(vectors, keys, vocabularySize, neighbours, G)) {
    const [ra, rb] = [sets.find(link.a), sets.find(link.b)];
    if (ra === rb) continue;
    const onEitherStory = (j: number): boolean => {
      const root = sets.find(j);
      return root === ra || root === rb;
    };
    if (!standsOut(link, neighbours, onEitherStory, G)) continue;
    const [sa, sb] = [story(ra), story(rb)];
    const pair = ra * texts.length + rb;
    if (sa.count > 1 && sb.count > 1 && refused.get(pair) === sa && refused.get(-1 - pair) === sb) continue;
    const dot = centroidDot(sa, sb);
    // Average linkage: the centroids are sums of unit vectors, so their dot is the sum of every cross pair's cosine.
    if (dot < G.minAverageSimilarity * sa.count * sb.count || !cohesive(vectors, sa, sb, G.minMemberSimilarity)) {
      refused.set(pair, sa).set(-1 - pair, sb);
      continue;
    }
    sets.union(ra, rb);
    stories.delete(ra);
    stories.delete(rb);
    stories.set(sets.find(ra), {
      ...mergeCentroids(sa, sb, dot),
      count: sa.count + sb.count,
      sample: firstOf(sa.sample, sb.sample, G.linkageSample),
    });
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

/** Groups one day's articles into stories, reading each one's first `G.maxChars` characters; each group and the list are in article-id order. */
export function groupArticles(articles: readonly Article[], G: GroupingParameters = GROUPING_PARAMETERS): Article[][] {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return groupTexts(
    sorted.map((a) => a.body.slice(0, G.maxChars)),
    G,
  ).map((indices) => indices.map((i) => sorted[i]!));
}
