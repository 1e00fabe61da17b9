/**
 * The names the function's logs and metrics carry, and that infra's alarms watch: one definition, so an alarm
 * cannot watch a metric nobody emits.
 */

/** `POWERTOOLS_SERVICE_NAME`: the `service` of every log line and the `service` dimension of every metric. */
export const SERVICE_NAME = 'daily-briefing';

/** `POWERTOOLS_METRICS_NAMESPACE`: the CloudWatch namespace of the function's metrics. */
export const METRICS_NAMESPACE = 'DailyBriefing';

/** The metrics each run emits (all counts). */
export const METRIC_NAMES = {
  articlesRejected: 'ArticlesRejected',
  briefingsPublished: 'BriefingsPublished',
  briefingsUpdated: 'BriefingsUpdated',
  successfulRuns: 'SuccessfulRuns',
  /** Feeds from the sources list that failed this run. */
  feedsFailed: 'FeedsFailed',
  /** Feeds that have failed on every run for 24 hours or more; alarmed. */
  feedsFailedFor24Hours: 'FeedsFailedFor24Hours',
  /** Days whose composition threw (each keeps its last published version); alarmed. */
  daysFailed: 'DaysFailed',
  /** Days left for the next run for lack of time. */
  daysDeferred: 'DaysDeferred',
} as const;
