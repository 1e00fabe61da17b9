import type { EntityKind } from '../../types.ts';
import { isEventWord, isGenericBody, isName, isTitle, type NameNormaliser } from './entity-names.ts';
import { isDescriptor } from './entity-cleanup.ts';
import type { LexiconTags } from './lexicon.ts';
import type { NameRun } from './name-scan.ts';

const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const LAST_NAME_TAGS = new Set(['LastName']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Address']);
const ORGANISATION_TAGS = new Set(['Organization', 'Company', 'School', 'SportsTeam']);
// Words a capitalised sentence opener is when it is not a name ("The", "Although", "Officials").
const NOT_NAME_TAGS = new Set([
  'Determiner',
  'Conjunction',
  'Preposition',
  'Adverb',
  'Pronoun',
  'Demonym',
  'Plural',
  'WeekDay',
  'Month',
  'Modal',
]);

// The last word of an organisation's name ("Teachers Union", "National Weather Service", "General Motors").
const ORGANISATION_ENDS = new Set(
  (
    'union ministry department office service council committee commission agency authority bank party ' +
    'university college school hospital court senate parliament assembly army navy police corporation corp ' +
    'inc ltd plc group company motors airlines airways institute foundation association federation league ' +
    'club fund board bureau trust network times post news press guard force forces organisation organization ' +
    'energy telecom foods insurance logistics holdings capital partners industries systems technologies ' +
    'media pharmaceuticals electric motors steel mining oil gas railways ballet opera orchestra watch sports ' +
    'project festival awards gallery museum theatre theater academy studios pictures records brothers bros games'
  ).split(' '),
);

// The last word of a place's name.
// Words that make a region of a place: "Northern Ireland", "South Wales", "Greater Manchester".
const DIRECTIONS = new Set('north south east west northern southern eastern western central upper lower greater new'.split(' '));
const PLACE_ENDS = new Set(
  'castle palace square street road avenue bridge island islands river lake mountains valley park airport county province'.split(' '),
);

// Verbs of saying after a name, and words before one, that mark a person ("Quist said", "led by Quist").
const PERSON_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'warned', 'announced', 'explained']);
const PERSON_BEFORE = new Set(['by', 'and', 'minister', 'leader', 'chief', 'spokesman', 'spokeswoman', 'envoy', 'diplomat']);
// A single unknown capitalised word after these, and before no noun, is a place ("talks in Tucson.").
const PLACE_BEFORE = new Set(['in', 'from', 'to', 'across', 'near', 'at', 'into', 'outside', 'around', 'of']);
// Verbs are left out: "an adviser to Haddad said" names a person.
const PLACE_AFTER = new Set([
  '',
  'on',
  'in',
  'and',
  'for',
  'with',
  'to',
  'after',
  'that',
  'as',
  'where',
  'last',
  'this',
  'earlier',
  'since',
  'by',
  'before',
  'ahead',
  'without',
  'over',
]);

const DEMONYM_TAGS = new Set(['Demonym']);

// The tag sets above as bits: a word's classes come from one memoised lookup, not a scan of its tags per set.
const [PERSON, FIRST_NAME, LAST_NAME, PLACE, ORGANISATION, NOT_NAME, DEMONYM] = [1, 2, 4, 8, 16, 32, 64];
const CLASSES: readonly (readonly [ReadonlySet<string>, number])[] = [
  [PERSON_TAGS, PERSON],
  [FIRST_NAME_TAGS, FIRST_NAME],
  [LAST_NAME_TAGS, LAST_NAME],
  [PLACE_TAGS, PLACE],
  [ORGANISATION_TAGS, ORGANISATION],
  [NOT_NAME_TAGS, NOT_NAME],
  [DEMONYM_TAGS, DEMONYM],
];
/** True when the last word of a name is an institution's ("… Ministry", "… Union", "… Bank"). */
function endsAsInstitution(words: readonly string[]): boolean {
  return ORGANISATION_ENDS.has(
    words
      .at(-1)!
      .replace(/['’]s$/u, '')
      .toLowerCase(),
  );
}

/** A name and its kind from a run of capitalised words, or undefined when it is none of person, place, organisation. */
export type RunClassifier = (run: NameRun) => { name: string; kind: EntityKind } | undefined;

// The lexicon never changes, so the memo only saves work; it is bounded, as a long run meets many names.
const MEMO_LIMIT = 50_000;

/** A classifier of name runs by the lexicon's tags and the words around them, memoising each word's classes. */
export function createRunClassifier(lexiconTags: LexiconTags, normalise: NameNormaliser): RunClassifier {
  const classMemo = new Map<string, number>();

  function classesOf(word: string): number {
    let bits = classMemo.get(word);
    if (bits === undefined) {
      bits = 0;
      for (const tag of lexiconTags(word)) for (const [set, bit] of CLASSES) if (set.has(tag)) bits |= bit;
      if (classMemo.size >= MEMO_LIMIT) classMemo.clear();
      classMemo.set(word, bits);
    }
    return bits;
  }

  /** True when the lexicon gives the word a tag of the class (one of the bits above). */
  function hasTag(word: string, bit: number): boolean {
    return (classesOf(word) & bit) !== 0;
  }

  /** A name the lexicon knows whole ("General Motors", "United States"), or undefined. */
  function knownKind(name: string): EntityKind | undefined {
    if (hasTag(name, ORGANISATION)) return 'organization';
    if (hasTag(name, PLACE)) return 'place';
    if (hasTag(name, PERSON)) return 'person';
    return undefined;
  }

  /** The words of a run without an opener that is not a name ("Although", "The") or a nationality ("Russian"). */
  function coreWords(run: NameRun): string[] {
    const words = [...run.words];
    // "Goalscorer Jimmy Floyd Hasselbaink": a job word before a name is no part of it.
    while (words.length > 1 && isDescriptor(words[0]!)) words.shift();
    // A nationality stays when it qualifies an institution: "Chinese Foreign Ministry" is not just "Foreign Ministry".
    while (
      words.length > 1 &&
      hasTag(words[0]!, NOT_NAME) &&
      !(hasTag(words[0]!, DEMONYM) && endsAsInstitution(words)) &&
      !knownKind(words.join(' '))
    ) {
      words.shift();
    }
    // "Shareholders of Meridian Airlines" opens a sentence: the name is after "of", unless the first word names something.
    if (run.initial && words[1] === 'of' && words.length > 2 && !knownKind(words[0]!) && !ORGANISATION_ENDS.has(words[0]!.toLowerCase())) {
      return words.slice(2);
    }
    return words;
  }

  /** The kind of a multi-word name the lexicon does not know whole. */
  function kindOfPhrase(words: readonly string[], run: NameRun): EntityKind | undefined {
    const last = words
      .at(-1)!
      .replace(/['’]s$/u, '')
      .toLowerCase();
    // "Ministry of Finance", "Bank of England": the institution comes first.
    if (ORGANISATION_ENDS.has(last) || ((words.includes('of') || words.includes('for')) && ORGANISATION_ENDS.has(words[0]!.toLowerCase())))
      return 'organization';
    // A castle, a square, a country's region: places, whatever names they hold ("Windsor Castle", "Northern Ireland").
    if (PLACE_ENDS.has(last) || (hasTag(last, PLACE) && words.length === 2 && DIRECTIONS.has(words[0]!.toLowerCase()))) return 'place';
    if (hasTag(words[0]!, FIRST_NAME) || hasTag(last, LAST_NAME)) return 'person';
    if (words.every((w) => hasTag(w, PLACE))) return 'place';
    // "Ethiopia’s Tirunesh Dibaba", "Germany’s Marc Blume": a short name owned by a place is its person.
    if (run.owned && words.length <= 3) return 'person';
    if (PERSON_AFTER.has(run.after) || PERSON_BEFORE.has(run.before) || run.appositive) return 'person';
    return undefined;
  }

  /** The kind of a one-word name: the lexicon's, or a place where the text puts one ("in Tucson."). */
  function kindOfWord(word: string, run: NameRun): EntityKind | undefined {
    const known = knownKind(word);
    if (known || run.initial || hasTag(word, NOT_NAME)) return known;
    if (/^\p{Lu}{2,6}$/u.test(word)) return 'organization';
    return PLACE_BEFORE.has(run.before) && PLACE_AFTER.has(run.after) ? 'place' : undefined;
  }

  function classifyRun(run: NameRun): { name: string; kind: EntityKind } | undefined {
    if (run.words.some(isEventWord)) return undefined;
    let words = coreWords(run);
    if (words.length === 1 && hasTag(words[0]!, NOT_NAME)) return undefined;
    const whole = words.join(' ').replace(/['’]s$/u, '');
    const known = knownKind(whole);
    if (known) return { name: normalise(whole, known), kind: known };
    // "Foreign Ministry" opens with a title qualifier but ends as an institution: it names no person.
    if (isTitle(words[0]!) && !endsAsInstitution(words)) {
      // "Foreign Minister Leila Quist" is a person; "Foreign Minister" alone names no one.
      while (words.length > 0 && isTitle(words[0]!)) words = words.slice(1);
      const name = normalise(words.join(' '), 'person');
      return words.length > 0 && isName(name) && !knownKind(name) ? { name, kind: 'person' } : undefined;
    }
    const kind = words.length > 1 ? kindOfPhrase(words, run) : kindOfWord(words[0]!, run);
    if (!kind || (run.owned && kind === 'organization' && isGenericBody(whole))) return undefined;
    const name = normalise(whole, kind);
    return isName(name) ? { name, kind } : undefined;
  }

  return classifyRun;
}
