import type { SummaryParameters } from './parameters.ts';

type RankParameters = Pick<SummaryParameters, 'damping' | 'iterations' | 'idfExponent' | 'similarity'>;

/** A sentence's distinct content-term ids (dense, 0..V-1) and how often each occurs in it. */
export interface SentenceTerms {
  readonly termIds: readonly number[];
  readonly termCounts: readonly number[];
}

/** Sentences holding each term id, and the term's count in each. */
interface Posting {
  readonly sentences: number[];
  readonly counts: number[];
}

function postingsOf(sentences: readonly SentenceTerms[]): Posting[] {
  const postings: Posting[] = [];
  sentences.forEach(({ termIds, termCounts }, s) => {
    termIds.forEach((id, k) => {
      postings[id] ??= { sentences: [], counts: [] };
      const posting = postings[id];
      posting.sentences.push(s);
      posting.counts.push(termCounts[k]!);
    });
  });
  return postings;
}

/** Each sentence's length as the edge normaliser sees it: log(distinct terms + 1), or its vector's norm. */
function sentenceSizes(
  sentences: readonly SentenceTerms[],
  postings: readonly Posting[],
  termWeight: Float64Array,
  P: RankParameters,
): Float64Array {
  const sizes = new Float64Array(sentences.length);
  if (P.similarity === 'overlap') {
    for (const [s, { termIds }] of sentences.entries()) sizes[s] = Math.log(termIds.length + 1);
    return sizes;
  }
  postings.forEach((posting, id) => {
    if (posting === undefined) return;
    const w = termWeight[id]!;
    for (const [k, s] of posting.sentences.entries()) sizes[s]! += (w * posting.counts[k]!) ** 2;
  });
  return sizes.map(Math.sqrt);
}

/**
 * TextRank sentence centrality (Mihalcea & Tarau 2004): PageRank over a graph of sentence similarities.
 * With `similarity: 'overlap'` an edge is the shared content terms over log(|A|+1) + log(|B|+1), as in the
 * paper; with `'cosine'` it is the cosine of the sentences' term-count vectors, as LexRank (Erkan & Radev
 * 2004) weighs them. Each term weighs (1 + ln(n/df))^idfExponent, after Barrios et al. (2016), who found
 * rarer shared words the better evidence of similarity. Overlaps come from an inverted index, so sentences
 * sharing no term cost nothing.
 */
export function textRank(sentences: readonly SentenceTerms[], P: RankParameters): Float64Array {
  const n = sentences.length;
  const cosine = P.similarity === 'cosine';
  const postings = postingsOf(sentences);
  const termWeight = new Float64Array(postings.length);
  postings.forEach((posting, id) => {
    if (posting !== undefined) termWeight[id] = (1 + Math.log(n / posting.sentences.length)) ** P.idfExponent;
  });
  const size = sentenceSizes(sentences, postings, termWeight, P);
  // Sparse rows, built one sentence at a time in a reused row of overlaps: memory is the number of edges,
  // never n² (a dense matrix over 95,040 sentences did not fit in a typed array). Each row adds its terms in
  // ascending id order and its neighbours in ascending order, as the dense matrix was summed and read.
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const weights: number[][] = Array.from({ length: n }, () => []);
  const rowSums = new Float64Array(n);
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { termIds, termCounts } = sentences[i]!;
    const byId = termIds.map((_, k) => k).sort((a, b) => termIds[a]! - termIds[b]!);
    const touched: number[] = [];
    for (const k of byId) {
      const id = termIds[k]!;
      const { sentences: list, counts } = postings[id]!;
      const weight = termWeight[id]!;
      // The posting list is ascending: the sentences after i start past i's own entry.
      for (let at = lowerBound(list, i + 1); at < list.length; at++) {
        const j = list[at]!;
        if (row[j] === 0) touched.push(j);
        row[j]! += cosine ? weight * weight * termCounts[k]! * counts[at]! : weight;
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      const shared = row[j]!;
      row[j] = 0;
      const w = cosine ? shared / (size[i]! * size[j]!) : shared / (size[i]! + size[j]!);
      neighbours[i]!.push(j);
      weights[i]!.push(w);
      neighbours[j]!.push(i);
      weights[j]!.push(w);
      rowSums[i]! += w;
      rowSums[j]! += w;
    }
  }
  return pageRank(neighbours, weights, rowSums, P);
}

/** First index of the ascending `list` holding `value` or more. */
function lowerBound(list: readonly number[], value: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Power iteration stops once no score moves by more than this (scores sum to 1): later iterations
// cannot change the order of sentences, only cost time.
const CONVERGED = 1e-9;

function pageRank(neighbours: number[][], weights: number[][], rowSums: Float64Array, P: RankParameters): Float64Array {
  const n = rowSums.length;
  let rank = new Float64Array(n).fill(1 / Math.max(n, 1));
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < P.iterations; iteration++) {
    next.fill((1 - P.damping) / n);
    for (let i = 0; i < n; i++) {
      if (rowSums[i] === 0) continue;
      const share = (P.damping * rank[i]!) / rowSums[i]!;
      const [to, w] = [neighbours[i]!, weights[i]!];
      for (let k = 0; k < to.length; k++) next[to[k]!]! += share * w[k]!;
    }
    let moved = 0;
    for (let i = 0; i < n; i++) moved = Math.max(moved, Math.abs(next[i]! - rank[i]!));
    [rank, next] = [next, rank];
    if (moved < CONVERGED) break;
  }
  return rank;
}
