/**
 * At most `max` of the indices `0 … count - 1`, spread evenly over them in order, the first always among them;
 * all of them when there are no more than `max`. A story's order is by article id (a hash, or a URL), so an even
 * spread samples the whole story rather than one publisher's run of URLs.
 */
export function spreadIndices(count: number, max: number): number[] {
  const taken = Math.min(count, Math.max(0, max));
  return Array.from({ length: taken }, (_, k) => Math.floor((k * count) / taken));
}

/** {@link spreadIndices} applied to a list: at most `max` of its items, spread evenly, in order. */
export function spreadSample<T>(items: readonly T[], max: number): T[] {
  return spreadIndices(items.length, max).map((i) => items[i]!);
}
