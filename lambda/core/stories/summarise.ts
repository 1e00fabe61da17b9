import { cosine, inverseFrequencies, termsOf, tfidfVector, type TermVector } from './similarity.ts';
import { wordCount } from './terms.ts';
import { SUMMARY_PARAMETERS as P } from './summary-parameters.ts';

/** A sentence of a document, with where it sits. */
interface Candidate {
  readonly doc: number;
  readonly position: number;
  readonly text: string;
  readonly words: number;
  readonly vector: TermVector;
}

/** One selected summary sentence and its place in the source. */
export interface SummarySentence {
  readonly doc: number;
  readonly position: number;
  readonly text: string;
}

function candidatesOf(docs: readonly (readonly string[])[]): Candidate[] {
  const flat = docs.flatMap((sentences, doc) => sentences.map((text, position) => ({ doc, position, text })));
  const terms = termsOf(flat.map((s) => s.text));
  const idf = inverseFrequencies(terms);
  return flat.map((s, i) => ({ ...s, words: wordCount(s.text), vector: tfidfVector(terms[i] ?? [], idf) }));
}

/** LexRank: stationary distribution of a random walk on the cosine-similarity graph (Erkan & Radev 2004). */
function lexRank(candidates: readonly Candidate[]): number[] {
  const n = candidates.length;
  const weights = candidates.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const sim = cosine(candidates[i]!.vector, candidates[j]!.vector);
      weights[i]![j] = sim;
      weights[j]![i] = sim;
    }
  }
  const rowSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let rank = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < P.iterations; iteration++) {
    const next = new Float64Array(n).fill((1 - P.damping) / n);
    for (let i = 0; i < n; i++) {
      const sum = rowSums[i]!;
      if (sum === 0) continue;
      const share = (P.damping * rank[i]!) / sum;
      const row = weights[i]!;
      for (let j = 0; j < n; j++) next[j]! += share * row[j]!;
    }
    rank = next;
  }
  return Array.from(rank, (r) => r * n);
}

/** Prior score: centrality, boosted for early sentences (news puts the key facts first). */
function priorScores(candidates: readonly Candidate[]): number[] {
  const centrality = lexRank(candidates);
  return candidates.map((c, i) => {
    const position = 1 / Math.pow(1 + c.position, P.positionDecay);
    const tooShort = c.words < P.minWords ? P.shortPenalty : 1;
    return (centrality[i]! + P.positionWeight * position) * tooShort;
  });
}

/**
 * Extractive summary of one or more documents on one story: LexRank centrality plus a lead prior,
 * then greedy MMR selection that skips near-repeats and prefers shorter sentences of equal worth.
 * Returns at most `count` sentences in reading order (document, then position).
 */
export function summarise(docs: readonly (readonly string[])[], count: number): SummarySentence[] {
  const candidates = candidatesOf(docs);
  const scores = priorScores(candidates);
  const chosen: number[] = [];
  const available = new Set(candidates.map((_, i) => i));
  while (chosen.length < count && available.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of available) {
      const c = candidates[i]!;
      const redundancy = Math.max(0, ...chosen.map((j) => cosine(c.vector, candidates[j]!.vector)));
      const lengthCost = Math.pow(Math.max(c.words, 1) / P.referenceWords, P.lengthExponent);
      const value = (scores[i]! / lengthCost) * (1 - P.redundancyWeight * redundancy);
      if (redundancy < P.maxRedundancy && value > bestValue) [best, bestValue] = [i, value];
    }
    if (best < 0) break;
    chosen.push(best);
    available.delete(best);
  }
  return chosen
    .map((i) => candidates[i]!)
    .sort((a, b) => a.doc - b.doc || a.position - b.position)
    .map(({ doc, position, text }) => ({ doc, position, text }));
}
