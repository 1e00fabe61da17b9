import { adjacentContentTerms, properTerms } from '../text/terms.ts';

/**
 * A sparse, L2-normalised tf-idf vector over interned term ids: ids ascending, so two vectors meet in one
 * merge pass. Typed arrays, not a Map per article: at 10,000 articles a day the Maps and their garbage
 * were most of grouping's time and memory.
 */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** An article's vector, with which of its terms are names or phrases holding one (1) and which are what it says (0). */
export interface ArticleVector extends SparseVector {
  readonly proper: Uint8Array;
}

/** The day's vectors, each text's number of content terms (with repeats), and how many term ids there are. */
export interface TermVectors {
  readonly vectors: ArticleVector[];
  readonly termCounts: number[];
  readonly vocabularySize: number;
}

/** How terms are weighted; see `GroupingParameters` for the values used and how they were chosen. */
export interface TermWeighting {
  /** Multiplier for words written as proper nouns. */
  readonly properNounWeight: number;
  /** Multiplier for two-word phrases; 0 leaves them out. */
  readonly phraseWeight: number;
  /** Power of idf: above 1, a term a few articles share outweighs one many share by more than plain idf. */
  readonly idfExponent: number;
  /** Multiplier for a term only one text has: no shared evidence, but a sign the text also says other things. */
  readonly loneTermWeight: number;
}

/** Each text's term ids (words, then phrases; with repeats) and the ids it writes as proper nouns. */
interface InternedText {
  readonly terms: Int32Array;
  readonly wordCount: number;
  readonly proper: ReadonlySet<number>;
  /** Proper nouns and the phrases holding one ("helen ward", "mayor helen"): the text's names. */
  readonly names: ReadonlySet<number>;
}

// Term ids stay below 2^26 (67 M terms, far beyond any day's vocabulary), so a phrase key stays an exact integer.
const PHRASE_KEY_BASE = 2 ** 26;

/** Words and phrases of every text, as ids shared across the texts; `isPhrase` marks phrase ids. */
function internAll(texts: readonly string[]): { interned: InternedText[]; size: number; isPhrase: boolean[] } {
  const words = new Map<string, number>();
  // A phrase's key is its two word ids in one number (first × 2^26 + second): no string, no Map per word.
  const phrases = new Map<number, number>();
  const isPhrase: boolean[] = [];
  const wordId = (term: string): number => {
    let id = words.get(term);
    if (id === undefined) {
      id = isPhrase.push(false) - 1;
      words.set(term, id);
    }
    return id;
  };
  const phraseId = (first: number, second: number): number => {
    const key = first * PHRASE_KEY_BASE + second;
    let id = phrases.get(key);
    if (id === undefined) {
      id = isPhrase.push(true) - 1;
      phrases.set(key, id);
    }
    return id;
  };
  const interned = texts.map((text) => {
    const { terms, followsPrevious } = adjacentContentTerms(text);
    // Words then phrases, written straight into the text's id array (at most one phrase per word).
    const buffer = new Int32Array(2 * terms.length);
    let n = 0;
    for (const term of terms) buffer[n++] = wordId(term);
    for (let i = 1; i < terms.length; i++) if (followsPrevious[i]) buffer[n++] = phraseId(buffer[i - 1]!, buffer[i]!);
    const ids = buffer.slice(0, n);
    const proper = new Set<number>();
    for (const term of properTerms(text)) {
      const id = words.get(term);
      if (id !== undefined) proper.add(id);
    }
    const names = new Set(proper);
    for (let i = 1, p = terms.length; i < terms.length; i++) {
      if (followsPrevious[i] && (proper.has(ids[i - 1]!) || proper.has(ids[i]!))) names.add(ids[p]!);
      if (followsPrevious[i]) p++;
    }
    return { terms: ids, wordCount: terms.length, proper, names };
  });
  return { interned, size: isPhrase.length, isPhrase };
}

/**
 * One vector: (1 + ln count) × the term's weight, × `boost` for proper nouns, then unit length. `counts` is
 * per-id scratch, zero between calls, so only the text's distinct ids are sorted, not every occurrence;
 * `distinct` is scratch as long as the longest text (a buffer per text was garbage the size of the day).
 */
function vectorOf(
  { terms, proper, names: nameIds }: InternedText,
  termWeight: Float64Array,
  boost: number,
  counts: Int32Array,
  distinct: Int32Array,
): ArticleVector {
  let size = 0;
  for (let k = 0; k < terms.length; k++) {
    const id = terms[k]!;
    if (counts[id]!++ === 0 && termWeight[id]! > 0) distinct[size++] = id;
  }
  const ids = distinct.slice(0, size).sort();
  const weights = new Float64Array(size);
  const names = new Uint8Array(size);
  let norm = 0;
  for (let k = 0; k < size; k++) {
    const id = ids[k]!;
    names[k] = nameIds.has(id) ? 1 : 0;
    // Sublinear tf: a name repeated ten times is not ten times the evidence (one shared "Colbert" merged two stories).
    const weight = (1 + Math.log(counts[id]!)) * termWeight[id]! * (proper.has(id) ? boost : 1);
    [weights[k], norm] = [weight, norm + weight * weight];
  }
  for (let k = 0; k < terms.length; k++) counts[terms[k]!] = 0;
  norm = Math.sqrt(norm);
  for (let k = 0; k < size; k++) weights[k] = weights[k]! / norm;
  return { ids, weights, proper: names };
}

// idf of a term held by half the texts: ln(1 + n / (n / 2)).
const HALF_DAY_IDF = Math.log(3);

/**
 * tf-idf vectors of texts over their own words and two-word phrases: weight (1 + ln tf) × idf^idfExponent,
 * idf = ln(1 + n / df). A term only one text has counts `loneTermWeight`×: at full weight those terms made a
 * long article look unlike every short report of the same story.
 */
export function termVectors(texts: readonly string[], weighting: TermWeighting): TermVectors {
  const { interned, size, isPhrase } = internAll(texts);
  const df = new Int32Array(size);
  const seen = new Int32Array(size).fill(-1);
  interned.forEach(({ terms }, doc) => {
    for (const id of terms) if (seen[id] !== doc) [seen[id], df[id]] = [doc, df[id]! + 1];
  });
  const termWeight = Float64Array.from(df, (count, id) => {
    const idf = Math.log(1 + texts.length / count) ** weighting.idfExponent;
    // A lone term never counts less than a word half the day uses: in a day of three articles, "said" and
    // "year" in two of them would otherwise outweigh everything else they say.
    if (count < 2) return Math.max(idf * weighting.loneTermWeight, HALF_DAY_IDF ** weighting.idfExponent);
    return isPhrase[id] ? idf * weighting.phraseWeight : idf;
  });
  const counts = new Int32Array(size);
  const distinct = new Int32Array(interned.reduce((longest, text) => Math.max(longest, text.terms.length), 0));
  const vectors = interned.map((text) => vectorOf(text, termWeight, weighting.properNounWeight, counts, distinct));
  return { vectors, termCounts: interned.map((t) => t.wordCount), vocabularySize: size };
}
