/**
 * Each article's most similar articles among those it was compared with, kept in fixed typed arrays (n × capacity):
 * what its topic looks like around it, so a link can be judged against it.
 */
export class NearestNeighbours {
  private readonly ids: Int32Array;
  private readonly similarities: Float64Array;

  constructor(
    articles: number,
    private readonly capacity: number,
  ) {
    this.ids = new Int32Array(articles * capacity).fill(-1);
    this.similarities = new Float64Array(articles * capacity);
  }

  /** Records that `i` and `j` are `similarity` alike (both ways); each list stays in descending order. */
  note(i: number, j: number, similarity: number): void {
    this.insert(i, j, similarity);
    this.insert(j, i, similarity);
  }

  private insert(i: number, j: number, similarity: number): void {
    const base = i * this.capacity;
    let k = this.capacity - 1;
    if (this.ids[base + k] !== -1 && similarity <= this.similarities[base + k]!) return;
    // Ties keep the earlier-noted neighbour first; notes come in a canonical order, so the lists do too.
    while (k > 0 && (this.ids[base + k - 1] === -1 || this.similarities[base + k - 1]! < similarity)) {
      this.ids[base + k] = this.ids[base + k - 1]!;
      this.similarities[base + k] = this.similarities[base + k - 1]!;
      k--;
    }
    this.ids[base + k] = j;
    this.similarities[base + k] = similarity;
  }

  /**
   * The similarity of `i`'s `rank`-th nearest neighbour (1-based) that `excluded` does not rule out, or 0 when
   * fewer are known: how alike `i` is to the articles around it that are not on its story.
   */
  background(i: number, rank: number, excluded: (j: number) => boolean): number {
    const base = i * this.capacity;
    let seen = 0;
    for (let k = 0; k < this.capacity; k++) {
      const j = this.ids[base + k]!;
      if (j === -1) break;
      if (!excluded(j) && ++seen === rank) return this.similarities[base + k]!;
    }
    return 0;
  }
}
