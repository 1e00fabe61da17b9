/**
 * Grouping parameters, chosen with `npm run bench:quality -- --grouping --days 10` (ten synthetic days
 * of 60 multinews_dev articles from 20 clusters). Similarity 0.2 is where pairwise precision reaches
 * 0.9; lower thresholds trade precision for little recall (0.15: P 0.77, R 0.74).
 */
export const GROUPING_PARAMETERS = {
  /** Distinctive terms per article used as blocking keys. */
  keysPerArticle: 30,
  /** Keys held by more articles than this are ignored (keeps the index near-linear). */
  maxPostingLength: 200,
  /** Blocking keys two articles must share before they are compared. */
  minSharedKeys: 2,
  /** tf-idf cosine similarity at which two articles are on the same story. */
  minSimilarity: 0.2,
} as const;
