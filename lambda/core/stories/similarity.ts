import { contentTerms, termCounts } from './terms.ts';

/** A sparse, L2-normalised tf-idf vector. */
export type TermVector = ReadonlyMap<string, number>;

/** Inverse document frequency over a set of term lists: ln(1 + n / df). */
export function inverseFrequencies(termLists: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termLists) {
    for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log(1 + termLists.length / count));
  return idf;
}

/**
 * Builds a unit-length tf-idf vector; terms missing from `idf` get weight 0, terms in `boosted` have
 * their weight multiplied by `boost`.
 */
export function tfidfVector(
  terms: readonly string[],
  idf: ReadonlyMap<string, number>,
  boosted: ReadonlySet<string> = new Set(),
  boost = 1,
): TermVector {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of termCounts(terms)) {
    const weight = count * (idf.get(term) ?? 0) * (boosted.has(term) ? boost : 1);
    if (weight > 0) {
      vector.set(term, weight);
      norm += weight * weight;
    }
  }
  const length = Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

/** Content terms of each text. */
export function termsOf(texts: readonly string[]): string[][] {
  return texts.map((text) => contentTerms(text));
}
