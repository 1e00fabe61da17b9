import type { EntityKind } from '../../types.ts';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** A name found in a story, with its kind: what the clean-up steps read and return. */
export interface NamedMention {
  readonly name: string;
  readonly kind: EntityKind;
  readonly start: number;
}

// Abbreviations that are words of the trade, not names ("GMT", "TV"), and awards that are not people ("Oscar").
const NOT_ENTITIES = words(`
  tv dvd dvds pc pcs gmt bst cd cds mp mps ceo cfo gdp hiv dna mp3 sms pda pdas it ai vat ps2 bbb bb aa rpg
  fm am uk-based oscar oscars grammy grammys emmy emmys golden silver bear globe
`);

// Jobs and descriptions a story puts before a name ("Sprinter Michelle Collins", "Goalscorer Jimmy Floyd
// Hasselbaink"), and sentence adverbs and prepositions that open one ("Earlier Foreign Secretary Jack Straw").
const DESCRIPTORS = words(`
  sprinter goalscorer scorer winger forward athlete runner hurdler jumper swimmer cyclist boxer golfer player
  actor actress singer rapper star director producer writer novelist comedian presenter host broadcaster boss
  veteran rival champion captain skipper coach manager striker defender midfielder goalkeeper keeper
  communications economics finance trade health education culture defence defense transport environment
  earlier later meanwhile under after before since when while although however yesterday today also
`);

/** True for a job or adverb word that leads into a name ("Sprinter", "Earlier"). */
export function isDescriptor(word: string): boolean {
  return DESCRIPTORS.has(word.toLowerCase());
}

/** A person's name without the job or adverb words that lead into it: everything up to the last such word goes. */
export function withoutDescriptors(name: string, isTitle: (word: string) => boolean): string {
  const parts = name.split(' ');
  let last = -1;
  parts.forEach((part, i) => {
    if (i < parts.length - 1 && (DESCRIPTORS.has(part.toLowerCase()) || isTitle(part))) last = i;
  });
  return parts.slice(last + 1).join(' ');
}

/** True when a listed name is a word of the trade or an award, not a person, place or organisation. */
export function isNotEntity(name: string): boolean {
  return NOT_ENTITIES.has(name.toLowerCase()) || (name.includes(' of ') && /^(?:Act|Bill|Age|Order|Lord)\b/u.test(name));
}

// Abbreviations whose expansion a story may give, besides those its own words spell.
const KNOWN_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  EU: ['European Union'],
  UN: ['United Nations'],
  US: ['United States'],
  UK: ['United Kingdom'],
  GM: ['General Motors'],
  IMF: ['International Monetary Fund'],
  WTO: ['World Trade Organization', 'World Trade Organisation'],
  FA: ['Football Association'],
  BA: ['British Airways'],
  BT: ['British Telecom'],
  IBM: ['International Business Machines'],
  Nato: ['North Atlantic Treaty Organisation', 'North Atlantic Treaty Organization'],
  Opec: ['Organisation of Petroleum Exporting Countries', 'Organization of the Petroleum Exporting Countries'],
};

const CONNECTIVES = words('of and & the for on in de');

/** The initials of a multi-word name's capitalised words ("Securities Exchange Commission" → "SEC"). */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !CONNECTIVES.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/**
 * The full name an abbreviation stands for in this story, when the story names it: by the initials of the
 * expansion ("EFF" = "Electronic Frontier Foundation", "SEC" = "US Securities Exchange Commission") or by the
 * short list of common ones (EU = European Union, GM = General Motors).
 */
export function expansionOf(short: string, names: readonly string[]): string | undefined {
  if (!/^[A-Z][A-Za-z&]{1,5}$/u.test(short) || !/[A-Z].*[A-Z]|^[A-Z][a-z]{3}$/u.test(short)) return undefined;
  const known = KNOWN_ABBREVIATIONS[short] ?? [];
  // "EA" and "EA Sports": the only two-word name the abbreviation opens is its brand.
  const opened = names.filter((name) => name.startsWith(`${short} `));
  if (
    /^[A-Z]{2,4}$/u.test(short) &&
    opened.length === 1 &&
    opened[0]!.split(' ').length === 2 &&
    !/^(?:News|Radio|TV|Sport|One|Two)$/u.test(opened[0]!.split(' ')[1]!)
  )
    return opened[0];
  return names.find(
    (name) =>
      name !== short &&
      name.includes(' ') &&
      (known.includes(name) ||
        initialsOf(name) === short.toUpperCase() ||
        (initialsOf(name).endsWith(short.toUpperCase()) && initialsOf(name).length === short.length + 1)),
  );
}

// Contexts that only a company has: "shares in X", "X said in a statement", "X Inc", "firm X".
function companyContext(name: string): RegExp {
  const key = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?:\\b(?:[Ss]hares|[Ss]take) (?:in|of) |\\b(?:firm|company|group|giant|maker|retailer|carmaker|bank|airline|brewer|operator|rival|chain) )${key}\\b|` +
      `\\b${key}(?:'s|’s)? (?:said in a statement|shares\\b|(?:Inc|plc|Corp|Ltd|LLC|AG|SA)\\b)`,
    'u',
  );
}

/** True when the text speaks of the name as a company ("shares in Morgan Stanley", "Time Warner Inc"). */
export function readsAsCompany(name: string, text: string): boolean {
  return companyContext(name).test(text);
}

/**
 * True when a one-word name is only ever written as part of a longer capitalised name: "Spencer" of
 * "Marks & Spencer", "Ernst" of "Ernst & Young", "Phillips" of "Phillips Idowu".
 */
export function isFragment(name: string, text: string): boolean {
  if (name.includes(' ')) return false;
  const key = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alone = new RegExp(`(?<![\\p{L}\\p{N}&’'-])${key}(?![\\p{L}\\p{N}&-])`, 'gu');
  let total = 0;
  let inside = 0;
  for (const match of text.matchAll(alone)) {
    total++;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + name.length, match.index + name.length + 30);
    // The word before is capitalised and ends no sentence, and does not open one itself.
    const joinedBefore = /(?:\p{Lu}[\p{L}'’-]*|&) $/u.test(before) && !/(?:^|[.!?"“]\s*)\p{Lu}[\p{L}'’-]* $/u.test(before);
    const joinedAfter = /^ (?:&|\p{Lu}[\p{L}'’-]*)/u.test(after) && !/^ (?:I|The|A|He|She|It|They|We)\b/u.test(after);
    if (joinedBefore || joinedAfter) inside++;
  }
  return total > 0 && inside === total;
}
