import type { EvalItem } from './data.ts';
import { scoreSummary, rougeTokens } from './rouge.ts';
import type { System } from './systems.ts';

/** Mean ROUGE F1 (×100), mean words and speed of one system over a data set. */
export interface SystemResult {
  readonly r1: number;
  readonly r2: number;
  readonly rl: number;
  readonly words: number;
  /** R-L F1 against the reference in article order; undefined when the data has no such reference. */
  readonly rlArticleOrder: number | undefined;
  readonly summaries: readonly { id: string; summary: string }[];
}

// The JIT needs a few hundred articles to settle, and a text seen before runs ~25% faster (measured:
// a repeated pass 1,250 art/s, unseen text after the same warm-up 1,000). So the first half of the items
// warms up (five passes), and the speed is timed on the second half, which the process has not seen yet.
const WARM_UP_PASSES = 5;

/** CPU seconds (user + system) one pass over the items takes. */
function cpuSecondsOfPass(system: System, items: readonly EvalItem[], sentences: number): number {
  const started = process.cpuUsage();
  for (const item of items) system(item.documents, sentences);
  const cpu = process.cpuUsage(started);
  return Math.max((cpu.user + cpu.system) / 1e6, 1e-6);
}

/** Articles per CPU-second two ways: on text the process has not read, and on text it has. */
export interface Speed {
  /** On the second half of the items, after warming up on the first half: a cold start's pace. */
  readonly unseen: number;
  /** Median of three further passes over every item: a long-running process's pace on familiar words. */
  readonly seen: number;
}

// Passes over every item timed for the "seen" figure, after the unseen one.
const SEEN_PASSES = 3;

/**
 * Articles (documents) summarised per second of CPU time (user + system). Run it in a process that has
 * summarised nothing else: wink keeps every word it has read in a cache, so a system timed after another
 * would read "unseen" text the first already read.
 */
export function measureSpeed(system: System, items: readonly EvalItem[], sentences: number): Speed {
  const half = Math.floor(items.length / 2);
  const [warm, timed] = [items.slice(0, half), items.slice(half)];
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) cpuSecondsOfPass(system, warm, sentences);
  const articlesOf = (list: readonly EvalItem[]): number => list.reduce((sum, item) => sum + item.documents.length, 0);
  const unseen = articlesOf(timed) / cpuSecondsOfPass(system, timed, sentences);
  const seenRates = Array.from({ length: SEEN_PASSES }, () => articlesOf(items) / cpuSecondsOfPass(system, items, sentences));
  return { unseen, seen: seenRates.sort((a, b) => a - b)[Math.floor(SEEN_PASSES / 2)]! };
}

/** Runs a system on every item and scores it against the references. */
export function evaluate(system: System, items: readonly EvalItem[], sentences: number): SystemResult {
  const summaries = items.map((item) => ({ id: item.id, summary: system(item.documents, sentences).join(' ') }));
  let [r1, r2, rl, words, rlOrdered, ordered] = [0, 0, 0, 0, 0, 0];
  summaries.forEach(({ summary }, i) => {
    const scores = scoreSummary(summary, items[i]!.summary);
    const articleOrder = items[i]!.articleOrderSummary;
    if (articleOrder !== undefined) {
      rlOrdered += scoreSummary(summary, articleOrder).rl;
      ordered++;
    }
    r1 += scores.r1;
    r2 += scores.r2;
    rl += scores.rl;
    words += rougeTokens(summary).length;
  });
  const n = Math.max(items.length, 1);
  const rlArticleOrder = ordered > 0 ? (100 * rlOrdered) / ordered : undefined;
  return { r1: (100 * r1) / n, r2: (100 * r2) / n, rl: (100 * rl) / n, words: words / n, rlArticleOrder, summaries };
}

/** One Markdown table row; the speed from {@link measureSpeed}, or `–` when it was not measured. */
export function formatRow(name: string, result: SystemResult, speed: Speed | undefined): string {
  const cells = [result.r1, result.r2, result.rl, result.rlArticleOrder, result.words].map((v) => (v === undefined ? '–' : v.toFixed(2)));
  const rates = speed === undefined ? ['–', '–'] : [Math.round(speed.unseen), Math.round(speed.seen)];
  return `| ${name} | ${cells.join(' | ')} | ${rates.join(' | ')} |`;
}
