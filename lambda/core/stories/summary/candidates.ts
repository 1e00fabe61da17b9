import { spreadSample } from '../spread-sample.ts';
import { contentTerms } from '../text/terms.ts';

/** Bounds on what a story's summary is chosen from; see {@link SUMMARY_INPUT_LIMITS}. */
export interface SummaryInputLimits {
  /** Most articles a summary reads. */
  readonly maxArticles: number;
  /** Characters of each article a summary reads: its opening, cut at a sentence end. */
  readonly maxChars: number;
  /** Characters of each article that decide which are the most central, when there are too many. */
  readonly centralityChars: number;
  /** Most distinct articles compared to find the most central: a larger story is sampled evenly across its order. */
  readonly maxCandidates: number;
}

/**
 * A summary reads at most 10 articles of a story, the first 20,000 characters of each, so its cost is bounded
 * whatever the story's size (10,000 rewrites of one story, a 1 MiB article): at most ~200,000 characters
 * reach the sentence splitter and ~1,500 sentences the ranking. Why quality holds:
 * - 10 articles: a story's articles restate one event, so the ten closest to the story's centre (by their
 *   openings' content terms) carry what the rest would add; multinews_dev clusters have at most 9, so they
 *   are summarised whole, as before.
 * - 20,000 characters (~3,300 words, ~150 sentences): news puts what matters first (the lead prior of the
 *   multi-article ranking, and 74% of bbc_dev references hold the lead); every bbc_dev article is shorter
 *   (longest 19,101), and 5 of multinews_dev's 1,550 documents are longer.
 * - exact copies of an article are read once (a copy adds no sentence, only weight to its own).
 * - the ten are the most central of at most 100 distinct articles spread evenly over the story: comparing
 *   every opening of 10,000 rewrites cost ~0.9 s. A story of up to 100 distinct articles is compared whole,
 *   as before.
 */
export const SUMMARY_INPUT_LIMITS: SummaryInputLimits = { maxArticles: 10, maxChars: 20_000, centralityChars: 2_000, maxCandidates: 100 };

/** One article a summary reads: its index in the story and the text read (its opening). */
export interface SummaryInput {
  readonly article: number;
  readonly text: string;
}

/**
 * What a story's summary reads, in the story's order: the first of each exactly repeated body; the
 * `maxArticles` most central when there are more (ties to the earlier), among at most `maxCandidates` of them
 * spread evenly over the story; each cut to its first `maxChars`.
 */
export function summaryInputs(bodies: readonly string[], limits: SummaryInputLimits = SUMMARY_INPUT_LIMITS): SummaryInput[] {
  const seen = new Set<string>();
  const distinct = bodies.map((_, i) => i).filter((i) => !seen.has(bodies[i]!) && seen.add(bodies[i]!));
  const kept = distinct.length > limits.maxArticles ? mostCentral(bodies, spreadSample(distinct, limits.maxCandidates), limits) : distinct;
  return kept.map((article) => ({ article, text: openingOf(bodies[article]!, limits.maxChars) }));
}

/** The `maxArticles` of `indices` whose openings are closest to the sum of all openings (cosine of term counts), in story order. */
function mostCentral(bodies: readonly string[], indices: readonly number[], limits: SummaryInputLimits): number[] {
  const vectors = indices.map((i) => {
    const text = bodies[i]!;
    const counts = new Map<string, number>();
    for (const term of contentTerms(text.slice(0, limits.centralityChars))) counts.set(term, (counts.get(term) ?? 0) + 1);
    let norm = 0;
    for (const c of counts.values()) norm += c * c;
    return { counts, norm: Math.sqrt(norm) || 1 };
  });
  const centre = new Map<string, number>();
  for (const { counts, norm } of vectors) for (const [term, c] of counts) centre.set(term, (centre.get(term) ?? 0) + c / norm);
  const score = vectors.map(({ counts, norm }) => {
    let dot = 0;
    for (const [term, c] of counts) dot += (c / norm) * centre.get(term)!;
    return dot;
  });
  const chosen = indices
    .map((_, k) => k)
    .sort((a, b) => score[b]! - score[a]! || a - b)
    .slice(0, limits.maxArticles);
  return chosen.sort((a, b) => a - b).map((k) => indices[k]!);
}

// A sentence end, then whitespace: where an opening may be cut.
const SENTENCE_BREAK = /[.!?]["'”’)]*\s/gu;

/** The text's first `maxChars` characters, cut after the last sentence end in them (else at the last space). */
export function openingOf(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars);
  let cut = -1;
  for (const match of head.matchAll(SENTENCE_BREAK)) cut = match.index + match[0].length;
  if (cut <= 0) cut = head.lastIndexOf(' ');
  return head.slice(0, cut > 0 ? cut : maxChars);
}
