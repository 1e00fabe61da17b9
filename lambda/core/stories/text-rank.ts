import { SUMMARY_PARAMETERS as P } from './summary-parameters.ts';

/**
 * TextRank sentence centrality (Mihalcea & Tarau 2004): PageRank over a graph whose edge weight is the
 * number of shared content terms over log(|A|+1) + log(|B|+1). `termIds` holds each sentence's distinct
 * term ids. Pair overlaps come from an inverted index, so sentences sharing no term cost nothing.
 */
export function textRank(termIds: readonly (readonly number[])[]): Float64Array {
  const n = termIds.length;
  const postings = new Map<number, number[]>();
  termIds.forEach((ids, s) => {
    for (const id of ids) {
      const list = postings.get(id);
      if (list) list.push(s);
      else postings.set(id, [s]);
    }
  });
  const overlap = new Float64Array(n * n);
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) overlap[list[x]! * n + list[y]!]! += 1;
  }
  const logSize = termIds.map((ids) => Math.log(ids.length + 1));
  const weights = new Float64Array(n * n);
  const rowSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const shared = overlap[i * n + j]!;
      if (shared === 0) continue;
      const w = shared / (logSize[i]! + logSize[j]!);
      weights[i * n + j] = w;
      weights[j * n + i] = w;
      rowSums[i]! += w;
      rowSums[j]! += w;
    }
  }
  return pageRank(weights, rowSums, n);
}

function pageRank(weights: Float64Array, rowSums: Float64Array, n: number): Float64Array {
  let rank = new Float64Array(n).fill(1 / Math.max(n, 1));
  for (let iteration = 0; iteration < P.iterations; iteration++) {
    const next = new Float64Array(n).fill((1 - P.damping) / n);
    for (let i = 0; i < n; i++) {
      if (rowSums[i] === 0) continue;
      const share = (P.damping * rank[i]!) / rowSums[i]!;
      for (let j = 0; j < n; j++) next[j]! += share * weights[i * n + j]!;
    }
    rank = next;
  }
  return rank;
}
