import type { EvalItem } from './data.ts';
import { scoreSummary, rougeTokens } from './rouge.ts';
import type { System } from './systems.ts';

/** Mean ROUGE F1 (×100), mean words and speed of one system over a data set. */
export interface SystemResult {
  readonly r1: number;
  readonly r2: number;
  readonly rl: number;
  readonly words: number;
  /** Articles (documents) summarised per second of this process's CPU time (user + system). */
  readonly articlesPerCpuSecond: number;
  readonly summaries: readonly { id: string; summary: string }[];
}

// Items run once before timing, so the figure is the JIT-compiled steady state a long run sees.
const WARM_UP_ITEMS = 50;

/**
 * Runs a system on every item and scores it against the references. Speed is measured in CPU time
 * (process.cpuUsage), not wall time: other work on a shared machine then barely moves it.
 */
export function evaluate(system: System, items: readonly EvalItem[], sentences: number): SystemResult {
  for (const item of items.slice(0, WARM_UP_ITEMS)) system(item.documents, sentences);
  const started = process.cpuUsage();
  const summaries = items.map((item) => ({ id: item.id, summary: system(item.documents, sentences).join(' ') }));
  const cpu = process.cpuUsage(started);
  const seconds = Math.max((cpu.user + cpu.system) / 1e6, 1e-6);
  const articles = items.reduce((sum, item) => sum + item.documents.length, 0);
  let [r1, r2, rl, words] = [0, 0, 0, 0];
  summaries.forEach(({ summary }, i) => {
    const scores = scoreSummary(summary, items[i]!.summary);
    r1 += scores.r1;
    r2 += scores.r2;
    rl += scores.rl;
    words += rougeTokens(summary).length;
  });
  const n = Math.max(items.length, 1);
  return { r1: (100 * r1) / n, r2: (100 * r2) / n, rl: (100 * rl) / n, words: words / n, articlesPerCpuSecond: articles / seconds, summaries };
}

/** One Markdown table row. */
export function formatRow(name: string, result: SystemResult): string {
  const cells = [result.r1, result.r2, result.rl, result.words].map((v) => v.toFixed(2));
  return `| ${name} | ${cells.join(' | ')} | ${Math.round(result.articlesPerCpuSecond)} |`;
}
