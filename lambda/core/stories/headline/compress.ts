/**
 * Headline compression of a lead sentence, as sub-editors do it: the main clause's subject, verb and object
 * stay; a dateline, a leading subordinate clause or adverbial, an attribution ("X said that …", "…, officials
 * said"), time adverbials, asides in brackets and hedging auxiliaries go. Each step keeps the sentence
 * grammatical and is skipped when it would leave too little.
 */

const wordsIn = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// A clause must keep this many words for a step that removes words around it to apply.
const MIN_CLAUSE = 4;

// "LONDON (Reuters) - ", "WASHINGTON — ", "PALM COAST, Fla. - ", "Port Elham, 3 May: ".
const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}.'’ -]{2,}(?:,\s\p{Lu}[\p{L}.]{1,14})?|[\p{Lu}][\p{L}.'’ -]{1,30},\s[\p{L}\p{N} ]{2,20})(?:\s*\([^)]*\))?\s*[-–—:]\s+/u;

// Words that open a subordinate clause or an adverbial ahead of the main clause: "After …, ", "Despite …, ".
const OPENERS =
  'after although though while whilst when whenever as despite following amid since before until if unless because once with ' +
  'without having speaking writing asked in on at for by under over during earlier later last this now however meanwhile but ' +
  'and yet still also elsewhere instead overall meanwhile indeed nevertheless nonetheless according barely just only';
const LEADING_CLAUSE = new RegExp(`^(?:${OPENERS.split(' ').join('|')})\\b[^,;:"“”]{0,90}?,\\s+`, 'iu');

// Verbs that attribute what follows: "X said that …", "X has warned …".
const SAYING =
  'said|says|say|has said|have said|told reporters|announced|has announced|reported|believes|believe|thinks|claimed|claims|insisted|insists|argued|argues|admitted|admits|confirmed|revealed|stressed|suggested|suggests|predicted|predicts|expects|expect|has warned|warned|warns';
// "Mr Blair said …": a short subject without a comma, then a verb of saying, then the reported clause.
const LEADING_ATTRIBUTION = new RegExp(
  `^([^,;:"“”]{2,60}?)\\s(?:${SAYING})(?:\\s(?:on|last|this|yesterday|today)\\s\\p{Lu}\\p{L}+day)?\\s(?:that\\s)?(?=\\S)`,
  'u',
);
// "…, the Financial Times has reported", "…, according to the OECD", "…, he said".
const TRAILING_ATTRIBUTION = new RegExp(
  `,\\s(?:(?:according to|said|says)\\s[^,;"“”]{2,40}|[^,;"“”]{2,40}?\\s(?:${SAYING}))(?:\\s(?:on|last|this)\\s\\p{L}+)?[.!?]?$`,
  'u',
);

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const PERIOD = '(?:week|month|year|weekend|morning|afternoon|evening|night|season|summer|winter|spring|autumn)';
// Time adverbials: the date is the briefing's, so "on Tuesday", "last week", "earlier this month" add nothing.
const TIME_ADVERBIALS_RAW = [
  new RegExp(
    `,?\\s(?:on|by|from|until|since)\\s(?:${WEEKDAY}(?:\\s(?:morning|afternoon|evening|night))?|(?:the\\s)?\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}|${MONTH}\\s\\d{1,2})\\b(?:\\s\\d{4})?`,
    'gu',
  ),
  new RegExp(`,?\\s(?:earlier|later)\\s(?:this|last|next)\\s${PERIOD}\\b`, 'gu'),
  new RegExp(`,?\\s(?:last|this|next)\\s(?:${PERIOD}|${WEEKDAY})\\b`, 'gu'),
  // "next February": a month named from today is as much the briefing's business as a weekday ("in February" may be the period a figure covers, so it stays).
  new RegExp(`,?\\s(?:last|this|next)\\s${MONTH}\\b(?:\\s\\d{4})?`, 'gu'),
  /,?\s(?:yesterday|today|tonight)\b/gu,
];
// Never inside a possessive: "this year's festival" keeps its year.
const TIME_ADVERBIALS = TIME_ADVERBIALS_RAW.map((pattern) => new RegExp(`${pattern.source}(?![-'’])`, pattern.flags));

// Hedging and perfect auxiliaries headline style drops: "is set to embark" → "to embark", "has hit" → "hit".
const HEDGES = /\b(?:is|are|was|were) (?:(?:set|expected|due|scheduled|poised|about|likely|planning|preparing|going) )?to\b/gu;
// The future as headlines write it: "Roxy Music will appear" → "Roxy Music to appear".
const FUTURE =
  /(?<=[\p{L}\p{N}’'] )(?<!\b(?:that|which|who|it|he|she|they|we|I|you|there|this|what) )will (?!not\b|be\b|have\b)(?=\p{Ll}+\b)/gu;
// The passive without its auxiliary: "X was arrested" → "X arrested", "have been named" → "named".
const PASSIVE =
  /\b(?:has been|have been|had been|was|were|is being|are being) (?=\p{Ll}+ed\b|(?:hit|cut|set|put|won|lost|sold|bought|paid|held|led|left|kept|found|built|sent|spent|struck|told|made|given|taken|shown|seen|chosen|named|beaten|awarded|jailed|banned|fined|charged|sued|cleared|ousted|dropped)\b)/gu;
// Adverbs that add nothing to a headline, and honorifics headlines leave out ("Mr Blair" → "Blair").
const FILLERS =
  /\b(?:also|now|still|currently|officially|increasingly|reportedly|already|just) (?=\p{Ll})|\b(?:Mr|Mrs|Ms|Miss|Dr)\.? (?=\p{Lu})/gu;
// Only before a participle that is also the past tense ("has hit" → "hit"; "have risen" stays).
const PERFECT =
  /\b(?:has|have) (?=(?:\p{Ll}+ed|hit|cut|set|put|won|lost|sold|bought|paid|held|led|left|kept|found|built|sent|spent|struck|told|made|said|met|brought|caught|thought|fought|sought|agreed|had)\b)/gu;

/** The text with the pattern replaced outside quotations: quoted words stay as written. */
function apply(text: string, pattern: RegExp, replacement: string): string {
  const next = text
    .split(/("[^"]*"|“[^”]*”)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, replacement)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return wordsIn(next) >= MIN_CLAUSE ? next : text;
}

// A reported clause that opens with a pronoun takes the speaker as its subject: "Officials said they will …" → "Officials will …".
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we)\s/iu;
// …and one that opens with a possessive pronoun, the speaker as owner: "Next said its profit …" → "Next's profit …".
const PRONOUN_OWNER = /^(?:his|her|its|their|our)\s/iu;

/** "X said (that) Y" → "Y": the news is what was said; a pronoun subject of Y becomes X. */
function withoutAttribution(text: string): string {
  const match = LEADING_ATTRIBUTION.exec(text);
  if (!match) return text;
  const reported = text.slice(match[0].length);
  // A quotation keeps its speaker: "Westline said "the night train is back"".
  if (wordsIn(reported) < MIN_CLAUSE + 1 || /^(?:i|you|there|this|that)\b|^["“‘']/iu.test(reported)) return text;
  if (PRONOUN_SUBJECT.test(reported)) return `${match[1]} ${reported.replace(PRONOUN_SUBJECT, '')}`;
  if (PRONOUN_OWNER.test(reported)) return `${match[1]}${/s$/u.test(match[1]!) ? "'" : "'s"} ${reported.replace(PRONOUN_OWNER, '')}`;
  return capitalise(reported);
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The sentence compressed for a headline (see the module comment); never fewer than four words when it had them. */
export function compressLead(sentence: string): string {
  let text = sentence.replace(/\s+/g, ' ').trim();
  text = apply(text, DATELINE, '');
  text = apply(text, /\s*\([^()]*\)/gu, '');
  text = apply(text, /\s*\[[^[\]]*\]/gu, '');
  // A leading clause goes only when the main clause after it is long enough to stand alone.
  for (let i = 0; i < 2; i++) text = capitalise(apply(text, LEADING_CLAUSE, ''));
  text = apply(text, TRAILING_ATTRIBUTION, '');
  text = withoutAttribution(text);
  for (const pattern of TIME_ADVERBIALS) text = apply(text, pattern, '');
  text = apply(text, HEDGES, 'to');
  text = apply(text, PERFECT, '');
  text = apply(text, FUTURE, 'to ');
  text = apply(text, PASSIVE, '');
  text = apply(text, FILLERS, '');
  return text;
}
