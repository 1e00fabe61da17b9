import nlp from 'compromise';
import type { Entity, EntityKind } from '../types.ts';

/** How many entities a story lists at most. */
export const MAX_ENTITIES = 8;

// Honorifics and job titles that precede a name but are not part of it ("President Putin" is Putin).
const TITLES = new Set(
  ('mr mrs ms miss dr prof sir dame lord lady president vice prime minister chancellor secretary senator ' +
    'sen rep representative governor gov mayor general gen colonel col captain capt lieutenant judge justice ' +
    'king queen prince princess pope chairman chairwoman chief ceo director premier ambassador foreign state ' +
    'top diplomat leader former acting deputy sheikh rev father saint coach manager striker defender').split(' '),
);

/** Strips possessives, punctuation and leading titles: "President Putin's," becomes "Putin". */
export function normaliseName(raw: string, kind: EntityKind): string {
  let name = raw
    .replace(/[^\p{L}\p{N}.&'’\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/['’\-]+$/u, '')
    .replace(/['’]s$/u, '');
  // A final full stop ends the sentence, unless the name is initials ("U.S.").
  if (!/(^|[\s.])\p{L}\.$/u.test(name)) name = name.replace(/\.+$/u, '');
  if (kind === 'person') {
    const words = name.split(' ');
    while (words.length > 1 && TITLES.has(words[0]!.toLowerCase().replace(/\.$/, ''))) words.shift();
    name = words.join(' ');
  }
  if (kind !== 'person') name = name.replace(/^the\s+/i, '');
  return name;
}

interface Mention {
  readonly name: string;
  readonly kind: EntityKind;
}

/** People, places and organisations compromise finds in the text, normalised. */
function mentionsIn(text: string): Mention[] {
  const doc = nlp(text);
  const found: [EntityKind, string[]][] = [
    ['person', doc.people().out('array') as string[]],
    ['place', doc.places().out('array') as string[]],
    ['organization', doc.organizations().out('array') as string[]],
  ];
  return found.flatMap(([kind, names]) =>
    names.map((raw) => ({ kind, name: normaliseName(raw, kind) })).filter((m) => isName(m.name)),
  );
}

function isName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && !TITLES.has(name.toLowerCase()) && name.length > 1;
}

/** The fullest name for each person: "Putin" joins "Vladimir Putin" when that name ends with it. */
function canonicalNames(mentions: readonly Mention[]): Map<string, string> {
  const people = [...new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.name))];
  const canonical = new Map<string, string>();
  for (const name of people) {
    const fuller = people
      .filter((other) => other !== name && (other.endsWith(` ${name}`) || other.startsWith(`${name} `)))
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    canonical.set(name, fuller.length === 1 || (fuller.length > 1 && fuller.every((f) => f.endsWith(fuller[0]!.split(' ').at(-1)!))) ? fuller[0]! : name);
  }
  return canonical;
}

/** Occurrences of a name (or, for people, of its surname) in the story's text: a cheap salience count. */
function countMentions(text: string, name: string, kind: EntityKind): number {
  const key = kind === 'person' ? name.split(' ').at(-1)! : name;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')) ?? []).length;
}

/**
 * Entities of a story: typed by compromise on `keyText` (the sentences the briefing shows, which keeps
 * the costly tagger off most text), ranked by how often each is named in `fullText`.
 */
export function extractEntities(keyText: string, fullText: string, max = MAX_ENTITIES): Entity[] {
  const mentions = mentionsIn(keyText);
  const canonical = canonicalNames(mentions);
  const byName = new Map<string, EntityKind>();
  for (const m of mentions) {
    const name = m.kind === 'person' ? (canonical.get(m.name) ?? m.name) : m.name;
    if (!byName.has(name)) byName.set(name, m.kind);
  }
  const ranked = [...byName].map(([name, kind]) => ({ name, kind, salience: Math.max(1, countMentions(fullText, name, kind)) }));
  ranked.sort((a, b) => b.salience - a.salience || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ranked.slice(0, max);
}
