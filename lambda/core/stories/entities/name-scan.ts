import { ABBREVIATED_TITLE, scanWords, type ScannedWord } from './word-scan.ts';

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

const POSSESSIVE = /['’]s$/u;
const JOINS_FOR =
  /^(?:Institute|Commission|Campaign|Centre|Center|Council|Office|Department|Ministry|Secretary|Society|Foundation|Trust|Association|Alliance|Coalition|Committee)$/u;

/** True when the run must end after this token: punctuation after it, or a possessive. */
function closesRun(token: ScannedWord): boolean {
  if (ABBREVIATED_TITLE.test(token.core)) return false;
  return (token.raw !== token.core && /[,;:.!?"”)\]]$/u.test(token.raw.replace(/['’]s$/u, ''))) || POSSESSIVE.test(token.core);
}

/** Runs of capitalised words; "of" joins two runs ("Bank of England"), a sentence start or punctuation ends one. */
export function nameRuns(text: string, tokens: readonly ScannedWord[] = scanWords(text)): NameRun[] {
  const runs: NameRun[] = [];
  let lastPossessiveEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capital) continue;
    let j = i;
    while (!closesRun(tokens[j]!) && j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      // "of" and "&" join two runs ("Bank of England", "Marks & Spencer"); "for" after an institution does too.
      const joiner = next.core === 'of' || next.core === '&' || (next.core === 'for' && JOINS_FOR.test(tokens[j]!.core));
      const joinsOf = joiner && j + 2 < tokens.length && tokens[j + 2]!.capital && !/[,;:.]$/u.test(next.raw);
      if (joinsOf && !tokens[j + 2]!.initial) j += 2;
      else if (next.capital && !next.initial && next.index === next.at)
        j++; // no opening quote or bracket
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
