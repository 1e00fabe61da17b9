import { languageModels } from './language-models.ts';

/**
 * A run of capitalised words in a text ("Foreign Minister Leila Quist", "Russia’s") and what surrounds it,
 * found by one pass over the whitespace-separated tokens: no tagger runs.
 */
export interface NameRun {
  /** The words, leading and trailing punctuation removed; a possessive keeps its "’s". */
  readonly words: readonly string[];
  /** Offset of the first word in the text. */
  readonly start: number;
  /** The first word opens a sentence (or a paragraph), so its capital says nothing. */
  readonly initial: boolean;
  /** The lower-cased word before the run, '' at a sentence start. */
  readonly before: string;
  /** The lower-cased word after the run, '' at a sentence end. */
  readonly after: string;
  /** Set off by commas on both sides: an appositive ("the diplomat, Wang Yi, said"). */
  readonly appositive: boolean;
  /** The run ends in a possessive ("Russia’s"). */
  readonly possessive: boolean;
  /** The run directly follows a possessive run ("Russia’s Foreign Ministry" gives "Foreign Ministry"). */
  readonly owned: boolean;
}

const CAPITAL_WORD = /^\p{Lu}[\p{L}\p{N}.&'’\-]*$/u;
const LEADING = /^["“‘'(\[]+/u;
const TRAILING = /[,;:.!?"”’')\]]+$/u;
const SENTENCE_END = /[.!?]["”’')\]]*$/u;
const POSSESSIVE = /['’]s$/u;
// Abbreviated titles end with a full stop that does not end the sentence or the name ("Mr. Smith").
const ABBREVIATED_TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|St)\.$/u;

interface Token {
  readonly raw: string;
  readonly core: string;
  readonly index: number;
  /** A blank line or a sentence end comes before the token. */
  readonly initial: boolean;
}

// Fast paths: most tokens are plain words, which need no regex (entities scan every word of a story).
const LEADING_CHARS = '"“‘\'([';
const TRAILING_CHARS = ',;:.!?"”’\')]';

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function coreOf(raw: string): string {
  const trimmed = LEADING_CHARS.includes(raw.charAt(0)) ? raw.replace(LEADING, '') : raw;
  if (!TRAILING_CHARS.includes(trimmed.charAt(trimmed.length - 1)) || ABBREVIATED_TITLE.test(trimmed)) return trimmed;
  return trimmed.replace(TRAILING, '');
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let endsSentence = true;
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0];
    const initial = endsSentence || hasNewline(text, previousEnd, match.index);
    const core = coreOf(raw);
    const leading = LEADING_CHARS.includes(raw.charAt(0)) ? raw.length - raw.replace(LEADING, '').length : 0;
    tokens.push({ raw, core, index: match.index + leading, initial });
    previousEnd = match.index + raw.length;
    endsSentence = TRAILING_CHARS.includes(raw.charAt(raw.length - 1)) && SENTENCE_END.test(raw) && !ABBREVIATED_TITLE.test(raw);
  }
  return tokens;
}

/** True when the run must end after this token: punctuation after it, or a possessive. */
function closesRun(token: Token): boolean {
  if (ABBREVIATED_TITLE.test(token.core)) return false;
  return token.raw !== token.core && /[,;:.!?"”)\]]$/u.test(token.raw.replace(/['’]s$/u, '')) || POSSESSIVE.test(token.core);
}

/** Runs of capitalised words; "of" joins two runs ("Bank of England"), a sentence start or punctuation ends one. */
export function nameRuns(text: string): NameRun[] {
  const tokens = tokensOf(text);
  const runs: NameRun[] = [];
  let lastPossessiveEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!CAPITAL_WORD.test(tokens[i]!.core)) continue;
    let j = i;
    while (!closesRun(tokens[j]!) && j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      const joinsOf = next.core === 'of' && j + 2 < tokens.length && CAPITAL_WORD.test(tokens[j + 2]!.core) && !/[,;:.]$/u.test(next.raw);
      if (joinsOf && !tokens[j + 2]!.initial) j += 2;
      else if (CAPITAL_WORD.test(next.core) && !next.initial && !LEADING.test(next.raw)) j++;
      else break;
    }
    const first = tokens[i]!;
    const last = tokens[j]!;
    const previous = tokens[i - 1];
    const after = tokens[j + 1];
    const possessive = POSSESSIVE.test(last.core);
    runs.push({
      words: tokens.slice(i, j + 1).map((t) => t.core),
      start: first.index,
      initial: first.initial,
      before: first.initial || !previous ? '' : previous.core.toLowerCase(),
      after: after && !after.initial ? after.core.toLowerCase() : '',
      appositive: (previous?.raw.endsWith(',') ?? false) && last.raw.endsWith(','),
      possessive,
      owned: lastPossessiveEnd === i - 1,
    });
    if (possessive) lastPossessiveEnd = j;
    i = j;
  }
  return runs;
}

type Lexicon = Record<string, string | string[] | undefined>;
const NO_TAGS: readonly string[] = [];
let lexicon: Lexicon | undefined;

/**
 * compromise's lexicon (~25,000 words and names, with tags such as City, Country, MaleName, LastName,
 * Organization): looked up as a dictionary, without running its tagger, which costs ~0.07 ms a word.
 */
export function lexiconTags(word: string): readonly string[] {
  lexicon ??= (languageModels().compromise.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
  const key = word.toLowerCase();
  const tags = lexicon[POSSESSIVE.test(key) ? key.slice(0, -2) : key];
  return tags === undefined ? NO_TAGS : typeof tags === 'string' ? [tags] : tags;
}
