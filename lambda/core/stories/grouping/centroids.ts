import type { SparseVector } from './term-vectors.ts';

/**
 * A story's summed (not normalised) term vector, sorted by term id as articles' vectors are, and its squared
 * length. Typed arrays rather than a Map per merged story: at 10,000 articles the Maps held ~45 MB of a
 * run's peak (an entry of a Map costs about three times the 12 bytes of an id and a weight).
 */
export interface Centroid extends SparseVector {
  readonly norm2: number;
}

/** The centroid of a one-article story (its vector has unit length). */
export function singleCentroid(vector: SparseVector): Centroid {
  return { ids: vector.ids, weights: vector.weights, norm2: 1 };
}

/** First index in `ids[from..]` holding `id` or more (`ids` ascending). */
function lowerBound(ids: Int32Array, id: number, from: number): number {
  let [low, high] = [from, ids.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ids[mid]! < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Past this size ratio, looking each small-side id up by binary search beats walking both vectors.
const GALLOP_RATIO = 8;

/**
 * Dot product of two centroids. Comparable sizes meet in one merge pass; a big story and a small one by a
 * binary search per term of the small one, so a big story costs little more to compare than a small one.
 */
export function centroidDot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  let dot = 0;
  if (large.ids.length > GALLOP_RATIO * small.ids.length) {
    let at = 0;
    for (let k = 0; k < small.ids.length && at < large.ids.length; k++) {
      at = lowerBound(large.ids, small.ids[k]!, at);
      if (large.ids[at] === small.ids[k]) dot += small.weights[k]! * large.weights[at]!;
    }
    return dot;
  }
  let [i, j] = [0, 0];
  while (i < small.ids.length && j < large.ids.length) {
    const [x, y] = [small.ids[i]!, large.ids[j]!];
    if (x === y) dot += small.weights[i++]! * large.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** The merged story's centroid: the two sums added term by term, in one merge pass. */
export function mergeCentroids(a: Centroid, b: Centroid, dot: number): Centroid {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float64Array(ids.length);
  let [i, j, n] = [0, 0, 0];
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    ids[n] = Math.min(x, y);
    weights[n++] = (x <= y ? a.weights[i++]! : 0) + (y <= x ? b.weights[j++]! : 0);
  }
  // |a + b|² = |a|² + |b|² + 2 a·b, so the length needs no pass over the terms.
  return { ids: ids.slice(0, n), weights: weights.slice(0, n), norm2: a.norm2 + b.norm2 + 2 * dot };
}
