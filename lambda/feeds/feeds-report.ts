import type { FeedsReport } from './ingest-feeds.ts';

/** The feed part of a run's summary: counts, the articles written, and one line per failed feed with its reason. */
export function summariseFeeds(report: FeedsReport): string {
  const lines = [
    `Feeds: ${report.feeds}; fetched: ${report.fetched.length}; not modified: ${report.notModified.length}; failed: ${report.failed.length}` +
      (report.deferred.length ? `; waiting for the next run: ${report.deferred.length}` : ''),
    ...report.failed.map((f) => `  failed ${f.url}: ${f.reason} (failing since ${f.failingSince}; retried next run)`),
    `Feed articles written: ${report.written.length}`,
  ];
  return lines.join('\n');
}
