import { contentTerms, properTerms } from './terms.ts';

/**
 * A sparse, L2-normalised tf-idf vector over interned term ids: ids ascending, so two vectors meet in one
 * merge pass. Typed arrays, not a Map per article: at 10,000 articles a day the Maps and their garbage
 * were most of grouping's time and memory.
 */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** The day's vectors, each text's number of content terms (with repeats), and the term of each id. */
export interface TermVectors {
  readonly vectors: SparseVector[];
  readonly termCounts: number[];
  readonly vocabulary: readonly string[];
}

/** Each text's content-term ids (with repeats) and the ids it writes as proper nouns. */
interface InternedText {
  readonly terms: Int32Array;
  readonly proper: ReadonlySet<number>;
}

/** Content terms of every text, as ids shared across the texts. */
function internAll(texts: readonly string[]): { interned: InternedText[]; vocabulary: string[] } {
  const ids = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return id;
  };
  const interned = texts.map((text) => {
    const words = contentTerms(text);
    const terms = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) terms[i] = idOf(words[i]!);
    const proper = new Set<number>();
    for (const term of properTerms(text)) {
      const id = ids.get(term);
      if (id !== undefined) proper.add(id);
    }
    return { terms, proper };
  });
  return { interned, vocabulary: [...ids.keys()] };
}

/** One vector: count × idf, × `boost` for proper nouns, then unit length. */
function vectorOf({ terms, proper }: InternedText, idf: Float64Array, boost: number): SparseVector {
  const sorted = terms.slice().sort();
  const ids: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    const id = sorted[i]!;
    let count = 0;
    while (i < sorted.length && sorted[i] === id) [count, i] = [count + 1, i + 1];
    const weight = count * idf[id]! * (proper.has(id) ? boost : 1);
    if (weight > 0) [ids.push(id), weights.push(weight)];
  }
  const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0));
  return { ids: Int32Array.from(ids), weights: Float64Array.from(weights, (w) => w / norm) };
}

/**
 * tf-idf vectors of texts over their own vocabulary, idf = ln(1 + n / df), proper nouns weighted `boost`×.
 */
export function termVectors(texts: readonly string[], boost: number): TermVectors {
  const { interned, vocabulary } = internAll(texts);
  const df = new Int32Array(vocabulary.length);
  const seen = new Int32Array(vocabulary.length).fill(-1);
  interned.forEach(({ terms }, doc) => {
    for (const id of terms) if (seen[id] !== doc) [seen[id], df[id]] = [doc, df[id]! + 1];
  });
  const idf = Float64Array.from(df, (count) => Math.log(1 + texts.length / count));
  const vectors = interned.map((text) => vectorOf(text, idf, boost));
  return { vectors, termCounts: interned.map((t) => t.terms.length), vocabulary };
}

/** Cosine of two unit vectors: one merge over their sorted ids. */
export function sparseCosine(a: SparseVector, b: SparseVector): number {
  let [i, j, dot] = [0, 0, 0];
  while (i < a.ids.length && j < b.ids.length) {
    const [x, y] = [a.ids[i]!, b.ids[j]!];
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
