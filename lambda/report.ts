import type { RunReport } from './run-briefing.ts';

/** The short summary every run ends with, for people (the CLI) and logs. */
export function summariseRun(report: RunReport): string {
  const list = (dates: readonly string[]) => (dates.length ? ` (${dates.join(', ')})` : '');
  const lines = [
    `Published: ${report.published.length}${list(report.published)}`,
    `Updated: ${report.updated.length}${list(report.updated)}`,
    `Unchanged: ${report.unchanged.length}${list(report.unchanged)}`,
    `Waiting for their day: ${report.waiting.length}${list(report.waiting)}`,
    `Articles used: ${report.articlesUsed}; rejected: ${report.rejected.length}`,
    ...report.rejected.map((r) => `  rejected ${r.name}: ${r.reason}`),
    `Files written: ${report.written.length}${report.written.length === 0 ? ' (everything was already up to date)' : ''}`,
  ];
  return lines.join('\n');
}
