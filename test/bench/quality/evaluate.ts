import type { EvalItem } from './data.ts';
import { scoreSummary, rougeTokens } from './rouge.ts';
import type { System } from './systems.ts';

/** Mean ROUGE F1 (×100), mean words and speed of one system over a data set. */
export interface SystemResult {
  readonly r1: number;
  readonly r2: number;
  readonly rl: number;
  readonly words: number;
  readonly itemsPerSecond: number;
  readonly summaries: readonly { id: string; summary: string }[];
}

/** Runs a system on every item and scores it against the references. */
export function evaluate(system: System, items: readonly EvalItem[], sentences: number): SystemResult {
  const started = performance.now();
  const summaries = items.map((item) => ({ id: item.id, summary: system(item.documents, sentences).join(' ') }));
  const seconds = (performance.now() - started) / 1000;
  let [r1, r2, rl, words] = [0, 0, 0, 0];
  summaries.forEach(({ summary }, i) => {
    const scores = scoreSummary(summary, items[i]!.summary);
    r1 += scores.r1;
    r2 += scores.r2;
    rl += scores.rl;
    words += rougeTokens(summary).length;
  });
  const n = Math.max(items.length, 1);
  return { r1: (100 * r1) / n, r2: (100 * r2) / n, rl: (100 * rl) / n, words: words / n, itemsPerSecond: items.length / seconds, summaries };
}

/** One Markdown table row. */
export function formatRow(name: string, result: SystemResult): string {
  const cells = [result.r1, result.r2, result.rl, result.words].map((v) => v.toFixed(2));
  return `| ${name} | ${cells.join(' | ')} | ${Math.round(result.itemsPerSecond)} |`;
}
