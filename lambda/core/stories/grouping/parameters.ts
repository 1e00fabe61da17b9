import type { TermWeighting } from './term-vectors.ts';

/** Tunable values of story grouping; see {@link GROUPING_PARAMETERS}. */
export interface GroupingParameters extends TermWeighting {
  /** Distinctive terms per article used as blocking keys. */
  readonly keysPerArticle: number;
  /** Keys held by more articles than this are ignored (keeps the index near-linear). */
  readonly maxPostingLength: number;
  /** Blocking keys two articles must share before they are compared. */
  readonly minSharedKeys: number;
  /** tf-idf cosine at which two articles may be on the same story. */
  readonly minSimilarity: number;
  /** Cosine of two articles' non-name terms needed to link them: the same names in different events do not. */
  readonly minContentSimilarity: number;
  /** Cosine of two articles' names needed to link them (when both name someone): the same kind of event elsewhere does not. */
  readonly minNameSimilarity: number;
  /** Most candidates an article is compared with: those sharing the most blocking keys. */
  readonly maxCandidates: number;
  /** Mean cosine over every pair of articles across two stories needed to merge them (average linkage). */
  readonly minAverageSimilarity: number;
  /** Least cosine allowed between two sampled members of a merged story (a bounded complete linkage). */
  readonly minMemberSimilarity: number;
  /** Members of a story (its first by index) whose pairs the member floor checks: bounds a merge's cost. */
  readonly linkageSample: number;
  /** Jaccard similarity of their terms at which two articles are copies or rewrites of one report. */
  readonly nearDuplicateSimilarity: number;
  /** Min-hashes (at most 4) that propose near-duplicates. */
  readonly nearDuplicateHashes: number;
  /** Which nearest neighbour outside the two stories is an article's background: how alike its topic's articles are. */
  readonly backgroundRank: number;
  /** Nearest neighbours kept per article for the background: `backgroundRank` plus room for the members of the two stories, which are passed over. */
  readonly neighbourCapacity: number;
  /** How many times the articles' backgrounds a link's similarity must be: an event stands out from its topic. */
  readonly minContrast: number;
  /** Cosine at which two articles link whatever their background. */
  readonly strongSimilarity: number;
  /** Characters of each article grouping reads: who and what happened are told early, and a long article's tail only costs time. */
  readonly maxChars: number;
  /** Articles with fewer content terms (video pages, share widgets) are never grouped. */
  readonly minProseTerms: number;
}

/** Grouping parameters, chosen on `npm run bench:quality -- --grouping` and checked on held-out days; how each value was chosen: docs/tuning-grouping.md. */
export const GROUPING_PARAMETERS: GroupingParameters = {
  keysPerArticle: 30,
  maxPostingLength: 100,
  minSharedKeys: 1,
  minSimilarity: 0.1,
  minContentSimilarity: 0.03,
  minNameSimilarity: 0.1,
  maxCandidates: 30,
  minAverageSimilarity: 0.15,
  minMemberSimilarity: 0.05,
  linkageSample: 8,
  nearDuplicateSimilarity: 0.8,
  nearDuplicateHashes: 3,
  minProseTerms: 15,
  maxChars: 20_000,
  backgroundRank: 12,
  neighbourCapacity: 30,
  minContrast: 10,
  strongSimilarity: 0.5,
  properNounWeight: 2,
  phraseWeight: 1,
  idfExponent: 2,
  loneTermWeight: 0.15,
};
