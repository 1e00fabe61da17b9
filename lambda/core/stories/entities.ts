import nlp from 'compromise';
import type { Entity, EntityKind } from '../types.ts';
import { isEventWord, isGenericBody, isName, isTitle, normaliseName, splitPossessive, titledPeople } from './entity-names.ts';

/** How many entities a story lists at most. */
export const MAX_ENTITIES = 8;

/**
 * How much of a story's opening the tagger reads. compromise costs ~0.07–0.1 ms a word (25–40 ms for a
 * 385-word bbc_dev article on this machine): tagging whole stories made a year of back-fill (7,300
 * detailed stories) 2.3x slower (BENCHMARKS.md). News names its main actors early, so the tagger reads
 * the opening ~250 words plus the shown sentences; titled people ("Mayor Alice Brennan") are found in the
 * whole text by a cheap scan, and every name is counted over the whole text for salience.
 */
export const MAX_TAGGED_CHARS = 1500;

interface Mention {
  readonly name: string;
  readonly kind: EntityKind;
  readonly start: number;
}

type Match = { text: string; offset: { start: number; length: number } };

/** A tagged person, widened to the capitalised words after it ("Li" + "Wen"); undefined for "Storm Petra". */
function personAt(text: string, match: Match): Mention | undefined {
  const { start, length } = match.offset;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '';
  if (isEventWord(before) || isEventWord(match.text.split(' ')[0] ?? '')) return undefined;
  let raw = match.text;
  if (/[\p{L}\p{N}]$/u.test(raw)) {
    // compromise often tags only the first part of an unfamiliar name: "Curator Li Wen" gives "Li".
    const after = /^(?: \p{Lu}[\p{L}\-]*(?:['’]s)?){1,2}/u.exec(text.slice(start + length))?.[0] ?? '';
    for (const word of after.trim().split(' ').filter(Boolean)) {
      if (isTitle(word) || !isName(normaliseName(word, 'person'))) break;
      raw += ` ${word}`;
      if (/['’]s$/u.test(word)) break;
    }
  }
  return { name: normaliseName(raw, 'person'), kind: 'person', start };
}

/** True when the story tags `name` as a place, or compromise's lexicon knows it as one ("Russia"). */
function isPlace(name: string, places: ReadonlySet<string>): boolean {
  return places.has(name) || nlp(name).has('#Place');
}

/** compromise tags "Indian" or "British" alone as an organisation; a one-word adjective is not one. */
function isDemonym(name: string): boolean {
  return !name.includes(' ') && nlp(name).has('(#Adjective|#Demonym)');
}

/** An organisation; "Russia’s Foreign Ministry" becomes its owner (a place when it is one) and, unless generic, its body. */
function organisationAt(match: Match, places: ReadonlySet<string>): Mention[] {
  const { start } = match.offset;
  const name = normaliseName(match.text, 'organization');
  const parts = splitPossessive(name);
  if (!parts) return [{ name, kind: 'organization', start }];
  const owner = normaliseName(parts.owner, 'organization');
  const mentions: Mention[] = [{ name: owner, kind: isPlace(owner, places) ? 'place' : 'organization', start }];
  if (!isGenericBody(parts.body)) mentions.push({ name: parts.body, kind: 'organization', start });
  return mentions;
}

/** People, places and organisations in the text: compromise's tags, plus people named after a title. */
function mentionsIn(text: string, fullText: string): Mention[] {
  const doc = nlp(text);
  const matches = (view: { json: (o: object) => unknown }): Match[] => view.json({ offset: true, terms: false }) as Match[];
  const places = matches(doc.places()).map((m) => ({ name: normaliseName(m.text, 'place'), kind: 'place' as const, start: m.offset.start }));
  const placeNames = new Set(places.map((m) => m.name));
  const people = matches(doc.people()).flatMap((m) => personAt(text, m) ?? []);
  const titled = titledPeople(fullText).map((span) => ({ ...span, kind: 'person' as const }));
  // Once the story says "Storm Petra", a later bare "Petra" is the storm too.
  const events = new Set([...text.matchAll(/(\p{L}+) (\p{Lu}\p{L}+)/gu)].filter((m) => isEventWord(m[1]!)).map((m) => m[2]!));
  const notEvent = (m: Mention): boolean => !m.name.split(' ').some((word) => events.has(word));
  const orgMatches = matches(doc.organizations());
  const organisations = orgMatches.flatMap((m) => organisationAt(m, placeNames)).filter((m) => !isDemonym(m.name));
  // "General Motors" is a company, not a person called Motors after the title "General".
  const inOrganisation = (m: Mention): boolean =>
    orgMatches.some(({ offset }) => m.start >= offset.start && m.start < offset.start + offset.length);
  const persons = [...people.filter(notEvent), ...titled].filter((m) => !inOrganisation(m));
  return [...persons, ...places, ...organisations].filter((m) => isName(m.name));
}

/** The fullest name for each person: "Putin" joins "Vladimir Putin", "Li" joins "Li Wen", when unambiguous. */
function canonicalNames(mentions: readonly Mention[]): Map<string, string> {
  const people = [...new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.name))];
  const canonical = new Map<string, string>();
  for (const name of people) {
    const fuller = people
      .filter((other) => other !== name && (other.endsWith(` ${name}`) || other.startsWith(`${name} `)))
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // "Smith" with both "Anna Smith" and "John Smith" named is ambiguous: it stays as it is.
    const agree = fuller.every((f) => fuller[0]!.includes(f));
    canonical.set(name, fuller.length > 0 && agree ? fuller[0]! : name);
  }
  return canonical;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whole-word occurrences of `key` in `text` and where the first one starts (indexOf: no regex per name). */
function occurrences(text: string, key: string): { count: number; first: number } {
  let [count, first] = [0, text.length];
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
    if (WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(at + key.length))) continue;
    count++;
    first = Math.min(first, at);
  }
  return { count, first };
}

interface Candidate {
  readonly kind: EntityKind;
  /** The shortest form the story uses ("Putin" for "Vladimir Putin"): every mention contains it. */
  key: string;
}

/** One candidate per canonical name; a name tagged as two kinds keeps the first: person, place, organisation. */
function candidatesOf(mentions: readonly Mention[]): Map<string, Candidate> {
  const canonical = canonicalNames(mentions);
  const byName = new Map<string, Candidate>();
  for (const m of mentions) {
    const name = m.kind === 'person' ? (canonical.get(m.name) ?? m.name) : m.name;
    const found = byName.get(name);
    if (!found) byName.set(name, { kind: m.kind, key: m.name });
    else if (found.kind === m.kind && m.name.length < found.key.length) found.key = m.name;
  }
  return byName;
}

/** The story's opening, cut at a sentence end, plus the shown sentences it does not already hold. */
function textToTag(fullText: string, keyText: string): string {
  if (fullText.length <= MAX_TAGGED_CHARS) return fullText;
  const cut = fullText.slice(0, MAX_TAGGED_CHARS);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('\n'));
  const opening = end > MAX_TAGGED_CHARS / 2 ? cut.slice(0, end + 1) : cut;
  const extra = keyText.split('\n').filter((line) => line.trim() !== '' && !opening.includes(line));
  return [opening, ...extra].join('\n\n');
}

/**
 * Entities of a story from its whole text: people, places and organisations tagged by compromise on
 * the first {@link MAX_TAGGED_CHARS} characters and on `keyText` (the lines the briefing shows, which
 * may come from later articles), plus people named after a title anywhere in the text. Salience is how
 * often the whole text names each one (its shortest form, so "Putin" counts for "Vladimir Putin"), plus
 * up to 1 for how early it first appears.
 */
export function extractEntities(fullText: string, keyText = '', max = MAX_ENTITIES): Entity[] {
  const candidates = candidatesOf(mentionsIn(textToTag(fullText, keyText), fullText));
  const length = Math.max(fullText.length, 1);
  const ranked = [...candidates].map(([name, { kind, key }]) => {
    const { count, first } = occurrences(fullText, key);
    const salience = Math.max(1, count) + (1 - Math.min(first, length) / length);
    return { name, kind, salience: Math.round(salience * 1000) / 1000 };
  });
  ranked.sort((a, b) => b.salience - a.salience || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ranked.slice(0, max);
}
