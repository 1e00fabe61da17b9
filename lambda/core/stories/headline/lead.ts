/** How many opening sentences the lead is looked for in: past these, the article's first sentence is used. */
const LEAD_WINDOW = 3;

// A sentence that opens with a quotation mark is a quote: the news comes in the sentence after it.
const QUOTE_LED = /^["“‘']/u;
// A dateline alone: "LONDON (Reuters) -", "Port Elham, 3 May", or a heading of capitals.
const DATELINE = /^[\p{Lu}][\p{Lu}\p{N} .,'’&()-]*(?:\([^)]*\))?\s*[-–—:]?$/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
// A sentence that opens with a pronoun leans on the one before it: "Its annual profit will be lower".
const PRONOUN_LED = /^(?:It|Its|They|Their|He|His|She|Her|This|These|Those|We|Our)\s/u;

/** True when the sentence is a list of names: three or more comma-separated items, nearly all capitalised. */
export function isNameList(sentence: string): boolean {
  const items = sentence
    .replace(/[.!?]+$/u, '')
    .split(/,\s*|\s+and\s+/u)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length < 3) return false;
  const names = items.filter(
    (item) =>
      item.split(/\s+/).length <= 4 && item.split(/\s+/).every((w) => CAPITALISED.test(w) || /^(?:de|van|von|da|di|le|la|of)$/u.test(w)),
  );
  return names.length >= items.length - 1;
}

/** True for a sentence a headline cannot be written from: a quote, a dateline, a list of names, or one opening with a pronoun. */
export function isWeakLead(sentence: string): boolean {
  const text = sentence.trim();
  return QUOTE_LED.test(text) || DATELINE.test(text) || isNameList(text) || PRONOUN_LED.test(text) || text.split(/\s+/).length < 4;
}

/**
 * The sentence a story's headline is written from: the lead of its most central article (news puts the news
 * in the first sentence), or the next sentence when the first is a quote, a dateline or a list of names.
 */
export function pickLead(sentences: readonly string[]): string {
  const window = sentences.slice(0, LEAD_WINDOW);
  return window.find((s) => !isWeakLead(s)) ?? sentences[0] ?? '';
}
