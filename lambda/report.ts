import type { RunReport } from './run-briefing.ts';

/** The short summary every run ends with, for people (the CLI) and logs. */
export function summariseRun(report: RunReport): string {
  const list = (dates: readonly string[]) => (dates.length ? ` (${dates.join(', ')})` : '');
  const lines = [
    `Published: ${report.published.length}${list(report.published)}`,
    `Updated: ${report.updated.length}${list(report.updated)}`,
    `Unchanged: ${report.unchanged.length}${list(report.unchanged)}`,
    `Waiting for their day: ${report.waiting.length}${list(report.waiting)}`,
    ...(report.failed.length ? [`Failed: ${report.failed.length}; each keeps its last published version`] : []),
    ...report.failed.map((f) => `  failed ${f.date}: ${f.reason}`),
    ...(report.deferred.length ? [`Deferred to the next run (out of time): ${report.deferred.length}${list(report.deferred)}`] : []),
    `Articles used: ${report.articlesUsed}; rejected: ${report.rejected.length}`,
    ...report.rejected.map((r) => `  rejected ${r.name}: ${r.reason}`),
    `Files written: ${report.written.length}${report.written.length === 0 ? ' (everything was already up to date)' : ''}`,
  ];
  return lines.join('\n');
}
