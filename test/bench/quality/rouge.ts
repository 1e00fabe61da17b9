/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 after Lin (2004), "ROUGE: A Package for Automatic Evaluation of
 * Summaries": tokens are lower-cased `[a-z0-9]+` (no stemming, no stopword removal); ROUGE-N counts
 * clipped n-gram matches; ROUGE-L is the longest common subsequence over the whole text.
 *
 * Why not js-rouge: it tokenises Penn-Treebank style (punctuation tokens, "U.S.-made" kept whole), so on
 * "The cat sat on the mat." vs "The cat was on the mat, U.S.-made." it gives R-1 0.75 where the
 * issue's tokenisation gives 2·5/(6+9) = 0.667 — the figures would not be comparable with the baselines.
 */

/** Lower-cased `[a-z0-9]+` tokens. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** F1 of a match count against candidate and reference sizes; 0 when either is empty. */
function f1(matches: number, candidate: number, reference: number): number {
  if (matches === 0 || candidate === 0 || reference === 0) return 0;
  const precision = matches / candidate;
  const recall = matches / reference;
  return (2 * precision * recall) / (precision + recall);
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N F1 with clipped counts. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let matches = 0;
  for (const [gram, count] of cand) matches += Math.min(count, ref.get(gram) ?? 0);
  return f1(matches, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence, in O(n·m) time and O(m) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (const token of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = token === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** ROUGE-L F1 (beta = 1) over the whole token sequences. */
export function rougeL(candidate: readonly string[], reference: readonly string[]): number {
  return f1(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** The three scores, as fractions in [0, 1]. */
export interface RougeScores {
  readonly r1: number;
  readonly r2: number;
  readonly rl: number;
}

/** ROUGE-1/2/L F1 of one candidate against one reference. */
export function scoreSummary(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: rougeL(c, r) };
}
