import { SECTION_TERMS, SECTIONS, type Section } from './section-terms.ts';

export { SECTIONS, type Section } from './section-terms.ts';

/** Files a story under one section from its title or lead and its articles' text. */
export type SectionClassifier = (story: { readonly lead: string; readonly bodies: readonly string[] }) => Section;

/** Words of a body read: the opening carries the topic, and a long feature should not cost more. */
const BODY_WORDS = 400;
/** The lead (title or first sentence) names the topic: its words count this many times. */
const LEAD_WEIGHT = 3;
/** The shortest prefix a "word*" term may be. */
const MIN_PREFIX = 3;

interface TermIndex {
  /** Whole words, each with the sections it points to. */
  readonly exact: ReadonlyMap<string, readonly number[]>;
  /** Prefixes ("elect" of "elect*"), each with its sections. */
  readonly prefixes: ReadonlyMap<string, readonly number[]>;
  /** Each section's share of all terms, to even out lists of different lengths. */
  readonly sizes: readonly number[];
}

function indexTerms(): TermIndex {
  const exact = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const sizes = SECTIONS.map((section, s) => {
    const terms = [...new Set(SECTION_TERMS[section].split(/\s+/).filter(Boolean))];
    for (const term of terms) {
      const [map, key] = term.endsWith('*') ? [prefixes, term.slice(0, -1)] : [exact, term];
      const list = map.get(key) ?? [];
      if (!list.includes(s)) list.push(s);
      map.set(key, list);
    }
    return terms.length;
  });
  return { exact, prefixes, sizes };
}

/** The sections a word points to: a whole-word term, else the longest "prefix*" term it begins with. */
function sectionsOf(index: TermIndex, word: string): readonly number[] | undefined {
  const whole = index.exact.get(word) ?? index.prefixes.get(word);
  if (whole) return whole;
  for (let end = word.length - 1; end >= MIN_PREFIX; end--) {
    const found = index.prefixes.get(word.slice(0, end));
    if (found) return found;
  }
  return undefined;
}

function addScores(index: TermIndex, text: string, weight: number, scores: number[], maxWords: number): void {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? [];
  for (const word of words.slice(0, maxWords)) {
    const sections = sectionsOf(index, word);
    if (!sections) continue;
    // A word shared by two sections ("game") gives each half.
    for (const s of sections) scores[s]! += weight / sections.length;
  }
}

/**
 * A section classifier over the hand-written term lists (section-terms.ts): each word of the lead (×3) and of
 * the opening 400 words of every article votes for the sections whose lists hold it; the section with the most
 * votes, scaled by the square root of its list's length, wins. A story with no vote at all goes to World.
 * The index is built on first use.
 */
export function createSectionClassifier(): SectionClassifier {
  let index: TermIndex | undefined;
  return ({ lead, bodies }) => {
    index ??= indexTerms();
    const scores = SECTIONS.map(() => 0);
    addScores(index, lead, LEAD_WEIGHT, scores, BODY_WORDS);
    for (const body of bodies) addScores(index, body, 1 / Math.max(1, Math.sqrt(bodies.length)), scores, BODY_WORDS);
    const scaled = scores.map((score, s) => score / Math.sqrt(index!.sizes[s]!));
    let best = 0;
    scaled.forEach((score, s) => {
      if (score > scaled[best]!) best = s;
    });
    return scaled[best]! > 0 ? SECTIONS[best]! : 'World';
  };
}
