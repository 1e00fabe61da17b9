import { threadStoryEngine } from '../../../lambda/adapters/thread-story-engine.ts';
import { endsOpen, OPEN_WORDS } from '../../../lambda/core/stories/headline/open-words.ts';
import type { EvalItem } from './data.ts';
import { rougeN, rougeTokens } from './rouge.ts';

const { splitSentences, composeStories } = await threadStoryEngine();

/** A headline writer under test: an article's text in, a headline out. */
type HeadlineSystem = (text: string) => string;

const firstWords = (text: string, n: number): string => text.trim().split(/\s+/).slice(0, n).join(' ');

/** The briefing's headline for a one-article story of the text, written as the product writes it (no title given). */
const projectHeadline: HeadlineSystem = (text) =>
  composeStories([{ id: 'a', date: '2024-05-01', body: text }], { maxStories: 1 }).stories[0]?.headline ?? '';

const SYSTEMS: readonly (readonly [string, HeadlineSystem])[] = [
  ['daily-briefing', projectHeadline],
  ['first 12 words', (text) => firstWords(text, 12)],
  ['first sentence, cut at 12 words', (text) => firstWords(splitSentences(text)[0] ?? '', 12)],
];

interface HeadlineScores {
  readonly r1: number;
  readonly r2: number;
  readonly words: number;
  readonly empty: number;
  readonly open: number;
  readonly n: number;
}

function score(headlines: readonly string[], titles: readonly string[]): HeadlineScores {
  let [r1, r2, words, empty, open] = [0, 0, 0, 0, 0];
  headlines.forEach((headline, i) => {
    const c = rougeTokens(headline);
    const r = rougeTokens(titles[i]!);
    r1 += rougeN(c, r, 1);
    r2 += rougeN(c, r, 2);
    words += c.length;
    if (c.length === 0) empty++;
    else if (endsOpen(headline)) open++;
  });
  const n = Math.max(headlines.length, 1);
  return { r1: (100 * r1) / n, r2: (100 * r2) / n, words: words / n, empty, open, n: headlines.length };
}

const row = (name: string, s: HeadlineScores): string =>
  `| ${name} | ${s.r1.toFixed(2)} | ${s.r2.toFixed(2)} | ${s.words.toFixed(1)} | ${s.empty} (${((100 * s.empty) / s.n).toFixed(1)}%) | ${s.open} (${((100 * s.open) / s.n).toFixed(1)}%) |`;

/**
 * Headlines scored against the articles' real titles (ROUGE-1/2 F1 ×100, `[a-z0-9]+` tokens), one-article
 * stories, beside two baselines; empty headlines and headlines ending on an open word counted. Printed for
 * every item and for the even and odd halves (tune on one, read the other).
 */
export function runHeadlines(items: readonly EvalItem[], show: number): void {
  const titled = items.filter((item) => item.title !== undefined && item.documents.length === 1);
  const texts = titled.map((item) => item.documents[0]!);
  const titles = titled.map((item) => item.title!);
  console.log(`${titled.length} titled one-article items\n`);
  const outputs = new Map<string, string[]>();
  for (const [name, system] of SYSTEMS) outputs.set(name, texts.map(system));
  for (const [label, keep] of [
    ['all', () => true],
    ['even items', (i: number) => i % 2 === 0],
    ['odd items', (i: number) => i % 2 === 1],
  ] as const) {
    console.log(`${label}:\n| headline | R-1 | R-2 | words | empty | ends on an open word |\n|---|---|---|---|---|---|`);
    for (const [name, headlines] of outputs) {
      console.log(
        row(
          name,
          score(
            headlines.filter((_, i) => keep(i)),
            titles.filter((_, i) => keep(i)),
          ),
        ),
      );
    }
    console.log('');
  }
  const ours = outputs.get('daily-briefing')!;
  console.log(`open words (a headline may not end on one): ${[...OPEN_WORDS].join(' ')}\n`);
  const flagged = ours.map((h, i) => [h, i] as const).filter(([h]) => rougeTokens(h).length === 0 || endsOpen(h));
  for (const [h, i] of flagged) console.log(`flagged ${titled[i]!.id}: ${JSON.stringify(h)}`);
  for (let i = 0; i < Math.min(show, titled.length); i++) console.log(`${titled[i]!.id}\n  title: ${titles[i]}\n  ours:  ${ours[i]}`);
}
