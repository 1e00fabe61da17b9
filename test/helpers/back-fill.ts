// Articles for back-fill tests and the article-index bench: one distinct, valid article per (date, n).
const WORDS = [
  'harbour',
  'council',
  'railway',
  'orchard',
  'turbine',
  'glacier',
  'library',
  'festival',
  'vaccine',
  'election',
  'bridge',
  'satellite',
];

/** The dates of `days` days ending on 7 November 2023 (the day before the tests' fixed clock), oldest first. */
export function datesBack(days: number): string[] {
  return Array.from({ length: days }, (_, i) => new Date(Date.UTC(2023, 10, 7 - i)).toISOString().slice(0, 10)).reverse();
}

/** A distinct, valid article for a day; `twist` edits it (an update to the same article). */
export function backFillArticle(date: string, n: number, twist = ''): string {
  const a = WORDS[n % WORDS.length]!;
  const b = WORDS[(n * 5 + date.charCodeAt(9)) % WORDS.length]!;
  return `date ${date}\nThe ${a} board in Northfield approved a plan for the ${b} on ${date}, officials said${twist}. Work on the ${a} starts next month and will cost 4 million pounds. Residents of Northfield welcomed the ${b} decision at a public meeting.\n`;
}
