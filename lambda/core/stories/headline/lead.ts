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

// A column's voice, not a report's: a question, a chatty opener, or the writer and reader in person ("we can't
// pretend", "you may have heard"). Quoted words are someone else's and do not count.
const QUESTION = /\?["”’]?$/u;
const CHATTY_OPENER = /^(?:Okay|OK|So|Well|Yes|No|Look|Listen|Remember)\b[,.!—–-]?\s/u;
// Case matters: "US" is a country, not "us".
const IN_PERSON = /\b(?:I|I['’](?:m|ve)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve)|us|[Oo]ur|[Yy]ou|[Yy]ou['’]re|[Yy]our)\b/u;
const QUOTED = /"[^"]*"|“[^”]*”/gu;

/** True for a sentence written as a column, not a report: a question, a chatty opener, or "I", "we" or "you" outside quotes. */
function isColumnVoice(text: string): boolean {
  return QUESTION.test(text) || CHATTY_OPENER.test(text) || IN_PERSON.test(text.replace(QUOTED, ''));
}

// A wire photo's caption scraped with the story: "FILE - In this Feb. 11, 2007, file photo, …", "In this July 1 photo, …".
const CAPTION = /^(?:FILE\s*[-–—]\s*)?In this\b[^.]{0,60}?\b(?:photo|image|picture|frame grab)\b/iu;

/** True for a sentence a headline cannot be written from: a quote, a dateline, a list of names, a photo caption, or one opening with a pronoun. */
export function isWeakLead(sentence: string): boolean {
  const text = sentence.trim();
  return (
    QUOTE_LED.test(text) ||
    DATELINE.test(text) ||
    isNameList(text) ||
    CAPTION.test(text) ||
    PRONOUN_LED.test(text) ||
    text.split(/\s+/).length < 4
  );
}

/**
 * The sentence a story's headline is written from: the lead of its most central article (news puts the news
 * in the first sentence), or the next sentence when the first is a quote, a dateline or a list of names.
 */
export function pickLead(sentences: readonly string[]): string {
  return strongLead(sentences) ?? sentences[0] ?? '';
}

/** The first of an article's opening sentences that is not a weak lead, if any. */
function strongLead(sentences: readonly string[]): string | undefined {
  return sentences.slice(0, LEAD_WINDOW).find((s) => !isWeakLead(s));
}

/**
 * The lead of a story of several articles: the most central article's lead when it reads as a report, else
 * the first among the other articles' leads (in the order given) that does. A column's opening ("Watching
 * President Obama play the race card reminded me…") makes no headline when a report of the same event has
 * a news lead. With no report among them, or one article, it is the central article's {@link pickLead}: a
 * column's own sentences still beat a later sentence of it.
 */
export function pickStoryLead(articles: readonly (readonly string[])[], central: number): string {
  const order = [central, ...[...articles.keys()].filter((i) => i !== central)];
  for (const i of order) {
    const lead = strongLead(articles[i] ?? []);
    if (lead !== undefined && !isColumnVoice(lead)) return lead;
  }
  return pickLead(articles[central] ?? []);
}
