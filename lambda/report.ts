import type { RunReport } from './run-briefing.ts';

/** The short summary every run ends with, for people (the CLI) and logs. */
export function summariseRun(report: RunReport): string {
  const list = (dates: readonly string[]) => (dates.length ? ` (${dates.join(', ')})` : '');
  const lines = [
    `Published: ${report.published.length}${list(report.published)}`,
    `Updated: ${report.updated.length}${list(report.updated)}`,
    `Unchanged: ${report.unchanged.length}${list(report.unchanged)}`,
    `Waiting for their day: ${report.waiting.length}${list(report.waiting)}`,
    ...(report.failed.length
      ? [`Failed: ${report.failed.length}${list(report.failed.map((f) => f.date))}; a published day keeps its last version`]
      : []),
    ...report.failed.map((f) => `  failed ${f.date}: ${f.reason}`),
    ...(report.deferred.length ? [`Deferred to the next run (out of time): ${report.deferred.length}${list(report.deferred)}`] : []),
    `Articles used: ${report.articlesUsed}; rejected: ${report.rejected.length}`,
    ...report.rejected.map((r) => `  rejected ${r.name}: ${r.reason}`),
    ...ignoredLines(report.ignored),
    `Files written: ${report.written.length}${report.written.length === 0 ? ' (everything was already up to date)' : ''}`,
  ];
  return lines.join('\n');
}

/**
 * The command line's exit status: 1 when a day failed to compose, or with `strict` when an article was rejected
 * (both after publishing the rest); otherwise 0.
 */
export function exitStatusOf(report: RunReport, { strict }: { strict: boolean }): 0 | 1 {
  return report.failed.length > 0 || (strict && report.rejected.length > 0) ? 1 : 0;
}

const IGNORED_SHOWN = 5;

/** "3 files ignored: not .txt (a.md, b.html, c.pdf)", so someone who dropped in a `.md` learns why it is not used. */
function ignoredLines(ignored: readonly string[]): string[] {
  if (ignored.length === 0) return [];
  const shown = ignored.slice(0, IGNORED_SHOWN).join(', ');
  const more = ignored.length > IGNORED_SHOWN ? `, and ${ignored.length - IGNORED_SHOWN} more` : '';
  return [`${ignored.length} ${ignored.length === 1 ? 'file' : 'files'} ignored: not .txt (${shown}${more}); articles must be named *.txt`];
}
