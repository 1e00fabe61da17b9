/**
 * Tuned summariser parameters. Provisional: set by hand for v1; see the note below once tuned.
 */
export const SUMMARY_PARAMETERS = {
  /** LexRank damping factor (the usual PageRank value). */
  damping: 0.85,
  /** Power iterations; LexRank converges in well under 30 on news-sized graphs. */
  iterations: 30,
  /** Weight of the lead prior relative to centrality (centrality averages 1). */
  positionWeight: 1,
  /** How fast the lead prior decays with the sentence's position. */
  positionDecay: 1,
  /** Sentences shorter than this are captions or boilerplate. */
  minWords: 6,
  /** Multiplier for such short sentences. */
  shortPenalty: 0.1,
  /** Sentence length whose length cost is 1. */
  referenceWords: 20,
  /** 0 ignores length; 1 ranks by value per word. */
  lengthExponent: 0.3,
  /** MMR: how much similarity to already chosen sentences lowers a candidate. */
  redundancyWeight: 0.5,
  /** Candidates at least this similar to a chosen sentence repeat it and are skipped. */
  maxRedundancy: 0.6,
} as const;
