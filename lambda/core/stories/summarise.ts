import { SUMMARY_PARAMETERS as P } from './summary-parameters.ts';
import { contentTerms, wordCount } from './terms.ts';
import { textRank } from './text-rank.ts';

/** One selected summary sentence and its place in the source. */
export interface SummarySentence {
  readonly doc: number;
  readonly position: number;
  readonly text: string;
}

interface Candidate extends SummarySentence {
  readonly words: number;
  readonly termIds: readonly number[];
}

function candidatesOf(docs: readonly (readonly string[])[]): Candidate[] {
  const ids = new Map<string, number>();
  const idOf = (term: string): number => ids.get(term) ?? (ids.set(term, ids.size), ids.size - 1);
  return docs.flatMap((sentences, doc) =>
    sentences.map((text, position) => ({
      doc,
      position,
      text,
      words: wordCount(text),
      termIds: [...new Set(contentTerms(text).map(idOf))],
    })),
  );
}

/** Share of the smaller sentence's terms found in the other: near 1 means one repeats the other. */
function containment(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const id of b) if (set.has(id)) shared++;
  return shared / Math.min(a.length, b.length);
}

/** Centrality per word-ish: long sentences win TextRank for their length alone, so damp that. */
function scoresOf(candidates: readonly Candidate[]): number[] {
  const centrality = textRank(candidates.map((c) => c.termIds));
  return candidates.map((c, i) => {
    const boilerplate = c.words < P.minWords ? P.shortPenalty : 1;
    const lead = c.position === 0 ? 1 + P.leadBonus : 1;
    return ((centrality[i]! * lead) / Math.pow(c.words + 1, P.lengthExponent)) * boilerplate;
  });
}

/**
 * Extractive summary of one or more documents on one story: TextRank centrality with a length
 * damping, then greedy selection in score order that skips near-repeats (no fact twice) and keeps
 * within a word budget. Returns at most `count` sentences in reading order (document, then position).
 */
export function summarise(docs: readonly (readonly string[])[], count: number): SummarySentence[] {
  const candidates = candidatesOf(docs);
  const scores = scoresOf(candidates);
  const order = candidates.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: Candidate[] = [];
  let words = 0;
  for (const i of order) {
    if (chosen.length >= count) break;
    const c = candidates[i]!;
    if (chosen.length > 0 && words + c.words > P.wordsPerSentence * count) continue;
    if (chosen.some((s) => containment(s.termIds, c.termIds) >= P.maxContainment)) continue;
    chosen.push(c);
    words += c.words;
  }
  return chosen
    .sort((a, b) => a.doc - b.doc || a.position - b.position)
    .map(({ doc, position, text }) => ({ doc, position, text }));
}
