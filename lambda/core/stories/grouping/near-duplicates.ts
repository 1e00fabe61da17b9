import type { DisjointSets } from './disjoint-sets.ts';
import type { GroupingParameters } from './parameters.ts';
import type { SparseVector } from './term-vectors.ts';

// Odd multipliers of the min-hash functions (one per hash; the golden ratio's and two others of the same family).
const MULTIPLIERS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f];

/** The smallest of a multiplicative hash of the vector's term ids: two texts agree on it with probability their Jaccard similarity. */
function minHash(ids: Int32Array, multiplier: number): number {
  let min = 0xffffffff;
  for (let k = 0; k < ids.length; k++) {
    const h = Math.imul(ids[k]! ^ (ids[k]! >>> 15), multiplier) >>> 0;
    if (h < min) min = h;
  }
  return min;
}

/** Jaccard similarity of two ascending id lists: shared terms over all terms, whatever their weights. */
function jaccard(a: Int32Array, b: Int32Array): number {
  let [i, j, shared] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) [i, j, shared] = [i + 1, j + 1, shared + 1];
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / Math.max(a.length + b.length - shared, 1);
}

/**
 * Joins near-duplicate articles (exact copies, rewrites of one report with sentences moved or cut) into one
 * set, led by its first article, in time linear in the articles: each article is bucketed by
 * `G.nearDuplicateHashes` min-hashes of its terms (articles whose term sets are alike share one with high
 * probability) and compared with its bucket's first article only; a Jaccard similarity of their terms
 * (words and phrases, unweighted: one rare word a rewrite adds must not hide the rest) of at least
 * `G.nearDuplicateSimilarity` joins it. Grouping then indexes one article per set, so 10,000 copies cost
 * what one does, and a term every copy holds is not mistaken for a topic.
 */
export function collapseNearDuplicates(
  vectors: readonly SparseVector[],
  prose: (i: number) => boolean,
  sets: DisjointSets,
  G: GroupingParameters,
): void {
  for (const multiplier of MULTIPLIERS.slice(0, G.nearDuplicateHashes)) {
    const leaders = new Map<number, number>();
    vectors.forEach((vector, i) => {
      if (!prose(i)) return;
      const hash = minHash(vector.ids, multiplier);
      const leader = leaders.get(hash);
      if (leader === undefined) leaders.set(hash, i);
      else if (sets.find(i) !== sets.find(leader) && jaccard(vectors[leader]!.ids, vector.ids) >= G.nearDuplicateSimilarity)
        sets.union(leader, i);
    });
  }
}
