import type { SparseVector } from './term-vectors.ts';

/**
 * A story's summed (not normalised) term vector and its squared length. A one-article story keeps its
 * article's sparse vector; a map is built only when stories merge. Building a map for each side of every
 * candidate merge, most of them refused, was a third of grouping's time at 10,000 articles.
 */
export interface Centroid {
  readonly terms: SparseVector | Map<number, number>;
  readonly norm2: number;
}

/** The centroid of a one-article story (its vector has unit length). */
export function singleCentroid(vector: SparseVector): Centroid {
  return { terms: vector, norm2: 1 };
}

const sizeOf = (terms: Centroid['terms']): number => (terms instanceof Map ? terms.size : terms.ids.length);

/** Dot product of two sorted sparse vectors: one merge pass. */
function sparseDot(a: SparseVector, b: SparseVector): number {
  let [i, j, dot] = [0, 0, 0];
  while (i < a.ids.length && j < b.ids.length) {
    const [x, y] = [a.ids[i]!, b.ids[j]!];
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Sum of `weight × map[term]` over a vector's or a map's terms. */
function dotWithMap(terms: Centroid['terms'], map: ReadonlyMap<number, number>): number {
  let dot = 0;
  if (terms instanceof Map) for (const [term, weight] of terms) dot += weight * (map.get(term) ?? 0);
  else for (let k = 0; k < terms.ids.length; k++) dot += terms.weights[k]! * (map.get(terms.ids[k]!) ?? 0);
  return dot;
}

/** Dot product of two centroids, walking the smaller: a big story costs no more to compare than a small one. */
export function centroidDot(a: Centroid, b: Centroid): number {
  const [small, large] = sizeOf(a.terms) <= sizeOf(b.terms) ? [a.terms, b.terms] : [b.terms, a.terms];
  if (large instanceof Map) return dotWithMap(small, large);
  if (small instanceof Map) return dotWithMap(large, small);
  return sparseDot(small, large);
}

/** Adds `terms` into `map`. */
function addInto(map: Map<number, number>, terms: Centroid['terms']): Map<number, number> {
  if (terms instanceof Map) for (const [term, weight] of terms) map.set(term, (map.get(term) ?? 0) + weight);
  else for (let k = 0; k < terms.ids.length; k++) map.set(terms.ids[k]!, (map.get(terms.ids[k]!) ?? 0) + terms.weights[k]!);
  return map;
}

/** The merged story's centroid: the smaller added into the larger's map (a new map if neither has one yet). */
export function mergeCentroids(a: Centroid, b: Centroid, dot: number): Centroid {
  const [small, large] = sizeOf(a.terms) <= sizeOf(b.terms) ? [a.terms, b.terms] : [b.terms, a.terms];
  const map = large instanceof Map ? large : addInto(new Map(), large);
  // |a + b|² = |a|² + |b|² + 2 a·b, so the length needs no pass over the terms.
  return { terms: addInto(map, small), norm2: a.norm2 + b.norm2 + 2 * dot };
}
