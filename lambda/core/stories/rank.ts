/** What the ranking knows about one story. */
export interface StorySignals {
  /** Coverage: distinct sources when its articles name them (an article without one counts as its own), else articles. */
  readonly coverage: number;
  /**
   * How central the story's names are to the day: the mean, over the names it writes capitalised, of how many
   * other stories of the day name them too. 0 when it shares no name.
   */
  readonly centrality: number;
}

/**
 * Importance of a story: coverage first (more outlets on a story is the clearest sign it matters), then how
 * central its names are to the day, as a fraction below 1, so it only orders stories of equal coverage.
 * Rounded so the value is stable.
 */
export function storyImportance(signals: StorySignals): number {
  const central = signals.centrality / (1 + signals.centrality);
  return Math.round((signals.coverage + central) * 1e6) / 1e6;
}

/** Most of the listed stories one section may fill when the day has at least {@link DIVERSE_DAY} sections. */
export const MAX_SECTION_SHARE = 0.4;
/** Sections a day needs for the share rule and the opening rule to apply. */
export const DIVERSE_DAY = 3;
/** The opening stories, which must span {@link DIVERSE_DAY} sections when the listed stories do. */
export const OPENING_STORIES = 5;

/** A story the ranking may list: its section, in importance order. */
export interface Rankable {
  readonly section: string;
}

/**
 * Chooses and orders the listed stories from candidates in importance order (indexes into `candidates`):
 * 1. when the candidates span at least three sections, no section fills more than 40% of the list: a story
 *    past its section's share gives way to the next story of another section (the share is waived only when
 *    no other story is left);
 * 2. the first five listed span at least three sections when the list does: the best story of a section not
 *    yet among them moves up to fifth place, ahead of the lowest-placed repeat.
 * Otherwise importance decides.
 */
export function selectDiverse(candidates: readonly Rankable[], max: number): number[] {
  const size = Math.min(Math.max(0, max), candidates.length);
  const daySections = new Set(candidates.map((c) => c.section)).size;
  const cap = daySections >= DIVERSE_DAY ? Math.max(1, Math.floor(MAX_SECTION_SHARE * size)) : size;
  const counts = new Map<string, number>();
  const chosen: number[] = [];
  const skipped: number[] = [];
  for (const [i, c] of candidates.entries()) {
    if (chosen.length >= size) break;
    const taken = counts.get(c.section) ?? 0;
    if (taken >= cap) skipped.push(i);
    else {
      counts.set(c.section, taken + 1);
      chosen.push(i);
    }
  }
  // Too few stories outside the full sections: the share gives way, best first.
  for (const i of skipped) if (chosen.length < size) chosen.push(i);
  chosen.sort((a, b) => a - b);
  return openWithVariety(candidates, chosen);
}

/** Rule 2 of {@link selectDiverse}. */
function openWithVariety(candidates: readonly Rankable[], order: number[]): number[] {
  const sectionOf = (i: number): string => candidates[i]!.section;
  const listSections = new Set(order.map(sectionOf)).size;
  const wanted = Math.min(DIVERSE_DAY, listSections);
  for (;;) {
    const opening = order.slice(0, OPENING_STORIES);
    const present = new Set(opening.map(sectionOf));
    if (present.size >= wanted || order.length <= OPENING_STORIES) return order;
    const incoming = order.findIndex((i, at) => at >= OPENING_STORIES && !present.has(sectionOf(i)));
    if (incoming < 0) return order;
    // The lowest-placed opening story whose section appears twice there gives up its place.
    const repeat = opening.map(sectionOf).findLastIndex((s, at, all) => all.indexOf(s) !== at);
    const [moved] = order.splice(incoming, 1);
    order.splice(repeat, 0, moved!);
  }
}
