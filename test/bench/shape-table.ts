import type { StageStat } from './stages/memory.ts';

/** One stress-shape corpus measured as a whole run (see corpus/shapes.ts). */
export interface ShapeResult {
  readonly shape: string;
  /** What the corpus is, e.g. "10,000 × dense" or "1 × 1 MiB". */
  readonly name: string;
  readonly articles: number;
  readonly whole: StageStat;
  /** Time and memory goals of issues 11 and 15 for this corpus. */
  readonly goal: { readonly ms: number; readonly mb: number };
}

const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);

/** The shapes' table: whole run, goal and pass for each corpus, and t(10k)/t(5k) per shape where both ran. */
export function shapeTable(results: readonly ShapeResult[]): string {
  const rows = ['| corpus | articles | whole run (wall / peak RSS) | goal | growth ×2 | |', '|---|---:|---|---|---|---|'];
  for (const r of results) {
    const half = results.find((o) => o.shape === r.shape && o.articles * 2 === r.articles);
    const growth = half ? r.whole.ms / half.whole.ms : undefined;
    const pass = r.whole.ms < r.goal.ms && r.whole.peakMb < r.goal.mb && (growth === undefined || growth <= 2.3);
    rows.push(
      `| ${r.name} | ${r.articles.toLocaleString('en')} | ${ms(r.whole.ms)} / ${Math.round(r.whole.peakMb)} MB | ` +
        `< ${ms(r.goal.ms)}, < ${r.goal.mb} MB${half ? ', ≤ ×2.3' : ''} | ${growth === undefined ? '–' : `×${growth.toFixed(2)}`} | ${pass ? 'pass' : '**MISS**'} |`,
    );
  }
  return rows.join('\n');
}
