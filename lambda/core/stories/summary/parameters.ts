/**
 * Tunable weights of the summariser. Values were chosen with `npm run bench:quality` (see
 * {@link SINGLE_DOCUMENT_PARAMETERS} and {@link MULTI_DOCUMENT_PARAMETERS}), sweeping one value at a
 * time and keeping a change only where it held on every setting measured; few and coarse on purpose.
 */
export interface SummaryParameters {
  /** PageRank damping factor. */
  readonly damping: number;
  /** PageRank power iterations. */
  readonly iterations: number;
  /**
   * Edge weight of the sentence graph: `'overlap'`, shared terms over the sum of the sentences' log sizes
   * (TextRank's own), or `'cosine'` of their term-count vectors (LexRank's).
   */
  readonly similarity: 'overlap' | 'cosine';
  /** Weight of a shared term is (1 + ln(n/df))^idfExponent; 0 is plain TextRank. */
  readonly idfExponent: number;
  /** Score is divided by (words + 1)^lengthExponent: above 0 damps long sentences, below 0 favours them. */
  readonly lengthExponent: number;
  /** Hard budget, in words per requested sentence. */
  readonly wordsPerSentence: number;
  /** Score is multiplied by 1 + leadBonus / (1 + position)^leadDecay (position in reading order). */
  readonly leadBonus: number;
  /** How fast the lead prior fades with position. */
  readonly leadDecay: number;
  /** Sentences with fewer words are captions, bylines or widgets. */
  readonly minWords: number;
  /** Multiplier for such short sentences and for known web boilerplate ("Advertisement"). */
  readonly shortPenalty: number;
  /** Multiplier for a "sentence" without final punctuation: a heading or caption. */
  readonly unendedPenalty: number;
  /** The main document is the one whose first `openingSentences` sentences are most central. */
  readonly openingSentences: number;
  /** A candidate sharing this share of its terms with a chosen sentence repeats it, and is skipped. */
  readonly maxContainment: number;
  /** Summary sentences most salient first (inverted pyramid) instead of in reading order. */
  readonly salienceOrder: boolean;
}

/** One article (tuned on bbc_dev at 3 and 8 sentences, 300 articles); how each value was chosen: docs/tuning-summary.md. */
export const SINGLE_DOCUMENT_PARAMETERS: SummaryParameters = {
  similarity: 'cosine',
  damping: 0.85,
  iterations: 30,
  idfExponent: 0,
  lengthExponent: -0.015,
  wordsPerSentence: 32,
  leadBonus: 0,
  leadDecay: 1,
  minWords: 8,
  shortPenalty: 0.1,
  unendedPenalty: 1,
  openingSentences: 1,
  maxContainment: 0.8,
  salienceOrder: true,
};

/** Several articles on one story (tuned on multinews_dev at 10 sentences, 250 clusters); how each value was chosen: docs/tuning-summary.md. */
export const MULTI_DOCUMENT_PARAMETERS: SummaryParameters = {
  ...SINGLE_DOCUMENT_PARAMETERS,
  similarity: 'overlap',
  lengthExponent: 0.15,
  minWords: 5,
  wordsPerSentence: 25,
  leadBonus: 10,
  leadDecay: 1,
  unendedPenalty: 0.1,
  openingSentences: 1,
  maxContainment: 0.6,
  salienceOrder: false,
};
