import { MULTI_DOCUMENT_PARAMETERS, SINGLE_DOCUMENT_PARAMETERS, type SummaryParameters } from './parameters.ts';
import { TermTable } from './term-table.ts';
import { guardCoherence } from './summary-order.ts';
import { textRank, type SentenceTerms } from './text-rank.ts';

/** One selected summary sentence and its place in the source. */
export interface SummarySentence {
  readonly doc: number;
  readonly position: number;
  readonly text: string;
}

interface Candidate extends SummarySentence, SentenceTerms {
  readonly words: number;
}

/** True for the characters of a word as {@link wordTokens} reads the lower-cased text: [a-z0-9]. */
const isWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * Sentences with their words counted and their distinct content-term ids (in first-seen order) with the
 * count of each. The words are those of wordTokens(text), found by a scan of the lower-cased text, and each
 * word's term is looked up by its characters (see term-table.ts): no token array, term array or copy of a
 * known word.
 */
function candidatesOf(table: TermTable, docs: readonly (readonly string[])[]): Candidate[] {
  const termIds = new Map<string, number>();
  // The last sentence each term id was seen in: distinct ids per sentence without a Set per sentence.
  const lastSeen: number[] = [];
  // Where each id sits in the current sentence's list, to count a repeat.
  const slot: number[] = [];
  const candidates: Candidate[] = [];
  // A sentence an article repeats word for word (a paragraph pasted twice) is ranked once, where it first
  // appears: the repeat adds only cost (a square in its terms' postings). Repeats across articles stay: wire
  // copy that several articles carry is a sign of what matters (ranking each once cost multinews_dev 0.05 R-1).
  let seen = new Set<string>();
  docs.forEach((sentences, doc) => {
    sentences.forEach((text, position) => {
      if (position === 0) seen = new Set<string>();
      if (seen.has(text)) return;
      seen.add(text);
      const lower = text.toLowerCase();
      const ids: number[] = [];
      const counts: number[] = [];
      let words = 0;
      for (let at = 0; at < lower.length; at++) {
        if (!isWordCode(lower.charCodeAt(at))) continue;
        const start = at;
        // The word's hash, for the term lookup, as the scan passes its characters.
        let hash = lower.charCodeAt(at);
        while (at + 1 < lower.length && isWordCode(lower.charCodeAt(at + 1))) hash = (Math.imul(hash, 31) + lower.charCodeAt(++at)) | 0;
        words++;
        const term = table.termOfWord(lower, start, at + 1, hash);
        if (term === '') continue;
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
        }
        if (lastSeen[id] === candidates.length) {
          counts[slot[id]!]!++;
          continue;
        }
        lastSeen[id] = candidates.length;
        slot[id] = ids.length;
        ids.push(id);
        counts.push(1);
      }
      candidates.push({ doc, position, text, words, termIds: ids, termCounts: counts });
    });
  });
  return candidates;
}

/**
 * Share of the smaller sentence's terms found in the other: near 1 means one repeats the other.
 * `a` is a chosen sentence's term set, built once when it is chosen, not once per comparison.
 */
function containment(a: ReadonlySet<number>, b: readonly number[]): number {
  if (a.size === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const id of b) if (a.has(id)) shared++;
  return shared / Math.min(a.size, b.length);
}

/** True when the candidate repeats a chosen sentence (see {@link containment}). */
function repeatsChosen(chosenTerms: readonly ReadonlySet<number>[], c: Candidate, P: SummaryParameters): boolean {
  for (const terms of chosenTerms) if (containment(terms, c.termIds) >= P.maxContainment) return true;
  return false;
}

// Web scrapes carry headings, captions and share widgets; they rarely end like a sentence.
const SENTENCE_END = /[.!?]["'”’)]*$/u;
const BOILERPLATE =
  /\b(advertisement|tweet with a location|sign up|subscribe|click here|mailing list|cookies?|all rights reserved|photo:|image copyright|getty images|share this)\b/i;

/** 1 for a plain sentence, less for a heading, caption or widget text. */
function quality(c: Candidate, P: SummaryParameters): number {
  if (c.words < P.minWords || BOILERPLATE.test(c.text)) return P.shortPenalty;
  return SENTENCE_END.test(c.text) ? 1 : P.unendedPenalty;
}

/**
 * Reading order of the documents: the one whose opening sentences are most central to the whole story
 * comes first (the main article), so the lead prior and the output follow its narrative.
 */
function documentRanks(candidates: readonly Candidate[], weight: readonly number[], docCount: number, P: SummaryParameters): number[] {
  const opening = new Float64Array(docCount);
  candidates.forEach((c, i) => {
    if (c.position < P.openingSentences) opening[c.doc]! += weight[i]!;
  });
  const order = Array.from({ length: docCount }, (_, d) => d).sort((a, b) => opening[b]! - opening[a]! || a - b);
  const rank = new Array<number>(docCount);
  for (const [r, doc] of order.entries()) rank[doc] = r;
  return rank;
}

/** Centrality with a lead prior and a length term: (words + 1)^-lengthExponent (see the parameters). */
function scoresOf(
  candidates: readonly Candidate[],
  docRank: readonly number[],
  central: readonly number[],
  P: SummaryParameters,
): number[] {
  // Position in the documents read one after another in rank order.
  const offset = new Array<number>(docRank.length).fill(0);
  for (const c of candidates) offset[docRank[c.doc]!] = Math.max(offset[docRank[c.doc]!]!, c.position + 1);
  const start = offset.map((_, r) => offset.slice(0, r).reduce((s, n) => s + n, 0));
  return candidates.map((c, i) => {
    const position = start[docRank[c.doc]!]! + c.position;
    const lead = 1 + P.leadBonus / (1 + position) ** P.leadDecay;
    return (central[i]! * lead) / (c.words + 1) ** P.lengthExponent;
  });
}

/**
 * Summarises one or more documents on one story. Parameters default to the single- or multi-document set
 * by the number of documents.
 */
export type Summariser = (docs: readonly (readonly string[])[], count: number, parameters?: SummaryParameters) => SummarySentence[];

/** A summariser with its own word-term cache, kept across the stories it summarises. */
export function createSummariser(): Summariser {
  const table = new TermTable();
  return (docs, count, parameters = docs.length > 1 ? MULTI_DOCUMENT_PARAMETERS : SINGLE_DOCUMENT_PARAMETERS) =>
    summarise(table, docs, count, parameters);
}

/**
 * Extractive summary of one or more documents on one story: TextRank centrality with a lead prior and
 * length damping, then greedy selection in score order that skips near-repeats (no fact twice) and keeps
 * within a word budget. Returns at most `count` sentences in reading order (main document first).
 */
function summarise(table: TermTable, docs: readonly (readonly string[])[], count: number, P: SummaryParameters): SummarySentence[] {
  const candidates = candidatesOf(table, docs);
  const centrality = textRank(candidates, P);
  const central = candidates.map((c, i) => centrality[i]! * quality(c, P));
  const docRank = documentRanks(candidates, central, docs.length, P);
  const scores = scoresOf(candidates, docRank, central, P);
  const order = candidates.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: Candidate[] = [];
  const chosenTerms: Set<number>[] = [];
  let words = 0;
  for (const i of order) {
    if (chosen.length >= count) break;
    const c = candidates[i]!;
    if (chosen.length > 0 && words + c.words > P.wordsPerSentence * count) continue;
    if (repeatsChosen(chosenTerms, c, P)) continue;
    chosen.push(c);
    chosenTerms.push(new Set(c.termIds));
    words += c.words;
  }
  // Chosen is in score order; reading order instead unless the parameters ask for most salient first.
  if (!P.salienceOrder) chosen.sort((a, b) => docRank[a.doc]! - docRank[b.doc]! || a.position - b.position);
  const ordered = P.salienceOrder ? guardCoherence(chosen) : chosen;
  return ordered.map(({ doc, position, text }) => ({ doc, position, text }));
}
