/** Grouping parameters. Provisional v1 values, set by hand. */
export const GROUPING_PARAMETERS = {
  /** Distinctive terms per article used as blocking keys. */
  keysPerArticle: 15,
  /** Keys held by more articles than this are ignored (keeps the index near-linear). */
  maxPostingLength: 200,
  /** Blocking keys two articles must share before they are compared. */
  minSharedKeys: 2,
  /** Cosine similarity at which two articles are on the same story. */
  minSimilarity: 0.3,
} as const;
