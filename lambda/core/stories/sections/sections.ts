import { spreadSample } from '../spread-sample.ts';
import { SECTION_TERMS, SECTIONS, type Section } from './section-terms.ts';

export { SECTIONS, type Section } from './section-terms.ts';

/** Files a story under one section from its title or lead and its articles' text. */
export type SectionClassifier = (story: { readonly lead: string; readonly bodies: readonly string[] }) => Section;

/** Words of a body read: the opening carries the topic, and a long feature should not cost more. */
const BODY_WORDS = 400;
/** Characters of a body its words are looked for in: 400 words of prose take far fewer; the cut bounds a 1 MiB body's cost. */
const BODY_CHARS = 20_000;
/**
 * Most bodies read, spread evenly over the story, so a story costs at most what ten articles do (reading every
 * body of 10,000 rewrites cost ~1.3 s). A story of up to ten articles is read whole, as before.
 */
export const MAX_SECTION_BODIES = 10;
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

const WORD = /[a-z0-9]+(?:[-'][a-z0-9]+)*/g;

function addScores(index: TermIndex, text: string, weight: number, scores: number[]): void {
  let words = 0;
  // Lazily matched: the scan stops at the 400th word, never listing a long body's every word.
  for (const [word] of text.slice(0, BODY_CHARS).toLowerCase().matchAll(WORD)) {
    if (words++ >= BODY_WORDS) break;
    const sections = sectionsOf(index, word);
    if (!sections) continue;
    // A word shared by two sections ("game") gives each half.
    for (const s of sections) scores[s]! += weight / sections.length;
  }
}

/**
 * A section classifier over the hand-written term lists (section-terms.ts): each word of the lead (×3) and of
 * the opening 400 words of every article read (at most {@link MAX_SECTION_BODIES}) votes for the sections whose
 * lists hold it; the section with the most votes, scaled by the square root of its list's length, wins. A story
 * with no vote at all goes to World. The index is built on first use.
 */
export function createSectionClassifier(): SectionClassifier {
  let index: TermIndex | undefined;
  return ({ lead, bodies }) => {
    index ??= indexTerms();
    const scores = SECTIONS.map(() => 0);
    const read = spreadSample(bodies, MAX_SECTION_BODIES);
    addScores(index, lead, LEAD_WEIGHT, scores);
    for (const body of read) addScores(index, body, 1 / Math.max(1, Math.sqrt(read.length)), scores);
    const scaled = scores.map((score, s) => score / Math.sqrt(index!.sizes[s]!));
    let best = 0;
    scaled.forEach((score, s) => {
      if (score > scaled[best]!) best = s;
    });
    return scaled[best]! > 0 ? SECTIONS[best]! : 'World';
  };
}
