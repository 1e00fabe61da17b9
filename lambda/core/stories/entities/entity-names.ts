import type { EntityKind } from '../../types.ts';
import { scanWords, type ScannedWord } from './word-scan.ts';

const words = (list: string): Set<string> => new Set(list.split(' '));

// Honorifics and job titles that precede a name but are not part of it ("President Putin" is Putin,
// "Curator Li Wen" is Li Wen). A title before capitalised words also marks those words as a person.
const PERSON_TITLES = words(
  'mr mrs ms miss dr prof professor sir dame lord lady president minister chancellor secretary senator ' +
    'sen rep representative governor gov mayor general gen colonel col captain capt lieutenant lt sergeant ' +
    'sgt major judge justice king queen prince princess pope chairman chairwoman chair ceo cfo executive ' +
    'director premier ambassador envoy spokesman spokeswoman spokesperson sheikh rev reverend father bishop ' +
    'archbishop cardinal imam rabbi saint coach manager striker defender midfielder goalkeeper curator ' +
    'commissioner councillor councilor sheriff detective inspector superintendent officer prosecutor ' +
    'attorney chancellor headteacher principal dean chief founder chef author',
);

// Words that qualify a title ("Prime Minister", "Foreign Secretary") and are stripped with it.
const TITLE_QUALIFIERS = words('prime vice deputy acting former foreign state top interim assistant associate senior');

// Named weather systems and events are not people: "Storm Petra", "Hurricane Ian".
const EVENT_WORDS = words('storm hurricane typhoon cyclone tropical operation');

// Capitalised words that follow a title but are not names.
const NOT_NAMES = words(
  // Months that are also names (May, June, April, August) are left out: "Theresa May".
  'monday tuesday wednesday thursday friday saturday sunday january february march july september ' +
    'october november december i the a an he she it they we this that but and or',
);

// A "name" ending in one of these is an institution: "President Trump Administration".
const INSTITUTIONS = words(
  'administration department ministry office council government party committee commission agency ' +
    'company group bank university college school hospital court house senate parliament army police',
);

/** The word lower-cased, without trailing full stops and apostrophes; the regex runs only when one is there. */
function bare(word: string): string {
  const lower = word.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  return last === 46 || last === 39 || last === 0x2019 ? lower.replace(/[.'’]+$/u, '') : lower;
}

/** True for a title word or title qualifier ("President", "Prime", "chief"). */
export function isTitle(word: string): boolean {
  const key = bare(word);
  return PERSON_TITLES.has(key) || TITLE_QUALIFIERS.has(key);
}

/** True for "Storm", "Hurricane" and other words that name an event, not a person. */
export function isEventWord(word: string): boolean {
  return EVENT_WORDS.has(bare(word));
}

/** Normalises a raw name of a kind (see {@link normaliseName}). */
export type NameNormaliser = (raw: string, kind: EntityKind) => string;

// normaliseName is a pure function of its arguments: the memo only saves work, and is bounded.
const MEMO_LIMIT = 50_000;

/** {@link normaliseName} with a bounded memo: stories repeat their names, and a year repeats its places. */
export function createNameNormaliser(): NameNormaliser {
  const normalised = new Map<string, string>();
  return (raw, kind) => {
    const key = `${kind} ${raw}`;
    let name = normalised.get(key);
    if (name === undefined) {
      name = normaliseName(raw, kind);
      if (normalised.size >= MEMO_LIMIT) normalised.clear();
      normalised.set(key, name);
    }
    return name;
  };
}

/**
 * Strips possessives, punctuation, titles and lower-case padding: "President Putin's," becomes "Putin",
 * "Asia-Pacific region" becomes "Asia-Pacific", "the Foreign Office" becomes "Foreign Office".
 */
export function normaliseName(raw: string, kind: EntityKind): string {
  let name = raw
    .replace(/[^\p{L}\p{N}.&'’\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/['’-]+$/u, '')
    .replace(/['’]s$/u, '');
  // A final full stop ends the sentence, unless the name is initials ("U.S.").
  if (!/(^|[\s.])\p{L}\.$/u.test(name)) name = name.replace(/\.+$/u, '');
  // "Ernst & Young's Sanjay Mehta": the person is the name after the owner.
  if (kind === 'person') name = name.replace(/^.*['’]s\s+/u, '');
  const parts = name.split(' ');
  if (kind === 'person') while (parts.length > 1 && isTitle(parts[0]!)) parts.shift();
  // Names are capitalised: lower-case words at either end ("the", "region") are not part of them.
  while (parts.length > 0 && !/^\p{Lu}/u.test(parts[0]!) && !/^\p{N}/u.test(parts[0]!)) parts.shift();
  while (parts.length > 0 && !/^[\p{Lu}\p{N}]/u.test(parts.at(-1)!)) parts.pop();
  return parts.join(' ');
}

/** True when a normalised name can be listed: capitalised, not a bare title, not a weekday. */
export function isName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && name.length > 1 && !isTitle(name) && !NOT_NAMES.has(bare(name));
}

/** True when an organisation name without its owner says nothing ("Foreign Ministry" of whom?). */
export function isGenericBody(name: string): boolean {
  const parts = name.split(' ');
  return parts.length <= 2 && INSTITUTIONS.has(parts.at(-1)!.toLowerCase());
}

/** A name found in text, with where it starts (for salience by position). */
export interface NameSpan {
  readonly name: string;
  readonly start: number;
}

const CAPITALISED = /^\p{Lu}[\p{L}-]*(['’]s)?[,;:.]?$/u;

/**
 * People named after a title, which a tagger often misses: "President Xi Jinping’s" gives "Xi Jinping",
 * "Mayor Alice Brennan said" gives "Alice Brennan". Up to three capitalised words after the title;
 * a possessive or punctuation ends the name.
 */
export function titledPeople(
  text: string,
  tokens: readonly ScannedWord[] = scanWords(text),
  normalise: NameNormaliser = normaliseName,
): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A name needs a capital after the title: checked first, as it rules out most words cheaply.
    if (!opensUpperCase(tokens[i + 1]?.raw ?? '')) continue;
    if (!PERSON_TITLES.has(bare(tokens[i]!.raw)) || /[,;:.]$/.test(tokens[i]!.raw)) continue;
    let j = i + 1;
    while (j < tokens.length && isTitle(tokens[j]!.raw) && /^\p{Lu}/u.test(tokens[j]!.raw) && !/[,;:.'’]/u.test(tokens[j]!.raw)) j++;
    const name: string[] = [];
    for (let k = j; k < tokens.length && name.length < 3; k++) {
      const token = tokens[k]!.raw;
      if (!CAPITALISED.test(token) || NOT_NAMES.has(bare(token)) || isTitle(token)) break;
      name.push(token);
      if (/[,;:.]$|['’]s$/u.test(token)) break;
    }
    const clean = normalise(name.join(' '), 'person');
    if (name.length > 0 && isName(clean) && !INSTITUTIONS.has(clean.split(' ').at(-1)!.toLowerCase())) {
      found.push({ name: clean, start: tokens[j]!.at });
    }
    i = j + name.length - 1;
  }
  return found;
}

/** True when the word's first UTF-16 unit changes when lower-cased; ASCII is decided without allocating. */
function opensUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
