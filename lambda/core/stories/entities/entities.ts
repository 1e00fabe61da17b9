import type { Entity, EntityKind } from '../../types.ts';
import type { LanguageModels } from '../text/language-models.ts';
import { expansionOf, isFragment, isNotEntity, readsAsCompany, withoutDescriptors } from './entity-cleanup.ts';
import { createNameNormaliser, isEventWord, isName, isTitle, type NameNormaliser, titledPeople } from './entity-names.ts';
import { createLexiconTags } from './lexicon.ts';
import { createRunClassifier, type RunClassifier } from './name-kinds.ts';
import { nameRuns } from './name-scan.ts';
import { scanWords } from './word-scan.ts';

/** How many entities a story lists at most. */
export const MAX_ENTITIES = 8;

interface Mention {
  readonly name: string;
  readonly kind: EntityKind;
  readonly start: number;
}

/**
 * People, places and organisations named in the text: runs of capitalised words classified by
 * compromise's lexicon and the words around them, plus people named after a title. No tagger runs:
 * compromise's tagger costs ~0.07 ms a word, which made entities 65% of a year of back-fill (BENCHMARKS.md).
 */
function mentionsIn(names: NameTools, text: string): Mention[] {
  const { normalise, classifyRun } = names;
  const readsAsCompanyHere = companyTest(text);
  const found: Mention[] = [];
  // Once the story says "Storm Petra", a later bare "Petra" is the storm too.
  const events = new Set<string>();
  // Both scans read the same words: the text is split once.
  const tokens = scanWords(text);
  for (const run of nameRuns(text, tokens)) {
    const eventAt = run.words.findIndex(isEventWord);
    if (eventAt >= 0 && run.words[eventAt + 1]) events.add(normalise(run.words[eventAt + 1]!, 'person'));
    const named = classifyRun(run);
    if (named) found.push({ ...named, start: run.start });
    // A name no list knows, in a company's context ("firm Allied Domecq", "shares in Halden"), is a company.
    else {
      const name = normalise(run.words.join(' '), 'organization');
      // Short capitals ("US shares rose") are a country's as often as a company's: only a longer name counts.
      if (name.length > 3 && readsAsCompanyHere(name)) found.push({ name, kind: 'organization', start: run.start });
    }
  }
  // "General Motors" is a company, not a person called Motors after the title "General".
  const organisations = found.filter((m) => m.kind === 'organization');
  const inOrganisation = (at: number): boolean => organisations.some((m) => at >= m.start && at < m.start + m.name.length);
  const titled = titledPeople(text, tokens, normalise)
    .filter((span) => !inOrganisation(span.start))
    .map((span) => ({ ...span, kind: 'person' as const }));
  // A surname said alone ("an adviser to Haddad") is the person the story names in full ("Zofia Haddad").
  const people = [...found, ...titled].filter((m) => m.kind === 'person' && m.name.includes(' '));
  const surnames = new Set(people.map((m) => m.name.split(' ').at(-1)!));
  const all = [...found, ...titled].map((m) => (!m.name.includes(' ') && surnames.has(m.name) ? { ...m, kind: 'person' as const } : m));
  return all
    .filter((m) => (events.size === 0 || !m.name.split(' ').some((word) => events.has(word))) && isName(m.name))
    .map((m) => cleanMention(m, readsAsCompanyHere))
    .filter((m) => isName(m.name) && !isNotEntity(m.name) && !(m.kind === 'person' && / of /u.test(m.name)));
}

/**
 * A mention with its name cleaned: a person's without the job or adverb that leads into it ("Sprinter
 * Michelle Collins" → "Michelle Collins"), and a "person" the text treats as a company ("shares in Morgan
 * Stanley") made an organisation.
 */
function cleanMention(m: Mention, readsAsCompanyHere: (name: string) => boolean): Mention {
  if (m.kind !== 'person') return m;
  if (m.name.includes(' ') && readsAsCompanyHere(m.name)) return { ...m, kind: 'organization' };
  const name = withoutDescriptors(m.name, isTitle);
  return name === m.name ? m : { ...m, name };
}

/**
 * {@link readsAsCompany} for one text, answering each name once: a story names its actors many times, and each
 * answer is a regular expression run over the whole text (up to 200,000 characters).
 */
function companyTest(text: string): (name: string) => boolean {
  const answers = new Map<string, boolean>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      answer = readsAsCompany(name, text);
      answers.set(name, answer);
    }
    return answer;
  };
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
  readonly key: string;
}

/**
 * One candidate per canonical name. A name read as two kinds takes the kind most of its mentions give (one
 * sense per discourse: "an offer from Qwest" reads as a place, "Qwest has said" and "Qwest shares" do not),
 * and on a tie the first: person, place, organisation.
 */
function candidatesOf(mentions: readonly Mention[]): Map<string, Candidate> {
  const canonical = canonicalNames(mentions);
  // Per name, per kind in first-seen order: how many mentions give it, and the shortest form they use.
  const readings = new Map<string, Map<EntityKind, { count: number; key: string }>>();
  for (const m of mentions) {
    const name = m.kind === 'person' ? (canonical.get(m.name) ?? m.name) : m.name;
    const kinds = readings.get(name) ?? readings.set(name, new Map()).get(name)!;
    const reading = kinds.get(m.kind);
    if (!reading) kinds.set(m.kind, { count: 1, key: m.name });
    else [reading.count, reading.key] = [reading.count + 1, m.name.length < reading.key.length ? m.name : reading.key];
  }
  const byName = new Map<string, Candidate>();
  for (const [name, kinds] of readings) {
    const [kind, { key }] = [...kinds].reduce((best, next) => (next[1].count > best[1].count ? next : best));
    byName.set(name, { kind, key });
  }
  return byName;
}

/** Lists a story's entities from its whole text, at most `max` (see {@link extractEntities}). */
export type EntityExtractor = (fullText: string, max?: number) => Entity[];

interface NameTools {
  readonly normalise: NameNormaliser;
  readonly classifyRun: RunClassifier;
}

/** An entity extractor reading compromise's lexicon, with its own bounded memos of names and word classes. */
export function createEntityExtractor(models: LanguageModels): EntityExtractor {
  const normalise = createNameNormaliser();
  const names: NameTools = { normalise, classifyRun: createRunClassifier(createLexiconTags(models), normalise) };
  return (fullText, max = MAX_ENTITIES) => extractEntities(names, fullText, max);
}

/**
 * Entities of a story from its whole text: people, places and organisations (see {@link mentionsIn}).
 * Salience is how often the text names each one (its shortest form, so "Putin" counts for
 * "Vladimir Putin"), plus up to 1 for how early it first appears.
 */
function extractEntities(names: NameTools, fullText: string, max: number): Entity[] {
  const candidates = candidatesOf(mentionsIn(names, fullText));
  // A one-word name only ever written inside a longer one ("Spencer" of "Marks & Spencer") is no entity.
  for (const name of [...candidates.keys()]) if (isFragment(name, fullText)) candidates.delete(name);
  // An abbreviation joins the name it stands for ("GM" and "General Motors" are one entity), counted together.
  const alsoCounted = new Map<string, string>();
  const all = [...candidates.keys()];
  for (const short of all) {
    const full = expansionOf(short, all);
    if (full && candidates.has(full) && !alsoCounted.has(full)) {
      alsoCounted.set(full, short);
      candidates.delete(short);
    }
  }
  const length = Math.max(fullText.length, 1);
  const ranked = [...candidates].map(([name, { kind, key }]) => {
    const own = occurrences(fullText, key);
    const short = alsoCounted.get(name);
    const other = short ? occurrences(fullText, short) : { count: 0, first: length };
    const [count, first] = [own.count + other.count, Math.min(own.first, other.first)];
    const salience = Math.max(1, count) + (1 - Math.min(first, length) / length);
    return { name, kind, salience: Math.round(salience * 1000) / 1000 };
  });
  ranked.sort((a, b) => b.salience - a.salience || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ranked.slice(0, max);
}
