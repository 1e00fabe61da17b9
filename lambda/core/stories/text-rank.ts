import type { SummaryParameters } from './summary-parameters.ts';

type RankParameters = Pick<SummaryParameters, 'damping' | 'iterations' | 'idfExponent'>;

/** Sentences holding each term id, from dense term ids (0..V-1). */
function postingsOf(termIds: readonly (readonly number[])[]): number[][] {
  const postings: number[][] = [];
  termIds.forEach((ids, s) => {
    for (const id of ids) (postings[id] ??= []).push(s);
  });
  return postings;
}

/**
 * TextRank sentence centrality (Mihalcea & Tarau 2004): PageRank over a graph whose edge weight is the
 * shared content terms over log(|A|+1) + log(|B|+1). Each shared term counts (1 + ln(n/df))^idfExponent,
 * after Barrios et al. (2016), who found rarer shared words the better evidence of similarity.
 * `termIds` holds each sentence's distinct term ids. Overlaps come from an inverted index, so sentences
 * sharing no term cost nothing.
 */
export function textRank(termIds: readonly (readonly number[])[], P: RankParameters): Float64Array {
  const n = termIds.length;
  const overlap = new Float64Array(n * n);
  for (const list of postingsOf(termIds)) {
    if (list === undefined || list.length < 2) continue;
    const weight = Math.pow(1 + Math.log(n / list.length), P.idfExponent);
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) overlap[list[x]! * n + list[y]!]! += weight;
  }
  const logSize = termIds.map((ids) => Math.log(ids.length + 1));
  // Sparse rows: PageRank then costs the number of edges per iteration, not n².
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const weights: number[][] = Array.from({ length: n }, () => []);
  const rowSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const shared = overlap[i * n + j]!;
      if (shared === 0) continue;
      const w = shared / (logSize[i]! + logSize[j]!);
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
